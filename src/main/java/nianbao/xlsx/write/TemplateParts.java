package nianbao.xlsx.write;

import nianbao.schema.CellRef;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import nianbao.xlsx.layout.CheckSheet;
import nianbao.xlsx.layout.Form;
import nianbao.xlsx.layout.FormulaCache;
import nianbao.xlsx.layout.TemplateLayout;
import nianbao.xlsx.ooxml.XmlOut;
import nianbao.xlsx.ooxml.ZipParts;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The empty fill-in workbook of a schema, laid out once by {@link TemplateWriter} and kept as its
 * package parts, with the worksheets split where a report's values go ({@link SheetSkeleton}) and
 * the facts a report needs to be written into it: which cell and style each field has, the
 * formulas and the styles of inferred and missing values. Immutable, shared by every thread.
 */
final class TemplateParts {

    /**
     * Where a field's cell is and how it looks when not marked.
     *
     * @param field the field
     * @param sheet index into {@link #sheets}
     * @param ref the cell reference, e.g. {@code J5}
     * @param inputStyle the style index of the field's input cell
     * @param narrative whether the field is a roomy 正文 cell whose row grows with its text
     * @param widthChars the column's width in characters (narrative fields)
     * @param height the row's height in points in the template (narrative fields)
     */
    record FieldCell(Field field, int sheet, String ref, int inputStyle, boolean narrative, int widthChars,
                     float height) {
    }

    /**
     * A cell beside a table showing last year's figure for reference (templates made with {@code --previous}).
     *
     * @param fieldId the field whose last-year value it shows
     * @param sheet index into {@link #sheets}
     * @param ref the cell reference
     * @param style the cell's style index
     */
    record PreviousCell(String fieldId, int sheet, String ref, int style) {
    }

    /**
     * A worksheet a report writes into.
     *
     * @param part the part name, e.g. {@code xl/worksheets/sheet5.xml}
     * @param number the part's number (5), which POI gives the sheet's comments part too
     * @param skeleton the part split at the slots
     */
    record Sheet(String part, int number, SheetSkeleton skeleton) {
    }

    private static final Pattern SHEET_PART = Pattern.compile("sheet(\\d+)\\.xml$");
    /** Worksheet elements that come after the drawing elements comments add (and none of which the template has). */
    private static final String[] LATER_ELEMENTS = {"<drawing ", "<legacyDrawing", "<picture", "<oleObjects", "<controls",
        "<webPublishItems", "<tableParts", "<extLst"};
    /** How many sets of stated totals keep their formulas worked out. */
    private static final int MAX_VARIANTS = 64;
    /** How many schemas' templates are kept (one in practice: the current national format). */
    private static final int CAPACITY = 4;
    private static final Map<String, Holder> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Holder> eldest) {
            return size() > CAPACITY;
        }
    };

    final Schema schema;
    /** The format of last year's report the template is laid out for, or null. */
    final Schema previousSchema;
    /** The cells showing last year's figures, empty without a last-year report. */
    final List<PreviousCell> previousCells;
    /** The rules with a 校验 row, in row order. */
    final List<Rule> rules;
    /** Every field's cell, in schema order. */
    final List<FieldCell> cells;
    final List<Sheet> sheets;
    /** Index into {@link #sheets} of the 校验 sheet. */
    final int checkSheet;
    final int formulaStyle;
    final int inferredStyle;
    final int missingStyle;
    final int inferredTextStyle;
    final int missingTextStyle;
    /** Total field ID → its formula (XML-escaped), for every total that can be a formula. */
    final Map<String, String> totalFormulas;
    /** The formulas when no total is stated. */
    final Formulas formulas;
    final StringTable strings;
    final ContentTypes contentTypes;
    /** Every part of the template by name, deflated once. */
    final Map<String, ZipParts.Entry> parts;
    /** The formulas for other sets of stated totals, as reports bring them (bounded). */
    private final Map<Set<String>, Formulas> variants = new ConcurrentHashMap<>();

    private TemplateParts(Schema schema, Schema previousSchema, Layout layout, List<Sheet> sheets, StringTable strings,
                          ContentTypes contentTypes, Map<String, ZipParts.Entry> parts) {
        this.schema = schema;
        this.previousSchema = previousSchema;
        this.previousCells = layout.previous();
        List<Rule> rules = layout.rules();
        int[] styles = layout.styles();
        this.rules = rules;
        this.cells = layout.cells();
        this.sheets = sheets;
        this.checkSheet = layout.checkSheet();
        this.formulaStyle = styles[0];
        this.inferredStyle = styles[1];
        this.missingStyle = styles[2];
        this.inferredTextStyle = styles[3];
        this.missingTextStyle = styles[4];
        Map<String, String> formulaTexts = new HashMap<>();
        Form.firstTotalRules(schema).forEach((id, r) -> formulaTexts.put(id, XmlOut.text(Form.formula(schema, r.right()))));
        this.totalFormulas = Map.copyOf(formulaTexts);
        this.formulas = Formulas.of(schema, Set.of(), rules);
        this.strings = strings;
        this.contentTypes = contentTypes;
        this.parts = parts;
    }

    /**
     * What laying out a schema's template with POI gives: the package parts and the facts about
     * them the patcher needs. {@link ShippedTemplates} keeps it in the jar, made at build time.
     *
     * @param raw every part by name, as POI wrote it
     * @param sheetParts the worksheets a report writes into, e.g. {@code xl/worksheets/sheet5.xml}
     * @param checkSheet index into {@code sheetParts} of the 校验 sheet
     * @param rules the rules with a 校验 row, in row order
     * @param cells every field's cell, in schema order
     * @param styles the style indexes of formula, inferred, missing, inferred text and missing text cells
     * @param previous the cells showing last year's figures (none without a last-year report)
     */
    record Layout(Map<String, byte[]> raw, List<String> sheetParts, int checkSheet, List<Rule> rules,
                  List<FieldCell> cells, int[] styles, List<PreviousCell> previous) {
    }

    /**
     * The template of a schema, taken from the jar where the build laid it out ({@link ShippedTemplates})
     * or built on first use, and kept (a few schemas at most); null when its parts are not laid out
     * as the patcher expects, so that the caller writes with POI instead.
     */
    static TemplateParts of(Schema schema) {
        return of(schema, null);
    }

    /**
     * {@link #of(Schema)} laid out for last year's report in the given format (a fresh template made with
     * {@code --previous}: last year's reference cells and the cross-year rules that format has fields for).
     *
     * @param previousSchema the format of last year's report, or null for none
     */
    static TemplateParts of(Schema schema, Schema previousSchema) {
        Holder h;
        synchronized (CACHE) {
            String key = schema.id() + '\u0000' + schema.version() + (previousSchema == null ? ""
                    : '\u0000' + previousSchema.id() + '\u0000' + previousSchema.version());
            h = CACHE.get(key);
            if (h == null || !same(h.schema, schema) || !same(h.previousSchema, previousSchema)) {
                h = new Holder(schema, previousSchema);
                CACHE.put(key, h);
            }
        }
        return h.get();
    }

    private static boolean same(Schema a, Schema b) {
        return a == b || a != null && a.equals(b);
    }

    /** Builds a template once however many threads ask for it at the same time. */
    private static final class Holder {
        private final Schema schema;
        private final Schema previousSchema;
        private boolean built;
        private TemplateParts parts;

        Holder(Schema schema, Schema previousSchema) {
            this.schema = schema;
            this.previousSchema = previousSchema;
        }

        synchronized TemplateParts get() {
            if (!built) {
                Layout shipped = ShippedTemplates.load(schema, previousSchema);
                parts = shipped != null ? assemble(schema, previousSchema, shipped) : build(schema, previousSchema);
                built = true;
            }
            return parts;
        }
    }

    /** Lays out the template with POI and splits its parts; null when something is not as expected. */
    static TemplateParts build(Schema schema, Schema previousSchema) {
        Layout layout = layOut(schema, previousSchema);
        return layout == null ? null : assemble(schema, previousSchema, layout);
    }

    /** Lays out the template with POI; null when the schema is broken or the parts are not as expected. */
    static Layout layOut(Schema schema) {
        return layOut(schema, null);
    }

    /** {@link #layOut(Schema)} for last year's report in the given format (null for none). */
    static Layout layOut(Schema schema, Schema previousSchema) {
        Form form;
        byte[] bytes;
        try {
            form = TemplateLayout.layout(schema, previousSchema, Set.of());
            TemplateLayout.finish(form);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            try (XSSFWorkbook wb = form.wb) {
                wb.write(out);
            }
            bytes = out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null; // a broken schema: the POI path reports it in its own words
        }
        Map<String, byte[]> raw = unzip(bytes);
        if (raw == null) {
            return null;
        }
        Map<String, Integer> sheetIndex = new LinkedHashMap<>();
        List<String> sheetParts = new ArrayList<>();
        List<FieldCell> cells = new ArrayList<>();
        for (Field f : schema.fields()) {
            XSSFSheet sheet = form.sheet(f.sheet());
            int s = sheetIndex.computeIfAbsent(f.sheet(), k -> add(sheetParts, sheet));
            int width = sheet.getColumnWidth(f.cell().col()) / 256;
            float height = sheet.getRow(f.cell().row()).getHeightInPoints();
            cells.add(new FieldCell(f, s, ref(f.cell()), form.inputStyle(f).getIndex(), form.isNarrative(f), width, height));
        }
        List<PreviousCell> previous = new ArrayList<>();
        for (Map.Entry<String, org.apache.poi.xssf.usermodel.XSSFCell> e : form.previousCells.entrySet()) {
            XSSFSheet sheet = e.getValue().getSheet();
            int s = sheetIndex.computeIfAbsent(sheet.getSheetName(), k -> add(sheetParts, sheet));
            previous.add(new PreviousCell(e.getKey(), s, ref(new CellRef(e.getValue().getRowIndex(),
                    e.getValue().getColumnIndex())), e.getValue().getCellStyle().getIndex()));
        }
        XSSFSheet check = form.sheet(schema.sheet("check"));
        int checkSheet = sheetIndex.computeIfAbsent(check.getSheetName(), k -> add(sheetParts, check));
        int[] styles = {form.styles.formula.getIndex(), form.styles.inferred.getIndex(), form.styles.missing.getIndex(),
            form.styles.inferredText.getIndex(), form.styles.missingText.getIndex()};
        return new Layout(raw, List.copyOf(sheetParts), checkSheet, List.copyOf(form.checkedRules()), List.copyOf(cells),
                styles, List.copyOf(previous));
    }

    /** Splits the laid-out parts where a report's values go; null when something is not as expected. */
    static TemplateParts assemble(Schema schema, Layout layout) {
        return assemble(schema, null, layout);
    }

    /** {@link #assemble(Schema, Layout)} of a layout for last year's report in the given format (null for none). */
    static TemplateParts assemble(Schema schema, Schema previousSchema, Layout layout) {
        Map<String, byte[]> raw = layout.raw();
        List<String> sheetParts = layout.sheetParts();
        List<FieldCell> cells = layout.cells();
        int checkSheet = layout.checkSheet();
        List<Rule> rules = layout.rules();
        List<Sheet> sheets = new ArrayList<>();
        for (int s = 0; s < sheetParts.size(); s++) {
            String part = sheetParts.get(s);
            Matcher m = SHEET_PART.matcher(part);
            if (!raw.containsKey(part) || !m.find() || raw.containsKey(relsOf(part))) {
                return null;
            }
            SheetSkeleton skeleton = skeleton(new String(raw.get(part), StandardCharsets.UTF_8), s, cells,
                    layout.previous(), s == checkSheet ? rules.size() : -1);
            if (skeleton == null) {
                return null;
            }
            sheets.add(new Sheet(part, Integer.parseInt(m.group(1)), skeleton));
        }
        for (String name : raw.keySet()) {
            if (name.startsWith("xl/comments") || name.startsWith("xl/drawings/")) {
                return null; // the template has no comments of its own
            }
        }
        byte[] sst = raw.get("xl/sharedStrings.xml");
        byte[] types = raw.get("[Content_Types].xml");
        StringTable strings = sst == null ? null : StringTable.parse(new String(sst, StandardCharsets.UTF_8));
        ContentTypes contentTypes = types == null ? null : ContentTypes.parse(new String(types, StandardCharsets.UTF_8));
        if (strings == null || contentTypes == null || contentTypes.hasDefault("vml")) {
            return null;
        }
        Map<String, ZipParts.Entry> parts = new LinkedHashMap<>();
        raw.forEach((name, content) -> parts.put(name, ZipParts.deflate(name, content, content.length, ZipParts.ONCE)));
        return new TemplateParts(schema, previousSchema, layout, List.copyOf(sheets), strings, contentTypes, parts);
    }

    /**
     * The formulas of a workbook whose given totals are stated (not formulas): which totals are
     * formulas, what they read, and the 校验 rows' formulas.
     *
     * @param totals the totals that are formulas
     * @param plan what the formulas read
     * @param checks per 校验 row, the formulas of columns C to F, XML-escaped as {@link CheckSheet} writes them
     */
    record Formulas(Map<String, Rule> totals, FormulaCache.Plan plan, List<String[]> checks) {
        static Formulas of(Schema schema, Set<String> stated, List<Rule> rules) {
            Map<String, Rule> totals = Collections.unmodifiableMap(Form.formulaTotals(schema, stated));
            List<String[]> checks = new ArrayList<>(rules.size());
            for (int i = 0; i < rules.size(); i++) {
                Rule r = rules.get(i);
                int excelRow = CheckSheet.FIRST_ROW + i + 1;
                checks.add(new String[] {XmlOut.text(Form.formula(schema, r.left())),
                    XmlOut.text(Form.formula(schema, r.right())), "C" + excelRow + "-D" + excelRow,
                    XmlOut.text(CheckSheet.verdictFormula(Form.inputNamesOf(schema, totals, r), excelRow))});
            }
            return new Formulas(totals, FormulaCache.plan(schema, totals, rules), List.copyOf(checks));
        }
    }

    /** The formulas when the given totals are stated; the few sets that recur are kept. */
    Formulas formulas(Set<String> stated) {
        if (stated.isEmpty()) {
            return formulas;
        }
        Formulas f = variants.get(stated);
        if (f == null) {
            f = Formulas.of(schema, stated, rules);
            if (variants.size() < MAX_VARIANTS) {
                variants.putIfAbsent(Set.copyOf(stated), f);
            }
        }
        return f;
    }

    private static int add(List<String> sheetParts, XSSFSheet sheet) {
        sheetParts.add(sheet.getPackagePart().getPartName().getName().substring(1));
        return sheetParts.size() - 1;
    }

    /**
     * Splits a worksheet at its fields' cells, the rows of its narrative fields, the 校验 rows'
     * formula cells and where comments would add to it; null when one of them is not there.
     *
     * @param checkRows the number of 校验 rows on this sheet, or -1 when it is not the 校验 sheet
     */
    private static SheetSkeleton skeleton(String xml, int sheet, List<FieldCell> cells, List<PreviousCell> previous,
                                          int checkRows) {
        Map<String, int[]> found = SheetSkeleton.cells(xml);
        Map<String, int[]> wanted = new HashMap<>();
        for (FieldCell c : cells) {
            if (c.sheet() != sheet) {
                continue;
            }
            if (!take(found, c.ref(), wanted)) {
                return null;
            }
            if (c.narrative()) {
                int[] ht = SheetSkeleton.rowHeight(xml, c.field().cell().row() + 1);
                if (ht == null) {
                    return null;
                }
                wanted.put(rowKey(c.field().cell().row()), ht);
            }
        }
        for (PreviousCell c : previous) {
            if (c.sheet() == sheet && !take(found, c.ref(), wanted)) {
                return null;
            }
        }
        if (checkRows >= 0 && !take(found, "C2", wanted)) {
            return null;
        }
        for (int i = 0; i < checkRows; i++) {
            for (int col = 2; col <= 5; col++) {
                if (!take(found, ref(new CellRef(CheckSheet.FIRST_ROW + i, col)), wanted)) {
                    return null;
                }
            }
        }
        for (String element : LATER_ELEMENTS) {
            if (xml.contains(element)) {
                return null; // the comments' elements would have to go before these
            }
        }
        int[] root = SheetSkeleton.rootEnd(xml, "worksheet");
        int[] end = SheetSkeleton.beforeEnd(xml, "worksheet");
        if (root == null || end == null || xml.substring(0, root[0]).contains("xmlns:r=")) {
            return null; // POI declares the r prefix only once the sheet has comments
        }
        wanted.put(SheetSkeleton.ROOT, root);
        wanted.put(SheetSkeleton.END, end);
        return SheetSkeleton.split(xml, wanted);
    }

    /** Moves a cell's range from the cells found to the slots wanted; false when the cell is missing. */
    private static boolean take(Map<String, int[]> found, String ref, Map<String, int[]> wanted) {
        int[] r = found.get(ref);
        if (r == null) {
            return false;
        }
        wanted.put(ref, r);
        return true;
    }

    /** The slot key of a row's height. */
    static String rowKey(int row) {
        return "row:" + row;
    }

    /** {@code J5} for a zero-based cell. */
    static String ref(CellRef at) {
        return CellRef.columnName(at.col()) + (at.row() + 1);
    }

    /** The relationships part of a part: {@code xl/worksheets/_rels/sheet5.xml.rels}. */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    private static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            return null;
        }
        return out;
    }
}
