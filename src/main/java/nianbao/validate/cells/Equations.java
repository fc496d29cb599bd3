package nianbao.validate.cells;

import nianbao.model.Report;
import nianbao.schema.Expression;
import nianbao.schema.Rule;
import nianbao.schema.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A report's rules as linear forms over the cells a person types. A total that equals the sum of
 * the first rule defining it (the template's formula, or a clerk who added up the parts) stands for
 * those parts: change a part and the total changes with it. A total that disagrees with its parts
 * was typed on its own and is a cell like any other.
 */
final class Equations {

    /**
     * {@code Σ coefficient × cell + constant = 0}, measured at the values read.
     *
     * @param coefficients typed field → how often it counts (zero coefficients left out), in first-seen order
     * @param residual the left side minus the right side at the values read; null when a value is blank
     */
    record Form(Map<String, Integer> coefficients, BigDecimal residual) {

        int coefficient(String fieldId) {
            Integer c = coefficients.get(fieldId);
            return c == null ? 0 : c;
        }

        boolean broken() {
            return residual != null && residual.signum() != 0;
        }

        boolean holds() {
            return residual != null && residual.signum() == 0;
        }

        /** True when changing the cell by {@code delta} leaves the form holding. */
        boolean holdsAfter(String fieldId, BigDecimal delta) {
            return residual != null && residual.add(delta.multiply(BigDecimal.valueOf(coefficient(fieldId)))).signum() == 0;
        }
    }

    /**
     * One rule instance that can be checked on this report.
     *
     * @param crossYear true when it reads last year's report
     */
    record Equation(Rule rule, Form form, boolean crossYear) {

        /** True for a rule that is an error when broken: only those are firm enough to rule a cell out. */
        boolean firm() {
            return rule.severity() == Severity.ERROR;
        }
    }

    private final Report report;
    private final Function<String, BigDecimal> current;
    private final Function<String, BigDecimal> previous;
    /** Total field → the rule whose parts it is the sum of, for the totals that agree with them. */
    private final Map<String, Rule> computed = new HashMap<>();
    private final List<Equation> equations = new ArrayList<>();
    private final Map<String, Integer> order = new HashMap<>();

    /**
     * The checkable rules of a report.
     *
     * @param current this year's values (blank → null, or 0 when blanks count as zero)
     * @param previous last year's values, or null when there is no last year's report
     * @param lastYear last year's report, or null
     */
    Equations(Report report, Report lastYear, Function<String, BigDecimal> current, Function<String, BigDecimal> previous) {
        this.report = report;
        this.current = current;
        this.previous = previous == null ? id -> null : previous;
        Set<String> seen = new HashSet<>();
        for (Rule r : report.schema().totalRules()) {
            String total = r.left().terms().get(0).fieldId();
            if (!seen.add(total)) {
                continue; // the first rule defining a total is its formula; the others only check it
            }
            BigDecimal left = r.left().evaluate(current, this.previous);
            BigDecimal right = r.right().evaluate(current, this.previous);
            if (left != null && right != null && left.compareTo(right) == 0) {
                computed.put(total, r);
            }
        }
        for (Rule r : report.schema().rules()) {
            if (r.needsPrevious() && (lastYear == null || !r.previousFieldsIn(lastYear.schema()))) {
                continue;
            }
            equations.add(new Equation(r, form(r), r.needsPrevious()));
        }
    }

    List<Equation> equations() {
        return equations;
    }

    Report report() {
        return report;
    }

    BigDecimal value(String fieldId) {
        return current.apply(fieldId);
    }

    BigDecimal previousValue(String fieldId) {
        return previous.apply(fieldId);
    }

    /** Where a field comes in the schema (its fields are in table order: 表三 row by row). */
    int order(String fieldId) {
        if (order.isEmpty()) {
            List<nianbao.schema.Field> fields = report.schema().fields();
            for (int i = 0; i < fields.size(); i++) {
                order.put(fields.get(i).id(), i);
            }
        }
        return order.getOrDefault(fieldId, Integer.MAX_VALUE);
    }

    /** The rule defining a total that stands for its parts, or null for a typed cell. */
    Rule definition(String fieldId) {
        return computed.get(fieldId);
    }

    /** The form of a rule: both sides with every standing total replaced by its typed parts. */
    Form form(Rule r) {
        Map<String, Integer> c = new LinkedHashMap<>();
        expand(r.left(), 1, c, new HashSet<>());
        expand(r.right(), -1, c, new HashSet<>());
        c.values().removeIf(v -> v == 0);
        BigDecimal left = r.left().evaluate(current, previous);
        BigDecimal right = r.right().evaluate(current, previous);
        return new Form(c, left == null || right == null ? null : left.subtract(right));
    }

    /** The form of one reading of a statement: the sum of the fields minus the number stated. */
    Form form(List<String> fields, BigDecimal stated) {
        Map<String, Integer> c = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String id : fields) {
            expand(id, 1, c, new HashSet<>());
            BigDecimal v = current.apply(id);
            sum = sum == null || v == null ? null : sum.add(v);
        }
        c.values().removeIf(v -> v == 0);
        return new Form(c, sum == null ? null : sum.subtract(stated));
    }

    /** The typed cells a field stands for, with their signs: itself, or a standing total's parts. */
    Map<String, Integer> parts(String fieldId) {
        Map<String, Integer> c = new LinkedHashMap<>();
        expand(fieldId, 1, c, new HashSet<>());
        c.values().removeIf(v -> v == 0);
        return c;
    }

    private void expand(Expression side, int sign, Map<String, Integer> into, Set<String> path) {
        for (Expression.Term t : side.terms()) {
            if (!t.previous()) {
                expand(t.fieldId(), sign * t.sign(), into, path);
            }
        }
    }

    private void expand(String fieldId, int sign, Map<String, Integer> into, Set<String> path) {
        Rule def = computed.get(fieldId);
        if (def != null && path.add(fieldId)) {
            expand(def.right(), sign, into, path);
            path.remove(fieldId);
        } else {
            into.merge(fieldId, sign, Integer::sum);
        }
    }
}
