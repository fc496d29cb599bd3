package nianbao.web.view;

import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.render.Grid;

import java.util.ArrayList;
import java.util.List;

/**
 * One statistics table of a report for the screen: the national layout (the grid every renderer
 * draws, with its merged headers) and, per value cell, how the value was obtained and why.
 *
 * @param title the section heading, e.g. 三、收到和处理政府信息公开申请情况
 * @param tableId the schema table ({@code t2}, {@code t3}, {@code t4})
 * @param rows the anchor cells of each grid row
 */
public record StatsTable(String title, String tableId, List<List<Cell>> rows) {

    public StatsTable {
        rows = List.copyOf(rows);
    }

    /**
     * One anchor cell.
     *
     * @param header true for captions and column headings ({@code th})
     * @param rowSpan rows covered, null when one
     * @param colSpan columns covered, null when one
     * @param text the printed text
     * @param fieldId the field of a value cell, else null
     * @param how read, computed, inferred or missing for a value cell, else null
     * @param reason how the value was obtained, where, and why when not simply read; null for labels
     * @param left true for a label that reads better left-aligned
     */
    public record Cell(boolean header, Integer rowSpan, Integer colSpan, String text, String fieldId, String how,
                       String reason, boolean left) {
    }

    /** The report's tables (表二, 表三, 表四) in section order. */
    public static List<StatsTable> of(Report report) {
        List<StatsTable> out = new ArrayList<>();
        for (Grid g : Grid.tables(report)) {
            List<List<Cell>> rows = new ArrayList<>();
            for (int r = 0; r < g.rows(); r++) {
                List<Cell> row = new ArrayList<>();
                for (Grid.Cell c : g.anchorsOf(r)) {
                    boolean header = c.kind() != Grid.Kind.VALUE && c.kind() != Grid.Kind.LABEL;
                    Integer rowSpan = c.rowSpan() > 1 ? c.rowSpan() : null;
                    Integer colSpan = c.colSpan() > 1 ? c.colSpan() : null;
                    if (c.kind() == Grid.Kind.VALUE && c.fieldId() != null) {
                        Value v = report.value(c.fieldId());
                        row.add(new Cell(false, rowSpan, colSpan, c.text(), c.fieldId(), v.how().key(), reason(v), false));
                    } else {
                        row.add(new Cell(header, rowSpan, colSpan, c.text(), null, null, null, g.leftAligned(c)));
                    }
                }
                rows.add(row);
            }
            out.add(new StatsTable(report.schema().table(g.tableId()).title(), g.tableId(), rows));
        }
        return out;
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
