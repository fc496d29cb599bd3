package nianbao.render;

import nianbao.compare.AgencyComparison;
import nianbao.compare.CompareBatch;
import nianbao.compare.CompareIndex;
import nianbao.compare.CompareLayout;
import nianbao.compare.Entry;
import nianbao.compare.Line;
import nianbao.compare.Step;
import nianbao.xlsx.layout.Styles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A comparison as one self-contained web page (inline CSS, no scripts, nothing fetched from elsewhere), for the
 * screen and for printing in landscape; and the index page of a folder of comparisons. Inferred and missing
 * numbers carry the colours of the filled workbook and their reason as a tooltip; large changes are bold on
 * light red.
 */
public final class ComparePage {

    /** The colour of a large change, as in the summary's 分析 sheet. */
    static final String FLAG_RGB = "F8CBAD";

    private static final String CSS = "body{margin:0;padding:24px 16px;font-family:'Microsoft YaHei','PingFang SC',"
            + "'Noto Sans CJK SC','宋体',sans-serif;font-size:14px;line-height:1.6;color:#1a1a1a;background:#fff}\n"
            + "main{max-width:1200px;margin:0 auto}\n"
            + "h1{font-size:22px;margin:0 0 12px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ccc}"
            + "h3{font-size:15px;margin:16px 0 6px}\n"
            + "p.draft{background:#f6f8fa;border-left:4px solid #5b8bd6;padding:8px 12px;user-select:all}\n"
            + "ul{margin:4px 0 8px;padding-left:22px}li.problem{color:#a40000}li.info{color:#555}li.flag{color:#7a3b00}\n"
            + ".wrap{overflow-x:auto;margin:6px 0 12px}\n"
            + "table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #999;padding:2px 6px}"
            + "th{background:#e8e8e8;font-weight:bold;text-align:center}\n"
            + "td.n{text-align:right;white-space:nowrap}td.g{background:#fafafa}\n"
            + "td.inferred{background:#" + Styles.INFERRED_RGB + "}td.missing{background:#" + Styles.MISSING_RGB + "}"
            + "td.blank,td.absent{color:#888;text-align:center}td.missing,td.text{text-align:center}td.large{background:#" + FLAG_RGB + ";font-weight:bold}\n"
            + "@media print{body{padding:0}@page{size:A4 landscape;margin:12mm}.wrap{overflow:visible}"
            + "thead{display:table-header-group}tr{page-break-inside:avoid}}\n";

    private ComparePage() {
    }

    /** The page of one comparison. */
    public static String of(AgencyComparison c) {
        CompareLayout layout = CompareLayout.of(c);
        StringBuilder sb = new StringBuilder(256 * 1024);
        head(sb, c.title());
        for (CompareLayout.Block b : layout.blocks()) {
            if (b instanceof CompareLayout.Title t) {
                sb.append("<h1>").append(Markup.escape(t.text())).append("</h1>\n");
            } else if (b instanceof CompareLayout.Heading h) {
                String tag = h.level() == 1 ? "h2" : "h3";
                sb.append('<').append(tag).append('>').append(Markup.escape(h.text())).append("</").append(tag).append(">\n");
            } else if (b instanceof CompareLayout.Paragraph p) {
                sb.append(p.style() == CompareLayout.Style.DRAFT ? "<p class=\"draft\">" : "<p>")
                        .append(Markup.escape(p.text())).append("</p>\n");
            } else if (b instanceof CompareLayout.Items list) {
                sb.append("<ul>\n");
                for (CompareLayout.Item i : list.items()) {
                    sb.append("<li class=\"").append(i.tone().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                            .append(Markup.escape(i.text())).append("</li>\n");
                }
                sb.append("</ul>\n");
            } else if (b instanceof CompareLayout.Simple s) {
                simple(sb, s.header(), s.rows());
            } else if (b instanceof CompareLayout.Table t) {
                lines(sb, c, t);
            }
        }
        tail(sb);
        return sb.toString();
    }

    /** The index page of a folder of comparisons: one row per agency compared, then what was left out and why. */
    public static String index(CompareBatch.Result r, String title) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        head(sb, title);
        sb.append("<h1>").append(Markup.escape(title)).append("</h1>\n");
        sb.append("<p>").append(Markup.escape(CompareIndex.summary(r))).append("</p>\n");
        if (!r.written().isEmpty()) {
            sb.append("<h2>已生成的对比</h2>\n<div class=\"wrap\"><table>\n<thead><tr>");
            for (String h : CompareIndex.HEADER) {
                sb.append("<th>").append(Markup.escape(h)).append("</th>");
            }
            sb.append("</tr></thead>\n<tbody>\n");
            for (CompareBatch.Written w : r.written()) {
                List<String> row = CompareIndex.row(w);
                sb.append("<tr><td><a href=\"").append(Markup.escape(href(w.fileName()))).append("\">")
                        .append(Markup.escape(row.get(0))).append("</a></td>");
                for (int i = 1; i < row.size(); i++) {
                    sb.append(i >= 2 ? "<td class=\"n\">" : "<td>").append(Markup.escape(row.get(i))).append("</td>");
                }
                sb.append("</tr>\n");
            }
            sb.append("</tbody></table></div>\n");
        }
        for (CompareIndex.Part part : CompareIndex.problems(r)) {
            sb.append("<h2>").append(Markup.escape(part.heading())).append("</h2>\n<ul>\n");
            for (String line : part.lines()) {
                sb.append("<li class=\"problem\">").append(Markup.escape(line)).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        tail(sb);
        return sb.toString();
    }

    private static void head(StringBuilder sb, String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Markup.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");
    }

    private static void tail(StringBuilder sb) {
        sb.append("</main>\n</body>\n</html>\n");
    }

    private static void simple(StringBuilder sb, List<String> header, List<List<String>> rows) {
        sb.append("<div class=\"wrap\"><table>\n<thead><tr>");
        header.forEach(h -> sb.append("<th>").append(Markup.escape(h)).append("</th>"));
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            sb.append("<tr>");
            row.forEach(cell -> sb.append("<td>").append(Markup.escape(cell)).append("</td>"));
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table></div>\n");
    }

    /** 项目 (row, column) | 2020年 | 2021年 | 2021年比上年 增减 增减% | … */
    private static void lines(StringBuilder sb, AgencyComparison c, CompareLayout.Table t) {
        List<Integer> years = c.years();
        List<String> changes = c.changeHeadings();
        sb.append("<div class=\"wrap\"><table data-table=\"").append(t.lines().tableId()).append("\">\n<thead>\n<tr>")
                .append("<th rowspan=\"2\" colspan=\"2\">项目</th>");
        for (int i = 0; i < years.size(); i++) {
            sb.append("<th rowspan=\"2\">").append(years.get(i)).append("年</th>");
            if (i > 0) {
                sb.append("<th colspan=\"2\">").append(Markup.escape(changes.get(i - 1))).append("</th>");
            }
        }
        sb.append("</tr>\n<tr>");
        for (int i = 1; i < years.size(); i++) {
            sb.append("<th>增减</th><th>增减%</th>");
        }
        sb.append("</tr>\n</thead>\n<tbody>\n");
        List<Line> lines = t.lines().lines();
        for (int r = 0; r < lines.size(); r++) {
            Line l = lines.get(r);
            sb.append("<tr>");
            if (r == 0 || !lines.get(r - 1).group().equals(l.group())) {
                int span = 1;
                while (r + span < lines.size() && lines.get(r + span).group().equals(l.group())) {
                    span++;
                }
                sb.append("<td class=\"g\"").append(span > 1 ? " rowspan=\"" + span + "\"" : "").append('>')
                        .append(Markup.escape(l.group())).append("</td>");
            }
            sb.append("<td>").append(Markup.escape(l.label())).append("</td>");
            for (int i = 0; i < l.entries().size(); i++) {
                entry(sb, l.entries().get(i));
                if (i > 0) {
                    step(sb, l, l.steps().get(i - 1));
                }
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n");
    }

    private static void entry(StringBuilder sb, Entry e) {
        String cls = switch (e.state()) {
            case NUMBER -> e.inferred() ? "n inferred" : "n";
            case MISSING -> "missing";
            case BLANK -> "blank";
            case ABSENT -> "absent";
            case NOT_NUMBER -> "text";
        };
        sb.append("<td class=\"").append(cls).append('"');
        String why = e.explanation();
        if (why != null) {
            sb.append(" title=\"").append(Markup.escape(why)).append('"');
        }
        sb.append('>').append(Markup.escape(e.shownWithMark())).append("</td>");
    }

    private static void step(StringBuilder sb, Line l, Step s) {
        String cls = s.large() ? "n large" : "n";
        String title = s.large() ? " title=\"" + Markup.escape("大幅变化：" + s.change().words()) + "\"" : "";
        sb.append("<td class=\"").append(cls).append('"').append(title).append('>')
                .append(Markup.escape(s.differenceText())).append("</td><td class=\"").append(cls).append('"')
                .append(title).append('>').append(Markup.escape(s.percentText(l.type()))).append("</td>");
    }

    /** A file name as a relative link: spaces and reserved characters percent-encoded, the rest as is. */
    static String href(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
