package nianbao.xlsx;

import nianbao.model.Provenance;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class FormulaTotalsTest {

    private static final Schema SCHEMA = Schemas.defaultSchema();

    /** Every field blank except the given numbers. */
    private static Map<String, Value> values(Map<String, Long> numbers) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Field f : SCHEMA.fields()) {
            Source s = Source.cell("a.xlsx", f.sheet(), f.cell().toString());
            Long n = numbers.get(f.id());
            out.put(f.id(), n == null ? Value.blank(f.id(), s) : Value.number(f.id(), BigDecimal.valueOf(n), s));
        }
        return out;
    }

    @Test
    void keepsACachedTotalThatAgreesWithItsParts() {
        Map<String, Value> in = values(Map.of("t4.review.upheld", 2L, "t4.review.pending", 3L, "t4.review.total", 5L));

        Map<String, Value> out = FormulaTotals.settle(ReadPlan.of(SCHEMA), in, Set.of("t4.review.total"));

        assertSame(in.get("t4.review.total"), out.get("t4.review.total"));
    }

    @Test
    void recomputesAStaleTotalAndQuotesTheCache() {
        Map<String, Value> in = values(Map.of("t4.review.upheld", 2L, "t4.review.pending", 5L, "t4.review.total", 5L));

        Value v = FormulaTotals.settle(ReadPlan.of(SCHEMA), in, Set.of("t4.review.total")).get("t4.review.total");

        assertEquals(new BigDecimal("7"), v.number());
        assertEquals(Provenance.COMPUTED, v.how());
        assertEquals("缓存值 5 与公式结果 7 不一致，已按公式重新计算", v.note());
        assertEquals("表四!E5", v.source().position());
    }

    @Test
    void computesNestedTotalsThroughOtherFormulaTotals() {
        // t3.total.total sums the row totals, which are formulas without a cache themselves
        Map<String, Value> in = values(Map.of("t3.granted.natural", 4L, "t3.granted.research", 1L, "t3.partial.legal", 2L));
        Set<String> formulas = new java.util.HashSet<>();
        for (Field f : SCHEMA.fields()) {
            if (ReadPlan.of(SCHEMA).totals().containsKey(f.id())) {
                formulas.add(f.id());
            }
        }

        Map<String, Value> out = FormulaTotals.settle(ReadPlan.of(SCHEMA), in, formulas);

        assertEquals(new BigDecimal("5"), out.get("t3.granted.total").number());
        assertEquals(new BigDecimal("7"), out.get("t3.total.total").number());
        assertEquals(Provenance.COMPUTED, out.get("t3.total.total").how());
        assertEquals(new BigDecimal("0"), out.get("t4.review.total").number()); // a sum of blanks shows 0 in Excel
    }

    @Test
    void leavesTotalsWithoutFormulasAlone() {
        Map<String, Value> in = values(Map.of("t4.review.upheld", 2L, "t4.review.total", 9L));

        Map<String, Value> out = FormulaTotals.settle(ReadPlan.of(SCHEMA), in, Set.of());

        assertEquals(new BigDecimal("9"), out.get("t4.review.total").number());
        assertEquals(Provenance.READ, out.get("t4.review.total").how());
    }
}
