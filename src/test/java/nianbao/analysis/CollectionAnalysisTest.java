package nianbao.analysis;

import nianbao.model.Report;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CollectionAnalysisTest {

    private static KeyFigures report(String agency, int year, Integer fresh, int review, int corrected) {
        Report.Builder b = Report.builder(Schemas.forYear(year)).text("meta.agency", agency).number("meta.year", year)
                .number("t3.granted.total", 6).number("t3.denied_secret.total", 1).number("t3.total.total", 10)
                .number("t4.review.total", review).number("t4.review.corrected", corrected);
        for (String id : Indicator.DENIED_SHARE.fields()) {
            if (!id.equals("t3.denied_secret.total")) {
                b.number(id, 0);
            }
        }
        if (fresh != null) {
            b.number("t3.new.total", fresh);
        }
        return KeyFigures.of(b.build());
    }

    @Test
    void overviewSaysWhatTheTotalsCoverAndLeavesOutWhatNoReportGives() {
        CollectionAnalysis a = new CollectionAnalysis("2025 年度年报", "2025", 3,
                List.of(report("甲局", 2025, 40, 2, 1), report("乙局", 2025, null, 1, 0)), List.of("丙局"), null, null);
        assertEquals(List.of(
                "本次收集应报 3 个单位，已提交 2 个，未提交 1 个。",
                "已提交的单位共新收政府信息公开申请 40 件（1 个单位填报了此项）。",
                "办理结果中，予以公开占 60.0%，不予公开占 10.0%。",
                "因政府信息公开引起行政复议 3 件，其中结果纠正 1 件。"), a.overview());
    }

    @Test
    void comparesOnlyTheAgenciesInBothCollections() {
        List<KeyFigures> now = List.of(report("甲局", 2025, 120, 0, 0), report("乙局", 2025, 30, 0, 0),
                report("新设局", 2025, 500, 0, 0));
        List<KeyFigures> before = List.of(report("甲局", 2024, 38, 0, 0), report("乙局", 2024, 28, 0, 0));
        CollectionAnalysis a = new CollectionAnalysis("2025 年度年报", "2025", 3, now, List.of(), "2024 年度年报",
                YearOnYear.compare(now, before));
        assertEquals(2, a.pairs().size());
        List<String> o = a.overview();
        assertEquals("与“2024 年度年报”相比，两次都提交了报告的 2 个单位新收申请 150 件，上次 66 件，增加 84 件（+127.3%）。",
                o.get(o.size() - 2));
        assertEquals("按“" + LargeChange.RULE + "”的经验规则，1 个单位有大幅变化。", o.get(o.size() - 1));
    }

    @Test
    void anEarlierCollectionNeedsBothItsNameAndItsPairs() {
        assertThrows(IllegalArgumentException.class, () -> new CollectionAnalysis("x", null, 0, List.of(), List.of(),
                "上次", null));
    }
}
