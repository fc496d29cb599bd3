package nianbao.xlsx.read;

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

    private static Map<String, String> cells() {
        Map<String, String> out = new java.util.HashMap<>();
        for (Field f : SCHEMA.fields()) {
            out.put(f.id(), f.cell().toString());
        }
        return out;
    }

    @Test
    void recognisesTheTemplateFormulaByNamesByCellsOrByRange() {
        Map<String, Value> in = values(Map.of("t4.review.upheld", 2L, "t4.review.pending", 5L, "t4.review.total", 5L));
        for (String formula : new String[] {
            "t4_review_upheld+t4_review_corrected+t4_review_other+t4_review_pending",
            "A5+B5+C5+D5", "SUM($A$5:$D$5)", "'表四'!A5+表四!B5+C5+D5"}) {
            Value v = FormulaTotals.settle(ReadPlan.of(SCHEMA), in, Map.of("t4.review.total", formula), cells())
                    .get("t4.review.total");
            assertEquals(new BigDecimal("7"), v.number(), formula);
            assertEquals(Provenance.COMPUTED, v.how(), formula);
        }
    }

    @Test
    void keepsTheCachedResultOfAFormulaTheClerkRewrote() {
        Map<String, Value> in = values(Map.of("t4.review.upheld", 2L, "t4.review.pending", 5L, "t4.review.total", 5L));

        Value v = FormulaTotals.settle(ReadPlan.of(SCHEMA), in, Map.of("t4.review.total", "A5+C5+3"), cells())
                .get("t4.review.total");

        assertEquals(new BigDecimal("5"), v.number());
        assertEquals(Provenance.READ, v.how());
        assertEquals("合计格的公式已被改为“=A5+C5+3”，与模板不同，按其缓存结果读取", v.note());
    }

    @Test
    void marksARewrittenFormulaWithoutCacheAsMissing() {
        Map<String, Value> in = values(Map.of("t4.review.upheld", 2L));

        Value v = FormulaTotals.settle(ReadPlan.of(SCHEMA), in, Map.of("t4.review.total", "A5*2"), cells())
                .get("t4.review.total");

        assertEquals(Provenance.MISSING, v.how());
        assertEquals(null, v.number());
    }

    @Test
    void listsTheReferencesOfPureSumsOnly() {
        assertEquals(Set.of("A5", "B5", "C5"), FormulaTotals.references("=SUM(A5:C5)"));
        assertEquals(Set.of("T3_NEW_NATURAL", "D6"), FormulaTotals.references("t3_new_natural + $D$6"));
        assertEquals(null, FormulaTotals.references("A5-B5"));
        assertEquals(null, FormulaTotals.references("IF(A5=\"\",0,A5)"));
        assertEquals(null, FormulaTotals.references("A5+1"));
    }
}
