package nianbao.render;

import nianbao.model.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Plain text: title, headings and paragraphs separated by blank lines; tables as TAB-separated rows
 * in official order, each row its label cells then its values, a group label only on the first row
 * of its group (as a table copied out of the published page reads). The publication date follows the title
 * as on a portal page; there is no 落款. Lines end with {@code \n}.
 */
final class TextRenderer implements Renderer {

    @Override
    public Format format() {
        return Format.TXT;
    }

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        out.write(text(ReportLayout.of(report)).getBytes(StandardCharsets.UTF_8));
    }

    static String text(ReportLayout layout) {
        StringBuilder sb = new StringBuilder(16 * 1024);
        for (ReportLayout.Block b : layout.blocks()) {
            if (b instanceof ReportLayout.Title t) {
                sb.append(t.text()).append('\n');
            } else if (b instanceof ReportLayout.PublishDate d) {
                sb.append("发布日期：").append(d.iso()).append('\n');
            } else if (b instanceof ReportLayout.Heading h) {
                sb.append(h.text()).append('\n');
            } else if (b instanceof ReportLayout.Paragraph p) {
                sb.append(p.text()).append('\n');
            } else if (b instanceof ReportLayout.TableBlock t) {
                table(t.grid(), sb);
            } else {
                // The 落款 belongs to the printed page; in flat text it would read as part of 六's text.
                continue;
            }
            sb.append('\n');
        }
        // One newline at the end, not a blank line.
        while (sb.length() > 1 && sb.charAt(sb.length() - 1) == '\n' && sb.charAt(sb.length() - 2) == '\n') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    private static void table(Grid g, StringBuilder sb) {
        for (int r = 0; r < g.rows(); r++) {
            boolean first = true;
            for (Grid.Cell c : g.anchorsOf(r)) {
                if (!first) {
                    sb.append('\t');
                }
                sb.append(oneLine(c.text()));
                first = false;
            }
            sb.append('\n');
        }
    }

    /** Cell text on one line without TABs, so a row stays one line. */
    static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
