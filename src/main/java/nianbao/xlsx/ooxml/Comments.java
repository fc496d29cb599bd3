package nianbao.xlsx.ooxml;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Cell comments (批注) that explain a value: prefilled, inferred, missing, or a stated total kept. */
public final class Comments {

    public static final String AUTHOR = "nianbao";

    private Comments() {
    }

    /** Adds (or extends) the comment of a cell. */
    public static void add(XSSFCell cell, String text) {
        XSSFComment existing = cell.getCellComment();
        if (existing != null) {
            existing.setString(new XSSFRichTextString(
                    ExcelEscapes.protect(existing.getString().getString() + "\n" + text)));
            return;
        }
        XSSFSheet sheet = cell.getSheet();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        XSSFComment c = drawing.createCellComment(anchor);
        c.setAuthor(AUTHOR);
        c.setString(new XSSFRichTextString(ExcelEscapes.protect(text)));
        cell.setCellComment(c);
    }
}
