package nianbao.xlsx;

import nianbao.model.Numbers;
import nianbao.schema.Expression;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import java.math.BigDecimal;
import java.util.HashMap;
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
final class FormulaCache {

    private final Form form;
    private final Map<String, BigDecimal> memo = new HashMap<>();

    private FormulaCache(Form form) {
        this.form = form;
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
        FormulaCache c = new FormulaCache(form);
        try {
            for (String id : form.totals.keySet()) {
                c.value(id, false);
            }
            List<Rule> rules = form.checkedRules();
            for (Rule r : rules) {
                c.sum(r.left());
                c.sum(r.right());
            }
        } catch (NotANumber e) {
            return false;
        }
        for (String id : form.totals.keySet()) {
            number(form.cell(form.schema.require(id)), c.memo.get(id));
        }
        XSSFSheet sheet = form.sheet(form.schema.sheet("check"));
        List<Rule> rules = form.checkedRules();
        int failures = 0;
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            int row = CheckSheet.FIRST_ROW + i;
            BigDecimal left = c.sum(r.left());
            BigDecimal right = c.sum(r.right());
            BigDecimal diff = left.subtract(right);
            number(Form.cell(sheet, row, 2), left);
            number(Form.cell(sheet, row, 3), right);
            number(Form.cell(sheet, row, 4), diff);
            String verdict = c.filledInputs(r) < c.inputs(r).size() ? CheckSheet.PENDING
                    : diff.abs().compareTo(new BigDecimal("0.000001")) < 0 ? CheckSheet.PASS : CheckSheet.FAIL;
            text(Form.cell(sheet, row, 5), verdict);
            if (verdict.equals(CheckSheet.FAIL)) {
                failures++;
            }
        }
        number(Form.cell(sheet, 1, 2), BigDecimal.valueOf(failures));
        return true;
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
            return input(form.previousCells.get(fieldId));
        }
        BigDecimal known = memo.get(fieldId);
        if (known != null) {
            return known;
        }
        Rule total = form.totals.get(fieldId);
        BigDecimal v;
        if (total != null) {
            memo.put(fieldId, BigDecimal.ZERO); // a cycle would be a broken schema; never loop
            v = sum(total.right());
        } else {
            v = input(form.cell(form.schema.require(fieldId)));
        }
        memo.put(fieldId, v);
        return v;
    }

    /** The cells a 校验 row's COUNT looks at: the rule's inputs, a formula total standing for its parts. */
    private Set<XSSFCell> inputs(Rule r) {
        Set<XSSFCell> out = new LinkedHashSet<>();
        for (Expression side : List.of(r.left(), r.right())) {
            side.terms().forEach(t -> collect(t, out, new LinkedHashSet<>()));
        }
        return out;
    }

    private void collect(Expression.Term t, Set<XSSFCell> out, Set<String> path) {
        Rule total = t.previous() ? null : form.totals.get(t.fieldId());
        if (total == null || !path.add(t.fieldId())) {
            Field f = form.schema.require(t.fieldId());
            out.add(t.previous() ? form.previousCells.get(t.fieldId()) : form.cell(f));
            return;
        }
        total.right().terms().forEach(part -> collect(part, out, path));
        path.remove(t.fieldId());
    }

    private int filledInputs(Rule r) {
        int n = 0;
        for (XSSFCell c : inputs(r)) {
            if (c != null && c.getCellType() == CellType.NUMERIC) {
                n++;
            }
        }
        return n;
    }

    private static BigDecimal input(XSSFCell c) {
        if (c == null || c.getCellType() == CellType.BLANK) {
            return BigDecimal.ZERO;
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
    private static final class NotANumber extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotANumber() {
            super(null, null, false, false);
        }
    }
}
