package nianbao.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A signed sum of field references, one side of a consistency rule, e.g.
 * {@code t3.new.total + t3.carried.total} or {@code prev:t2.rules.valid + t2.rules.made - t2.rules.repealed}.
 *
 * @param terms the terms in written order
 */
public record Expression(List<Term> terms) {

    public Expression {
        terms = List.copyOf(terms);
    }

    /**
     * One signed field reference.
     *
     * @param sign +1 or -1
     * @param fieldId referenced field
     * @param previous true when the value comes from last year's report ({@code prev:} prefix)
     */
    public record Term(int sign, String fieldId, boolean previous) {
        @Override
        public String toString() {
            return (previous ? "prev:" : "") + fieldId;
        }
    }

    /** Parses {@code a + b - prev:c}; field IDs may contain letters, digits, dots and underscores. */
    public static Expression parse(String text) {
        List<Term> terms = new ArrayList<>();
        int sign = 1;
        boolean expectTerm = true;
        for (String token : text.trim().split("\\s+")) {
            if (token.equals("+") || token.equals("-")) {
                if (expectTerm) {
                    throw new IllegalArgumentException("两个运算符相连: " + text);
                }
                sign = token.equals("+") ? 1 : -1;
                expectTerm = true;
                continue;
            }
            if (!expectTerm || !token.matches("(prev:)?[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+")) {
                throw new IllegalArgumentException("表达式无法解析: " + text + " (at '" + token + "')");
            }
            boolean prev = token.startsWith("prev:");
            terms.add(new Term(sign, prev ? token.substring(5) : token, prev));
            expectTerm = false;
        }
        if (expectTerm) {
            throw new IllegalArgumentException("表达式不完整: " + text);
        }
        return new Expression(terms);
    }

    /**
     * Evaluates the sum; returns null when any referenced value is unknown.
     *
     * @param current value of a field in this year's report, null when blank
     * @param previous value of a field in last year's report, null when blank or absent
     */
    public BigDecimal evaluate(Function<String, BigDecimal> current, Function<String, BigDecimal> previous) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Term t : terms) {
            BigDecimal v = t.previous ? previous.apply(t.fieldId) : current.apply(t.fieldId);
            if (v == null) {
                return null;
            }
            sum = t.sign > 0 ? sum.add(v) : sum.subtract(v);
        }
        return sum;
    }

    /** True when some term refers to last year's report. */
    public boolean usesPrevious() {
        return terms.stream().anyMatch(Term::previous);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            if (sb.length() > 0 || t.sign < 0) {
                sb.append(t.sign < 0 ? (sb.length() > 0 ? " - " : "-") : " + ");
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
