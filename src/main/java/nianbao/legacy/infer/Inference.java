package nianbao.legacy.infer;

import nianbao.schema.Expression;
import nianbao.schema.Rule;
import nianbao.schema.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The schema's linear rules (this year's; last year's too when its report is given, see
 * {@link #addPrevious}) as equations {@code Σ cᵢ·xᵢ = 0} over numbered
 * cells, and the propagation that infers exactly what they force together with non-negativity:
 * an equation with one unknown determines it; an equation whose unknowns all carry the same sign
 * and must sum to 0 makes each of them 0. Nothing else is ever inferred.
 */
public final class Inference {

    /**
     * One equation.
     *
     * @param cells cell indices
     * @param coef +1 / -1 per cell
     * @param reason Chinese phrase naming the rule, used in notes of inferred cells
     */
    public record Equation(int[] cells, int[] coef, String reason) {
    }

    public final List<String> ids = new ArrayList<>();
    public final Map<String, Integer> index = new HashMap<>();
    public final List<Equation> equations = new ArrayList<>();

    /** The outcome of one propagation. */
    public static final class Outcome {
        public final BigDecimal[] values;
        public final String[] reasons;
        public final List<Integer> contradicted = new ArrayList<>();

        Outcome(BigDecimal[] values) {
            this.values = values;
            this.reasons = new String[values.length];
        }
    }

    public Inference(Schema schema, List<String> numericIds) {
        for (String id : numericIds) {
            cell(id);
        }
        for (Rule r : schema.rules()) {
            if (r.needsPrevious()) {
                continue;
            }
            List<Integer> cells = new ArrayList<>();
            List<Integer> coef = new ArrayList<>();
            for (Expression.Term t : r.left().terms()) {
                cells.add(cell(t.fieldId()));
                coef.add(t.sign());
            }
            for (Expression.Term t : r.right().terms()) {
                cells.add(cell(t.fieldId()));
                coef.add(-t.sign());
            }
            equations.add(new Equation(toArray(cells), toArray(coef), reason(r)));
        }
    }

    /**
     * Adds the rules that compare with last year's report (二、上年结转 = last year's 四、结转下年度继续办理;
     * 现行有效件数 = last year's + 本年制发 − 本年废止) as equations whose last-year terms are pseudo cells
     * {@code prev:<field>} of known value. A rule is added only when last year's report has a number for
     * every term it reads from it.
     *
     * @param schema this year's format
     * @param previous last year's value of a field, or null when blank or absent from its format
     * @param use which of these rules to add (the caller decides where the agency shows it follows them)
     * @return the pseudo cells with their values, to be known before any reading is chosen
     */
    public Map<Integer, BigDecimal> addPrevious(Schema schema, Function<String, BigDecimal> previous,
                                                java.util.function.Predicate<Rule> use) {
        Map<Integer, BigDecimal> known = new HashMap<>();
        rules:
        for (Rule r : schema.rules()) {
            if (!r.needsPrevious() || !use.test(r)) {
                continue;
            }
            List<Integer> cells = new ArrayList<>();
            List<Integer> coef = new ArrayList<>();
            Map<Integer, BigDecimal> mine = new HashMap<>();
            for (int side = 0; side < 2; side++) {
                for (Expression.Term t : (side == 0 ? r.left() : r.right()).terms()) {
                    int c;
                    if (t.previous()) {
                        BigDecimal last = previous.apply(t.fieldId());
                        if (last == null) {
                            continue rules;
                        }
                        c = cell("prev:" + t.fieldId());
                        mine.put(c, last);
                    } else if (index.containsKey(t.fieldId())) {
                        c = index.get(t.fieldId());
                    } else {
                        continue rules;
                    }
                    cells.add(c);
                    coef.add(side == 0 ? t.sign() : -t.sign());
                }
            }
            known.putAll(mine);
            equations.add(new Equation(toArray(cells), toArray(coef), previousReason(r)));
        }
        return known;
    }

    private static String previousReason(Rule r) {
        String subject = r.subject() == null ? "" : r.subject();
        return switch (r.id()) {
            case "X-CARRY" -> "按上年年报表三“" + subject + "”列的“四、结转下年度继续办理”（= 本年“二、上年结转”）";
            case "X-STOCK" -> "按上年年报表二“" + subject + "”的现行有效件数（本年现行有效 = 上年现行有效 + 本年制发 − 本年废止）";
            default -> "按上年年报（规则 " + r.id() + (subject.isEmpty() ? "" : "，" + subject) + "）";
        };
    }

    /** The index of a cell, adding it (pseudo cells such as the single （六） row) when new. */
    public int cell(String id) {
        Integer i = index.get(id);
        if (i == null) {
            i = ids.size();
            ids.add(id);
            index.put(id, i);
        }
        return i;
    }

    /** Adds an equation {@code Σ plus = Σ minus}. */
    public void add(List<String> plus, List<String> minus, String reason) {
        List<Integer> cells = new ArrayList<>();
        List<Integer> coef = new ArrayList<>();
        plus.forEach(id -> {
            cells.add(cell(id));
            coef.add(1);
        });
        minus.forEach(id -> {
            cells.add(cell(id));
            coef.add(-1);
        });
        equations.add(new Equation(toArray(cells), toArray(coef), reason));
    }

    private static String reason(Rule r) {
        String subject = r.subject() == null ? "" : r.subject();
        return switch (r.id()) {
            case "T3-ROW" -> "按表三“" + subject + "”行“总计 = 六类申请人之和”";
            case "T3-RESULT" -> "按表三" + subject + "列“（七）总计 = 各项办理结果之和”";
            case "T3-BAL" -> "按表三" + subject + "列“第一项加第二项之和 = 第三项加第四项之和”";
            case "T4-SUM" -> "按表四" + subject + "“总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结”";
            default -> "按规则 " + r.id() + "（" + subject + "）";
        };
    }

    /** Equations that fail with the given values alone (every cell known): published inconsistencies. */
    public boolean[] failing(BigDecimal[] values) {
        // Exact BigDecimal sums here: this runs once per report.
        boolean[] out = new boolean[equations.size()];
        for (int e = 0; e < equations.size(); e++) {
            Equation eq = equations.get(e);
            BigDecimal sum = BigDecimal.ZERO;
            boolean all = true;
            for (int i = 0; i < eq.cells.length && all; i++) {
                BigDecimal v = values[eq.cells[i]];
                if (v == null) {
                    all = false;
                } else {
                    sum = eq.coef[i] > 0 ? sum.add(v) : sum.subtract(v);
                }
            }
            out[e] = all && sum.signum() != 0;
        }
        return out;
    }

    /**
     * Propagates to a fixpoint.
     *
     * @param start known values (null = unknown); not modified
     * @param excluded equations not to use (published inconsistencies)
     * @param blocked cells never to infer
     */
    public Outcome propagate(BigDecimal[] start, boolean[] excluded, boolean[] blocked) {
        int n = start.length;
        long[] v = new long[n];
        boolean[] known = new boolean[n];
        boolean[] dead = excluded.clone();
        for (int c = 0; c < n; c++) {
            if (start[c] != null) {
                known[c] = true;
                v[c] = asLong(start[c]);
            }
        }
        for (int e = 0; e < equations.size(); e++) {
            for (int c : equations.get(e).cells) {
                // Counts in the rules are whole numbers; a misprinted decimal takes its equations out.
                if (known[c] && v[c] == Long.MIN_VALUE) {
                    dead[e] = true;
                }
            }
        }
        Outcome out = new Outcome(start.clone());
        boolean changed = true;
        int guard = 0;
        while (changed && guard++ < 200) {
            changed = false;
            for (int e = 0; e < equations.size(); e++) {
                if (dead[e]) {
                    continue;
                }
                Equation eq = equations.get(e);
                long k = 0;
                int unknowns = 0;
                int last = -1;
                int sign = 0;
                boolean mixed = false;
                boolean anyBlocked = false;
                for (int i = 0; i < eq.cells.length; i++) {
                    int c = eq.cells[i];
                    if (!known[c]) {
                        unknowns++;
                        last = i;
                        anyBlocked |= blocked[c];
                        if (sign == 0) {
                            sign = eq.coef[i];
                        } else if (sign != eq.coef[i]) {
                            mixed = true;
                        }
                    } else {
                        k = eq.coef[i] > 0 ? k - v[c] : k + v[c];
                    }
                }
                if (unknowns == 0) {
                    if (k != 0) {
                        dead[e] = true;
                        out.contradicted.add(e);
                    }
                    continue;
                }
                if (mixed && unknowns > 1) {
                    continue;
                }
                // Σ over unknowns of coef·x = k; with one sign s: Σ x = s·k.
                long s = sign > 0 ? k : -k;
                if (s < 0) {
                    dead[e] = true;
                    out.contradicted.add(e);
                    continue;
                }
                if (anyBlocked) {
                    continue;
                }
                if (unknowns == 1) {
                    int c = eq.cells[last];
                    known[c] = true;
                    v[c] = s;
                    out.values[c] = BigDecimal.valueOf(s);
                    out.reasons[c] = eq.reason;
                    changed = true;
                } else if (s == 0) {
                    for (int i = 0; i < eq.cells.length; i++) {
                        int c = eq.cells[i];
                        if (!known[c]) {
                            known[c] = true;
                            v[c] = 0;
                            out.values[c] = BigDecimal.ZERO;
                            out.reasons[c] = eq.reason + "，且各项不能为负数";
                        }
                    }
                    changed = true;
                }
            }
        }
        return out;
    }

    /** The whole number, or Long.MIN_VALUE for a decimal or a number too large for the rules. */
    private static long asLong(BigDecimal d) {
        if (d.scale() == 0 && d.precision() < 13) {
            return d.longValue();
        }
        try {
            BigDecimal s = d.stripTrailingZeros();
            if (s.scale() > 0 || s.abs().compareTo(LIMIT) > 0) {
                return Long.MIN_VALUE;
            }
            return s.longValueExact();
        } catch (ArithmeticException e) {
            return Long.MIN_VALUE;
        }
    }

    private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000_000_000L);


    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
