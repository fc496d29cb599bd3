package nianbao.render;

import nianbao.model.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Markdown: {@code #} title, {@code ##} sections, {@code ###} sub-headings, paragraphs, and pipe
 * tables. Multi-row headers are flattened into one header row ("法人或其他组织·商业企业"); merged
 * label cells keep their text on the first row of their group and leave the covered cells empty;
 * 表二's blocks become one small table each under their caption.
 */
final class MarkdownRenderer implements Renderer {

    @Override
    public Format format() {
        return Format.MD;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        out.write(text(ReportLayout.of(report)).getBytes(StandardCharsets.UTF_8));
    }

    static String text(ReportLayout layout) {
        StringBuilder sb = new StringBuilder(16 * 1024);
        for (ReportLayout.Block b : layout.blocks()) {
            if (b instanceof ReportLayout.Title t) {
                sb.append("# ").append(inline(t.text())).append('\n');
            } else if (b instanceof ReportLayout.PublishDate d) {
                sb.append("发布日期：").append(inline(d.iso())).append('\n');
            } else if (b instanceof ReportLayout.Heading h) {
                sb.append(h.level() == 1 ? "## " : "### ").append(inline(h.text())).append('\n');
            } else if (b instanceof ReportLayout.Paragraph p) {
                sb.append(paragraph(p.text())).append('\n');
            } else if (b instanceof ReportLayout.TableBlock t) {
                table(t.grid(), sb);
            } else {
                // No 落款 in flat text: it would read as part of 六's text.
                continue;
            }
            sb.append('\n');
        }
        while (sb.length() > 1 && sb.charAt(sb.length() - 1) == '\n' && sb.charAt(sb.length() - 2) == '\n') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    private static void table(Grid g, StringBuilder sb) {
        if (g.headerRows() == 0) {
            blocks(g, sb);
            return;
        }
        List<String> header = new ArrayList<>();
        for (int c = 0; c < g.columns(); c++) {
            header.add(flatHeader(g, c));
        }
        row(header, sb);
        separator(g, g.columns(), 0, sb);
        for (int r = g.headerRows(); r < g.rows(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < g.columns(); c++) {
                Grid.Cell cell = g.coverOf(r, c);
                cells.add(cell != null && cell.row() == r && cell.col() == c ? cell.text() : "");
            }
            row(cells, sb);
        }
    }

    /** 表二: each caption row starts a new small table whose header is the next grid row. */
    private static void blocks(Grid g, StringBuilder sb) {
        boolean firstBlock = true;
        int width = 0;
        for (int r = 0; r < g.rows(); r++) {
            List<Grid.Cell> anchors = g.anchorsOf(r);
            if (anchors.size() == 1 && anchors.get(0).kind() == Grid.Kind.CAPTION) {
                if (!firstBlock) {
                    sb.append('\n');
                }
                sb.append("**").append(inline(anchors.get(0).text())).append("**\n\n");
                firstBlock = false;
                width = -1;
                continue;
            }
            List<String> cells = anchors.stream().map(Grid.Cell::text).toList();
            row(cells, sb);
            if (width < 0) {
                width = cells.size();
                separator(g, width, r + 1, sb);
            }
        }
    }

    /** The header of one column: the texts of the header cells above it, joined by "·". */
    static String flatHeader(Grid g, int c) {
        Set<String> parts = new LinkedHashSet<>();
        for (int r = 0; r < g.headerRows(); r++) {
            Grid.Cell cell = g.coverOf(r, c);
            if (cell == null || cell.text().isEmpty()) {
                continue;
            }
            if (cell.kind() == Grid.Kind.CORNER && cell.col() != c) {
                continue;
            }
            // A heading over every value column (申请人情况) says nothing about any one of them.
            if (cell.kind() == Grid.Kind.HEADER && cell.colSpan() > 1 && cell.colSpan() == valueColumns(g)) {
                continue;
            }
            parts.add(cell.text());
        }
        return String.join("·", parts);
    }

    private static int valueColumns(Grid g) {
        Grid.Cell corner = g.cells().stream().filter(x -> x.kind() == Grid.Kind.CORNER).findFirst().orElse(null);
        return g.columns() - (corner == null ? 0 : corner.colSpan());
    }

    /** The alignment row: label columns left, value columns right. */
    private static void separator(Grid g, int width, int sampleRow, StringBuilder sb) {
        sb.append('|');
        for (int c = 0; c < width; c++) {
            boolean value = false;
            for (int r = Math.max(sampleRow, g.headerRows()); r < g.rows(); r++) {
                Grid.Cell cell = g.coverOf(r, c);
                if (cell != null && cell.kind() == Grid.Kind.VALUE) {
                    value = true;
                    break;
                }
                if (cell != null && cell.kind() == Grid.Kind.CAPTION) {
                    break;
                }
            }
            sb.append(value ? " ---: |" : " --- |");
        }
        sb.append('\n');
    }

    private static void row(List<String> cells, StringBuilder sb) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(cellText(c)).append(" |");
        }
        sb.append('\n');
    }

    static String cellText(String s) {
        return inline(TextRenderer.oneLine(s)).replace("|", "\\|");
    }

    /** Escapes the few characters that would turn Chinese prose into Markdown markup. */
    static String inline(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' || ch == '*' || ch == '_' || ch == '`' || ch == '[' || ch == ']' || ch == '<') {
                sb.append('\\');
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    /** A paragraph that does not start like a heading, quote, list or rule. */
    static String paragraph(String s) {
        String t = inline(s);
        if (t.matches("^(#|>|[-+=]|\\d+[.)]\\s).*")) {
            int digits = 0;
            while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
                digits++;
            }
            return digits > 0 ? t.substring(0, digits) + "\\" + t.substring(digits) : "\\" + t;
        }
        return t;
    }
}
