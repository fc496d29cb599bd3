package nianbao.legacy.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flattens an HTML page into lines the way a reader sees it: block elements and {@code <br>} break
 * lines, every table row becomes one line with its cells joined by tabs (a merged cell once),
 * scripts and styles are dropped and entities decoded.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre", "form",
            "dl", "dt", "dd", "hr", "center", "address", "figure", "figcaption", "caption", "body");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

    private static final String WIDE = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]";
    private static final Pattern CJK_BREAK = Pattern.compile("(?<=" + WIDE + ")[ \\t]*[\\r\\n][ \\t\\r\\n]*(?=" + WIDE + ")");
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\r\\n\\f]+");

    private HtmlText() {
    }

    /** True when the start of the text looks like markup rather than a plain report. */
    static boolean looksLikeHtml(String head) {
        String h = head.length() > 2048 ? head.substring(0, 2048) : head;
        String l = h.toLowerCase(Locale.ROOT);
        return l.contains("<!doctype html") || l.contains("<html") || l.contains("<body")
                || (l.contains("<table") && l.contains("<tr")) || (l.contains("<p>") && l.contains("</p>"))
                || l.contains("<div");
    }

    /** The charset a page declares in a meta tag, or null (unknown or unsupported names too). */
    static Charset declaredCharset(byte[] bytes) {
        String ascii = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(ascii);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The page's visible text as lines (blank lines kept where blocks were empty are dropped). */
    static List<String> lines(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, iframe, object, svg, head").remove();
        Walker w = new Walker();
        NodeTraversor.filter(w, doc.body() != null ? doc.body() : doc);
        w.breakLine();
        return w.lines;
    }

    /** Text of one table cell: its words with whitespace collapsed, {@code <br>} joining nothing. */
    static String cellText(Element cell) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (node instanceof Element e && e.nameIs("br")) {
                sb.append(' ');
            }
        }, cell);
        return collapse(sb.toString()).trim().replace('\t', ' ');
    }

    /**
     * Whitespace as a browser shows it: runs collapse to one space, except that a line break of the
     * source between two Chinese characters disappears (CSS segment-break rule for East Asian text) —
     * Word wraps its HTML source inside labels ({@code 三、本年\r\n度办理结果}), which must not become
     * {@code 三、本年 度办理结果}.
     */
    static String collapse(String s) {
        String t = s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 ? CJK_BREAK.matcher(s).replaceAll("") : s;
        return WHITESPACE.matcher(t.replace('\u00A0', ' ')).replaceAll(" ");
    }

    private static final class Walker implements NodeFilter {
        final List<String> lines = new ArrayList<>();
        final StringBuilder line = new StringBuilder();

        void breakLine() {
            String s = line.toString().trim();
            if (!s.isEmpty()) {
                lines.add(s);
            }
            line.setLength(0);
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                line.append(collapse(t.getWholeText()));
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                breakLine();
            } else if (tag.equals("table")) {
                breakLine();
                if (isLayout(e)) {
                    return FilterResult.CONTINUE; // a page laid out with a table: its cells are blocks of text
                }
                table(e);
                return FilterResult.SKIP_ENTIRELY;
            } else if (BLOCKS.contains(tag) || tag.equals("tr") || tag.equals("td") || tag.equals("th")) {
                breakLine();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.nameIs("tr") || e.nameIs("td")
                    || e.nameIs("th"))) {
                breakLine();
            }
            return FilterResult.CONTINUE;
        }

        /**
         * A table used to lay out the page rather than to hold figures: a cell holds another table
         * or a long passage of text (a statistics cell holds a label or a number).
         */
        private static boolean isLayout(Element table) {
            for (Element cell : table.select("td, th")) {
                if (cell.closest("table") != table) {
                    continue;
                }
                if (!cell.select("table").isEmpty() || cell.text().length() > 150) {
                    return true;
                }
            }
            return false;
        }

        private void table(Element table) {
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) {
                    continue; // a nested table's rows belong to its cell's text
                }
                List<String> cells = new ArrayList<>();
                for (Element cell : tr.children()) {
                    if (cell.nameIs("td") || cell.nameIs("th")) {
                        cells.add(cellText(cell));
                    }
                }
                String joined = String.join("\t", cells);
                if (!joined.isBlank()) {
                    lines.add(joined);
                }
            }
        }
    }
}
