package nianbao.xlsx;

import nianbao.AtomicFiles;
import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * Writes a report into the fill-in template: the same workbook a clerk gets from {@code nianbao
 * template}, with the report's values in it. Used by {@code fill}, {@code import} and {@code merge}.
 */
public final class WorkbookWriter {

    private WorkbookWriter() {
    }

    /** Writes the report to {@code file} atomically. */
    public static void write(Report report, Path file) throws IOException {
        try (XSSFWorkbook wb = create(report)) {
            AtomicFiles.write(file, wb::write);
        }
    }

    /**
     * The report as a workbook (the caller closes it). A total whose stated value equals the sum of
     * its parts keeps its formula; a stated total that disagrees is written as the stated number so
     * the checks show the break; blanks stay blank; inferred and missing values get a distinct fill
     * and a comment with the reason.
     */
    public static XSSFWorkbook create(Report report) {
        Schema schema = report.schema();
        Form form = TemplateWriter.layout(schema, false);
        for (Field f : schema.fields()) {
            Value v = report.value(f.id());
            XSSFCell cell = form.cell(f);
            Rule total = form.totals.get(f.id());
            if (total != null) {
                writeTotal(form, report, f, v, cell, total);
            } else {
                writeValue(form, f, v, cell);
            }
            mark(form, f, v, cell);
        }
        return TemplateWriter.finish(form);
    }

    private static void writeValue(Form form, Field f, Value v, XSSFCell cell) {
        if (v.number() != null) {
            cell.setCellValue(v.number().doubleValue());
        } else if (v.text() != null) {
            cell.setCellValue(v.text());
        }
        if (v.text() != null && form.isNarrative(f)) {
            Form.fit(cell.getSheet(), cell.getRowIndex(), v.text(), cell.getSheet().getColumnWidth(cell.getColumnIndex()) / 256, 12);
        }
    }

    private static void writeTotal(Form form, Report report, Field f, Value v, XSSFCell cell, Rule total) {
        if (v.number() != null) {
            BigDecimal parts = total.right().evaluate(report::number, id -> null);
            if (parts != null && parts.compareTo(v.number()) == 0) {
                return; // the formula gives the stated value; the evaluator caches it
            }
            cell.removeFormula();
            cell.setCellValue(v.number().doubleValue());
            cell.setCellStyle(form.inputStyle(f));
            Comments.add(cell, parts == null
                    ? "原文填报的总计；各项不全，无法核对。"
                    : "原文填报的总计为 " + Numbers.plain(v.number()) + "，各项之和为 " + Numbers.plain(parts)
                    + "，二者不一致，按原文保留，请核对。");
            return;
        }
        cell.removeFormula();
        cell.setCellStyle(form.inputStyle(f));
        if (v.text() != null) {
            cell.setCellValue(v.text());
        } else {
            cell.setBlank();
        }
    }

    /** Inferred and missing values: a distinct fill plus a comment saying 推断/缺失 and why. */
    private static void mark(Form form, Field f, Value v, XSSFCell cell) {
        if (v.how() != Provenance.INFERRED && v.how() != Provenance.MISSING) {
            return;
        }
        boolean inferred = v.how() == Provenance.INFERRED;
        boolean text = form.isNarrative(f);
        CellStyle style = inferred ? (text ? form.styles.inferredText : form.styles.inferred)
                : (text ? form.styles.missingText : form.styles.missing);
        if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.FORMULA) {
            cell.setCellStyle(style);
        }
        Comments.add(cell, v.how().zh() + (v.note() == null || v.note().isBlank() ? "" : "：" + v.note()));
    }
}
