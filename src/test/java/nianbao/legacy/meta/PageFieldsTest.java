package nianbao.legacy.meta;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageFieldsTest {

    static PageFields.Found scan(String... lines) {
        List<Outline.Cleaned> c = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            c.add(new Outline.Cleaned(i + 1, lines[i]));
        }
        return PageFields.scan(c, 0, c.size(), true);
    }

    @Test
    void readsTheDateUnderTheTitleWithItsLine() {
        PageFields.Found f = scan("柳湾区2022年度政府信息公开工作年度报告", "时间：2022-02-08 16:34");
        assertEquals("2022-02-08", f.date());
        assertEquals("时间", f.dateLabel());
        assertEquals(2, f.dateLine());
    }

    @Test
    void readsSeveralFieldsOnOneLine() {
        PageFields.Found f = scan("信息来源：东川区民政局 发布日期：2023年1月20日 【字体：大 中 小】 【打印】");
        assertEquals("2023-01-20", f.date());
        assertEquals("东川区民政局", f.agency());
        assertEquals("信息来源", f.agencyLabel());
    }

    @Test
    void prefersThePublishDateToTheDateTheDocumentWasWritten() {
        PageFields.Found f = scan("发布机构：\t东川区卫生健康局\t成文日期：\t2023-01-20", "标题：\t某报告\t发布日期：\t2023-01-30");
        assertEquals("2023-01-30", f.date());
        assertEquals("东川区卫生健康局", f.agency());
        assertEquals("发布机构", f.agencyLabel());
    }

    @Test
    void readsTableCellsHoldingALabelAlone() {
        PageFields.Found f = scan("发布机构\t东川区卫生健康局\t发布日期\t2023-01-30");
        assertEquals("2023-01-30", f.date());
        assertEquals("东川区卫生健康局", f.agency());
    }

    @Test
    void takesNoDateFromASentenceOrALongerLabel() {
        assertNull(scan("2022年3月15日，召开全镇政务公开工作会议。").date());
        assertNull(scan("统计日期：2022-12-31").date());
        assertNull(scan("会议时间：2022年3月15日上午").date());
        assertNull(scan("发布机构: ").agency());
    }

    @Test
    void readsADatePrintedWithoutALabelAmongFieldsOrAloneUnderTheTitle() {
        PageFields.Found f = scan("江临市审计局2022年政府信息公开工作年度报告", "2023-01-20 10:30:21  来源：江临市审计局  【字体：大 中 小】");
        assertEquals("2023-01-20", f.date());
        assertEquals(2, f.dateLine());
        assertEquals("2023-01-20", scan("江临市审计局", "2022年政府信息公开工作年度报告", "（2023年1月20日）").date());
        assertEquals("2023-01-30", scan("成文日期：2023-01-20", "2023-01-30 16:00").date());
        assertEquals("2023-01-31", scan("2023-01-30 16:00", "发布时间：2023-01-31").date());
        // a standalone date below the report's top is no page field
        List<Outline.Cleaned> c = List.of(new Outline.Cleaned(1, "2023-01-30"));
        assertNull(PageFields.scan(c, 0, 1, false).date());
    }

    @Test
    void readsADateWithItsClockTimeInABylineWithoutLabels() {
        PageFields.Found f = scan("江临市财政局2022年政府信息公开工作年度报告", "江临财政 2023-01-18 17:30 江南");
        assertEquals("2023-01-18", f.date());
        assertEquals(2, f.dateLine());
        // a sentence printing a date and a time is no byline; nor is a date without its time
        assertNull(scan("2023-01-18 15:00，召开全局政务公开工作会议").date());
        assertNull(scan("江临财政 2023-01-18 江南").date());
    }
}
