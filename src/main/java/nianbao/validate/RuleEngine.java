package nianbao.validate;

import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Expression;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.validate.cells.Breakdown;
import nianbao.validate.cells.CellAnalysis;
import nianbao.validate.cells.Statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Evaluates the schema's linear consistency rules ({@code left = right}) on a report; a broken one is
 * explained down to the cells a person types ({@link CellAnalysis}).
 */
final class RuleEngine {

    private RuleEngine() {
    }

    /**
     * Checks every rule of the report's schema.
     *
     * @param report this year's report
     * @param previous last year's report, or null (rules that need it are skipped)
     * @param blankAsZero treat blank numeric cells as 0 instead of skipping the rule
     */
    static List<Finding> check(Report report, Report previous, boolean blankAsZero) {
        return check(report, previous, blankAsZero, List.of());
    }

    /**
     * Checks every rule of the report's schema; a broken rule's finding names the typed cells of
     * each side and, where the evidence singles one out, the cell to change.
     *
     * @param statements the numbers the report's text states about its tables (evidence for pinning)
     */
    static List<Finding> check(Report report, Report previous, boolean blankAsZero, List<Statement> statements) {
        Function<String, BigDecimal> cur = lookup(report, blankAsZero);
        Function<String, BigDecimal> prev = previous == null ? id -> null : lookup(previous, blankAsZero);
        List<Rule> broken = new ArrayList<>();
        List<BigDecimal[]> sides = new ArrayList<>();
        Map<Rule, BigDecimal> residuals = new IdentityHashMap<>();
        for (Rule rule : report.schema().rules()) {
            if (rule.needsPrevious() && (previous == null || !rule.previousFieldsIn(previous.schema()))) {
                continue; // no last year's report, or one of a format without these fields (X-STOCK on 2019)
            }
            BigDecimal left = rule.left().evaluate(cur, prev);
            BigDecimal right = rule.right().evaluate(cur, prev);
            residuals.put(rule, left == null || right == null ? null : left.subtract(right));
            if (left == null || right == null || left.compareTo(right) == 0) {
                continue;
            }
            broken.add(rule);
            sides.add(new BigDecimal[] {left, right});
        }
        if (broken.isEmpty()) {
            return List.of();
        }
        // only a broken rule costs the search for the typed cell behind it
        List<Breakdown> breakdowns = CellAnalysis.explain(report, previous, cur, prev, residuals, broken, statements);
        List<Finding> out = new ArrayList<>(broken.size());
        for (int i = 0; i < broken.size(); i++) {
            out.add(finding(report, broken.get(i), sides.get(i)[0], sides.get(i)[1], breakdowns.get(i)));
        }
        return out;
    }

    private static Finding finding(Report report, Rule rule, BigDecimal left, BigDecimal right, Breakdown breakdown) {
        Set<String> ids = new LinkedHashSet<>();
        if (breakdown.pin() != null) {
            ids.add(breakdown.pin().cell().fieldId());
        }
        for (Expression side : List.of(rule.left(), rule.right())) {
            for (Expression.Term t : side.terms()) {
                if (!t.previous()) {
                    ids.add(t.fieldId());
                }
            }
        }
        String anchor = breakdown.pin() != null ? breakdown.pin().cell().fieldId()
                : rule.left().terms().stream().filter(t -> !t.previous()).findFirst()
                .map(Expression.Term::fieldId).orElse(rule.anchorField());
        return new Finding(rule.id(), rule.severity(), List.copyOf(ids), sourceOf(report, anchor),
                Numbers.plain(right), Numbers.plain(left), rule.format(false, left, right) + breakdown.detail(),
                rule.format(true, left, right) + " " + breakdown.detailEn(), breakdown);
    }

    /** Where a field's value came from; falls back to the schema's cell when the value has no position. */
    static Source sourceOf(Report report, String fieldId) {
        Value v = report.value(fieldId);
        if (!v.source().position().isEmpty()) {
            return v.source();
        }
        Field f = report.schema().require(fieldId);
        return Source.cell(report.file(), f.sheet(), f.cell().toString());
    }

    private static Function<String, BigDecimal> lookup(Report r, boolean blankAsZero) {
        return id -> {
            BigDecimal n = r.number(id);
            if (n == null && blankAsZero && r.value(id).isBlank()) {
                return BigDecimal.ZERO;
            }
            return n;
        };
    }
}
