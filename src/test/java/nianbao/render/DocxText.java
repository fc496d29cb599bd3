package nianbao.render;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A text projection of a rendered docx for golden files and assertions: page setup, every paragraph
 * with its alignment, indent, line spacing and run fonts, every table with its grid and each cell's
 * text, gridSpan and vMerge, and the footer.
 */
final class DocxText {

    private DocxText() {
    }

    static String of(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return of(doc);
        }
    }

    static String of(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        CTPageMar m = sect.getPgMar();
        sb.append("PAGE ").append(sect.getPgSz().getW()).append('x').append(sect.getPgSz().getH())
                .append(" margins top=").append(m.getTop()).append(" bottom=").append(m.getBottom())
                .append(" left=").append(m.getLeft()).append(" right=").append(m.getRight()).append('\n');
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                sb.append(paragraph(p)).append('\n');
            } else if (e instanceof XWPFTable t) {
                table(t, sb);
            }
        }
        for (XWPFFooter f : doc.getFooterList()) {
            sb.append("FOOTER ").append(f.getText().strip()).append(" fields=")
                    .append(f.getParagraphs().stream().flatMap(p -> p.getCTP().getRList().stream())
                            .flatMap(r -> r.getInstrTextList().stream()).map(t -> t.getStringValue().strip())
                            .collect(Collectors.joining(","))).append('\n');
        }
        return sb.toString();
    }

    static String paragraph(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder("P");
        sb.append(' ').append(p.getAlignment());
        CTPPr ppr = p.getCTP().getPPr();
        if (ppr != null && ppr.isSetInd()) {
            if (ppr.getInd().isSetFirstLineChars()) {
                sb.append(" firstLineChars=").append(ppr.getInd().getFirstLineChars());
            }
            if (ppr.getInd().isSetRightChars()) {
                sb.append(" rightChars=").append(ppr.getInd().getRightChars());
            }
        }
        if (ppr != null && ppr.isSetSpacing() && ppr.getSpacing().isSetLine()) {
            sb.append(" line=").append(ppr.getSpacing().getLine()).append('/').append(ppr.getSpacing().getLineRule());
        }
        if (ppr != null && ppr.isSetKeepNext()) {
            sb.append(" keepNext");
        }
        List<String> fonts = new ArrayList<>();
        for (XWPFRun r : p.getRuns()) {
            String f = runFont(r);
            if (!f.isEmpty() && !fonts.contains(f)) {
                fonts.add(f);
            }
        }
        if (!fonts.isEmpty()) {
            sb.append(" [").append(String.join(";", fonts)).append(']');
        }
        // A manual line break shows as ↵ so one paragraph stays one line of the projection.
        sb.append(" | ").append(p.getText().replace("\n", "↵"));
        return sb.toString();
    }

    static String runFont(XWPFRun r) {
        CTRPr rpr = r.getCTR().getRPr();
        StringBuilder sb = new StringBuilder();
        if (rpr != null && rpr.sizeOfRFontsArray() > 0) {
            CTFonts f = rpr.getRFontsArray(0);
            sb.append(f.getEastAsia());
            if (!f.getEastAsia().equals(f.getAscii())) {
                sb.append('/').append(f.getAscii());
            }
        }
        Double size = r.getFontSizeAsDouble();
        if (size != null) {
            sb.append(' ').append(size % 1 == 0 ? String.valueOf(size.intValue()) : size.toString()).append("pt");
        }
        if (r.isBold()) {
            sb.append(" bold");
        }
        return sb.toString().strip();
    }

    private static void table(XWPFTable t, StringBuilder sb) {
        sb.append("TABLE grid=").append(t.getCTTbl().getTblGrid().getGridColList().stream()
                .map(CTTblGridCol::getW).map(String::valueOf).collect(Collectors.joining(","))).append('\n');
        int r = 0;
        for (XWPFTableRow row : t.getRows()) {
            sb.append("  R").append(r++).append(':');
            for (XWPFTableCell c : row.getTableCells()) {
                sb.append(" [").append(c.getText());
                CTTcPr pr = c.getCTTc().getTcPr();
                if (pr != null && pr.isSetGridSpan()) {
                    sb.append(" gs=").append(pr.getGridSpan().getVal());
                }
                if (pr != null && pr.isSetVMerge()) {
                    sb.append(" vm=").append(pr.getVMerge().getVal() == null ? "continue" : pr.getVMerge().getVal());
                }
                if (pr != null && pr.isSetShd()) {
                    sb.append(" fill=").append(pr.getShd().xgetFill().getStringValue());
                }
                sb.append(']');
            }
            sb.append('\n');
        }
        XWPFTableCell first = t.getRow(t.getNumberOfRows() - 1).getCell(t.getRow(t.getNumberOfRows() - 1).getTableCells().size() - 1);
        XWPFParagraph p = first.getParagraphs().get(0);
        sb.append("  cell style: ").append(p.getRuns().isEmpty() ? "(empty)" : runFont(p.getRuns().get(0))).append('\n');
    }

    /**
     * The merged regions of a docx table as {@code row,col rowsxcols text}, computed from gridSpan and
     * vMerge the way Word reads them.
     */
    static List<String> mergedRegions(XWPFTable t) {
        List<int[]> starts = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        // For each grid column, the index in starts of the open vertical merge, or -1.
        int width = t.getCTTbl().getTblGrid().sizeOfGridColArray();
        int[] open = new int[width];
        java.util.Arrays.fill(open, -1);
        for (int r = 0; r < t.getNumberOfRows(); r++) {
            int col = 0;
            for (XWPFTableCell c : t.getRow(r).getTableCells()) {
                CTTcPr pr = c.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                String vm = pr != null && pr.isSetVMerge()
                        ? (pr.getVMerge().getVal() == null ? "continue" : pr.getVMerge().getVal().toString()) : null;
                if ("continue".equals(vm)) {
                    starts.get(open[col])[2]++;
                } else {
                    starts.add(new int[] {r, col, 1, span});
                    texts.add(c.getText());
                    for (int k = col; k < col + span; k++) {
                        open[k] = "restart".equals(vm) ? starts.size() - 1 : -1;
                    }
                }
                col += span;
            }
            if (col != width) {
                throw new AssertionError("row " + r + " covers " + col + " of " + width + " grid columns");
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int[] s = starts.get(i);
            if (s[2] > 1 || s[3] > 1) {
                out.add(s[0] + "," + s[1] + " " + s[2] + "x" + s[3] + " " + texts.get(i));
            }
        }
        return out;
    }
}
