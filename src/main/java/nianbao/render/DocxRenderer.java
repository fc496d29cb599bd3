package nianbao.render;

import nianbao.model.Report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Word (.docx) in the layout an office publishes as is (GB/T 9704 公文 conventions): A4, margins
 * 3.7/3.5/2.8/2.6 cm, title 方正小标宋简体 22 pt, 一级标题 黑体, 二级标题 楷体_GB2312, body 仿宋_GB2312
 * 16 pt with a two-character first-line indent on a fixed 28 pt line; tables 宋体 10 pt, bordered and
 * centred, merged cells written as gridSpan/vMerge over an explicit tblGrid so Word, WPS and
 * LibreOffice draw the same table; page numbers "— 1 —" in the footer.
 *
 * <p>The WordprocessingML is written directly rather than through POI's XWPF object model: XWPF
 * spends some 150 ms of XMLBeans work per report, too slow for a thousand reports in seconds, while
 * the markup itself is small and fixed. Tests read every document back with POI.
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
    private static final int BODY_HALF_PT = 32;
    private static final int TITLE_HALF_PT = 44;
    private static final int TABLE_HALF_PT = 20;
    private static final int LINE_TWIPS = 28 * 20;
    private static final int TITLE_LINE_TWIPS = 36 * 20;
    private static final int TABLE_LINE_TWIPS = 14 * 20;
    private static final int ROW_MIN_TWIPS = 369;
    private static final int CELL_MARGIN_TWIPS = 57;
    /** 22 pt characters on the 15.6 cm text width. */
    private static final int TITLE_CHARS_PER_LINE = 20;

    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        ReportLayout layout = ReportLayout.of(report);
        DocxPackage.write(out, document(layout), layout.title());
    }

    /** The {@code word/document.xml} of a laid-out report. */
    static String document(ReportLayout layout) {
        StringBuilder sb = new StringBuilder(96 * 1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"")
                .append(DocxPackage.W).append("\" xmlns:r=\"").append(DocxPackage.R).append("\"><w:body>");
        String agency = layout.blocks().stream().filter(b -> b instanceof ReportLayout.Signature)
                .map(b -> ((ReportLayout.Signature) b).agency()).findFirst().orElse(null);
        for (ReportLayout.Block b : layout.blocks()) {
            if (b instanceof ReportLayout.Title t) {
                title(sb, t.text(), t.breakAfter() != null ? t.breakAfter() : agency);
            } else if (b instanceof ReportLayout.Heading h) {
                paragraph(sb, h.level() == 1 ? "Heading1" : "Heading2", true, bodySpacing(), "both", h.text(),
                        h.level() == 1 ? H1_FONT : H2_FONT, BODY_HALF_PT);
            } else if (b instanceof ReportLayout.Paragraph p) {
                paragraph(sb, null, false, bodySpacing(), "both", p.text(), BODY_FONT, BODY_HALF_PT);
            } else if (b instanceof ReportLayout.TableBlock t) {
                table(sb, t.grid());
                // Breathing space before the next heading, half a body line.
                sb.append("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"").append(LINE_TWIPS / 2)
                        .append("\" w:lineRule=\"exact\"/></w:pPr></w:p>");
            } else if (b instanceof ReportLayout.Signature s) {
                signature(sb, s);
            }
            // PublishDate: the printed document carries the date in the 落款 instead.
        }
        sb.append("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"").append(DocxPackage.FOOTER_RID).append("\"/>")
                .append("<w:pgSz w:w=\"").append(PAGE_W).append("\" w:h=\"").append(PAGE_H).append("\"/>")
                .append("<w:pgMar w:top=\"").append(twips(3.7)).append("\" w:right=\"").append(twips(2.6))
                .append("\" w:bottom=\"").append(twips(3.5)).append("\" w:left=\"").append(twips(2.8))
                .append("\" w:header=\"").append(twips(1.5)).append("\" w:footer=\"").append(twips(2.8))
                .append("\" w:gutter=\"0\"/>")
                // 公文 grid of 28 pt lines, so Word does not snap the fixed line spacing to its default grid.
                .append("<w:docGrid w:type=\"lines\" w:linePitch=\"").append(LINE_TWIPS).append("\"/>")
                .append("</w:sectPr></w:body></w:document>");
        return sb.toString();
    }

    /**
     * The title, 22 pt centred; a title too long for one line breaks after the agency name (or the title's
     * own break), the way published reports set it, instead of wherever the line happens to end.
     */
    private static void title(StringBuilder sb, String text, String agency) {
        sb.append("<w:p><w:pPr><w:pStyle w:val=\"Title\"/><w:spacing w:before=\"0\" w:after=\"").append(LINE_TWIPS)
                .append("\" w:line=\"").append(TITLE_LINE_TWIPS).append("\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/></w:pPr>");
        if (text.length() > TITLE_CHARS_PER_LINE && agency != null && !agency.isEmpty() && text.startsWith(agency)
                && agency.length() < text.length()) {
            run(sb, agency, TITLE_FONT, TITLE_HALF_PT, false);
            sb.append("<w:r><w:br/></w:r>");
            run(sb, text.substring(agency.length()), TITLE_FONT, TITLE_HALF_PT, false);
        } else {
            run(sb, text, TITLE_FONT, TITLE_HALF_PT, false);
        }
        sb.append("</w:p>");
    }

    /** Body spacing plus the two-character first-line indent. */
    private static String bodySpacing() {
        return "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + LINE_TWIPS + "\" w:lineRule=\"exact\"/>"
                + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"" + (BODY_HALF_PT * 20) + "\"/>";
    }

    private static void paragraph(StringBuilder sb, String style, boolean keepNext, String spacing, String jc,
                                  String text, String font, int halfPoints) {
        sb.append("<w:p><w:pPr>");
        if (style != null) {
            sb.append("<w:pStyle w:val=\"").append(style).append("\"/>");
        }
        if (keepNext) {
            sb.append("<w:keepNext/>");
        }
        sb.append(spacing).append("<w:jc w:val=\"").append(jc).append("\"/></w:pPr>");
        run(sb, text, font, halfPoints, false);
        sb.append("</w:p>");
    }

    private static void signature(StringBuilder sb, ReportLayout.Signature s) {
        paragraph(sb, null, false, bodySpacing(), "both", "", BODY_FONT, BODY_HALF_PT);
        for (String line : s.date() == null ? new String[] {s.agency()} : new String[] {s.agency(), s.date()}) {
            // 公文 落款: right-aligned, four characters in from the margin.
            paragraph(sb, null, false, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"" + LINE_TWIPS
                    + "\" w:lineRule=\"exact\"/><w:ind w:rightChars=\"400\" w:right=\"" + (BODY_HALF_PT * 40) + "\"/>",
                    "right", line, BODY_FONT, BODY_HALF_PT);
        }
    }

    private static void table(StringBuilder sb, Grid g) {
        int[] widths = new int[g.columns()];
        double scale = Grids.TEXT_WIDTH_CM / g.totalWidth();
        int total = 0;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = (int) Math.round(g.widths().get(c) * scale * TWIPS_PER_CM);
            total += widths[c];
        }
        sb.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>")
                .append("<w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            sb.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        sb.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"").append(CELL_MARGIN_TWIPS)
                .append("\" w:type=\"dxa\"/><w:right w:w=\"").append(CELL_MARGIN_TWIPS)
                .append("\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            sb.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        sb.append("</w:tblGrid>");
        for (int r = 0; r < g.rows(); r++) {
            sb.append("<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"").append(ROW_MIN_TWIPS).append("\" w:hRule=\"atLeast\"/>");
            if (r < g.headerRows()) {
                // Header rows repeat when 表三 runs onto the next page.
                sb.append("<w:tblHeader/>");
            }
            sb.append("</w:trPr>");
            for (int c = 0; c < g.columns(); ) {
                Grid.Cell cell = g.coverOf(r, c);
                if (cell == null) {
                    throw new IllegalStateException(g.tableId() + " has a hole at row " + r + ", column " + c);
                }
                cell(sb, g, cell, cell.row() == r, widths);
                c = cell.col() + cell.colSpan();
            }
            sb.append("</w:tr>");
        }
        sb.append("</w:tbl>");
    }

    private static void cell(StringBuilder sb, Grid g, Grid.Cell cell, boolean anchor, int[] widths) {
        int w = 0;
        for (int c = cell.col(); c < cell.col() + cell.colSpan(); c++) {
            w += widths[c];
        }
        sb.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(w).append("\" w:type=\"dxa\"/>");
        if (cell.colSpan() > 1) {
            sb.append("<w:gridSpan w:val=\"").append(cell.colSpan()).append("\"/>");
        }
        if (cell.rowSpan() > 1) {
            sb.append(anchor ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
        }
        if (cell.kind() == Grid.Kind.FLAGGED) {
            sb.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(ComparePage.FLAG_RGB).append("\"/>");
        }
        sb.append("<w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr>")
                // Table text keeps its own tight line instead of snapping to the page's 28 pt line grid.
                .append("<w:snapToGrid w:val=\"0\"/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"")
                .append(TABLE_LINE_TWIPS).append("\" w:lineRule=\"exact\"/><w:jc w:val=\"")
                .append(g.leftAligned(cell) ? "left" : "center").append("\"/></w:pPr>");
        if (anchor && !cell.text().isEmpty()) {
            run(sb, cell.text(), TABLE_FONT, TABLE_HALF_PT,
                    cell.kind() == Grid.Kind.CAPTION || cell.kind() == Grid.Kind.FLAGGED);
        }
        sb.append("</w:p></w:tc>");
    }

    private static void run(StringBuilder sb, String text, String font, int halfPoints, boolean bold) {
        sb.append("<w:r><w:rPr>").append(fonts(font));
        if (bold) {
            sb.append("<w:b/><w:bCs/>");
        }
        sb.append("<w:sz w:val=\"").append(halfPoints).append("\"/><w:szCs w:val=\"").append(halfPoints)
                .append("\"/></w:rPr><w:t xml:space=\"preserve\">").append(Markup.escape(text)).append("</w:t></w:r>");
    }

    /** Every font slot set to the CJK font, so digits and Latin letters match the text around them. */
    static String fonts(String font) {
        return "<w:rFonts w:ascii=\"" + font + "\" w:hAnsi=\"" + font + "\" w:eastAsia=\"" + font + "\" w:cs=\"" + font
                + "\" w:hint=\"eastAsia\"/>";
    }

    private static long twips(double cm) {
        return Math.round(cm * TWIPS_PER_CM);
    }
}
