package nianbao.render;

import nianbao.model.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * HTML: a standalone page (inline CSS, no external assets, A4 print layout) or, as a fragment, just
 * the report's {@code <div>} for pasting into a portal CMS. Styles sit in {@code style} attributes
 * so a CMS that strips {@code <style>} elements keeps the look and nothing leaks into the host page.
 * Tables are real {@code <table>}s with the national format's rowspan/colspan.
 */
final class HtmlRenderer implements Renderer {

    static final String BODY_FONT = "'仿宋_GB2312','仿宋',FangSong,'STFangsong','Noto Serif CJK SC',serif";
    static final String TITLE_FONT = "'方正小标宋简体','小标宋',SimSun,'宋体','Noto Serif CJK SC',serif";
    static final String H1_FONT = "'黑体',SimHei,'Noto Sans CJK SC',sans-serif";
    static final String H2_FONT = "'楷体_GB2312','楷体',KaiTi,'STKaiti','Noto Serif CJK SC',serif";
    static final String TABLE_FONT = "'宋体',SimSun,'Noto Serif CJK SC',serif";

    private static final String DIV = "max-width:156mm;margin:0 auto;color:#000;font-family:" + BODY_FONT
            + ";font-size:16pt;line-height:28pt;";
    private static final String TITLE = "margin:0 0 28pt;text-align:center;font-family:" + TITLE_FONT
            + ";font-size:22pt;line-height:36pt;font-weight:normal;";
    private static final String H1 = "margin:0;font-family:" + H1_FONT + ";font-size:16pt;line-height:28pt;"
            + "font-weight:normal;text-indent:2em;";
    private static final String H2 = "margin:0;font-family:" + H2_FONT + ";font-size:16pt;line-height:28pt;"
            + "font-weight:normal;text-indent:2em;";
    private static final String P = "margin:0;text-indent:2em;text-align:justify;";
    private static final String TABLE = "width:100%;border-collapse:collapse;table-layout:fixed;margin:8pt 0 14pt;"
            + "font-family:" + TABLE_FONT + ";font-size:10pt;line-height:1.35;";
    private static final String TD = "border:1px solid #000;padding:2pt 3pt;vertical-align:middle;"
            + "word-break:break-all;";
    private static final String SIGN = "margin:28pt 0 0;text-align:right;padding-right:2em;";

    private final boolean fragment;

    HtmlRenderer(boolean fragment) {
        this.fragment = fragment;
    }

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        out.write(text(ReportLayout.of(report), fragment).getBytes(StandardCharsets.UTF_8));
    }

    static String text(ReportLayout layout, boolean fragment) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        String title = layout.title();
        if (!fragment) {
            sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>").append(Markup.escape(title)).append("</title>\n")
                    .append("<style>\n")
                    .append("body{margin:0;padding:24px 12px;background:#fff;}\n")
                    .append("@page{size:A4;margin:37mm 26mm 35mm 28mm;}\n")
                    .append("@media print{body{padding:0;}table{page-break-inside:auto;}tr{page-break-inside:avoid;}}\n")
                    .append("</style>\n</head>\n<body>\n");
        }
        sb.append("<div class=\"nianbao-report\" style=\"").append(DIV).append("\">\n");
        for (ReportLayout.Block b : layout.blocks()) {
            if (b instanceof ReportLayout.Title t) {
                sb.append("<h1 style=\"").append(TITLE).append("\">").append(Markup.escape(t.text())).append("</h1>\n");
            } else if (b instanceof ReportLayout.Heading h) {
                String tag = h.level() == 1 ? "h2" : "h3";
                sb.append('<').append(tag).append(" style=\"").append(h.level() == 1 ? H1 : H2).append("\">")
                        .append(Markup.escape(h.text())).append("</").append(tag).append(">\n");
            } else if (b instanceof ReportLayout.Paragraph p) {
                sb.append("<p style=\"").append(P).append("\">").append(Markup.escape(p.text())).append("</p>\n");
            } else if (b instanceof ReportLayout.TableBlock t) {
                table(t.grid(), sb);
            } else if (b instanceof ReportLayout.Signature s) {
                sb.append("<p style=\"").append(SIGN).append("\">").append(Markup.escape(s.agency()));
                if (s.date() != null) {
                    sb.append("<br>").append(Markup.escape(s.date()));
                }
                sb.append("</p>\n");
            }
            // The publication date is the portal's business (it prints its own), so PublishDate is not shown.
        }
        sb.append("</div>\n");
        if (!fragment) {
            sb.append("</body>\n</html>\n");
        }
        return sb.toString();
    }

    private static void table(Grid g, StringBuilder sb) {
        sb.append("<table data-table=\"").append(g.tableId()).append("\" style=\"").append(TABLE).append("\">\n<colgroup>");
        double total = g.totalWidth();
        for (double w : g.widths()) {
            sb.append("<col style=\"width:").append(String.format(java.util.Locale.ROOT, "%.2f", 100 * w / total))
                    .append("%\">");
        }
        sb.append("</colgroup>\n");
        for (int r = 0; r < g.rows(); r++) {
            if (r == 0 && g.headerRows() > 0) {
                // A printed 表三 repeats its header rows on every page.
                sb.append("<thead>\n");
            }
            if (r == g.headerRows()) {
                sb.append(r == 0 ? "<tbody>\n" : "</thead>\n<tbody>\n");
            }
            sb.append("<tr>");
            for (Grid.Cell c : g.anchorsOf(r)) {
                boolean head = c.kind() != Grid.Kind.VALUE && c.kind() != Grid.Kind.LABEL;
                String tag = head ? "th" : "td";
                sb.append('<').append(tag);
                if (c.rowSpan() > 1) {
                    sb.append(" rowspan=\"").append(c.rowSpan()).append('"');
                }
                if (c.colSpan() > 1) {
                    sb.append(" colspan=\"").append(c.colSpan()).append('"');
                }
                sb.append(" style=\"").append(TD).append("text-align:").append(g.leftAligned(c) ? "left" : "center").append(";font-weight:")
                        .append(c.kind() == Grid.Kind.CAPTION ? "bold" : "normal").append(";\">")
                        .append(Markup.escape(c.text())).append("</").append(tag).append('>');
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }
}
