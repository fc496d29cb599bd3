package nianbao.validate.cells;

import nianbao.model.Report;
import nianbao.schema.Rule;
import nianbao.validate.cells.Equations.Form;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EquationsTest {

    private static Equations of(Report r) {
        return new Equations(r, null, r::number, null, Map.of());
    }

    /** The instance of a rule family whose left side starts with the field. */
    private static Rule rule(Report r, String id, String anchor) {
        return r.schema().rules().stream().filter(x -> x.id().equals(id) && x.anchorField().equals(anchor)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " " + anchor));
    }

    @Test
    void aTotalThatAgreesWithItsPartsStandsForThem() throws Exception {
        Report r = CellAnalysisTest.linjiang();
        Form f = of(r).form(rule(r, "T3-BAL", "t3.total.natural"));
        assertEquals(0, f.residual().signum());
        assertFalse(f.coefficients().containsKey("t3.total.natural"));
        assertEquals(1, f.coefficient("t3.granted.natural"));
        assertEquals(1, f.coefficient("t3.carry_over.natural"));
        assertEquals(-1, f.coefficient("t3.new.natural"));
        assertEquals(24, f.coefficients().size()); // 21 results + 结转下年度 on the left, 新收 + 上年结转 on the right
    }

    @Test
    void aTotalThatDisagreesWithItsPartsIsACellOfItsOwn() throws Exception {
        Report r = CellAnalysisTest.linjiang();
        r = r.toBuilder().number("t3.total.natural", r.number("t3.total.natural").add(BigDecimal.ONE)).build();
        Equations e = of(r);
        assertNull(e.definition("t3.total.natural"));
        Form f = e.form(rule(r, "T3-BAL", "t3.total.natural"));
        assertEquals(Map.of("t3.total.natural", 1, "t3.carry_over.natural", 1, "t3.new.natural", -1,
                "t3.carried.natural", -1), f.coefficients());
        assertEquals(BigDecimal.ONE, f.residual());
        assertTrue(f.holdsAfter("t3.total.natural", BigDecimal.ONE.negate()));
        assertFalse(f.holdsAfter("t3.new.natural", BigDecimal.ONE.negate()));
    }

    @Test
    void aRuleThatDefinesATotalComesToNothingAndAnotherOneOverTheSameTotalToo() throws Exception {
        Report r = CellAnalysisTest.linjiang();
        Equations e = of(r);
        assertEquals(Map.of(), e.form(rule(r, "T3-ROW", "t3.new.total")).coefficients());
        // 总计/总计 is the 总计 row's formula; the column's sum reaches the same 126 cells
        assertEquals("T3-ROW", e.definition("t3.total.total").id());
        assertEquals(Map.of(), e.form(rule(r, "T3-RESULT", "t3.total.total")).coefficients());
    }

    @Test
    void aStatementReadsItsFieldsThroughTheTotals() throws Exception {
        Report r = CellAnalysisTest.linjiang();
        Form said = of(r).form(List.of("t3.new.total"), new BigDecimal("418"));
        assertEquals(0, said.residual().signum());
        assertEquals(List.of("t3.new.natural", "t3.new.commercial", "t3.new.research", "t3.new.social", "t3.new.legal",
                "t3.new.other"), List.copyOf(said.coefficients().keySet()));
    }
}
