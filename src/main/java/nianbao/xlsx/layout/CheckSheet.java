package nianbao.xlsx.layout;

import nianbao.schema.CellRef;
import nianbao.schema.Expression;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;

/**
 * The 校验 sheet: one row per consistency rule instance with live formulas (stated value, value the
 * rule expects, difference, verdict), and the red painting of table cells whose rule breaks.
 */
public final class CheckSheet {

    /** Verdict words; tests and the guide use the same ones. */
    static final String PASS = "通过";
    public static final String FAIL = "不一致";
    public static final String PENDING = "待填写";
    /** Prefix of the defined names of the verdict cells (conditional formatting refers to them). */
    static final String VERDICT_PREFIX = "check_";
    /** First sheet row (zero-based) of the rule rows. */
    public static final int FIRST_ROW = 3;

    private static final int[] WIDTHS = {12, 34, 10, 10, 8, 10, 70};
    private static final String[] HEADER = {"规则", "检查对象", "填报值", "应为", "差额", "结果", "勾稽关系（按单元格名称）"};

    private CheckSheet() {
    }

    static void write(Form form) {
        XSSFSheet sheet = form.sheet(form.schema.sheet("check"));
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int printed = WIDTHS.length - 2;
        Form.merge(sheet, 0, 0, 0, printed, "校验：勾稽关系（" + form.schema.basis() + "）", form.styles.title);
        sheet.getRow(0).setHeightInPoints(30);
        List<Rule> rules = form.checkedRules();
        int last = FIRST_ROW + rules.size();
        Form.merge(sheet, 1, 1, 0, 1, "不一致的规则数", form.styles.header);
        FormulaCache.formula(Form.cell(sheet, 1, 2), failuresFormula(rules.size()));
        Form.cell(sheet, 1, 2).setCellStyle(form.styles.formula);
        Form.merge(sheet, 1, 1, 3, printed, "“待填写”：该规则涉及的格子还有空白；“不一致”：请核对后修改。",
                form.styles.help);
        sheet.getRow(1).setHeightInPoints(30);
        for (int c = 0; c < HEADER.length; c++) {
            Form.put(sheet, 2, c, HEADER[c], form.styles.header);
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            int row = FIRST_ROW + i;
            int excelRow = row + 1;
            List<String> names = form.inputNamesOf(r);
            Form.put(sheet, row, 0, r.id(), form.styles.labelCenter);
            String subject = subject(r);
            Form.put(sheet, row, 1, subject, form.styles.label);
            FormulaCache.formula(Form.put(sheet, row, 2, null, form.styles.formula), form.formula(r.left()));
            FormulaCache.formula(Form.put(sheet, row, 3, null, form.styles.formula), form.formula(r.right()));
            FormulaCache.formula(Form.put(sheet, row, 4, null, form.styles.formula), "C" + excelRow + "-D" + excelRow);
            FormulaCache.formula(Form.put(sheet, row, 5, null, form.styles.formula), verdictFormula(names, excelRow));
            String relation = form.formula(r.left()).replace("+", " + ").replace("-", " - ") + " = "
                    + form.formula(r.right()).replace("+", " + ").replace("-", " - ");
            Form.put(sheet, row, 6, relation, form.styles.code);
            Form.fit(sheet, row, subject, WIDTHS[1], 11);
            form.name(VERDICT_PREFIX + (i + 1), sheet.getSheetName(), new CellRef(row, 5));
        }
        paintVerdicts(sheet, last);
        paintTables(form, rules);
        sheet.setRepeatingRows(new CellRangeAddress(2, 2, -1, -1));
        sheet.createFreezePane(0, FIRST_ROW);
        // the relation column helps on screen; on paper the verdicts are what matters
        form.wb.setPrintArea(form.wb.getSheetIndex(sheet), 0, printed, 0, last - 1);
    }

    /** The count of broken rules (C2): {@code COUNTIF(F4:F45,"不一致")}. */
    public static String failuresFormula(int ruleCount) {
        return "COUNTIF(F" + (FIRST_ROW + 1) + ":F" + (FIRST_ROW + ruleCount) + ",\"" + FAIL + "\")";
    }

    /**
     * A rule row's verdict: 待填写 while some input named is blank, else 通过 or 不一致 by the difference
     * in column E of the same row.
     */
    public static String verdictFormula(List<String> inputNames, int excelRow) {
        return "IF(" + Form.count(inputNames) + "<" + inputNames.size() + ",\"" + PENDING + "\",IF(ABS(E" + excelRow
                + ")<0.000001,\"" + PASS + "\",\"" + FAIL + "\"))";
    }

    /** What a rule instance is about: its message up to the colon, e.g. 表三（七）总计行 商业企业列. */
    static String subject(Rule r) {
        String m = r.message();
        int colon = m.indexOf('：');
        return colon > 0 ? m.substring(0, colon) : r.id() + " " + r.subject();
    }

    private static void paintVerdicts(XSSFSheet sheet, int last) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(FIRST_ROW, last - 1, 5, 5)};
        ConditionalFormattingRule fail = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + FAIL + "\"");
        fill(fail, Styles.BROKEN_RGB);
        ConditionalFormattingRule pass = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"" + PASS + "\"");
        fill(pass, "C6EFCE");
        cf.addConditionalFormatting(range, fail, pass);
        ConditionalFormattingRule any = cf.createConditionalFormattingRule(ComparisonOperator.GT, "0");
        fill(any, Styles.BROKEN_RGB);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, 1, 2, 2)}, any);
    }

    /** Paints the stated side's cells red wherever the rule's verdict is 不一致. */
    private static void paintTables(Form form, List<Rule> rules) {
        for (int i = 0; i < rules.size(); i++) {
            for (Expression.Term t : rules.get(i).left().terms()) {
                if (t.previous()) {
                    continue;
                }
                Field f = form.schema.require(t.fieldId());
                XSSFSheet sheet = form.sheet(f.sheet());
                SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
                ConditionalFormattingRule rule = cf.createConditionalFormattingRule(
                        VERDICT_PREFIX + (i + 1) + "=\"" + FAIL + "\"");
                fill(rule, Styles.BROKEN_RGB);
                FontFormatting font = rule.createFontFormatting();
                font.setFontStyle(false, true);
                cf.addConditionalFormatting(new CellRangeAddress[] {
                    new CellRangeAddress(f.cell().row(), f.cell().row(), f.cell().col(), f.cell().col())}, rule);
            }
        }
    }

    private static void fill(ConditionalFormattingRule rule, String rgb) {
        PatternFormatting p = rule.createPatternFormatting();
        ((XSSFPatternFormatting) p).setFillBackgroundColor(Styles.color(rgb));
        p.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
    }
}
