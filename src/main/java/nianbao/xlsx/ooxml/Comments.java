package nianbao.xlsx.ooxml;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Cell comments (批注) that explain a value: prefilled, inferred, missing, or a stated total kept. Works on any
 * POI workbook, the usermodel's and the streaming one ({@code compare}'s workbook) alike.
 */
public final class Comments {

    public static final String AUTHOR = "nianbao";

    private Comments() {
    }

    /** Adds (or extends) the comment of a cell. */
    public static void add(Cell cell, String text) {
        Sheet sheet = cell.getSheet();
        CreationHelper helper = sheet.getWorkbook().getCreationHelper();
        Comment existing = cell.getCellComment();
        if (existing != null) {
            existing.setString(helper.createRichTextString(
                    ExcelEscapes.protect(existing.getString().getString() + "\n" + text)));
            return;
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment c = sheet.createDrawingPatriarch().createCellComment(anchor);
        // the drawing files a new comment under the anchor's top-left cell; the streaming sheet does not move it
        c.setAddress(cell.getAddress());
        c.setAuthor(AUTHOR);
        c.setString(helper.createRichTextString(ExcelEscapes.protect(text)));
        cell.setCellComment(c);
    }
}
