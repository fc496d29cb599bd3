package nianbao.xlsx.layout;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The handful of cell styles the workbook uses, created once per workbook (Excel caps the number of
 * styles, so cells share these instead of making their own).
 */
public final class Styles {

    /** Light yellow: the clerk fills these cells. */
    static final String INPUT_RGB = "FFF2CC";
    /** Light grey: computed by a formula, locked. */
    static final String FORMULA_RGB = "E7E6E6";
    /** Light orange: a value the importer inferred. */
    public static final String INFERRED_RGB = "FCE4D6";
    /** Pink: a value the importer could not find. */
    public static final String MISSING_RGB = "F4B6C2";
    /** Light blue: last year's figure shown for reference. */
    static final String REFERENCE_RGB = "DDEBF7";
    /** Red fill painted by conditional formatting where a rule breaks. */
    static final String BROKEN_RGB = "FF9999";

    static final String BODY_FONT = "宋体";
    static final String TEXT_FONT = "仿宋";
    static final String TITLE_FONT = "黑体";

    final XSSFCellStyle title;
    final XSSFCellStyle header;
    final XSSFCellStyle label;
    final XSSFCellStyle labelCenter;
    final XSSFCellStyle help;
    final XSSFCellStyle countInput;
    final XSSFCellStyle amountInput;
    final XSSFCellStyle textInput;
    final XSSFCellStyle narrativeInput;
    public final XSSFCellStyle formula;
    final XSSFCellStyle reference;
    public final XSSFCellStyle inferred;
    public final XSSFCellStyle missing;
    public final XSSFCellStyle inferredText;
    public final XSSFCellStyle missingText;
    final XSSFCellStyle plain;
    final XSSFCellStyle plainCenter;
    final XSSFCellStyle code;

    Styles(XSSFWorkbook wb) {
        XSSFFont body = font(wb, BODY_FONT, 11, false);
        XSSFFont bold = font(wb, TITLE_FONT, 11, false);
        XSSFFont big = font(wb, TITLE_FONT, 16, false);
        XSSFFont text = font(wb, TEXT_FONT, 12, false);
        XSSFFont small = font(wb, BODY_FONT, 10, false);
        small.setColor(color("595959"));
        XSSFFont mono = font(wb, "Consolas", 10, false);

        title = style(wb, big, HorizontalAlignment.CENTER, false, null, true);
        header = style(wb, bold, HorizontalAlignment.CENTER, true, null, true);
        label = style(wb, body, HorizontalAlignment.LEFT, true, null, true);
        labelCenter = style(wb, body, HorizontalAlignment.CENTER, true, null, true);
        help = style(wb, small, HorizontalAlignment.LEFT, true, null, true);
        countInput = input(wb, body, HorizontalAlignment.CENTER, INPUT_RGB);
        amountInput = input(wb, body, HorizontalAlignment.CENTER, INPUT_RGB);
        textInput = input(wb, body, HorizontalAlignment.LEFT, INPUT_RGB);
        textInput.setDataFormat(wb.createDataFormat().getFormat("@"));
        narrativeInput = input(wb, text, HorizontalAlignment.LEFT, INPUT_RGB);
        narrativeInput.setVerticalAlignment(VerticalAlignment.TOP);
        narrativeInput.setDataFormat(wb.createDataFormat().getFormat("@"));
        formula = style(wb, bold, HorizontalAlignment.CENTER, false, FORMULA_RGB, true);
        reference = style(wb, small, HorizontalAlignment.CENTER, true, REFERENCE_RGB, true);
        inferred = input(wb, body, HorizontalAlignment.CENTER, INFERRED_RGB);
        missing = input(wb, body, HorizontalAlignment.CENTER, MISSING_RGB);
        inferredText = input(wb, text, HorizontalAlignment.LEFT, INFERRED_RGB);
        inferredText.setVerticalAlignment(VerticalAlignment.TOP);
        missingText = input(wb, text, HorizontalAlignment.LEFT, MISSING_RGB);
        missingText.setVerticalAlignment(VerticalAlignment.TOP);
        plain = style(wb, body, HorizontalAlignment.LEFT, true, null, false);
        plainCenter = style(wb, body, HorizontalAlignment.CENTER, true, null, true);
        code = style(wb, mono, HorizontalAlignment.LEFT, false, null, true);
    }

    private static XSSFFont font(XSSFWorkbook wb, String name, int points, boolean boldFace) {
        XSSFFont f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints((short) points);
        f.setBold(boldFace);
        return f;
    }

    private static XSSFCellStyle style(XSSFWorkbook wb, XSSFFont font, HorizontalAlignment align, boolean wrap,
                                       String rgb, boolean border) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(wrap);
        s.setLocked(true);
        if (rgb != null) {
            s.setFillForegroundColor(color(rgb));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    private static XSSFCellStyle input(XSSFWorkbook wb, XSSFFont font, HorizontalAlignment align, String rgb) {
        XSSFCellStyle s = style(wb, font, align, true, rgb, true);
        s.setLocked(false);
        return s;
    }

    /**
     * An opaque colour from RGB hex such as {@code FFF2CC}, stored as ARGB: the file format wants eight
     * hex digits, and Excel may offer to repair a file with six.
     */
    public static XSSFColor color(String rgb) {
        return new XSSFColor(new byte[] {(byte) 0xFF, (byte) Integer.parseInt(rgb.substring(0, 2), 16),
            (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)}, null);
    }
}
