package nianbao.schema;

import java.util.List;
import java.util.Map;

/**
 * A numbered section of the published report (一 … 六) with its narrative fields or its table.
 *
 * @param no the section number, e.g. {@code 三}
 * @param title the official heading, e.g. {@code 三、收到和处理政府信息公开申请情况}
 * @param texts narrative field IDs in order (empty for a table section)
 * @param table table ID, or null
 * @param headings narrative field ID → its sub-heading in the published report (e.g. （一）主动公开情况);
 *                 fields without a heading (the lead paragraph, 五, 六) are absent
 */
public record Section(String no, String title, List<String> texts, String table, Map<String, String> headings) {
    public Section {
        texts = List.copyOf(texts);
        headings = Map.copyOf(headings);
    }

    /** A section without sub-headings. */
    public Section(String no, String title, List<String> texts, String table) {
        this(no, title, texts, table, Map.of());
    }

    /** The sub-heading printed above a narrative field's text, or null when it has none. */
    public String heading(String fieldId) {
        return headings.get(fieldId);
    }
}
