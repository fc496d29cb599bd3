package nianbao.legacy.infer;

import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InferenceTest {

    private final Inference inf = new Inference(Schemas.defaultSchema(),
            Schemas.defaultSchema().numericFields().stream().map(f -> f.id()).toList());

    private BigDecimal[] blank() {
        return new BigDecimal[inf.ids.size()];
    }

    private void set(BigDecimal[] v, String id, long n) {
        v[inf.index.get(id)] = BigDecimal.valueOf(n);
    }

    private BigDecimal get(Inference.Outcome o, String id) {
        return o.values[inf.index.get(id)];
    }

    private Inference.Outcome run(BigDecimal[] v) {
        return inf.propagate(v, new boolean[inf.equations.size()], new boolean[v.length]);
    }

    @Test
    void oneUnknownInARowIsTheTotalMinusTheOtherParts() {
        BigDecimal[] v = blank();
        for (String c : List.of("natural", "commercial", "research", "social", "legal")) {
            set(v, "t4.review." .replace("t4.review.", "t3.new.") + c, 1);
        }
        set(v, "t3.new.total", 9);
        Inference.Outcome o = run(v);
        assertEquals(BigDecimal.valueOf(4), get(o, "t3.new.other"));
        assertTrue(o.reasons[inf.index.get("t3.new.other")].contains("总计"));
    }

    @Test
    void aZeroTotalMakesEveryUnknownPartZero() {
        BigDecimal[] v = blank();
        set(v, "t4.review.total", 0);
        Inference.Outcome o = run(v);
        for (String c : List.of("upheld", "corrected", "other", "pending")) {
            assertEquals(BigDecimal.ZERO, get(o, "t4.review." + c));
        }
        assertTrue(o.contradicted.isEmpty());
    }

    @Test
    void twoUnknownPartsOfAPositiveTotalStayUnknown() {
        BigDecimal[] v = blank();
        set(v, "t4.review.total", 3);
        set(v, "t4.review.upheld", 1);
        set(v, "t4.review.corrected", 0);
        Inference.Outcome o = run(v);
        assertNull(get(o, "t4.review.other"));
        assertNull(get(o, "t4.review.pending"));
    }

    @Test
    void partsAboveTheTotalAreAContradictionNotANegativeNumber() {
        BigDecimal[] v = blank();
        set(v, "t4.review.total", 1);
        set(v, "t4.review.upheld", 2);
        Inference.Outcome o = run(v);
        assertFalse(o.contradicted.isEmpty());
        assertNull(get(o, "t4.review.other"));
    }

    @Test
    void publishedInconsistenciesAreFlaggedByFailing() {
        BigDecimal[] v = blank();
        for (String c : List.of("upheld", "corrected", "other", "pending")) {
            set(v, "t4.suit_direct." + c, 0);
        }
        set(v, "t4.suit_direct.total", 1);
        boolean[] f = inf.failing(v);
        int failing = 0;
        for (boolean b : f) {
            failing += b ? 1 : 0;
        }
        assertEquals(1, failing);
    }

    @Test
    void extraEquationsCanTieSubRowsToASingleRow() {
        inf.add(List.of("t3.other_no_correction.natural", "t3.other_no_fee.natural", "t3.other_other.natural"),
                List.of("t3._six.natural"), "按（六）");
        BigDecimal[] v = java.util.Arrays.copyOf(blank(), inf.ids.size());
        set(v, "t3._six.natural", 0);
        Inference.Outcome o = run(v);
        assertEquals(BigDecimal.ZERO, get(o, "t3.other_other.natural"));
    }

    @Test
    void lastYearsCarryOverAndStockBecomeEquationsOverKnownPseudoCells() {
        Inference withLast = new Inference(Schemas.defaultSchema(),
                Schemas.defaultSchema().numericFields().stream().map(f -> f.id()).toList());
        int before = withLast.equations.size();
        java.util.Map<String, BigDecimal> last = new java.util.HashMap<>();
        last.put("t3.carry_over.natural", BigDecimal.valueOf(3));
        last.put("t2.rules.valid", BigDecimal.valueOf(66));
        // 行政规范性文件 has no 现行有效件数 last year: its X-STOCK is not added
        java.util.Map<Integer, BigDecimal> known = withLast.addPrevious(Schemas.defaultSchema(), last::get, r -> true);
        assertEquals(2, withLast.equations.size() - before);
        assertEquals(BigDecimal.valueOf(3), known.get(withLast.index.get("prev:t3.carry_over.natural")));
        assertEquals(BigDecimal.valueOf(66), known.get(withLast.index.get("prev:t2.rules.valid")));
        assertFalse(withLast.index.containsKey("prev:t2.normative.valid"));

        BigDecimal[] v = new BigDecimal[withLast.ids.size()];
        known.forEach((c, x) -> v[c] = x);
        v[withLast.index.get("t2.rules.made")] = BigDecimal.valueOf(12);
        v[withLast.index.get("t2.rules.repealed")] = BigDecimal.valueOf(3);
        Inference.Outcome o = withLast.propagate(v, new boolean[withLast.equations.size()], new boolean[v.length]);
        assertEquals(BigDecimal.valueOf(75), o.values[withLast.index.get("t2.rules.valid")]);
        assertEquals(BigDecimal.valueOf(3), o.values[withLast.index.get("t3.carried.natural")]);
        assertTrue(o.reasons[withLast.index.get("t3.carried.natural")].contains("上年年报表三“自然人”列的“四、结转下年度继续办理”"),
                o.reasons[withLast.index.get("t3.carried.natural")]);
        assertTrue(o.reasons[withLast.index.get("t2.rules.valid")].contains("上年年报表二“规章”的现行有效件数"),
                o.reasons[withLast.index.get("t2.rules.valid")]);
    }
}
