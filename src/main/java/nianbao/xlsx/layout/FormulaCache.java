package nianbao.xlsx.layout;

import nianbao.model.Numbers;
import nianbao.schema.Expression;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes formulas and their cached results without POI's formula parser and evaluator. Both
 * resolve every defined name by scanning all ~250 of them, which made writing one workbook cost
 * ~100 ms. The template's formulas are all of a few shapes the schema defines (sums of fields, the
 * 校验 rows), so their results are computed here from the same rules; when an input holds
 * something a sum cannot use (text in a number cell), the caller lets POI evaluate instead, so
 * the cached value is exactly Excel's (#VALUE! included).
 */
public final class FormulaCache {

    /** How a formula sees its input cells. */
    @FunctionalInterface
    public interface Inputs {
        /**
         * The number in a field's cell (last year's reference cell when {@code previous}), or null
         * when the cell is blank.
         *
         * @throws NotANumber when the cell holds something a sum cannot use
         */
        BigDecimal value(String fieldId, boolean previous);
    }

    /**
     * One 校验 row's results.
     *
     * @param left the stated side (column C)
     * @param right what the rule expects (column D)
     * @param diff their difference (column E)
     * @param verdict 通过, 不一致 or 待填写 (column F)
     */
    public record Check(BigDecimal left, BigDecimal right, BigDecimal diff, String verdict) {
    }

    /**
     * Every formula's result.
     *
     * @param totals formula total field ID → its value
     * @param checks one per checked rule, in rule order
     * @param failures the count of 不一致 verdicts (校验!C2)
     */
    public record Results(Map<String, BigDecimal> totals, List<Check> checks, int failures) {
    }

    /** The 校验 sheet's threshold for 通过. */
    private static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    private final Schema schema;
    private final Map<String, Rule> totals;
    private final Inputs inputs;
    private final Map<String, BigDecimal> memo = new HashMap<>();

    private FormulaCache(Schema schema, Map<String, Rule> totals, Inputs inputs) {
        this.schema = schema;
        this.totals = totals;
        this.inputs = inputs;
    }

    /** Sets a cell's formula text as is (not parsed: names are resolved by the spreadsheet program). */
    static void formula(XSSFCell cell, String formula) {
        CTCell ct = cell.getCTCell();
        CTCellFormula f = ct.isSetF() ? ct.getF() : ct.addNewF();
        f.setStringValue(formula);
        if (ct.isSetV()) {
            ct.unsetV();
        }
        if (ct.isSetT()) {
            ct.unsetT();
        }
    }

    /**
     * Caches the result of every formula of a form; returns false, leaving things untouched, when
     * some input is not a number or blank.
     */
    static boolean fill(Form form) {
        Results res;
        try {
            res = compute(form.schema, form.totals, form.checkedRules(), (id, previous) ->
                    input(previous ? form.previousCells.get(id) : form.cell(form.schema.require(id))));
        } catch (NotANumber e) {
            return false;
        }
        for (String id : form.totals.keySet()) {
            number(form.cell(form.schema.require(id)), res.totals().get(id));
        }
        XSSFSheet sheet = form.sheet(form.schema.sheet("check"));
        for (int i = 0; i < res.checks().size(); i++) {
            Check c = res.checks().get(i);
            int row = CheckSheet.FIRST_ROW + i;
            number(Form.cell(sheet, row, 2), c.left());
            number(Form.cell(sheet, row, 3), c.right());
            number(Form.cell(sheet, row, 4), c.diff());
            text(Form.cell(sheet, row, 5), c.verdict());
        }
        number(Form.cell(sheet, 1, 2), BigDecimal.valueOf(res.failures()));
        return true;
    }

    /**
     * What the formulas read, worked out once for a set of formula totals: the rules with a 校验 row
     * and, per rule, the cells its COUNT looks at (field ID and whether last year's), a formula
     * total standing for its parts.
     */
    public record Plan(Map<String, Rule> totals, List<Rule> rules, List<List<Map.Entry<String, Boolean>>> counted) {
    }

    /** The plan of the given formula totals and checked rules. */
    public static Plan plan(Schema schema, Map<String, Rule> totals, List<Rule> rules) {
        FormulaCache c = new FormulaCache(schema, totals, null);
        List<List<Map.Entry<String, Boolean>>> counted = new ArrayList<>(rules.size());
        for (Rule r : rules) {
            counted.add(List.copyOf(c.inputs(r)));
        }
        return new Plan(totals, rules, List.copyOf(counted));
    }

    /**
     * The results of the total formulas and the 校验 rows, as Excel computes them.
     *
     * @param totals the totals that are formulas (a stated total is an input)
     * @param rules the checked rules, one 校验 row each
     * @throws NotANumber when an input holds something a sum cannot use
     */
    public static Results compute(Schema schema, Map<String, Rule> totals, List<Rule> rules, Inputs inputs) {
        return compute(schema, plan(schema, totals, rules), inputs);
    }

    /**
     * The results of the formulas of a plan.
     *
     * @throws NotANumber when an input holds something a sum cannot use
     */
    public static Results compute(Schema schema, Plan plan, Inputs inputs) {
        FormulaCache c = new FormulaCache(schema, plan.totals(), inputs);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (String id : plan.totals().keySet()) {
            values.put(id, c.value(id, false));
        }
        List<Check> checks = new ArrayList<>(plan.rules().size());
        int failures = 0;
        for (int i = 0; i < plan.rules().size(); i++) {
            Rule r = plan.rules().get(i);
            BigDecimal left = c.sum(r.left());
            BigDecimal right = c.sum(r.right());
            BigDecimal diff = left.subtract(right);
            List<Map.Entry<String, Boolean>> counted = plan.counted().get(i);
            String verdict = c.filled(counted) < counted.size() ? CheckSheet.PENDING
                    : diff.abs().compareTo(TOLERANCE) < 0 ? CheckSheet.PASS : CheckSheet.FAIL;
            if (verdict.equals(CheckSheet.FAIL)) {
                failures++;
            }
            checks.add(new Check(left, right, diff, verdict));
        }
        return new Results(values, checks, failures);
    }

    /** An expression's value as Excel computes it: blanks count as 0. */
    private BigDecimal sum(Expression e) {
        BigDecimal s = BigDecimal.ZERO;
        for (Expression.Term t : e.terms()) {
            BigDecimal v = value(t.fieldId(), t.previous());
            s = t.sign() > 0 ? s.add(v) : s.subtract(v);
        }
        return s;
    }

    private BigDecimal value(String fieldId, boolean previous) {
        if (previous) {
            return orZero(inputs.value(fieldId, true));
        }
        BigDecimal known = memo.get(fieldId);
        if (known != null) {
            return known;
        }
        Rule total = totals.get(fieldId);
        BigDecimal v;
        if (total != null) {
            memo.put(fieldId, BigDecimal.ZERO); // a cycle would be a broken schema; never loop
            v = sum(total.right());
        } else {
            v = orZero(inputs.value(fieldId, false));
        }
        memo.put(fieldId, v);
        return v;
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /**
     * The cells a 校验 row's COUNT looks at, as field ID and whether last year's: the rule's inputs,
     * a formula total standing for its parts.
     */
    private Set<Map.Entry<String, Boolean>> inputs(Rule r) {
        Set<Map.Entry<String, Boolean>> out = new LinkedHashSet<>();
        for (Expression side : List.of(r.left(), r.right())) {
            side.terms().forEach(t -> collect(t, out, new LinkedHashSet<>()));
        }
        return out;
    }

    private void collect(Expression.Term t, Set<Map.Entry<String, Boolean>> out, Set<String> path) {
        Rule total = t.previous() ? null : totals.get(t.fieldId());
        if (total == null || !path.add(t.fieldId())) {
            schema.require(t.fieldId());
            out.add(Map.entry(t.fieldId(), t.previous()));
            return;
        }
        total.right().terms().forEach(part -> collect(part, out, path));
        path.remove(t.fieldId());
    }

    private int filled(List<Map.Entry<String, Boolean>> counted) {
        int n = 0;
        for (Map.Entry<String, Boolean> in : counted) {
            try {
                if (inputs.value(in.getKey(), in.getValue()) != null) {
                    n++;
                }
            } catch (NotANumber e) {
                // not a number: COUNT skips it (only a total caught in a cycle gets here)
            }
        }
        return n;
    }

    /** A POI cell as a formula input. */
    private static BigDecimal input(XSSFCell c) {
        if (c == null || c.getCellType() == CellType.BLANK) {
            return null;
        }
        if (c.getCellType() == CellType.NUMERIC) {
            return new BigDecimal(Double.toString(c.getNumericCellValue()));
        }
        throw new NotANumber();
    }

    private static void number(XSSFCell cell, BigDecimal v) {
        CTCell ct = cell.getCTCell();
        if (ct.isSetT()) {
            ct.unsetT();
        }
        ct.setV(Numbers.plain(v));
    }

    private static void text(XSSFCell cell, String s) {
        CTCell ct = cell.getCTCell();
        ct.setT(STCellType.STR);
        ct.setV(s);
    }

    /** An input a sum cannot use: POI evaluates the workbook instead. */
    public static final class NotANumber extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotANumber() {
            super(null, null, false, false);
        }
    }
}
