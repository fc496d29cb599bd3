package nianbao.compare;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lines of a series across formats and import marks, on the golden cases' reports. */
class AgencyComparisonTest {

    static AgencyComparison liuxi() throws Exception {
        return AgencyComparison.of(Series.of(Fixtures.liuxi(), false));
    }

    static Line line(AgencyComparison c, String fieldId) {
        for (TableLines t : c.tables()) {
            for (Line l : t.lines()) {
                if (l.field().id().equals(fieldId)) {
                    return l;
                }
            }
        }
        throw new AssertionError("no line " + fieldId);
    }

    static List<String> shown(Line l) {
        return l.entries().stream().map(Entry::shownWithMark).toList();
    }

    @Test
    void theOldFormatsOtherHandlingIsComparedWithTheSumOfTheNewFormatsThreeRows() throws Exception {
        Line other = line(liuxi(), "t3.other.total");
        assertEquals("（六）其他处理", other.group());
        assertEquals(List.of("1", "1", "1", "1"), shown(other));
        assertEquals(List.of("t3.other_no_correction.total", "t3.other_no_fee.total", "t3.other_other.total"),
                other.entries().get(1).summed());
        assertEquals("2021 年格式分为（六）1.逾期不补正 / 总计、（六）2.逾期未缴纳费用 / 总计、（六）3.其他 / 总计，此处为各项之和",
                other.entries().get(1).note());
        assertEquals("0", other.steps().get(0).differenceText());
    }

    @Test
    void aLineOnlyOneFormatHasIsShownForItsYearsAloneWithNoChange() throws Exception {
        AgencyComparison c = liuxi();
        Line published = line(c, "t2.normative.public_total");
        assertEquals(List.of("37", "—", "—", "—"), shown(published));
        assertFalse(published.steps().get(0).comparable());
        Line repealed = line(c, "t2.normative.repealed");
        assertEquals(List.of("—", "2", "9", "0"), shown(repealed));
        assertEquals("", repealed.steps().get(0).differenceText());
        assertEquals("+7", repealed.steps().get(1).differenceText());
        assertEquals("行政规范性文件", repealed.group());
        assertEquals("行政规范性文件", published.group(), "one row although the 2019 format calls it 规范性文件");
    }

    @Test
    void aSharedLineWordedOtherwiseByTheOldFormatIsNoted() throws Exception {
        assertTrue(liuxi().notes().contains(
                "表二“行政规范性文件 / 本年制发件数”在2019 年试行格式中为“规范性文件 / 本年新制作数量”，按同一项比较。"));
    }

    @Test
    void aMissingImportedNumberIsShownAsMissingNeverAsZeroAndHasNoChange() throws Exception {
        Line punishment = line(liuxi(), "t2.punishment.decisions");
        assertEquals(List.of("37", "45", "缺失", "88"), shown(punishment));
        assertEquals(Entry.State.MISSING, punishment.entries().get(2).state());
        assertNull(punishment.entries().get(2).number());
        assertEquals(List.of("+8", "", ""), punishment.steps().stream().map(Step::differenceText).toList());
        assertEquals("缺失：表二“行政处罚”（第 32 行）后面没有数字。", punishment.entries().get(2).explanation());
    }

    @Test
    void anInferredImportedNumberKeepsItsMarkAndCounts() throws Exception {
        Line granted = line(liuxi(), "t3.granted.natural");
        assertEquals("92（推断）", granted.entries().get(2).shownWithMark());
        assertTrue(granted.entries().get(2).inferred());
        assertEquals("+14", granted.steps().get(1).differenceText());
    }

    @Test
    void aBlankCellIsNotZero() throws Exception {
        AgencyComparison c = AgencyComparison.of(Series.of(Fixtures.yunxi(), false));
        Line punishment = line(c, "t2.punishment.decisions");
        assertEquals(List.of("未填", "268"), shown(punishment));
        assertEquals("", punishment.steps().get(0).percentText(punishment.type()));
    }

    @Test
    void percentagesFromZeroReadNewAndLargeChangesFollowTheSharedRule() throws Exception {
        AgencyComparison c = AgencyComparison.of(Series.of(Fixtures.yunxi(), false));
        Line review = line(c, "t4.review.total");
        assertEquals("新增", review.steps().get(0).percentText(review.type()));
        assertFalse(review.flagged(), "0 → 3 is fewer than 10 items");
        Line fresh = line(c, "t3.new.total");
        assertEquals("+103.4%", fresh.steps().get(0).percentText(fresh.type()));
        assertTrue(fresh.flagged());
        assertEquals(6, c.flagged().size());
        assertEquals("表三 一、本年新收 / 总计", c.flagged().get(1).line());
        assertEquals("2024 年 29 → 2025 年 59，增加 30 件（+103.4%）", c.flagged().get(1).words());
    }

    @Test
    void aZeroToZeroLineHasADashNotAPercentage() throws Exception {
        Line secret = line(liuxi(), "t3.denied_secret.total");
        assertEquals("—", secret.steps().get(0).percentText(secret.type()));
        assertEquals(BigDecimal.ZERO, secret.steps().get(0).change().difference());
    }

    @Test
    void theTitleNamesTheAgencyAndTheYears() throws Exception {
        assertEquals("柳溪市人力资源和社会保障局政府信息公开工作年度报告对比（2020—2023年）", liuxi().title());
        assertEquals(List.of("2021年比上年", "2022年比上年", "2023年比上年"), liuxi().changeHeadings());
    }
}
