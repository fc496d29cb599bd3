package nianbao.xlsx.write;

import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import nianbao.xlsx.layout.CheckSheet;
import nianbao.xlsx.layout.Form;
import nianbao.xlsx.layout.FormulaCache;
import nianbao.xlsx.ooxml.ByteSink;
import nianbao.xlsx.ooxml.XmlOut;
import nianbao.xlsx.ooxml.ZipParts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report into its schema's cached template ({@link TemplateParts}) by patching the parts'
 * XML: values, formula results, styles of inferred and missing values, comments, shared strings
 * and narrative row heights, each exactly as {@link WorkbookWriter#create} and POI write them.
 * Laying the template out with POI for every report cost ~40 ms; this costs a few. A fresh template
 * ({@code nianbao template}) is patched the same way, as {@link TemplateWriter#create} prefills it.
 */
final class WorkbookPatch {

    private WorkbookPatch() {
    }

    /**
     * The report as a workbook file's bytes, or null when POI has to build it: the schema's template
     * is not laid out as expected, or a number cell a formula reads holds text (POI then computes
     * Excel's error values).
     *
     * @throws IllegalArgumentException when a text exceeds what one Excel cell can hold
     */
    static byte[] write(Report report) {
        TemplateParts t = TemplateParts.of(report.schema());
        return t == null ? null : write(t, report, WorkbookWriter.statedTotals(report), null, Map.of());
    }

    /**
     * A fresh template as a workbook file's bytes, prefilled as {@link TemplateWriter#create} does
     * (agency, year, defaults; with last year's report its carry-over and reference figures); null when
     * POI has to lay it out.
     */
    static byte[] template(Schema schema, TemplateWriter.Options options) {
        Report previous = options.previous();
        TemplateParts t = TemplateParts.of(schema, previous == null ? null : previous.schema());
        if (t == null) {
            return null;
        }
        TemplateWriter.Prefill prefill = TemplateWriter.prefill(schema, options, t.rules);
        return write(t, prefill.values(), Map.of(), previous, prefill.notes());
    }

    /**
     * Patches a report into a template.
     *
     * @param stated the totals written as stated numbers instead of formulas, each with the sum of its parts
     * @param previous last year's report whose figures the template's reference cells show, or null
     * @param notes field ID → a comment on its cell besides those of stated totals and inferred or missing values
     */
    private static byte[] write(TemplateParts t, Report report, Map<String, BigDecimal> stated, Report previous,
                                Map<String, String> notes) {
        Schema schema = report.schema();
        TemplateParts.Formulas formulas = t.formulas(stated.keySet());
        Map<String, Rule> totals = formulas.totals();
        FormulaCache.Results results;
        try {
            results = FormulaCache.compute(schema, formulas.plan(), (id, last) -> last
                    ? asStored(previous == null ? null : previous.numberIfPresent(id)) : input(report, id));
        } catch (FormulaCache.NotANumber e) {
            return null;
        }
        String[][] slots = new String[t.sheets.size()][];
        for (int s = 0; s < slots.length; s++) {
            slots[s] = new String[t.sheets.get(s).skeleton().slots()];
        }
        StringTable.Additions strings = t.strings.additions();
        Map<Integer, List<CommentParts.Note>> comments = new LinkedHashMap<>();
        Map<String, Float> heights = new HashMap<>();
        for (TemplateParts.FieldCell c : t.cells) {
            Field f = c.field();
            Value v = report.value(f.id());
            boolean formula = totals.containsKey(f.id());
            int style = formula ? t.formulaStyle : c.inputStyle();
            String type = null;
            String content = null;
            if (formula) {
                content = "<f>" + t.totalFormulas.get(f.id()) + "</f><v>" + Numbers.plain(results.totals().get(f.id())) + "</v>";
            } else if (v.number() != null) {
                double d = v.number().doubleValue();
                if (Double.isInfinite(d)) {
                    return null; // POI writes Excel's #DIV/0! for it
                }
                type = "n";
                content = "<v>" + d + "</v>";
            } else if (v.text() != null) {
                WorkbookWriter.checkLength(f, v.text());
                type = "s";
                content = "<v>" + strings.index(v.text()) + "</v>";
            }
            if (!formula && v.text() != null && c.narrative()) {
                fit(t, c, v.text(), heights, slots);
            }
            String note = notes.get(f.id());
            if (stated.containsKey(f.id()) && v.number() != null) {
                note = WorkbookWriter.statedNote(v.number(), stated.get(f.id()));
            }
            if (v.how() == Provenance.INFERRED || v.how() == Provenance.MISSING) {
                boolean inferred = v.how() == Provenance.INFERRED;
                if (!formula) {
                    style = inferred ? (c.narrative() ? t.inferredTextStyle : t.inferredStyle)
                            : (c.narrative() ? t.missingTextStyle : t.missingStyle);
                }
                note = (note == null ? "" : note + "\n") + WorkbookWriter.markNote(v);
            }
            if (note != null) {
                comments.computeIfAbsent(c.sheet(), k -> new ArrayList<>())
                        .add(new CommentParts.Note(c.ref(), f.cell().row(), f.cell().col(), note));
            }
            put(t, c.sheet(), c.ref(), cell(c.ref(), style, type, content), slots);
        }
        for (TemplateParts.PreviousCell c : t.previousCells) {
            BigDecimal n = previous == null ? null : previous.numberIfPresent(c.fieldId());
            if (n != null) {
                put(t, c.sheet(), c.ref(), cell(c.ref(), c.style(), "n", "<v>" + n.doubleValue() + "</v>"), slots);
            }
        }
        checks(t, formulas, results, slots);
        return pack(t, slots, strings, comments);
    }

    /** A formula's view of a field's cell: its number as the cell stores it (a double), blank, or text. */
    private static BigDecimal input(Report report, String fieldId) {
        Value v = report.value(fieldId);
        if (v.text() != null && v.number() == null) {
            throw new FormulaCache.NotANumber();
        }
        return asStored(v.number());
    }

    /** A number as a cell stores it (a double); null for blank. */
    private static BigDecimal asStored(BigDecimal n) {
        if (n == null) {
            return null;
        }
        double d = n.doubleValue();
        if (Double.isInfinite(d)) {
            throw new FormulaCache.NotANumber();
        }
        return new BigDecimal(Double.toString(d));
    }

    /** A cell element as POI writes it. */
    private static String cell(String ref, int style, String type, String content) {
        StringBuilder sb = new StringBuilder(48 + (content == null ? 0 : content.length()))
                .append("<c r=\"").append(ref).append("\" s=\"").append(style).append('"');
        if (type != null) {
            sb.append(" t=\"").append(type).append('"');
        }
        return content == null ? sb.append("/>").toString() : sb.append('>').append(content).append("</c>").toString();
    }

    /** Puts a slot's text, leaving the slot alone when the text is the template's. */
    private static void put(TemplateParts t, int sheet, String key, String text, String[][] slots) {
        SheetSkeleton k = t.sheets.get(sheet).skeleton();
        int i = k.slot(key);
        if (!text.equals(k.original(i))) {
            slots[sheet][i] = text;
        }
    }

    /** Raises a narrative row so its text shows, as {@link Form#fit} does with POI's twip rounding. */
    private static void fit(TemplateParts t, TemplateParts.FieldCell c, String text, Map<String, Float> heights,
                            String[][] slots) {
        int row = c.field().cell().row();
        String key = c.sheet() + ":" + row;
        float current = heights.getOrDefault(key, c.height());
        float h = Form.fitHeight(text, c.widthChars(), 12);
        if (h > current) {
            double stored = (double) (short) (h * 20) / 20;
            heights.put(key, (float) stored);
            put(t, c.sheet(), TemplateParts.rowKey(row), Double.toString(stored), slots);
        }
    }

    /** The 校验 sheet: every row's formulas with their results, and the count of broken rules. */
    private static void checks(TemplateParts t, TemplateParts.Formulas formulas, FormulaCache.Results results,
                               String[][] slots) {
        int s = t.checkSheet;
        put(t, s, "C2", cell("C2", t.formulaStyle, null, "<f>" + XmlOut.text(CheckSheet.failuresFormula(t.rules.size()))
                + "</f><v>" + results.failures() + "</v>"), slots);
        for (int i = 0; i < t.rules.size(); i++) {
            String[] f = formulas.checks().get(i);
            FormulaCache.Check c = results.checks().get(i);
            int excelRow = CheckSheet.FIRST_ROW + i + 1;
            String[] values = {Numbers.plain(c.left()), Numbers.plain(c.right()), Numbers.plain(c.diff()), c.verdict()};
            for (int col = 0; col < 4; col++) {
                String ref = (char) ('C' + col) + Integer.toString(excelRow);
                put(t, s, ref, cell(ref, t.formulaStyle, col == 3 ? "str" : null,
                        "<f>" + f[col] + "</f><v>" + values[col] + "</v>"), slots);
            }
        }
    }

    /** The zip file: changed parts deflated, the others copied, comment parts added. */
    private static byte[] pack(TemplateParts t, String[][] slots, StringTable.Additions strings,
                               Map<Integer, List<CommentParts.Note>> notes) {
        Map<String, ZipParts.Entry> parts = new HashMap<>(t.parts);
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        int k = 0;
        for (Map.Entry<Integer, List<CommentParts.Note>> e : notes.entrySet()) {
            TemplateParts.Sheet sheet = t.sheets.get(e.getKey());
            int drawing = k + 1;
            int vml = k;
            k++;
            SheetSkeleton skeleton = sheet.skeleton();
            slots[e.getKey()][skeleton.slot(SheetSkeleton.ROOT)] = CommentParts.relNamespace();
            slots[e.getKey()][skeleton.slot(SheetSkeleton.END)] = CommentParts.sheetElements();
            String comments = "xl/comments" + sheet.number() + ".xml";
            String drawingPart = "xl/drawings/drawing" + drawing + ".xml";
            add(parts, comments, CommentParts.comments(e.getValue()));
            add(parts, drawingPart, CommentParts.drawing());
            add(parts, "xl/drawings/vmlDrawing" + vml + ".vml", CommentParts.vml(e.getValue()));
            add(parts, TemplateParts.relsOf(sheet.part()), CommentParts.sheetRels(drawing, sheet.number(), vml));
            overrides.put("/" + comments, ContentTypes.COMMENTS);
            overrides.put("/" + drawingPart, ContentTypes.DRAWING);
            defaults.put("vml", ContentTypes.VML);
        }
        if (!notes.isEmpty()) {
            add(parts, "[Content_Types].xml", t.contentTypes.write(defaults, overrides));
        }
        for (int s = 0; s < slots.length; s++) {
            boolean changed = false;
            for (String v : slots[s]) {
                changed |= v != null;
            }
            if (changed) {
                SheetSkeleton skeleton = t.sheets.get(s).skeleton();
                ByteSink out = skeleton.sink();
                skeleton.write(slots[s], out);
                String name = t.sheets.get(s).part();
                parts.put(name, ZipParts.deflate(name, out.array(), out.length(), ZipParts.FAST));
            }
        }
        if (!strings.isEmpty()) {
            ByteSink out = new ByteSink(t.parts.get("xl/sharedStrings.xml").size() + 8192);
            strings.write(out);
            parts.put("xl/sharedStrings.xml", ZipParts.deflate("xl/sharedStrings.xml", out.array(), out.length(), ZipParts.FAST));
        }
        return ZipParts.write(order(parts));
    }

    private static void add(Map<String, ZipParts.Entry> parts, String name, String xml) {
        byte[] b = xml.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        parts.put(name, ZipParts.deflate(name, b, b.length, ZipParts.FAST));
    }

    /**
     * The parts in POI's order: content types, the package relationships, then every part by name,
     * each followed by its relationships.
     */
    static List<ZipParts.Entry> order(Map<String, ZipParts.Entry> parts) {
        List<String> names = new ArrayList<>();
        for (String n : parts.keySet()) {
            if (!n.endsWith(".rels") && !n.equals("[Content_Types].xml")) {
                names.add(n);
            }
        }
        names.sort(ContentTypes.PART_ORDER);
        List<ZipParts.Entry> out = new ArrayList<>(parts.size());
        Map<String, ZipParts.Entry> left = new LinkedHashMap<>(parts);
        for (String first : new String[] {"[Content_Types].xml", "_rels/.rels"}) {
            ZipParts.Entry e = left.remove(first);
            if (e != null) {
                out.add(e);
            }
        }
        for (String n : names) {
            out.add(left.remove(n));
            ZipParts.Entry rels = left.remove(TemplateParts.relsOf(n));
            if (rels != null) {
                out.add(rels);
            }
        }
        out.addAll(left.values());
        return out;
    }
}
