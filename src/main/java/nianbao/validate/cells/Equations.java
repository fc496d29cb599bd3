package nianbao.validate.cells;

import nianbao.model.Report;
import nianbao.schema.Rule;
import nianbao.schema.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Facts facts;
    private final Function<String, BigDecimal> current;
    private final Function<String, BigDecimal> previous;
    /** Total field → the rule whose parts it is the sum of, for the totals that agree with them. */
    private final Map<String, Rule> computed = new HashMap<>();
    /** True when every total stands for its parts: the forms are the format's, worked out once. */
    private final boolean allStanding;
    private final List<Equation> equations = new ArrayList<>();
    private final Map<Rule, BigDecimal> residuals;

    /**
     * The checkable rules of a report.
     *
     * @param current this year's values (blank → null, or 0 when blanks count as zero)
     * @param previous last year's values, or null when there is no last year's report
     * @param lastYear last year's report, or null
     * @param residuals the rules already measured (left minus right, null when a value is blank); others are measured here
     */
    Equations(Report report, Report lastYear, Function<String, BigDecimal> current, Function<String, BigDecimal> previous,
              Map<Rule, BigDecimal> residuals) {
        this.report = report;
        this.facts = Facts.of(report.schema());
        this.current = current;
        this.previous = previous == null ? id -> null : previous;
        this.residuals = residuals;
        for (Map.Entry<String, Rule> e : facts.formulas.entrySet()) {
            // the first rule defining a total is its formula; the others only check it
            BigDecimal r = residual(e.getValue());
            if (r != null && r.signum() == 0) {
                computed.put(e.getKey(), e.getValue());
            }
        }
        allStanding = computed.size() == facts.formulas.size();
        List<Rule> rules = report.schema().rules();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            boolean crossYear = facts.crossYear(i);
            if (crossYear && (lastYear == null || !r.previousFieldsIn(lastYear.schema()))) {
                continue;
            }
            Map<String, Integer> c = allStanding ? facts.standing(i) : Facts.coefficients(r, computed);
            equations.add(new Equation(r, new Form(c, residual(r)), crossYear));
        }
    }

    List<Equation> equations() {
        return equations;
    }

    Report report() {
        return report;
    }

    Facts facts() {
        return facts;
    }

    BigDecimal value(String fieldId) {
        return current.apply(fieldId);
    }

    BigDecimal previousValue(String fieldId) {
        return previous.apply(fieldId);
    }

    /** The rule defining a total that stands for its parts, or null for a typed cell. */
    Rule definition(String fieldId) {
        return computed.get(fieldId);
    }

    /** The form of a rule: both sides with every standing total replaced by its typed parts. */
    Form form(Rule r) {
        return new Form(Facts.coefficients(r, computed), residual(r));
    }

    private BigDecimal residual(Rule r) {
        if (residuals.containsKey(r)) {
            return residuals.get(r);
        }
        BigDecimal left = r.left().evaluate(current, previous);
        BigDecimal right = r.right().evaluate(current, previous);
        return left == null || right == null ? null : left.subtract(right);
    }

    /** The form of one reading of a statement: the sum of the fields minus the number stated. */
    Form form(List<String> fields, BigDecimal stated) {
        Map<String, Integer> c = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String id : fields) {
            Facts.parts(id, computed).forEach((k, v) -> c.merge(k, v, Integer::sum));
            BigDecimal v = current.apply(id);
            sum = sum == null || v == null ? null : sum.add(v);
        }
        c.values().removeIf(v -> v == 0);
        return new Form(c, sum == null ? null : sum.subtract(stated));
    }

    /** The typed cells a field stands for, with their signs: itself, or a standing total's parts. */
    Map<String, Integer> parts(String fieldId) {
        return Facts.parts(fieldId, computed);
    }
}
