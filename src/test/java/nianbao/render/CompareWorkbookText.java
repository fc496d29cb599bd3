package nianbao.render;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A text projection of a comparison workbook for golden files: each sheet with its print setup and merged
 * regions, then every non-empty cell as {@code A1 n=12 fmt=+0 fill=F8CBAD bold comment=…} or {@code A1 s=text}.
 */
final class CompareWorkbookText {

    private CompareWorkbookText() {
    }

    static String of(byte[] xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                sb.append("== sheet ").append(s.getSheetName()).append(" landscape=")
                        .append(s.getPrintSetup().getLandscape()).append(" fit=").append(s.getFitToPage()).append(':')
                        .append(s.getPrintSetup().getFitWidth()).append('x').append(s.getPrintSetup().getFitHeight())
                        .append(" repeat=").append(s.getRepeatingRows() == null ? "" : s.getRepeatingRows().formatAsString())
                        .append(" freeze=").append(s.getPaneInformation() == null ? ""
                                : s.getPaneInformation().getVerticalSplitLeftColumn() + ","
                                + s.getPaneInformation().getHorizontalSplitTopRow()).append('\n');
                List<String> merged = new ArrayList<>();
                for (CellRangeAddress r : s.getMergedRegions()) {
                    merged.add(r.formatAsString());
                }
                sb.append("merged ").append(merged).append('\n');
                for (Row row : s) {
                    for (Cell c : row) {
                        String text = cell((XSSFCell) c);
                        if (text != null) {
                            sb.append(text).append('\n');
                        }
                    }
                }
            }
            return sb.toString();
        }
    }

    private static String cell(XSSFCell c) {
        StringBuilder sb = new StringBuilder(c.getReference()).append(' ');
        if (c.getCellType() == CellType.NUMERIC) {
            double d = c.getNumericCellValue();
            sb.append("n=").append(d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d));
        } else if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
            sb.append("s=").append(c.getStringCellValue().replace("\n", "\\n"));
        } else {
            return null;
        }
        XSSFCellStyle st = c.getCellStyle();
        if (!"General".equals(st.getDataFormatString())) {
            sb.append(" fmt=").append(st.getDataFormatString());
        }
        XSSFColor fill = st.getFillForegroundColorColor();
        if (fill != null && fill.getRGB() != null) {
            sb.append(" fill=").append(String.format("%02X%02X%02X", fill.getRGB()[0], fill.getRGB()[1], fill.getRGB()[2]));
        }
        if (st.getFont().getBold()) {
            sb.append(" bold");
        }
        if (c.getCellComment() != null) {
            sb.append(" comment=").append(c.getCellComment().getString().getString().replace("\n", "\\n"));
        }
        return sb.toString();
    }
}
