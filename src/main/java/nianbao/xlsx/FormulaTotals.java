package nianbao.xlsx;

import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Value;
import nianbao.schema.Expression;
import nianbao.schema.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles the total cells that hold formulas. The clerk sees the formula's result after Excel
 * recalculates, so a total formula counts as the sum of its parts: a missing cached result is
 * computed, and a cached result that disagrees with the parts (a file saved without
 * recalculation, or edited by a tool that does not recalculate) is replaced, with a note quoting
 * it. A number typed into a total cell has no formula and is not touched here.
 */
final class FormulaTotals {

    private final Map<String, List<Rule>> rulesByTotal;
    private final Map<String, Value> values;
    private final Set<String> formulaFields;
    private final Map<String, Value> settled = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    private FormulaTotals(ReadPlan plan, Map<String, Value> values, Set<String> formulaFields) {
        this.values = values;
        this.formulaFields = formulaFields;
        this.rulesByTotal = plan.totals();
    }

    /**
     * Returns the values with every formula total settled.
     *
     * @param values field ID → value as read (cached results for formula cells)
     * @param formulaFields IDs of the fields whose cell holds a formula
     */
    static Map<String, Value> settle(ReadPlan plan, Map<String, Value> values, Set<String> formulaFields) {
        if (formulaFields.isEmpty()) {
            return values;
        }
        FormulaTotals t = new FormulaTotals(plan, values, formulaFields);
        Map<String, Value> out = new LinkedHashMap<>(values);
        for (String id : values.keySet()) {
            if (t.isFormulaTotal(id)) {
                out.put(id, t.settle(id));
            }
        }
        return out;
    }

    private boolean isFormulaTotal(String id) {
        return formulaFields.contains(id) && rulesByTotal.containsKey(id);
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
        List<BigDecimal> candidates = new ArrayList<>();
        for (Rule rule : rulesByTotal.get(id)) {
            candidates.add(sum(rule.right()));
        }
        inProgress.remove(id);
        BigDecimal cached = read.number();
        Value result;
        if (cached != null && candidates.stream().anyMatch(c -> c.compareTo(cached) == 0)) {
            result = read;
        } else {
            BigDecimal computed = candidates.get(0);
            Value base = new Value(id, computed, null, Provenance.COMPUTED, read.source(), null);
            String note;
            if (cached != null) {
                note = "缓存值 " + Numbers.plain(cached) + " 与公式结果 " + Numbers.plain(computed) + " 不一致，已按公式重新计算";
            } else if (read.text() != null) {
                note = "缓存值 " + read.text() + " 不是数字，已按公式重新计算为 " + Numbers.plain(computed);
            } else {
                note = "公式没有缓存结果，已按公式计算为 " + Numbers.plain(computed);
            }
            result = base.with(Provenance.COMPUTED, note);
        }
        settled.put(id, result);
        return result;
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
