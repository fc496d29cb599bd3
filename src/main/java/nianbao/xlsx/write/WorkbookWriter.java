package nianbao.xlsx.write;

import nianbao.AtomicFiles;
import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import nianbao.xlsx.layout.Form;
import nianbao.xlsx.layout.TemplateLayout;
import nianbao.xlsx.ooxml.Comments;
import nianbao.xlsx.ooxml.ExcelEscapes;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a report into the fill-in template: the same workbook a clerk gets from {@code nianbao
 * template}, with the report's values in it. Used by {@code fill}, {@code import} and {@code merge}.
 */
public final class WorkbookWriter {

    /** The most characters one Excel cell holds. */
    static final int MAX_CELL_CHARS = 32767;

    private WorkbookWriter() {
    }

    /**
     * Writes the report to {@code file} atomically: patched into the cached template
     * ({@link WorkbookPatch}), or built with POI ({@link #create}) for a report or schema the
     * patcher leaves to it. Both give the same workbook.
     */
    public static void write(Report report, Path file) throws IOException {
        byte[] patched;
        XSSFWorkbook workbook = null;
        try {
            patched = WorkbookPatch.write(report);
            if (patched == null) {
                workbook = create(report);
            }
        } catch (TextTooLong e) {
            // a value no workbook can hold: the reason is ours, in Chinese
            throw new nianbao.UnwritableOutputException(file.toString(), e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (patched != null) {
            AtomicFiles.write(file, patched);
            return;
        }
        try (XSSFWorkbook wb = workbook) {
            AtomicFiles.write(file, wb::write);
        }
    }

    /**
     * The report as a workbook (the caller closes it). A total whose stated value equals the sum of
     * its parts keeps its formula (with the cached result); a stated total that disagrees is written
     * as the stated number so the checks show the break; blanks stay blank; inferred and missing
     * values get a distinct fill and a comment with the reason.
     *
     * @throws IllegalArgumentException when a text exceeds what one Excel cell can hold
     */
    public static XSSFWorkbook create(Report report) {
        Schema schema = report.schema();
        Map<String, BigDecimal> stated = statedTotals(report);
        Form form = TemplateLayout.layout(schema, false, stated.keySet());
        for (Field f : schema.fields()) {
            Value v = report.value(f.id());
            XSSFCell cell = form.cell(f);
            if (!form.totals.containsKey(f.id())) {
                writeValue(form, f, v, cell);
            }
            if (stated.containsKey(f.id()) && v.number() != null) {
                Comments.add(cell, statedNote(v.number(), stated.get(f.id())));
            }
            mark(form, f, v, cell);
        }
        return TemplateLayout.finish(form);
    }

    /**
     * The total fields that cannot keep their formula, each with the sum of its parts (null when a
     * part is blank): the total is blank, or its stated value differs from its parts.
     */
    static Map<String, BigDecimal> statedTotals(Report report) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, Rule> e : Form.firstTotalRules(report.schema()).entrySet()) {
            BigDecimal value = report.number(e.getKey());
            BigDecimal parts = e.getValue().right().evaluate(report::number, id -> null);
            if (value == null || parts == null || parts.compareTo(value) != 0) {
                out.put(e.getKey(), parts);
            }
        }
        return out;
    }

    /** The comment of a stated total kept although it cannot be checked or disagrees with its parts. */
    static String statedNote(BigDecimal stated, BigDecimal parts) {
        return parts == null ? "原文填报的总计；各项不全，无法核对。"
                : "原文填报的总计为 " + Numbers.plain(stated) + "，各项之和为 " + Numbers.plain(parts)
                + "，二者不一致，按原文保留，请核对。";
    }

    /** The comment of an inferred or missing value: 推断/缺失 and why. */
    static String markNote(Value v) {
        return v.how().zh() + (v.note() == null || v.note().isBlank() ? "" : "：" + v.note());
    }

    /**
     * Refuses a text one Excel cell cannot hold.
     *
     * @throws TextTooLong naming the field and the length
     */
    static void checkLength(Field f, String text) {
        if (text.length() > MAX_CELL_CHARS) {
            throw new TextTooLong(f.label() + "（" + f.id() + "）有 " + text.length()
                    + " 个字符，超过 Excel 单元格上限 " + MAX_CELL_CHARS + "，无法写入工作簿；请检查导入结果是否把整篇文字放进了一处。");
        }
    }

    private static void writeValue(Form form, Field f, Value v, XSSFCell cell) {
        if (v.number() != null) {
            cell.setCellValue(v.number().doubleValue());
        } else if (v.text() != null) {
            checkLength(f, v.text());
            cell.setCellValue(ExcelEscapes.protect(v.text()));
        }
        if (v.text() != null && form.isNarrative(f)) {
            Form.fit(cell.getSheet(), cell.getRowIndex(), v.text(), cell.getSheet().getColumnWidth(cell.getColumnIndex()) / 256, 12);
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
        if (cell.getCellType() != CellType.FORMULA) {
            cell.setCellStyle(style);
        }
        Comments.add(cell, markNote(v));
    }

    /** A text longer than one Excel cell holds; the message names the field and the length, in Chinese. */
    static final class TextTooLong extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TextTooLong(String message) {
            super(message);
        }
    }
}
