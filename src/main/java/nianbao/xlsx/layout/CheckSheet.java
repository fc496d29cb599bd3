package nianbao.xlsx.layout;

import nianbao.schema.CellRanges;
import nianbao.schema.CellRef;
import nianbao.schema.Expression;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 校验 sheet: one row per consistency rule instance with live formulas (both sides, difference,
 * verdict) and the cells a clerk types that the rule comes down to, and the red painting of table
 * cells whose rule breaks.
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
    private static final String[] HEADER = {"规则", "检查对象", "左边", "右边", "差额", "结果",
        "要核对的格子：左边 = 右边（括号里是公式格合计的手填格子）"};
    /** What the verdicts mean and how a single slip is mended, whatever the sign of the difference. */
    static final String HELP = "待填写：涉及的格子还有空白。不一致：差额 = 左边 − 右边；若只错了一格，它在左边就应减去差额，"
            + "在右边就应加上差额。G 列（只在屏幕上，不打印）列出两边要核对的手填格子。";

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
        Form.merge(sheet, 1, 1, 3, printed, HELP, form.styles.help);
        sheet.getRow(1).setHeightInPoints(30);
        Form.fit(sheet, 1, HELP, Form.width(sheet, 3, printed), 10);
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
            Form.put(sheet, row, 6, cells(form, r), form.styles.code);
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

    /**
     * The cells of a rule a clerk checks, e.g. {@code 表三：D28（即 D7:D27）+ D29 = D5:D6}: a total the template
     * fills with a formula, in a rule it does not define, stands with the typed cells it adds up; last year's
     * figures are named as such. The same text whatever totals a report states (a patched workbook keeps it).
     */
    static String cells(Form form, Rule r) {
        String sheet = form.schema.require(r.anchorField()).sheet();
        Map<String, Rule> totals = Form.firstTotalRules(form.schema);
        return sheet + "：" + side(form, totals, r, r.left()) + " = " + side(form, totals, r, r.right());
    }

    private static String side(Form form, Map<String, Rule> totals, Rule r, Expression e) {
        StringBuilder sb = new StringBuilder();
        List<CellRef> run = new ArrayList<>();
        int runSign = 0;
        for (Expression.Term t : e.terms()) {
            Field f = form.schema.require(t.fieldId());
            boolean expand = !t.previous() && !r.total() && totals.containsKey(t.fieldId());
            if (t.previous() || expand || t.sign() != runSign) {
                append(sb, runSign, String.join(" + ", CellRanges.runs(run)));
                run.clear();
            }
            if (t.previous()) {
                append(sb, t.sign(), "上年 " + form.previousCell(f));
                runSign = 0;
            } else if (expand) {
                List<CellRef> parts = new ArrayList<>();
                inputs(form.schema, totals, t.fieldId(), parts, new LinkedHashSet<>());
                append(sb, t.sign(), f.cell() + "（即 " + String.join("、", CellRanges.runs(parts)) + "）");
                runSign = 0;
            } else {
                run.add(f.cell());
                runSign = t.sign();
            }
        }
        append(sb, runSign, String.join(" + ", CellRanges.runs(run)));
        return sb.toString();
    }

    private static void append(StringBuilder sb, int sign, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (sb.length() > 0 || sign < 0) {
            sb.append(sign < 0 ? (sb.length() > 0 ? " − " : "−") : " + ");
        }
        sb.append(text);
    }

    /** The typed cells a formula total adds up, through the totals it adds up in turn. */
    private static void inputs(Schema schema, Map<String, Rule> totals, String fieldId, List<CellRef> out, Set<String> path) {
        Rule total = totals.get(fieldId);
        if (total == null || !path.add(fieldId)) {
            out.add(schema.require(fieldId).cell());
            return;
        }
        total.right().terms().forEach(t -> inputs(schema, totals, t.fieldId(), out, path));
        path.remove(fieldId);
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
