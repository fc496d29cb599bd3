package nianbao.validate;

import nianbao.model.Report;
import nianbao.schema.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class YearOnYearCheckTest {

    private static List<Finding> check(Report now, Report last) {
        return YearOnYearCheck.check(now, last, Fixtures.check("YOY"));
    }

    @Test
    void moreThanTenfoldChangeIsAnInfo() {
        Report now = Fixtures.qingshan();
        Report last = Fixtures.with(now, "t2.licensing.decisions", 120);
        List<Finding> f = check(now, last);
        assertEquals(1, f.size());
        assertEquals("YOY", f.get(0).ruleId());
        assertEquals(Severity.INFO, f.get(0).severity());
        assertEquals("表二!B8", f.get(0).position());
        assertEquals("表二 行政许可 / 本年处理决定数量：本年 1386，上年 120，变化超过 10 倍，请核实。", f.get(0).message());
    }

    @Test
    void aFallToLessThanATenthAlsoCounts() {
        Report now = Fixtures.with(Fixtures.qingshan(), "t2.punishment.decisions", 5);
        Report last = Fixtures.qingshan();
        assertEquals("表二!B11", check(now, last).get(0).position());
    }

    @Test
    void smallNumbersAndPerApplicantCellsAreIgnored() {
        Report now = Fixtures.qingshan();
        Report last = now.toBuilder().number("t2.coercion.decisions", 0).number("t3.new.commercial", 0).build();
        // 3 vs 0 is below the minimum of 10; 自然人/商业企业 columns are not compared
        assertEquals(List.of(), check(now, last));
    }
}
