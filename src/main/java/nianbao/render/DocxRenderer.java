package nianbao.render;

import nianbao.model.Report;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHeight;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;

/**
 * Word (.docx) in the layout an office publishes as is (GB/T 9704 公文 conventions): A4, margins
 * 3.7/3.5/2.8/2.6 cm, title 方正小标宋简体 22 pt, 一级标题 黑体, 二级标题 楷体_GB2312, body 仿宋_GB2312
 * 16 pt with a two-character first-line indent on a fixed 28 pt line; tables 宋体 10 pt, bordered and
 * centred, merged cells written as gridSpan/vMerge over an explicit tblGrid so Word, WPS and
 * LibreOffice draw the same table; page numbers "— 1 —" in the footer.
 */
final class DocxRenderer implements Renderer {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String H1_FONT = "黑体";
    static final String H2_FONT = "楷体_GB2312";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String TABLE_FONT = "宋体";

    /** Twentieths of a point per centimetre. */
    private static final double TWIPS_PER_CM = 1440 / 2.54;
    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int BODY_PT = 16;
    private static final int LINE_TWIPS = 28 * 20;
    private static final int TABLE_HALF_PT = 20;
    private static final int TABLE_LINE_TWIPS = 14 * 20;
    private static final int ROW_MIN_TWIPS = 369;

    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            footer(doc);
            for (ReportLayout.Block b : ReportLayout.of(report).blocks()) {
                if (b instanceof ReportLayout.Title t) {
                    title(doc, t.text());
                } else if (b instanceof ReportLayout.Heading h) {
                    XWPFParagraph p = body(doc, h.text(), h.level() == 1 ? H1_FONT : H2_FONT);
                    ppr(p).addNewKeepNext();
                } else if (b instanceof ReportLayout.Paragraph p) {
                    body(doc, p.text(), BODY_FONT);
                } else if (b instanceof ReportLayout.TableBlock t) {
                    table(doc, t.grid());
                    // Breathing space before the next heading, half a body line.
                    spacer(doc);
                } else if (b instanceof ReportLayout.Signature s) {
                    signature(doc, s);
                }
                // PublishDate: the printed document carries the date in the 落款 instead.
            }
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(twips(3.7));
        mar.setBottom(twips(3.5));
        mar.setLeft(twips(2.8));
        mar.setRight(twips(2.6));
        mar.setHeader(twips(1.5));
        mar.setFooter(twips(2.8));
        mar.setGutter(BigInteger.ZERO);
        // 公文 grid: 22 lines of 28 pt, so Word does not snap the fixed line spacing to its default grid.
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_TWIPS));
    }

    /** The page number "— 1 —" centred in the footer, 宋体 14 pt (四号). */
    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", TABLE_FONT, 28);
        CTR begin = p.getCTP().addNewR();
        begin.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTR instr = p.getCTP().addNewR();
        fonts(instr.addNewRPr(), TABLE_FONT, 28);
        instr.addNewInstrText().setStringValue(" PAGE ");
        CTR sep = p.getCTP().addNewR();
        sep.addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        CTR shown = p.getCTP().addNewR();
        fonts(shown.addNewRPr(), TABLE_FONT, 28);
        shown.addNewT().setStringValue("1");
        CTR end = p.getCTP().addNewR();
        end.addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", TABLE_FONT, 28);
    }

    private static void title(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSpacing sp = ppr(p).addNewSpacing();
        sp.setLine(BigInteger.valueOf(36 * 20));
        sp.setLineRule(STLineSpacingRule.EXACT);
        sp.setBefore(BigInteger.ZERO);
        sp.setAfter(BigInteger.valueOf(LINE_TWIPS));
        run(p, text, TITLE_FONT, 44);
    }

    /** A body paragraph (or heading) on the 28 pt line with a two-character first-line indent. */
    private static XWPFParagraph body(XWPFDocument doc, String text, String font) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        CTPPr ppr = ppr(p);
        fixedLine(ppr, LINE_TWIPS);
        CTInd ind = ppr.addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(200));
        ind.setFirstLine(BigInteger.valueOf(2 * BODY_PT * 20));
        run(p, text, font, 2 * BODY_PT);
        return p;
    }

    private static void spacer(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        fixedLine(ppr(p), LINE_TWIPS / 2);
    }

    private static void signature(XWPFDocument doc, ReportLayout.Signature s) {
        body(doc, "", BODY_FONT);
        for (String line : s.date() == null ? new String[] {s.agency()} : new String[] {s.agency(), s.date()}) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            CTPPr ppr = ppr(p);
            fixedLine(ppr, LINE_TWIPS);
            // 公文 落款: right-aligned, four characters in from the margin.
            CTInd ind = ppr.addNewInd();
            ind.setRightChars(BigInteger.valueOf(400));
            ind.setRight(BigInteger.valueOf(4 * BODY_PT * 20));
            run(p, line, BODY_FONT, 2 * BODY_PT);
        }
    }

    private static void table(XWPFDocument doc, Grid g) {
        int[] widths = new int[g.columns()];
        double scale = Grids.TEXT_WIDTH_CM / g.totalWidth();
        int total = 0;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = (int) Math.round(g.widths().get(c) * scale * TWIPS_PER_CM);
            total += widths[c];
        }
        XWPFTable table = doc.createTable(g.rows(), 1);
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        (pr.isSetJc() ? pr.getJc() : pr.addNewJc()).setVal(STJcTable.CENTER);
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        borders(pr);
        CTTblCellMar mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        for (CTTblWidth m : new CTTblWidth[] {mar.addNewLeft(), mar.addNewRight()}) {
            m.setType(STTblWidth.DXA);
            m.setW(BigInteger.valueOf(57));
        }
        CTTblGrid tg = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (tg.sizeOfGridColArray() > 0) {
            tg.removeGridCol(0);
        }
        for (int w : widths) {
            tg.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < g.rows(); r++) {
            XWPFTableRow row = table.getRow(r);
            CTTrPr trPr = row.getCtRow().isSetTrPr() ? row.getCtRow().getTrPr() : row.getCtRow().addNewTrPr();
            trPr.addNewCantSplit();
            CTHeight height = trPr.addNewTrHeight();
            height.setVal(BigInteger.valueOf(ROW_MIN_TWIPS));
            height.setHRule(STHeightRule.AT_LEAST);
            if (r < g.headerRows()) {
                // Header rows repeat when 表三 runs onto the next page.
                trPr.addNewTblHeader();
            }
            int used = 0;
            for (int c = 0; c < g.columns(); ) {
                Grid.Cell cell = g.coverOf(r, c);
                if (cell == null) {
                    throw new IllegalStateException(g.tableId() + " has a hole at row " + r + ", column " + c);
                }
                XWPFTableCell tc = used == 0 ? row.getCell(0) : row.addNewTableCell();
                used++;
                cell(tc, g, cell, cell.row() == r, widths);
                c = cell.col() + cell.colSpan();
            }
        }
    }

    private static void cell(XWPFTableCell tc, Grid g, Grid.Cell cell, boolean anchor, int[] widths) {
        CTTcPr pr = tc.getCTTc().isSetTcPr() ? tc.getCTTc().getTcPr() : tc.getCTTc().addNewTcPr();
        int w = 0;
        for (int c = cell.col(); c < cell.col() + cell.colSpan(); c++) {
            w += widths[c];
        }
        CTTblWidth tcw = pr.addNewTcW();
        tcw.setType(STTblWidth.DXA);
        tcw.setW(BigInteger.valueOf(w));
        if (cell.colSpan() > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
        }
        if (cell.rowSpan() > 1) {
            pr.addNewVMerge().setVal(anchor ? STMerge.RESTART : STMerge.CONTINUE);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph p = tc.getParagraphs().isEmpty() ? tc.addParagraph() : tc.getParagraphs().get(0);
        p.setAlignment("left".equals(HtmlRenderer.align(g, cell)) ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
        CTPPr ppr = ppr(p);
        // Table text keeps its own tight line instead of snapping to the page's 28 pt line grid.
        ppr.addNewSnapToGrid().setVal(STOnOff1.OFF);
        fixedLine(ppr, TABLE_LINE_TWIPS);
        if (anchor && !cell.text().isEmpty()) {
            XWPFRun run = run(p, cell.text(), TABLE_FONT, TABLE_HALF_PT);
            if (cell.kind() == Grid.Kind.CAPTION) {
                run.setBold(true);
            }
        }
    }

    private static void borders(CTTblPr pr) {
        // POI's new table comes with its own borders; replace them rather than add a second set.
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders b = pr.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
                b.addNewInsideH(), b.addNewInsideV()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setSpace(BigInteger.ZERO);
            border.setColor("000000");
        }
    }

    /** The paragraph's properties, created once (a second pPr element would make the file invalid). */
    private static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private static void fixedLine(CTPPr ppr, int twips) {
        CTSpacing sp = ppr.addNewSpacing();
        sp.setLine(BigInteger.valueOf(twips));
        sp.setLineRule(STLineSpacingRule.EXACT);
        sp.setBefore(BigInteger.ZERO);
        sp.setAfter(BigInteger.ZERO);
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int halfPoints) {
        XWPFRun r = p.createRun();
        fonts(r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr(), font, halfPoints);
        r.setText(text);
        return r;
    }

    /** Sets every font slot to the CJK font (digits and Latin letters match the text around them). */
    private static void fonts(CTRPr rpr, String font, int halfPoints) {
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(font);
        f.setHAnsi(font);
        f.setEastAsia(font);
        f.setCs(font);
        f.setHint(STHint.EAST_ASIA);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    private static BigInteger twips(double cm) {
        return BigInteger.valueOf(Math.round(cm * TWIPS_PER_CM));
    }
}
