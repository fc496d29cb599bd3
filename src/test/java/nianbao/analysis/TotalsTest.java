package nianbao.analysis;

import nianbao.model.Report;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TotalsTest {

    private static KeyFigures report(String agency, Integer fresh, int granted, int total) {
        Report.Builder b = Report.builder(Schemas.forYear(2025)).text("meta.agency", agency)
                .number("t3.granted.total", granted).number("t3.total.total", total);
        if (fresh != null) {
            b.number("t3.new.total", fresh);
        }
        return KeyFigures.of(b.build());
    }

    @Test
    void sumsCountsOverTheReportsThatHaveThemAndSaysHowMany() {
        Totals t = Totals.of(List.of(report("甲", 10, 1, 10), report("乙", null, 0, 0), report("丙", 5, 4, 5)));
        assertEquals(3, t.reports());
        assertEquals(new BigDecimal("15"), t.value(Indicator.NEW));
        assertEquals(2, t.counted(Indicator.NEW));
    }

    @Test
    void recomputesASharesFromTheSummedPartsNotTheMeanOfShares() {
        // 1/10 and 90/90: the mean of shares would be 55 %, the share of all requests is 91/100
        Totals t = Totals.of(List.of(report("甲", 10, 1, 10), report("乙", 90, 90, 90)));
        assertEquals(new BigDecimal("0.910000"), t.value(Indicator.GRANTED_SHARE));
        assertEquals(2, t.counted(Indicator.GRANTED_SHARE));
    }

    @Test
    void hasNoValueWhenNoReportHasIt() {
        Totals t = Totals.of(List.of(report("甲", null, 0, 0)));
        assertNull(t.value(Indicator.NEW));
        assertEquals(0, t.counted(Indicator.NEW));
        assertNull(t.value(Indicator.GRANTED_SHARE)); // a base of 0
    }

    @Test
    void sumsTheCompositionOverReportsWithEveryCategory() {
        Report.Builder full = Report.builder(Schemas.forYear(2025));
        for (Outcomes.Category c : Outcomes.of(Schemas.forYear(2025))) {
            c.fields().forEach(id -> full.number(id, 1));
        }
        Totals t = Totals.of(List.of(KeyFigures.of(full.build()), KeyFigures.of(full.build()),
                report("缺项", 1, 1, 1)));
        assertEquals(2, t.withOutcomes());
        assertEquals("（三）不予公开", t.categories().get(2));
        assertEquals(new BigDecimal("16"), t.outcome(2)); // 8 rows × 1 × 2 reports
        assertEquals(new BigDecimal("2"), t.outcome(0));
    }
}
