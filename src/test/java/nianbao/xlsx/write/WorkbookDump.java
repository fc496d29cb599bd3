package nianbao.xlsx.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A text projection of a workbook for golden comparisons: sheets, states, protection, merged regions,
 * every cell (value or formula, cached result, locked, fill, comment), defined names, data validations,
 * conditional formats and print setup. Bytes differ between runs and programs; this does not.
 */
final class WorkbookDump {

    private WorkbookDump() {
    }

    static String of(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return of(wb);
        }
    }

    static String of(XSSFWorkbook wb) {
        StringBuilder sb = new StringBuilder();
        sb.append("structureLocked=").append(wb.isStructureLocked()).append('\n');
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet s = wb.getSheetAt(i);
            sb.append("== sheet ").append(s.getSheetName()).append(wb.isSheetHidden(i) ? " hidden" : "")
                    .append(" protected=").append(s.getProtect())
                    .append(" password=").append(s.getCTWorksheet().isSetSheetProtection()
                            && s.getCTWorksheet().getSheetProtection().isSetPassword())
                    .append(" landscape=").append(s.getPrintSetup().getLandscape())
                    .append(" paper=").append(s.getPrintSetup().getPaperSize())
                    .append(" fit=").append(s.getFitToPage()).append(':').append(s.getPrintSetup().getFitWidth())
                    .append('x').append(s.getPrintSetup().getFitHeight())
                    .append(" repeat=").append(s.getRepeatingRows() == null ? "" : s.getRepeatingRows().formatAsString())
                    .append('\n');
            List<String> merged = new ArrayList<>();
            for (CellRangeAddress r : s.getMergedRegions()) {
                merged.add(r.formatAsString());
            }
            merged.sort(null);
            sb.append("merged ").append(merged).append('\n');
            for (Row row : s) {
                for (Cell c : row) {
                    String cell = cell(c);
                    if (cell != null) {
                        sb.append(cell).append('\n');
                    }
                }
            }
            List<String> dvs = new ArrayList<>();
            for (DataValidation dv : s.getDataValidations()) {
                List<String> cells = new ArrayList<>();
                for (CellRangeAddress r : dv.getRegions().getCellRangeAddresses()) {
                    cells.add(r.formatAsString());
                }
                cells.sort(null);
                var c = dv.getValidationConstraint();
                dvs.add("validation type=" + c.getValidationType() + " op=" + c.getOperator() + " f1=" + c.getFormula1()
                        + " f2=" + c.getFormula2() + " list=" + (c.getExplicitListValues() == null ? ""
                        : String.join("|", c.getExplicitListValues())) + " prompt=" + dv.getPromptBoxTitle() + "/"
                        + dv.getPromptBoxText() + " error=" + dv.getErrorBoxTitle() + "/" + dv.getErrorBoxText()
                        + " cells=" + cells);
            }
            dvs.sort(null);
            dvs.forEach(d -> sb.append(d).append('\n'));
            var cf = s.getSheetConditionalFormatting();
            List<String> cfs = new ArrayList<>();
            for (int k = 0; k < cf.getNumConditionalFormattings(); k++) {
                ConditionalFormatting f = cf.getConditionalFormattingAt(k);
                StringBuilder one = new StringBuilder("cf ");
                for (CellRangeAddress r : f.getFormattingRanges()) {
                    one.append(r.formatAsString()).append(' ');
                }
                for (int n = 0; n < f.getNumberOfRules(); n++) {
                    one.append("[").append(f.getRule(n).getComparisonOperation()).append(' ')
                            .append(f.getRule(n).getFormula1()).append("]");
                }
                cfs.add(one.toString());
            }
            cfs.sort(null);
            cfs.forEach(d -> sb.append(d).append('\n'));
        }
        List<String> names = new ArrayList<>();
        for (XSSFName n : wb.getAllNames()) {
            if (!n.getNameName().startsWith("_xlnm")) {
                names.add("name " + n.getNameName() + " = " + n.getRefersToFormula().replace("'", ""));
            }
        }
        names.sort(null);
        names.forEach(n -> sb.append(n).append('\n'));
        return sb.toString();
    }

    private static String cell(Cell c) {
        XSSFCellStyle st = (XSSFCellStyle) c.getCellStyle();
        String content = switch (c.getCellType()) {
            case STRING -> "s " + quote(c.getStringCellValue());
            case NUMERIC -> "n " + plain(c.getNumericCellValue());
            case BOOLEAN -> "b " + c.getBooleanCellValue();
            case FORMULA -> "f " + c.getCellFormula().replace("'", "") + " => " + cached(c);
            default -> null;
        };
        boolean input = st != null && !st.getLocked();
        XSSFComment comment = (XSSFComment) c.getCellComment();
        if (content == null && !input && comment == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(c.getAddress().formatAsString()).append(' ')
                .append(content == null ? "blank" : content);
        if (input) {
            sb.append(" [input]");
        }
        XSSFColor fill = st == null ? null : st.getFillForegroundColorColor();
        if (fill != null && fill.getARGBHex() != null) {
            sb.append(" fill=").append(fill.getARGBHex().substring(2));
        }
        if (comment != null) {
            sb.append(" comment=").append(quote(comment.getString().getString()));
        }
        return sb.toString();
    }

    private static String cached(Cell c) {
        CellType t = c.getCachedFormulaResultType();
        return switch (t) {
            case NUMERIC -> plain(c.getNumericCellValue());
            case STRING -> quote(c.getStringCellValue());
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            case ERROR -> "#ERR";
            default -> "?";
        };
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + "\"";
    }
}
