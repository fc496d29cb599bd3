package nianbao.xlsx;

import nianbao.UnreadableInputException;
import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.FieldType;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a filled template workbook into a report, cell by cell at the schema's addresses. */
public final class WorkbookReader {

    private WorkbookReader() {
    }

    /**
     * Reads a filled workbook.
     *
     * @throws UnreadableInputException when the file is not this template or cannot be opened
     */
    public static Report read(Path file) throws UnreadableInputException {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Schema schema = schemaOf(wb, name);
            Report.Builder b = Report.builder(schema).file(name);
            for (Field f : schema.fields()) {
                b.put(readCell(wb, f, name));
            }
            return b.build();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(name, null, null, "无法打开工作簿：" + e.getMessage(), e);
        }
    }

    static Schema schemaOf(Workbook wb, String name) throws UnreadableInputException {
        Sheet hidden = wb.getSheet(Schemas.defaultSchema().sheet("schema"));
        if (hidden == null || hidden.getRow(0) == null || hidden.getRow(0).getCell(1) == null) {
            throw new UnreadableInputException(name, "不是年报填报模板（缺少隐藏工作表 _schema）。请用 nianbao template 生成的模板填写。");
        }
        String id = hidden.getRow(0).getCell(1).getStringCellValue();
        return Schemas.byId(id).orElseThrow(() -> new UnreadableInputException(name,
                "不支持的格式版本“" + id + "”，本工具支持 " + Schemas.DEFAULT_ID + "。"));
    }

    private static Value readCell(Workbook wb, Field f, String file) {
        Source src = Source.cell(file, f.sheet(), f.cell().toString());
        Sheet sheet = wb.getSheet(f.sheet());
        Row row = sheet == null ? null : sheet.getRow(f.cell().row());
        Cell cell = row == null ? null : row.getCell(f.cell().col());
        if (cell == null) {
            return Value.blank(f.id(), src);
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (f.type() == FieldType.DATE && DateUtil.isCellDateFormatted(cell)) {
                return Value.text(f.id(), cell.getLocalDateTimeCellValue().toLocalDate().toString(), src);
            }
            BigDecimal n = new BigDecimal(Double.toString(cell.getNumericCellValue()));
            if (f.type() == FieldType.TEXT || f.type() == FieldType.DATE || f.type() == FieldType.CHOICE) {
                return Value.text(f.id(), Numbers.plain(n), src);
            }
            return Value.number(f.id(), n, src);
        }
        if (type == CellType.STRING) {
            String s = cell.getStringCellValue();
            if (f.isNumeric() || f.type() == FieldType.YEAR) {
                BigDecimal n = Numbers.parse(s);
                if (n != null) {
                    return Value.number(f.id(), n, src);
                }
            }
            return s.isBlank() ? Value.blank(f.id(), src) : Value.text(f.id(), s, src);
        }
        return Value.blank(f.id(), src);
    }
}
