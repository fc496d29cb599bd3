package nianbao.compare;

import nianbao.schema.Schema;

import java.util.List;

/**
 * One table's lines across the years.
 *
 * @param tableId t2, t3, t4
 * @param title the table's heading (三、收到和处理政府信息公开申请情况)
 * @param matrix true for 表三/表四 (rows × columns), false for 表二 (captioned blocks)
 * @param lines the lines in order
 */
public record TableLines(String tableId, String title, boolean matrix, List<Line> lines) {

    public TableLines {
        lines = List.copyOf(lines);
    }

    /** The table's short name in a format: 表二, 表三, 表四 (its sheet name). */
    String name(Schema schema) {
        return schema.table(tableId).sheet();
    }
}
