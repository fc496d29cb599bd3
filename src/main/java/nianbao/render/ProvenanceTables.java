package nianbao.render;

import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Schema;
import nianbao.schema.Section;

/**
 * The statistics tables of a report for a screen, not for print: the national layout (same grids
 * as every renderer) with each value cell classed by how it was obtained ({@code v-read},
 * {@code v-computed}, {@code v-inferred}, {@code v-missing}) and the reason in its {@code title}.
 * No inline styles: the page's stylesheet colours the classes.
 */
public final class ProvenanceTables {

    private ProvenanceTables() {
    }

    /** The section headings and tables (表二, 表三, 表四) as HTML. */
    public static String html(Report report) {
        Schema schema = report.schema();
        StringBuilder sb = new StringBuilder(64 * 1024);
        for (Section s : schema.sections()) {
            if (s.table() == null) {
                continue;
            }
            sb.append("<h3>").append(HtmlRenderer.escape(s.title())).append("</h3>\n");
            table(Grids.of(schema.table(s.table()), report), report, sb);
        }
        return sb.toString();
    }

    private static void table(Grid g, Report report, StringBuilder sb) {
        sb.append("<div class=\"scroll\"><table class=\"grid stats\" data-table=\"").append(g.tableId()).append("\">\n");
        for (int r = 0; r < g.rows(); r++) {
            sb.append("<tr>");
            for (Grid.Cell c : g.anchorsOf(r)) {
                boolean value = c.kind() == Grid.Kind.VALUE;
                String tag = value || c.kind() == Grid.Kind.LABEL ? "td" : "th";
                sb.append('<').append(tag);
                if (c.rowSpan() > 1) {
                    sb.append(" rowspan=\"").append(c.rowSpan()).append('"');
                }
                if (c.colSpan() > 1) {
                    sb.append(" colspan=\"").append(c.colSpan()).append('"');
                }
                if (value && c.fieldId() != null) {
                    Value v = report.value(c.fieldId());
                    sb.append(" class=\"v-").append(v.how().key()).append("\" data-field=\"").append(c.fieldId())
                            .append("\" title=\"").append(HtmlRenderer.escape(reason(v))).append('"');
                } else if (HtmlRenderer.align(g, c).equals("left")) {
                    sb.append(" class=\"left\"");
                }
                sb.append('>').append(HtmlRenderer.escape(c.text())).append("</").append(tag).append('>');
            }
            sb.append("</tr>\n");
        }
        sb.append("</table></div>\n");
    }

    /** The hover text: how the value was obtained, where, and why when not simply read. */
    static String reason(Value v) {
        StringBuilder sb = new StringBuilder(v.how().zh());
        String where = v.source().position();
        if (!where.isEmpty()) {
            sb.append("（").append(where).append("）");
        }
        if (v.note() != null && !v.note().isBlank()) {
            sb.append("：").append(v.note());
        } else if (v.how() == Provenance.READ && v.isBlank()) {
            sb.append("：原文为空");
        }
        return sb.toString();
    }
}
