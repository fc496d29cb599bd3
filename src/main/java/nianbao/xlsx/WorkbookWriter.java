package nianbao.xlsx;

import nianbao.AtomicFiles;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a report into a workbook laid out by its schema. */
public final class WorkbookWriter {

    private WorkbookWriter() {
    }

    /** Writes the report to {@code file} atomically. */
    public static void write(Report report, Path file) throws IOException {
        Schema schema = report.schema();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet hidden = wb.createSheet(schema.sheet("schema"));
            Row r0 = hidden.createRow(0);
            r0.createCell(0).setCellValue("schema");
            r0.createCell(1).setCellValue(schema.id());
            Row r1 = hidden.createRow(1);
            r1.createCell(0).setCellValue("version");
            r1.createCell(1).setCellValue(schema.version());
            for (Field f : schema.fields()) {
                Sheet s = wb.getSheet(f.sheet()) != null ? wb.getSheet(f.sheet()) : wb.createSheet(f.sheet());
                Row row = s.getRow(f.cell().row()) != null ? s.getRow(f.cell().row()) : s.createRow(f.cell().row());
                Cell c = row.createCell(f.cell().col());
                Value v = report.value(f.id());
                if (v.number() != null) {
                    c.setCellValue(v.number().doubleValue());
                } else if (v.text() != null) {
                    c.setCellValue(v.text());
                }
            }
            AtomicFiles.write(file, wb::write);
        }
    }
}
