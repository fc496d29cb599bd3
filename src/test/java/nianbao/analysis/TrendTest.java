package nianbao.analysis;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TrendTest {

    @Test
    void tablesEachAgencyAcrossTheYearsItHasReportsFor() {
        Trend t = Trend.of(List.of(
                YearOnYearTest.report("甲局", 2024, 10, 0),
                YearOnYearTest.report("乙局", 2025, 5, 0),
                YearOnYearTest.report("甲 局", 2025, 12, 1),
                YearOnYearTest.report("甲局", 2025, 99, 9)));
        assertEquals(List.of(2024, 2025), t.years());
        assertEquals(2, t.rows().size());
        Trend.Row a = t.rows().get(0);
        assertEquals("甲局", a.agency());
        assertEquals(new BigDecimal("10"), a.in(2024).value(Indicator.NEW));
        assertEquals(new BigDecimal("12"), a.in(2025).value(Indicator.NEW));
        assertNull(t.rows().get(1).in(2024));
        assertEquals(List.of("甲局：2025 年已有一份报告"), t.leftOut());
    }
}
