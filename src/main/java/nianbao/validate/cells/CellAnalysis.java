package nianbao.validate.cells;

import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.schema.Expression;
import nianbao.schema.Field;
import nianbao.schema.FieldType;
import nianbao.schema.Rule;
import nianbao.validate.cells.Breakdown.Cell;
import nianbao.validate.cells.Breakdown.Evidence;
import nianbao.validate.cells.Breakdown.Kind;
import nianbao.validate.cells.Breakdown.Pin;
import nianbao.validate.cells.Breakdown.Side;
import nianbao.validate.cells.Breakdown.Suspect;
import nianbao.validate.cells.Breakdown.Term;
import nianbao.validate.cells.Equations.Equation;
import nianbao.validate.cells.Equations.Form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Names the typed cells behind broken rules and, where evidence leaves exactly one cell and one
 * value consistent with every rule and the evidence, pins it.
 *
 * <p>Broken rules that share a typed cell are one problem, explained by one slip: a candidate is a
 * typed cell of the broken rules, its value the one that mends the first of them. It must mend all
 * of them, keep every rule that holds (an error rule: a warning is not firm enough to rule a cell
 * out), stay a whole number ≥ 0, and — in this order — agree with last year's report and with the
 * numbers the text states. Only when one candidate is left is it pinned; otherwise every candidate
 * the rules allow is named, and a person checks them.
 */
public final class CellAnalysis {

    /** A typed cell with the change that would mend its problem. */
    private record Candidate(String fieldId, BigDecimal actual, BigDecimal delta) {

        BigDecimal expected() {
            return actual.add(delta);
        }
    }

    /** A statement's readings that can be measured, as forms. */
    private record Said(Statement statement, List<Form> readings) {

        boolean touches(Set<String> cells) {
            return readings.stream().anyMatch(f -> f.coefficients().keySet().stream().anyMatch(cells::contains));
        }

        boolean allows(String fieldId, BigDecimal delta) {
            return readings.stream().anyMatch(f -> f.holdsAfter(fieldId, delta));
        }

        boolean names(String fieldId, BigDecimal delta) {
            return readings.stream().anyMatch(f -> f.coefficient(fieldId) != 0 && f.holdsAfter(fieldId, delta));
        }
    }

    private final Equations equations;
    private final Report lastYear;
    private final Wording wording;

    private CellAnalysis(Equations equations, Report lastYear) {
        this.equations = equations;
        this.lastYear = lastYear;
        this.wording = new Wording(equations.report().schema());
    }

    /**
     * Explains the broken rules of a report.
     *
     * @param report this year's report
     * @param lastYear last year's report, or null
     * @param current this year's values as the rules read them (blank → null, or 0)
     * @param previous last year's values as the rules read them, or null without last year's report
     * @param residuals every rule instance checked, left side minus right side (null when a value is blank)
     * @param broken the rule instances found broken, in the order of their findings
     * @param statements the numbers the report's text states about its tables
     * @return one breakdown per broken rule, in the same order
     */
    public static List<Breakdown> explain(Report report, Report lastYear, Function<String, BigDecimal> current,
                                          Function<String, BigDecimal> previous, Map<Rule, BigDecimal> residuals,
                                          List<Rule> broken, List<Statement> statements) {
        Equations equations = new Equations(report, lastYear, current, previous, residuals);
        return new CellAnalysis(equations, lastYear).explain(broken, statements);
    }

    private List<Breakdown> explain(List<Rule> broken, List<Statement> statements) {
        Map<Rule, Equation> byRule = new IdentityHashMap<>();
        for (Equation e : equations.equations()) {
            byRule.put(e.rule(), e);
        }
        List<Equation> brokenEquations = new ArrayList<>();
        for (Rule r : broken) {
            Equation e = byRule.get(r);
            brokenEquations.add(e != null ? e : new Equation(r, equations.form(r), r.needsPrevious()));
        }
        Set<String> firmNow = new LinkedHashSet<>();
        Set<String> firmLastYear = new LinkedHashSet<>();
        for (Equation e : equations.equations()) {
            if (e.firm() && e.form().holds()) {
                (e.crossYear() ? firmLastYear : firmNow).addAll(e.form().coefficients().keySet());
            }
        }
        List<Said> said = new ArrayList<>();
        for (Statement s : statements) {
            List<Form> readings = new ArrayList<>();
            for (List<String> fields : s.alternatives()) {
                if (!fields.stream().allMatch(id -> equations.report().schema().field(id).isPresent())) {
                    continue; // a format without these fields (a variant schema): nothing to compare
                }
                Form f = equations.form(fields, s.value());
                if (f.residual() != null && !f.coefficients().isEmpty()) {
                    readings.add(f);
                }
            }
            if (!readings.isEmpty()) {
                said.add(new Said(s, readings));
            }
        }
        Breakdown[] out = new Breakdown[brokenEquations.size()];
        for (List<Integer> component : components(brokenEquations)) {
            List<Equation> eqs = component.stream().map(brokenEquations::get).toList();
            Verdict v = judge(eqs, firmNow, firmLastYear, said);
            for (int i : component) {
                out[i] = breakdown(brokenEquations.get(i), v);
            }
        }
        return List.of(out);
    }

    /** The broken equations grouped by shared typed cells, each group in finding order. */
    private static List<List<Integer>> components(List<Equation> eqs) {
        int[] parent = new int[eqs.size()];
        Map<String, Integer> owner = new LinkedHashMap<>();
        for (int i = 0; i < eqs.size(); i++) {
            parent[i] = i;
            for (String cell : eqs.get(i).form().coefficients().keySet()) {
                Integer j = owner.putIfAbsent(cell, i);
                if (j != null) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < eqs.size(); i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /**
     * What one group of broken rules comes to.
     *
     * @param byRules the candidates every rule allows (last year's report included)
     * @param pin the one candidate the evidence leaves, or null
     * @param evidence what singles the pinned one out
     * @param against the statements the only candidate the rules allow contradicts
     * @param crossYear true when last year's report is part of the problem
     */
    record Verdict(List<Candidate> byRules, Candidate pin, List<Evidence> evidence, List<Statement> against,
                   boolean crossYear) {
    }

    private Verdict judge(List<Equation> eqs, Set<String> firmNow, Set<String> firmLastYear, List<Said> said) {
        Set<String> cells = inSchemaOrder(eqs);
        List<Said> touching = said.stream().filter(s -> s.touches(cells)).toList();
        List<Candidate> thisYear = new ArrayList<>();
        List<Candidate> withLastYear = new ArrayList<>();
        List<Candidate> withText = new ArrayList<>();
        for (String cell : cells) {
            Candidate c = candidate(cell, eqs);
            if (c == null || firmNow.contains(cell) || !fits(c) || !mends(eqs, c, false)) {
                continue;
            }
            thisYear.add(c);
            if (firmLastYear.contains(cell) || !mends(eqs, c, true)) {
                continue;
            }
            withLastYear.add(c);
            if (touching.stream().allMatch(s -> s.allows(cell, c.delta()))) {
                withText.add(c);
            }
        }
        boolean crossYear = eqs.stream().anyMatch(Equation::crossYear);
        if (withText.size() != 1) {
            Candidate only = withLastYear.size() == 1 && withText.isEmpty() ? withLastYear.get(0) : null;
            List<Statement> against = only == null ? List.of() : touching.stream()
                    .filter(s -> !s.allows(only.fieldId(), only.delta())).map(Said::statement).toList();
            return new Verdict(withLastYear, null, List.of(), against, crossYear);
        }
        Candidate pin = withText.get(0);
        List<Evidence> evidence = new ArrayList<>();
        List<Equation> lastYears = eqs.stream().filter(e -> e.crossYear() && e.form().coefficient(pin.fieldId()) != 0).toList();
        List<Equation> direct = lastYears.stream().filter(e -> names(e.rule(), pin.fieldId())).toList();
        for (Equation e : direct.isEmpty() ? lastYears : direct) { // its own column's figure, not the total's
            evidence.add(new Evidence(Kind.PREVIOUS, wording.lastYear(e.rule(), lastYear, equations), lastYearPosition(e.rule())));
        }
        if (evidence.isEmpty() && thisYear.size() > 1 && withLastYear.size() == 1) {
            evidence.add(new Evidence(Kind.PREVIOUS, "", ""));
        }
        List<Said> naming = touching.stream().filter(s -> s.names(pin.fieldId(), pin.delta())).toList();
        if (naming.isEmpty() && withLastYear.size() > 1) {
            naming = touching; // the text ruled the others out without naming this one
        }
        for (Said s : naming) {
            evidence.add(new Evidence(Kind.NARRATIVE, s.statement().quote(), s.statement().position()));
        }
        if (evidence.isEmpty()) {
            evidence.add(new Evidence(Kind.RULES, "", ""));
        }
        return new Verdict(withLastYear, pin, evidence, List.of(), crossYear);
    }

    /** The typed cells of the equations in schema order (表三 D5, D6 … D29), each looked up once. */
    private Set<String> inSchemaOrder(List<Equation> eqs) {
        Facts facts = equations.facts();
        BitSet places = new BitSet();
        for (Equation e : eqs) {
            for (String cell : e.form().coefficients().keySet()) {
                places.set(facts.order(cell));
            }
        }
        Set<String> out = new LinkedHashSet<>();
        places.stream().forEach(i -> out.add(facts.idAt(i)));
        return out;
    }

    /** The cell with the change that mends the first broken rule it is in, or null when none is exact. */
    private Candidate candidate(String cell, List<Equation> eqs) {
        BigDecimal actual = equations.value(cell);
        if (actual == null) {
            return null;
        }
        for (Equation e : eqs) {
            int a = e.form().coefficient(cell);
            if (a != 0) {
                try {
                    return new Candidate(cell, actual, e.form().residual().negate().divide(BigDecimal.valueOf(a)));
                } catch (ArithmeticException inexact) {
                    return null;
                }
            }
        }
        return null;
    }

    /** True when the changed value is one a person could type: ≥ 0 (but for a signed count), whole for counts. */
    private boolean fits(Candidate c) {
        FieldType type = equations.report().schema().require(c.fieldId()).type();
        BigDecimal v = c.expected();
        if (v.signum() < 0 && type != FieldType.SIGNED_COUNT) {
            return false;
        }
        return !type.isWhole() || v.stripTrailingZeros().scale() <= 0;
    }

    /** True when the change mends every broken rule of the group of this year's (or last year's) kind. */
    private static boolean mends(List<Equation> eqs, Candidate c, boolean crossYear) {
        for (Equation e : eqs) {
            if (e.crossYear() == crossYear && !e.form().holdsAfter(c.fieldId(), c.delta())) {
                return false;
            }
        }
        return true;
    }

    private Breakdown breakdown(Equation e, Verdict v) {
        List<Side> sides = List.of(side(e.rule().left(), e.rule()), side(e.rule().right(), e.rule()));
        Pin pin = v.pin() == null ? null : new Pin(suspect(v.pin()), v.evidence());
        List<Suspect> suspects = v.pin() != null ? List.of() : v.byRules().stream().map(this::suspect).toList();
        return new Breakdown(sides, pin, suspects, wording.toCheck(pin, suspects),
                wording.detail(sides, pin, suspects, v.against(), v.crossYear(), false),
                wording.detail(sides, pin, suspects, v.against(), v.crossYear(), true));
    }

    private Suspect suspect(Candidate c) {
        return new Suspect(c.fieldId(), position(equations.report(), equations.facts(), c.fieldId()), c.actual(), c.expected());
    }

    private Side side(Expression e, Rule rule) {
        List<Term> terms = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Expression.Term t : e.terms()) {
            BigDecimal v = t.previous() ? equations.previousValue(t.fieldId()) : equations.value(t.fieldId());
            sum = sum == null || v == null ? null : sum.add(t.sign() > 0 ? v : v.negate());
            if (t.previous()) {
                terms.add(new Term(cell(lastYear, t.fieldId(), v, t.sign(), true), List.of()));
                continue;
            }
            Cell own = cell(equations.report(), t.fieldId(), v, t.sign(), false);
            List<Cell> parts = new ArrayList<>();
            if (equations.definition(t.fieldId()) != null) {
                equations.parts(t.fieldId()).forEach((id, sign) ->
                        parts.add(cell(equations.report(), id, equations.value(id), sign * t.sign(), false)));
            }
            terms.add(new Term(own, parts));
        }
        return new Side(sum, terms);
    }

    private Cell cell(Report report, String fieldId, BigDecimal value, int sign, boolean previous) {
        Field f = report.schema().require(fieldId);
        Facts facts = report == equations.report() ? equations.facts() : Facts.of(report.schema());
        return new Cell(fieldId, position(report, facts, fieldId), f.label(), value, sign, previous);
    }

    /** The workbook cell of a field: where it was read when that is a cell, else the template's cell. */
    static String position(Report report, String fieldId) {
        return position(report, Facts.of(report.schema()), fieldId);
    }

    private static String position(Report report, Facts facts, String fieldId) {
        Source s = report.value(fieldId).source();
        if (s.sheet() != null && s.cell() != null) {
            return s.position();
        }
        return facts.position(fieldId);
    }

    /** True when the rule writes the field itself (not only a total standing for it). */
    private static boolean names(Rule rule, String fieldId) {
        for (Expression side : List.of(rule.left(), rule.right())) {
            for (Expression.Term t : side.terms()) {
                if (!t.previous() && t.fieldId().equals(fieldId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String lastYearPosition(Rule rule) {
        for (Expression side : List.of(rule.left(), rule.right())) {
            for (Expression.Term t : side.terms()) {
                if (t.previous()) {
                    return position(lastYear, t.fieldId());
                }
            }
        }
        return "";
    }
}
