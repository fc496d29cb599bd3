package nianbao.xlsx.write;

import nianbao.AtomicFiles;
import nianbao.model.Report;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import nianbao.xlsx.layout.Form;
import nianbao.xlsx.layout.TemplateLayout;
import nianbao.xlsx.ooxml.Comments;
import nianbao.xlsx.ooxml.ExcelEscapes;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the fill-in workbook (年报模板.xlsx) laid out entirely from a schema: the guide, 基本信息,
 * 正文, the three official tables, the live 校验 sheet and the hidden {@code _schema} marker.
 */
public final class TemplateWriter {

    /**
     * What to prefill in a fresh template.
     *
     * @param agency the agency name for 基本信息, or null
     * @param year the report year, or null
     * @param previous last year's report: its carry-over prefills 二、上年结转, its figures are shown for
     *                 reference and the cross-year rules are checked; or null
     */
    public record Options(String agency, Integer year, Report previous) {
        /** Nothing prefilled. */
        public static Options none() {
            return new Options(null, null, null);
        }
    }

    private TemplateWriter() {
    }

    /**
     * Writes a fresh template to {@code file} atomically: the template shipped in the jar with the
     * prefill patched in ({@link WorkbookPatch#template}), or laid out with POI ({@link #create}) when
     * none fits. Both give the same workbook.
     */
    public static void write(Schema schema, Options options, Path file) throws IOException {
        byte[] patched = WorkbookPatch.template(schema, options);
        if (patched != null) {
            AtomicFiles.write(file, patched);
            return;
        }
        try (XSSFWorkbook wb = create(schema, options)) {
            AtomicFiles.write(file, wb::write);
        }
    }

    /** A fresh template as a workbook, laid out with POI (the caller closes it). */
    public static XSSFWorkbook create(Schema schema, Options options) {
        Report previous = options.previous();
        Form form = TemplateLayout.layout(schema, previous == null ? null : previous.schema(), java.util.Set.of());
        Prefill prefill = prefill(schema, options, form.checkedRules());
        for (Field f : schema.fields()) {
            nianbao.model.Value v = prefill.values().value(f.id());
            if (form.totals.containsKey(f.id())) {
                continue; // a formula: its result is worked out from the prefilled parts
            }
            if (v.number() != null) {
                form.cell(f).setCellValue(v.number().doubleValue());
            } else if (v.text() != null) {
                form.cell(f).setCellValue(ExcelEscapes.protect(v.text()));
            }
        }
        if (previous != null) {
            for (Map.Entry<String, XSSFCell> e : form.previousCells.entrySet()) {
                BigDecimal n = previous.numberIfPresent(e.getKey());
                if (n != null) {
                    e.getValue().setCellValue(n.doubleValue());
                }
            }
        }
        prefill.notes().forEach((id, note) -> Comments.add(form.cell(schema.require(id)), note));
        return TemplateLayout.finish(form);
    }

    /**
     * What a fresh template holds before a clerk types: the defaults, the agency and year given, and
     * from last year's report the fields this year's rules equate with a last-year field (二、上年结转 =
     * last year's 四、结转下年度), each with a note to check it.
     *
     * @param values the prefilled values (everything else blank)
     * @param notes field ID → the comment on its cell, in rule order
     */
    record Prefill(Report values, Map<String, String> notes) {
    }

    /**
     * The prefill of a fresh template; last year's figures shown for reference are read from
     * {@code options.previous()} directly.
     *
     * @param checkedRules the rules the template checks (with the cross-year ones last year's format allows)
     */
    static Prefill prefill(Schema schema, Options options, List<Rule> checkedRules) {
        Report.Builder b = Report.builder(schema);
        for (Field f : schema.meta()) {
            if (f.defaultValue() != null) {
                b.text(f.id(), f.defaultValue());
            }
        }
        if (options.agency() != null) {
            b.text("meta.agency", options.agency());
        }
        if (options.year() != null) {
            b.number("meta.year", new BigDecimal(options.year()));
        }
        Map<String, String> notes = new LinkedHashMap<>();
        Report previous = options.previous();
        for (Rule r : previous == null ? List.<Rule>of() : checkedRules) {
            boolean copy = r.left().terms().size() == 1 && r.right().terms().size() == 1
                    && !r.left().terms().get(0).previous() && r.right().terms().get(0).previous();
            if (!copy) {
                continue;
            }
            BigDecimal n = previous.numberIfPresent(r.right().terms().get(0).fieldId());
            if (n != null) {
                String id = r.left().terms().get(0).fieldId();
                b.number(id, n);
                notes.merge(id, "已按上年报告预填（" + r.id() + "），请核对。", (a, c) -> a + "\n" + c);
            }
        }
        return new Prefill(b.build(), notes);
    }

}
