package nianbao.legacy.read;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Word document's paragraphs and tables in body order: one line per paragraph, one
 * tab-joined line per table row. A horizontally merged cell appears once (Word stores it once); a
 * vertically merged continuation cell is empty, so its label is not repeated.
 */
public final class DocxText {

    private DocxText() {
    }

    /** The document's lines; soft line breaks inside a paragraph become line breaks too. */
    static List<String> lines(byte[] bytes) throws IOException {
        List<String> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement el : doc.getBodyElements()) {
                if (el instanceof XWPFParagraph p) {
                    paragraph(p, out);
                } else if (el instanceof XWPFTable t) {
                    table(t, out);
                } else if (el instanceof XWPFSDT sdt) {
                    out.addAll(DecodedText.splitLines(sdt.getContent().getText()));
                }
            }
        }
        return out;
    }

    private static void paragraph(XWPFParagraph p, List<String> out) {
        String text = p.getText();
        out.addAll(DecodedText.splitLines(text.replace('\u000B', '\n')));
    }

    private static void table(XWPFTable t, List<String> out) {
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                StringBuilder sb = new StringBuilder();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    String s = p.getText().trim();
                    if (!s.isEmpty()) {
                        if (sb.length() > 0) {
                            sb.append(' ');
                        }
                        sb.append(s);
                    }
                }
                for (XWPFTable nested : cell.getTables()) {
                    List<String> inner = new ArrayList<>();
                    table(nested, inner);
                    for (String s : inner) {
                        sb.append(sb.length() > 0 ? " " : "").append(s.replace('\t', ' '));
                    }
                }
                cells.add(sb.toString().replace('\t', ' ').replace('\n', ' '));
            }
            String line = String.join("\t", cells);
            if (!line.isBlank()) {
                out.add(line);
            }
        }
    }
}
