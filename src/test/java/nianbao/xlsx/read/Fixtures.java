package nianbao.xlsx.read;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Expression;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds template-shaped workbooks with POI for the reader tests: the hidden {@code _schema}
 * stamp, label cells, every field at its schema cell, and total cells as formulas whose cached
 * result can be right, missing or stale.
 */
final class Fixtures {

    /** How total cells are written. */
    enum Totals {
        /** Numbers typed into the total cells, no formula. */
        TYPED,
        /** SUM formulas with the correct cached result. */
        FORMULA_CACHED,
        /** SUM formulas without a cached result (as POI writes them). */
        FORMULA_NO_CACHE
    }

    static final Path EXAMPLE = Path.of("examples/临江市自然资源和规划局-2025.json");

    private Fixtures() {
    }

    /** The busiest bundled example report. */
    static Report example() throws Exception {
        return Reports.readJson(EXAMPLE);
    }

    /** A workbook holding the report, sheets in template order plus the hidden stamp. */
    static XSSFWorkbook workbook(Report report, Totals totals) {
        Schema schema = report.schema();
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet guide = wb.createSheet(schema.sheet("guide"));
        guide.createRow(0).createCell(0).setCellValue("填写说明：请在白色单元格中填写，灰色单元格为公式。");
        for (Field f : schema.fields()) {
            Sheet s = sheet(wb, f.sheet());
            Row row = row(s, f.cell().row());
            // a label beside the value, so shared-string indices of values are not 0, 1, 2 …
            if (f.cell().col() > 0 && row.getCell(0) == null) {
                row.createCell(0).setCellValue(f.label());
            }
            Cell c = row.createCell(f.cell().col());
            Value v = report.value(f.id());
            Rule total = totalRule(schema, f.id());
            if (total != null && totals != Totals.TYPED) {
                c.setCellFormula(formula(schema, total.right()));
                if (totals == Totals.FORMULA_CACHED && v.number() != null) {
                    c.setCellValue(v.number().doubleValue());
                }
            } else if (v.number() != null) {
                c.setCellValue(v.number().doubleValue());
            } else if (v.text() != null) {
                c.setCellValue(v.text());
            }
        }
        Sheet stamp = wb.createSheet(schema.sheet("schema"));
        stamp(stamp, schema.id(), schema.version());
        wb.setSheetHidden(wb.getSheetIndex(stamp), true);
        return wb;
    }

    /** Writes the stamp cells A1:B2. */
    static void stamp(Sheet stamp, String id, String version) {
        Row r0 = row(stamp, 0);
        r0.createCell(0).setCellValue("schema");
        r0.createCell(1).setCellValue(id);
        Row r1 = row(stamp, 1);
        r1.createCell(0).setCellValue("version");
        r1.createCell(1).setCellValue(version);
    }

    /** The first total rule whose stated side is this field, or null. */
    static Rule totalRule(Schema schema, String fieldId) {
        for (Rule r : schema.totalRules()) {
            if (r.anchorField().equals(fieldId)) {
                return r;
            }
        }
        return null;
    }

    /** An Excel formula adding the cells of an expression's terms. */
    static String formula(Schema schema, Expression e) {
        StringBuilder sb = new StringBuilder();
        for (Expression.Term t : e.terms()) {
            sb.append(sb.length() == 0 ? (t.sign() < 0 ? "-" : "") : (t.sign() < 0 ? "-" : "+"));
            sb.append(schema.require(t.fieldId()).cell());
        }
        return sb.toString();
    }

    static Sheet sheet(XSSFWorkbook wb, String name) {
        Sheet s = wb.getSheet(name);
        return s != null ? s : wb.createSheet(name);
    }

    static Row row(Sheet s, int r) {
        Row row = s.getRow(r);
        return row != null ? row : s.createRow(r);
    }

    /** Saves a workbook and closes it. */
    static Path save(XSSFWorkbook wb, Path file) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    /**
     * Copies a zip, passing each entry's text through {@code edit} (entry name, content → new
     * content, or null to drop the entry).
     */
    static Path rewrite(Path in, Path out, BiFunction<String, String, String> edit) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(in.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream is = z.getInputStream(e)) {
                    entries.put(e.getName(), is.readAllBytes());
                }
            }
        }
        try (ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                String text = new String(e.getValue(), StandardCharsets.UTF_8);
                String edited = edit.apply(e.getKey(), text);
                if (edited == null) {
                    continue;
                }
                zos.putNextEntry(new ZipEntry(e.getKey()));
                zos.write(edited.equals(text) ? e.getValue() : edited.getBytes(StandardCharsets.UTF_8));
                zos.closeEntry();
            }
        }
        return out;
    }

    /** Writes a zip from name → text pairs. */
    static Path zip(Path out, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zos.putNextEntry(new ZipEntry(e.getKey()));
                zos.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zos.closeEntry();
            }
        }
        return out;
    }

    /** The sheet part names of a POI-written workbook, by sheet name. */
    static String sheetPart(XSSFWorkbook wb, String sheetName) {
        return "xl/worksheets/sheet" + (wb.getSheetIndex(sheetName) + 1) + ".xml";
    }

    static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    static List<String> lines(String s) {
        return s.lines().toList();
    }
}
