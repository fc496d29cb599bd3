package nianbao.validate;

import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetaCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

    private static List<Finding> check(Report r) {
        return MetaCheck.check(r, Fixtures.check("META"), TODAY);
    }

    @Test
    void filledMetaHasNoProblem() {
        assertEquals(List.of(), check(Fixtures.qingshan()));
    }

    @Test
    void missingAgencyIsAnError() {
        Report r = Fixtures.qingshan().toBuilder().put(Value.blank("meta.agency", Source.none())).build();
        List<Finding> f = check(r);
        assertEquals(1, f.size());
        assertEquals("META", f.get(0).ruleId());
        assertEquals("基本信息!B3", f.get(0).position());
        assertEquals("基本信息 机关名称：未填写。", f.get(0).message());
    }

    @Test
    void yearMustBeAPlausibleFourDigitYear() {
        for (String bad : List.of("25", "2050", "二〇二五", "1999")) {
            List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "meta.year", bad));
            assertEquals(1, f.size(), bad);
            assertEquals("基本信息!B4", f.get(0).position());
            assertEquals("基本信息 报告年度：“" + bad + "”不是有效的年度，应为 2008–2027 之间的四位年份。", f.get(0).message());
        }
        assertEquals(List.of(), check(Fixtures.with(Fixtures.qingshan(), "meta.year", "2025年")));
    }

    @Test
    void publishDateInsideTheReportYearIsAnError() {
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "meta.publish_date", "2025-12-30"));
        assertEquals(1, f.size());
        assertEquals("基本信息!B5", f.get(0).position());
        assertEquals(List.of("meta.publish_date", "meta.year"), f.get(0).fieldIds());
        assertEquals("2025-12-30", f.get(0).actual());
        assertEquals("> 2025-12-31", f.get(0).expected());
        assertEquals("基本信息 发布日期：2025-12-30 在报告年度 2025 年之内；年报应在报告年度结束后发布（如 2026-01-20）。",
                f.get(0).message());
    }

    @Test
    void publishDateMustBeARealDate() {
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "meta.publish_date", "2026-02-30"));
        assertEquals("基本信息 发布日期：“2026-02-30”不是有效日期，请按 2026-01-15 的格式填写。", f.get(0).message());
    }

    @Test
    void readsTheDateFormsClerksWrite() {
        assertEquals(LocalDate.of(2026, 1, 8), MetaCheck.parseDate("2026-01-08 14:25:08"));
        assertEquals(LocalDate.of(2026, 1, 8), MetaCheck.parseDate("2026年1月8日"));
        assertEquals(LocalDate.of(2026, 1, 8), MetaCheck.parseDate("2026/1/8"));
        assertEquals(LocalDate.of(2026, 1, 8), MetaCheck.parseDate("2026.01.08"));
        assertNull(MetaCheck.parseDate("一月八日"));
        assertEquals(List.of(), check(Fixtures.with(Fixtures.qingshan(), "meta.publish_date", "2026年1月8日")));
    }

    @Test
    void dataScopeMustBeOneOfItsOptions() {
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "meta.data_scope", "全系统"));
        assertEquals("基本信息!B8", f.get(0).position());
        assertEquals("基本信息 数据范围：“全系统”不是可选值，请填写 本机关、汇总 之一。", f.get(0).message());
    }
}
