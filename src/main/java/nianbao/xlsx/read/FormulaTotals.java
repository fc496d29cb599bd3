package nianbao.xlsx.read;

import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Value;
import nianbao.schema.CellRef;
import nianbao.schema.Expression;
import nianbao.schema.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settles the total cells that hold formulas. The clerk sees the formula's result after Excel
 * recalculates, so a template total formula counts as the sum of its parts: a missing cached
 * result is computed, and a cached result that disagrees with the parts (a file saved without
 * recalculation, or edited by a tool that does not recalculate) is replaced, with a note quoting
 * it. A formula the clerk rewrote (not a plain sum of the rule's parts) cannot be recomputed
 * here, so its cached result is kept, with a note. A number typed into a total cell has no
 * formula and is not touched here.
 */
final class FormulaTotals {

    private static final Pattern SHEET_PREFIX = Pattern.compile("('[^']*'|[^\\s!+\\-*/(),=:'\"]+)!");
    private static final Pattern RANGE = Pattern.compile("([A-Z]{1,3}[0-9]{1,7}):([A-Z]{1,3}[0-9]{1,7})");
    /** Only sums: references, '+', ',' and SUM( … ). Anything else is the clerk's own formula. */
    private static final Pattern SUM_ONLY = Pattern.compile("[A-Z0-9_.:+,()]*");

    /**
     * Parsed formulas by text. Every workbook from the same template repeats the same few dozen
     * formulas, so parsing each once saves the regular expressions per file. Bounded; values are
     * immutable, so sharing between threads is safe.
     */
    private static final Map<String, Set<String>> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Set<String> NOT_A_SUM = Set.of("\u0000not a sum");

    /** A formula recognised by its defined names as the plain sum of one of a total's rules. */
    private record Recognised(List<ReadPlan.Sum> sums, Rule rule) {
    }

    /**
     * Formula text → the rule its names sum, for the total (identified by its list of sums) it was
     * found in: the same text in the next workbook of the template needs no set comparison.
     */
    private static final Map<String, Recognised> RECOGNISED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_PARSED = 10_000;

    private final Map<String, List<ReadPlan.Sum>> rulesByTotal;
    private final Map<String, Value> values;
    private final Map<String, String> formulas;
    private final Map<String, String> cells;
    private final Map<String, Value> settled = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    private FormulaTotals(ReadPlan plan, Map<String, Value> values, Map<String, String> formulas, Map<String, String> cells) {
        this.values = values;
        this.formulas = formulas;
        this.cells = cells;
        this.rulesByTotal = plan.totals();
    }

    /**
     * Returns the values with every formula total settled, the formula texts being unknown.
     *
     * @param formulaFields IDs of the fields whose cell holds a formula
     */
    static Map<String, Value> settle(ReadPlan plan, Map<String, Value> values, Set<String> formulaFields) {
        Map<String, String> unknown = new HashMap<>();
        formulaFields.forEach(id -> unknown.put(id, ""));
        return settle(plan, values, unknown, Map.of());
    }

    /**
     * Returns the values with every formula total settled: the same map when nothing changes, else a
     * copy in the same order.
     *
     * @param values field ID → value as read (cached results for formula cells)
     * @param formulas field ID → formula text, for the fields whose cell holds a formula ("" when
     *                 the text is not known, as in a shared formula's later cells)
     * @param cells field ID → the A1 address the field was read from
     */
    static Map<String, Value> settle(ReadPlan plan, Map<String, Value> values, Map<String, String> formulas,
                                     Map<String, String> cells) {
        if (formulas.isEmpty()) {
            return values;
        }
        FormulaTotals t = new FormulaTotals(plan, values, formulas, cells);
        Map<String, Value> changed = null;
        for (String id : formulas.keySet()) {
            if (t.isFormulaTotal(id)) {
                Value v = t.settle(id);
                if (v != values.get(id)) {
                    if (changed == null) {
                        changed = new HashMap<>();
                    }
                    changed.put(id, v);
                }
            }
        }
        if (changed == null) {
            return values; // every cached result agrees with its parts: nothing to copy
        }
        Map<String, Value> out = new LinkedHashMap<>(values);
        out.putAll(changed);
        return out;
    }

    private boolean isFormulaTotal(String id) {
        return formulas.containsKey(id) && rulesByTotal.containsKey(id);
    }

    /** The number a field shows once formulas are recalculated; blank parts count as 0, as in Excel. */
    private BigDecimal shown(String id) {
        if (isFormulaTotal(id)) {
            return settle(id).number();
        }
        Value v = values.get(id);
        return v == null ? null : v.number();
    }

    private Value settle(String id) {
        Value done = settled.get(id);
        if (done != null) {
            return done;
        }
        Value read = values.get(id);
        if (!inProgress.add(id)) {
            return read; // a circular set of rules cannot come from the schema; fall back to the cache
        }
        String text = formulas.get(id);
        List<ReadPlan.Sum> rules = rulesByTotal.get(id);
        Rule written = text.isEmpty() ? null : recognise(text, rules);
        Value result;
        if (!text.isEmpty() && written == null) {
            inProgress.remove(id);
            result = rewritten(read, text);
        } else {
            List<BigDecimal> candidates = new ArrayList<>();
            if (written != null) {
                candidates.add(sum(written.right()));
            } else {
                for (ReadPlan.Sum rule : rules) {
                    candidates.add(sum(rule.rule().right()));
                }
            }
            inProgress.remove(id);
            result = compared(read, candidates);
        }
        settled.put(id, result);
        return result;
    }

    /** The cached result against what the template formula gives. */
    private static Value compared(Value read, List<BigDecimal> candidates) {
        BigDecimal cached = read.number();
        if (cached != null && candidates.stream().anyMatch(c -> c.compareTo(cached) == 0)) {
            return read;
        }
        BigDecimal computed = candidates.get(0);
        String note;
        if (cached != null) {
            note = "缓存值 " + Numbers.plain(cached) + " 与公式结果 " + Numbers.plain(computed) + " 不一致，已按公式重新计算";
        } else if (read.text() != null) {
            note = "缓存值 " + read.text() + " 不是数字，已按公式重新计算为 " + Numbers.plain(computed);
        } else {
            note = "公式没有缓存结果，已按公式计算为 " + Numbers.plain(computed);
        }
        return new Value(read.fieldId(), computed, null, Provenance.COMPUTED, read.source(), note);
    }

    /** A formula the clerk wrote: only Excel knows its result, so the cache is all there is. */
    private static Value rewritten(Value read, String text) {
        if (read.number() != null) {
            return read.with(Provenance.READ, "合计格的公式已被改为“=" + text + "”，与模板不同，按其缓存结果读取");
        }
        return Value.missing(read.fieldId(), read.source(), "合计格的公式已被改为“=" + text
                + "”，与模板不同，且没有可用的计算结果，请在 Excel/WPS 中打开、保存后再试");
    }

    /** The rule whose plain sum the formula is (by defined names or by cells), or null. */
    private Rule recognise(String formula, List<ReadPlan.Sum> sums) {
        Recognised known = RECOGNISED.get(formula);
        if (known != null && known.sums() == sums) {
            return known.rule();
        }
        Set<String> refs = PARSED.get(formula);
        if (refs == null) {
            Set<String> parsed = references(formula);
            refs = parsed == null ? NOT_A_SUM : Set.copyOf(parsed);
            if (PARSED.size() < MAX_PARSED) {
                PARSED.put(formula, refs);
            }
        }
        if (refs == NOT_A_SUM) {
            return null;
        }
        for (ReadPlan.Sum sum : sums) {
            if (sum.names() != null && refs.size() == sum.names().size() && refs.equals(sum.names())) {
                if (RECOGNISED.size() < MAX_PARSED) {
                    RECOGNISED.put(formula, new Recognised(sums, sum.rule()));
                }
                return sum.rule();
            }
        }
        // by cells: depends on where this workbook's defined names point, so never cached
        for (ReadPlan.Sum sum : sums) {
            if (sum.names() != null && refs.equals(addresses(sum.rule()))) {
                return sum.rule();
            }
        }
        return null;
    }

    /** The cells a rule's parts were read from in this workbook. */
    private Set<String> addresses(Rule rule) {
        Set<String> addresses = new HashSet<>();
        for (Expression.Term t : rule.right().terms()) {
            String cell = cells.get(t.fieldId());
            if (cell != null) {
                addresses.add(cell);
            }
        }
        return addresses;
    }

    /**
     * The names and cells a pure-sum formula refers to, ranges expanded; null when the formula
     * does anything but add (other functions, '-', '*', constants).
     */
    static Set<String> references(String formula) {
        String f = formula.startsWith("=") ? formula.substring(1) : formula;
        f = SHEET_PREFIX.matcher(f).replaceAll("").replace("$", "").replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (!SUM_ONLY.matcher(f).matches()) {
            return null;
        }
        Set<String> refs = new HashSet<>();
        Matcher m = RANGE.matcher(f);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            CellRef a = CellRef.parse(m.group(1));
            CellRef b = CellRef.parse(m.group(2));
            if ((long) (Math.abs(a.row() - b.row()) + 1) * (Math.abs(a.col() - b.col()) + 1) > 10_000) {
                return null;
            }
            for (int r = Math.min(a.row(), b.row()); r <= Math.max(a.row(), b.row()); r++) {
                for (int c = Math.min(a.col(), b.col()); c <= Math.max(a.col(), b.col()); c++) {
                    refs.add(new CellRef(r, c).toString());
                }
            }
            m.appendReplacement(rest, "+");
        }
        m.appendTail(rest);
        for (String token : rest.toString().split("[+,()]+")) {
            if (token.isEmpty() || token.equals("SUM")) {
                continue;
            }
            if (token.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch == '.')) {
                return null; // a constant: not the template's formula
            }
            refs.add(token);
        }
        return refs;
    }

    private BigDecimal sum(Expression e) {
        BigDecimal total = BigDecimal.ZERO;
        for (Expression.Term t : e.terms()) {
            BigDecimal v = shown(t.fieldId());
            if (v != null) {
                total = t.sign() > 0 ? total.add(v) : total.subtract(v);
            }
        }
        return total;
    }
}
