package nianbao.xlsx.layout;

import nianbao.schema.BlockTable;
import nianbao.schema.CellRef;
import nianbao.schema.Expression;
import nianbao.schema.Field;
import nianbao.schema.MatrixTable;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import nianbao.schema.Table;
import nianbao.xlsx.ooxml.ExcelEscapes;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workbook being laid out from a schema: the sheets, the shared styles, and which cell holds which
 * field. The sheet builders ({@link InfoSheets}, {@link TableSheets}, {@link CheckSheet}) write into it;
 * the template and workbook writers then put values in.
 */
public final class Form {

    /** Prefix of the defined names that hold last year's reference values. */
    static final String PREVIOUS_PREFIX = "prev_";
    private static final int MAX_COUNT_ARGS = 30;

    public final XSSFWorkbook wb;
    public final Styles styles;
    final Schema schema;
    /** Whether last year's reference values are laid out (and the cross-year rules checked). */
    final boolean withPrevious;
    /** The format of last year's report, or null: cross-year rules it has no fields for are left out. */
    final Schema previousSchema;
    /** Total field ID → the first total rule that defines it, for the totals that are formulas. */
    public final Map<String, Rule> totals = new LinkedHashMap<>();
    /** Field ID of a previous-year term → the cell showing it. */
    public final Map<String, XSSFCell> previousCells = new LinkedHashMap<>();

    /**
     * An empty form.
     *
     * @param statedTotals total fields that hold a stated value (or stay blank) instead of a formula
     */
    Form(Schema schema, boolean withPrevious, Set<String> statedTotals) {
        this(schema, withPrevious ? schema : null, statedTotals);
    }

    /**
     * An empty form for last year's report in the given format.
     *
     * @param previousSchema the format of last year's report, or null when there is none
     * @param statedTotals total fields that hold a stated value (or stay blank) instead of a formula
     */
    Form(Schema schema, Schema previousSchema, Set<String> statedTotals) {
        this.schema = schema;
        this.withPrevious = previousSchema != null;
        this.previousSchema = previousSchema;
        this.wb = new XSSFWorkbook();
        this.styles = new Styles(wb);
        totals.putAll(formulaTotals(schema, statedTotals));
    }

    /**
     * The totals that are formulas: each total field with the first rule that defines it, but for
     * the stated totals (which hold a stated value or stay blank).
     */
    public static Map<String, Rule> formulaTotals(Schema schema, Set<String> statedTotals) {
        Map<String, Rule> out = new LinkedHashMap<>();
        for (Map.Entry<String, Rule> e : firstTotalRules(schema).entrySet()) {
            if (!statedTotals.contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** The first total rule for each total field: where two define the same cell, the first wins. */
    public static Map<String, Rule> firstTotalRules(Schema schema) {
        Map<String, Rule> out = new LinkedHashMap<>();
        for (Rule r : schema.totalRules()) {
            out.putIfAbsent(r.left().terms().get(0).fieldId(), r);
        }
        return out;
    }

    /** The rules the 校验 sheet and the red painting cover: all, or all but the cross-year ones. */
    public List<Rule> checkedRules() {
        return checkedRules(schema, previousSchema);
    }

    /**
     * The rules a workbook checks: all but the cross-year ones, and those of them whose last-year
     * fields last year's format has (a 2019-format report has no 现行有效件数, so X-STOCK is left out).
     *
     * @param previousSchema the format of last year's report, or null when there is none
     */
    public static List<Rule> checkedRules(Schema schema, Schema previousSchema) {
        return schema.rules().stream().filter(r -> !r.needsPrevious()
                || previousSchema != null && r.previousFieldsIn(previousSchema)).toList();
    }

    /** The fields referenced as last year's values by the checked rules, in rule order. */
    Set<String> previousFields() {
        Set<String> out = new LinkedHashSet<>();
        for (Rule r : checkedRules()) {
            for (Expression side : List.of(r.left(), r.right())) {
                side.terms().stream().filter(Expression.Term::previous).forEach(t -> out.add(t.fieldId()));
            }
        }
        return out;
    }

    public XSSFSheet sheet(String name) {
        XSSFSheet s = wb.getSheet(name);
        return s != null ? s : wb.createSheet(name);
    }

    public static XSSFCell cell(XSSFSheet sheet, int row, int col) {
        XSSFRow r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        XSSFCell c = r.getCell(col);
        return c != null ? c : r.createCell(col);
    }

    /** The cell of a field. */
    public XSSFCell cell(Field f) {
        return cell(sheet(f.sheet()), f.cell().row(), f.cell().col());
    }

    /** Writes a text with a style. */
    static XSSFCell put(XSSFSheet sheet, int row, int col, String text, CellStyle style) {
        XSSFCell c = cell(sheet, row, col);
        if (text != null) {
            c.setCellValue(ExcelEscapes.protect(text));
        }
        c.setCellStyle(style);
        return c;
    }

    /** Writes a text into a block of cells, merged when larger than one cell; every cell gets the style (borders). */
    static XSSFCell merge(XSSFSheet sheet, int r1, int r2, int c1, int c2, String text, CellStyle style) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                put(sheet, r, c, null, style);
            }
        }
        if (r2 > r1 || c2 > c1) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
        return put(sheet, r1, c1, text, style);
    }

    /** The input style for a field of this type. */
    public CellStyle inputStyle(Field f) {
        if (isNarrative(f)) {
            return styles.narrativeInput;
        }
        return switch (f.type()) {
            case COUNT, SIGNED_COUNT, YEAR -> styles.countInput;
            case AMOUNT -> styles.amountInput;
            case TEXT, DATE, CHOICE -> styles.textInput;
        };
    }

    /** True for narrative fields (roomy text cells on the 正文 sheet). */
    public boolean isNarrative(Field f) {
        return schema.narrative().contains(f);
    }

    /** Adds a workbook-scope defined name pointing at one cell. */
    void name(String name, String sheet, CellRef at) {
        XSSFName n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(absolute(sheet, at));
    }

    /** {@code '表三'!$D$5}. */
    static String absolute(String sheet, CellRef at) {
        return "'" + sheet.replace("'", "''") + "'!$" + CellRef.columnName(at.col()) + "$" + (at.row() + 1);
    }

    /** The defined name used in formulas for a term (this year's field, or last year's reference value). */
    String nameOf(Expression.Term t) {
        return nameOf(schema, t);
    }

    static String nameOf(Schema schema, Expression.Term t) {
        String base = schema.require(t.fieldId()).definedName();
        return t.previous() ? PREVIOUS_PREFIX + base : base;
    }

    /** An expression as an Excel formula over defined names, e.g. {@code t3_new_natural+t3_carried_natural}. */
    public String formula(Expression e) {
        return formula(schema, e);
    }

    public static String formula(Schema schema, Expression e) {
        StringBuilder sb = new StringBuilder();
        for (Expression.Term t : e.terms()) {
            if (t.sign() < 0) {
                sb.append('-');
            } else if (sb.length() > 0) {
                sb.append('+');
            }
            sb.append(nameOf(schema, t));
        }
        return sb.toString();
    }

    /**
     * The distinct defined names of the cells a clerk fills that a rule depends on: a total computed by
     * formula stands for its parts. The rule is judged only once all of them hold numbers, so a fresh
     * template shows 待填写 rather than a break between formulas over blank cells.
     */
    public List<String> inputNamesOf(Rule r) {
        return inputNamesOf(schema, totals, r);
    }

    /** {@link #inputNamesOf(Rule)} for the given formula totals. */
    public static List<String> inputNamesOf(Schema schema, Map<String, Rule> totals, Rule r) {
        Set<String> out = new LinkedHashSet<>();
        for (Expression side : List.of(r.left(), r.right())) {
            side.terms().forEach(t -> collectInputs(schema, totals, t, out, new LinkedHashSet<>()));
        }
        return new ArrayList<>(out);
    }

    private static void collectInputs(Schema schema, Map<String, Rule> totals, Expression.Term t, Set<String> out,
                                      Set<String> path) {
        Rule total = t.previous() ? null : totals.get(t.fieldId());
        if (total == null || !path.add(t.fieldId())) {
            out.add(nameOf(schema, t));
            return;
        }
        total.right().terms().forEach(part -> collectInputs(schema, totals, part, out, path));
        path.remove(t.fieldId());
    }

    /** {@code COUNT(a,b,…)}, split into a sum of COUNTs of at most 30 names (POI's evaluator, like Excel 97, takes no more). */
    static String count(List<String> names) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < names.size(); i += MAX_COUNT_ARGS) {
            if (i > 0) {
                sb.append('+');
            }
            sb.append("COUNT(").append(String.join(",", names.subList(i, Math.min(names.size(), i + MAX_COUNT_ARGS)))).append(')');
        }
        return sb.append(')').toString();
    }

    /**
     * Where last year's value of a field is shown: beside a block table's row, or in extra rows under
     * a matrix table.
     */
    CellRef previousCell(Field f) {
        Table t = schema.table(f.tableId());
        if (t instanceof BlockTable b) {
            List<String> cols = new ArrayList<>();
            previousFields().stream().map(schema::require).filter(x -> b.id().equals(x.tableId()))
                    .map(Field::colKey).distinct().forEach(cols::add);
            return new CellRef(f.cell().row(), b.width() + cols.indexOf(f.colKey()));
        }
        MatrixTable m = (MatrixTable) t;
        List<String> rows = new ArrayList<>();
        previousFields().stream().map(schema::require).filter(x -> m.id().equals(x.tableId()))
                .map(Field::rowKey).distinct().forEach(rows::add);
        int lastRow = m.layout() == MatrixTable.Layout.GRID ? m.origin().row() + m.rows().size() - 1 : m.origin().row();
        return new CellRef(lastRow + 2 + rows.indexOf(f.rowKey()), f.cell().col());
    }

    /**
     * Display width of a text in tenths of a column-width unit: a CJK character at body size is about
     * 1.6 digit widths (measured in LibreOffice with Noto CJK), anything else one.
     */
    static int tenths(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) >= 0x2E80 ? 16 : 10;
        }
        return n;
    }

    /** A row height (points) that shows {@code text} wrapped in a cell {@code widthChars} wide. */
    static float height(String text, int widthChars, int fontPoints) {
        // wider fonts than 11 pt take proportionally more room per character
        int per = Math.max(20, (widthChars - 1) * 10 * 11 / Math.max(fontPoints, 11));
        int lines = 0;
        for (String para : text.split("\n", -1)) {
            lines += Math.max(1, (tenths(para) + per - 1) / per);
        }
        return lines * fontPoints * 1.45f + 6;
    }

    /**
     * The tallest row Excel allows, in points. POI keeps a height in twips in a {@code short}, so an
     * uncapped estimate for a long text (over ~1,638 pt, some 3,000 characters of 正文) came out negative.
     */
    public static final float MAX_ROW_POINTS = 409;

    /** The height {@link #fit} gives a row for a text: {@link #height}, at most {@link #MAX_ROW_POINTS}. */
    public static float fitHeight(String text, int widthChars, int fontPoints) {
        return Math.min(height(text, widthChars, fontPoints), MAX_ROW_POINTS);
    }

    /** Raises a row's height so the text fits (never lowers it), up to Excel's tallest row. */
    public static void fit(XSSFSheet sheet, int row, String text, int widthChars, int fontPoints) {
        XSSFRow r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        float h = fitHeight(text, widthChars, fontPoints);
        if (h > r.getHeightInPoints()) {
            r.setHeightInPoints(h);
        }
    }

    /** Sum of the widths (in characters) of columns c1..c2. */
    static int width(XSSFSheet sheet, int c1, int c2) {
        int w = 0;
        for (int c = c1; c <= c2; c++) {
            w += sheet.getColumnWidth(c) / 256;
        }
        return w;
    }
}
