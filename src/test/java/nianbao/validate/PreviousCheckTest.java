package nianbao.validate;

import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PreviousCheckTest {

    private static List<Finding> check(Report now, Report last) {
        return PreviousCheck.check(now, last, Fixtures.check("X-PREV"));
    }

    @Test
    void lastYearsReportOfTheSameAgencyIsFine() {
        Report now = Fixtures.qingshan();
        assertEquals(List.of(), check(now, Fixtures.with(now, "meta.year", 2024)));
    }

    @Test
    void aPreviousReportFromAnotherYearIsAWarning() {
        Report now = Fixtures.qingshan();
        List<Finding> f = check(now, Fixtures.with(now, "meta.year", 2023));
        assertEquals(1, f.size());
        assertEquals("X-PREV", f.get(0).ruleId());
        assertEquals("基本信息!B4", f.get(0).position());
        assertEquals("上年报告的年度是 2023，本年报告是 2025，不是上一年度，跨年度核对可能不准确。", f.get(0).message());
    }

    @Test
    void aPreviousReportFromAnotherAgencyIsAWarning() {
        Report now = Fixtures.qingshan();
        Report last = now.toBuilder().number("meta.year", 2024).text("meta.agency", "青山县教育局").build();
        List<Finding> f = check(now, last);
        assertEquals("上年报告的机关是“青山县教育局”，本年报告是“青山县卫生健康委员会”，请确认选对了上年报告。", f.get(0).message());
    }
}
