package nianbao.analysis;

import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YearOnYearTest {

    static KeyFigures report(String agency, int year, int fresh, int review) {
        Report r = Report.builder(nianbao.schema.Schemas.forYear(year)).text("meta.agency", agency)
                .number("meta.year", year).number("t3.new.total", fresh).number("t4.review.total", review).build();
        return KeyFigures.of(r);
    }

    @Test
    void pairsByAgencyNameIgnoringSpacesAndFlagsTheLargeChanges() {
        List<KeyFigures> now = List.of(report("青山县 卫生健康委员会", 2025, 120, 3), report("青山县教育局", 2025, 40, 2));
        List<KeyFigures> before = List.of(report("青山县教育局", 2024, 38, 2), report("青山县卫生健康委员会", 2024, 38, 1));
        YearOnYear.Result r = YearOnYear.compare(now, before);
        assertEquals(2, r.paired());
        assertEquals(1, r.flagged());
        Comparison health = r.comparisons().get(0);
        assertTrue(health.flagged());
        assertEquals(new BigDecimal("82"), health.change(Indicator.NEW).difference());
        assertEquals("本年新收申请 增加 82 件（+215.8%）", health.flags());
        assertFalse(r.comparisons().get(1).flagged());
        assertEquals("青山县教育局", r.flaggedFirst().get(1).agency());
        assertTrue(r.unmatched().isEmpty());
    }

    @Test
    void comparesA2021FormatYearWithA2019FormatYear() {
        KeyFigures y2021 = report("柳溪市人社局", 2021, 30, 0);
        KeyFigures y2020 = report("柳溪市人社局", 2020, 10, 0);
        assertEquals("gov-info-disclosure/2019", y2020.schema().id());
        Comparison c = YearOnYear.compare(List.of(y2021), List.of(y2020)).comparisons().get(0);
        assertTrue(c.change(Indicator.NEW).large());
        assertEquals(new BigDecimal("20"), c.change(Indicator.NEW).difference());
    }

    @Test
    void leavesAnAmbiguousOrNotEarlierReportUnpairedAndSaysWhy() {
        KeyFigures now = report("甲局", 2025, 10, 0);
        YearOnYear.Result twice = YearOnYear.compare(List.of(now), List.of(report("甲局", 2024, 1, 0), report("甲 局", 2024, 2, 0)));
        assertFalse(twice.comparisons().get(0).paired());
        assertEquals("上年有 2 份同名报告，无法确定用哪一份", twice.comparisons().get(0).note());
        YearOnYear.Result same = YearOnYear.compare(List.of(now), List.of(report("甲局", 2025, 1, 0)));
        assertEquals("上年报告的年度为 2025，不早于本年（2025）", same.comparisons().get(0).note());
        YearOnYear.Result none = YearOnYear.compare(List.of(now), List.of(report("乙局", 2024, 1, 0)));
        assertEquals("没有上年报告", none.comparisons().get(0).note());
        assertEquals("乙局", none.unmatched().get(0).agency());
        assertNull(none.comparisons().get(0).change(Indicator.NEW));
    }
}
