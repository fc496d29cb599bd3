package nianbao.legacy.layouts;

import nianbao.model.Report;
import nianbao.schema.BlockTable;
import nianbao.schema.MatrixTable;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A page saved from a site whose report was pasted from Word: {@code MsoNormalTable},
 * {@code <p class=MsoNormal>} inside every cell, {@code <o:p>}, {@code mso-} styles, {@code &nbsp;},
 * rowspan/colspan on group labels and headers, source lines wrapped inside long labels, conditional
 * comments, GBK bytes under a GBK {@code <meta>}; saved as .html, .htm or .shtml. Every number
 * stands in its own cell, so the page determines all of them.
 */
final class WordHtmlWriter implements LayoutWriter {

    private static final Charset GBK = Charset.forName("GBK");

    @Override
    public String name() {
        return "word-html";
    }

    @Override
    public Printed write(Report report, long seed) {
        Random rnd = new Random(seed);
        Grid g = Grid.of(report);
        Printed.Builder p = new Printed.Builder(name());
        StringBuilder h = new StringBuilder();
        String charset = List.of("gb2312", "GBK", "gb2312", "gb18030").get(rnd.nextInt(4));
        p.quirk("charset=" + charset);
        h.append("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n")
                .append("xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n\n")
                .append("<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=").append(charset).append("\">\n")
                .append("<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n")
                .append("<title>").append(Prose.title(report)).append("</title>\n")
                .append("<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Print</w:View>\n  <w:Zoom>90</w:Zoom>\n")
                .append(" </w:WordDocument>\n</xml><![endif]-->\n<style>\n<!--\n /* Font Definitions */\n")
                .append(" @font-face\n\t{font-family:宋体;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;\n\tmso-font-charset:134;}\n")
                .append(" p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{mso-style-parent:\"\";\n\tmargin:0cm;\n")
                .append("\tmargin-bottom:.0001pt;\n\ttext-align:justify;\n\tfont-size:10.5pt;\n\tfont-family:\"Times New Roman\";}\n")
                .append("-->\n</style>\n</head>\n\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n\n")
                .append("<div class=WordSection1 style='layout-grid:15.6pt'>\n\n");
        h.append("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>")
                .append("<b><span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:宋体'>")
                .append(Prose.title(report)).append("<span lang=EN-US><o:p></o:p></span></span></b></p>\n\n");
        for (Prose.Part part : Prose.parts(report)) {
            paragraph(h, part.heading(), true, rnd);
            if (part.table() == null) {
                for (String para : part.paragraphs()) {
                    paragraph(h, para, false, rnd);
                }
                continue;
            }
            switch (part.table()) {
                case "t2" -> t2(h, g, p, rnd);
                case "t3" -> t3(h, g, p, rnd);
                default -> t4(h, g, p, rnd);
            }
            h.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n\n");
        }
        h.append("</div>\n\n</body>\n\n</html>\n");
        String ext = List.of(".html", ".htm", ".shtml").get(rnd.nextInt(3));
        p.quirk(ext);
        return p.build("word-html" + ext, h.toString().getBytes(GBK));
    }

    private static void paragraph(StringBuilder h, String text, boolean heading, Random rnd) {
        h.append("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;")
                .append("mso-line-height-rule:exactly'>");
        if (heading) {
            h.append("<b style='mso-bidi-font-weight:normal'>");
        }
        h.append("<span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体'>")
                .append(wrapSource(text.replace("&", "&amp;"), rnd)).append("<span lang=EN-US><o:p></o:p></span></span>");
        if (heading) {
            h.append("</b>");
        }
        h.append("</p>\n\n");
    }

    /** Word wraps its HTML source at about 76 columns, inside Chinese text too (the browser shows a space). */
    private static String wrapSource(String s, Random rnd) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (s.length() - at > 40) {
            int n = 30 + rnd.nextInt(10);
            out.append(s, at, at + n);
            // never inside a number
            int end = at + n;
            while (end < s.length() && Character.isDigit(s.charAt(end)) && Character.isDigit(s.charAt(end - 1))) {
                out.append(s.charAt(end++));
            }
            out.append("\r\n");
            at = end;
        }
        return out.append(s.substring(at)).toString();
    }

    /** One table cell with Word's paragraph and span markup; an empty text becomes {@code &nbsp;}. */
    private static void cell(StringBuilder h, String text, int rowspan, int colspan, Random rnd, boolean number) {
        h.append("  <td");
        if (colspan > 1) {
            h.append(" colspan=").append(colspan);
        }
        if (rowspan > 1) {
            h.append(" rowspan=").append(rowspan);
        }
        h.append(" valign=center style='border:solid windowtext 1.0pt;border-top:none;mso-border-alt:solid windowtext .5pt;")
                .append("padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal align=center style='text-align:center'>");
        if (text.isEmpty()) {
            h.append("<span lang=EN-US style='font-size:10.0pt'><o:p>&nbsp;</o:p></span></p>\n  </td>\n");
            return;
        }
        if (number) {
            h.append("<span lang=EN-US style='font-size:10.0pt;font-family:\"Times New Roman\"'>").append(text)
                    .append("<o:p></o:p></span></p>\n  </td>\n");
            return;
        }
        // long labels come as two or three Word paragraphs in the cell, or wrapped source lines
        List<String> parts = new ArrayList<>();
        if (text.length() > 8 && rnd.nextInt(3) == 0) {
            int cut = text.length() / 2;
            parts.add(text.substring(0, cut));
            parts.add(text.substring(cut));
        } else {
            parts.add(text);
        }
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                h.append("</p>\n  <p class=MsoNormal align=center style='text-align:center'>");
            }
            h.append("<span style='font-size:10.0pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\"'>")
                    .append(parts.get(i).length() > 20 && rnd.nextBoolean() ? wrapSource(parts.get(i), rnd) : parts.get(i))
                    .append("<span lang=EN-US><o:p></o:p></span></span>");
        }
        h.append("</p>\n  </td>\n");
    }

    private static void table(StringBuilder h) {
        h.append("<div align=center>\n<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 ")
                .append("style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;")
                .append("mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n");
    }

    private static void tr(StringBuilder h, int i) {
        h.append(" <tr style='mso-yfti-irow:").append(i).append(i == 0 ? ";mso-yfti-firstrow:yes" : "").append("'>\n");
    }

    private static void t2(StringBuilder h, Grid g, Printed.Builder p, Random rnd) {
        table(h);
        int i = 0;
        for (BlockTable.Block block : Grid.T2.blocks()) {
            tr(h, i++);
            cell(h, block.caption(), 1, 4, rnd, false);
            h.append(" </tr>\n");
            tr(h, i++);
            for (int k = 0; k < block.header().size(); k++) {
                cell(h, block.header().get(k), 1, k == 1 && block.header().size() == 2 ? 3 : 1, rnd, false);
            }
            h.append(" </tr>\n");
            for (BlockTable.Row row : block.rows()) {
                tr(h, i++);
                cell(h, row.label(), 1, 1, rnd, false);
                String[] v = g.t2Row(row);
                for (String s : v) {
                    cell(h, s, 1, v.length == 1 ? 3 : 1, rnd, true);
                }
                h.append(" </tr>\n");
                p.fixed(Grid.ids(row), g.t2Numbers(row));
            }
        }
        h.append("</table>\n</div>\n");
    }

    private static void t3(StringBuilder h, Grid g, Printed.Builder p, Random rnd) {
        MatrixTable t = Grid.T3;
        table(h);
        tr(h, 0);
        cell(h, t.corner(), 3, 3, rnd, false);
        cell(h, t.columnGroup(), 1, 7, rnd, false);
        h.append(" </tr>\n");
        tr(h, 1);
        cell(h, "自然人", 2, 1, rnd, false);
        cell(h, "法人或其他组织", 1, 5, rnd, false);
        cell(h, "总计", 2, 1, rnd, false);
        h.append(" </tr>\n");
        tr(h, 2);
        for (String s : List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")) {
            cell(h, s, 1, 1, rnd, false);
        }
        h.append(" </tr>\n");
        String previousGroup = null;
        String previousSub = null;
        for (int r = 0; r < Grid.ROWS; r++) {
            MatrixTable.Axis row = Grid.row(r);
            tr(h, 3 + r);
            if (row.group() == null) {
                cell(h, row.label(), 1, 3, rnd, false);
            } else {
                if (!row.group().equals(previousGroup)) {
                    cell(h, row.group(), Grid.TOTAL - Grid.FIRST_RESULT + 1, 1, rnd, false);
                }
                if (row.subgroup() == null) {
                    cell(h, row.label(), 1, 2, rnd, false);
                } else {
                    if (!row.subgroup().equals(previousSub)) {
                        int span = 0;
                        for (int k = r; k < Grid.ROWS && row.subgroup().equals(Grid.row(k).subgroup()); k++) {
                            span++;
                        }
                        cell(h, row.subgroup(), span, 1, rnd, false);
                    }
                    cell(h, row.label(), 1, 1, rnd, false);
                }
            }
            previousGroup = row.group();
            previousSub = row.subgroup();
            for (long v : g.t3[r]) {
                cell(h, Long.toString(v), 1, 1, rnd, true);
            }
            h.append(" </tr>\n");
            p.fixed(Grid.t3Row(r), g.t3[r]);
        }
        h.append("</table>\n</div>\n");
    }

    private static void t4(StringBuilder h, Grid g, Printed.Builder p, Random rnd) {
        table(h);
        tr(h, 0);
        cell(h, "行政复议", 1, 5, rnd, false);
        cell(h, "行政诉讼", 1, 10, rnd, false);
        h.append(" </tr>\n");
        tr(h, 1);
        List<String> five = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        for (String s : five) {
            cell(h, s, 2, 1, rnd, false);
        }
        cell(h, "未经复议直接起诉", 1, 5, rnd, false);
        cell(h, "复议后起诉", 1, 5, rnd, false);
        h.append(" </tr>\n");
        tr(h, 2);
        for (int k = 0; k < 2; k++) {
            for (String s : five) {
                cell(h, s, 1, 1, rnd, false);
            }
        }
        h.append(" </tr>\n");
        tr(h, 3);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            cell(h, Long.toString(g.t4[i]), 1, 1, rnd, true);
            ids.add(Grid.t4(i));
        }
        h.append(" </tr>\n</table>\n</div>\n");
        p.fixed(ids, g.t4);
    }
}
