package nianbao.schema;

import java.util.List;

/**
 * A numbered section of the published report (一 … 六) with its narrative fields or its table.
 *
 * @param no the section number, e.g. {@code 三}
 * @param title the official heading, e.g. {@code 三、收到和处理政府信息公开申请情况}
 * @param texts narrative field IDs in order (empty for a table section)
 * @param table table ID, or null
 */
public record Section(String no, String title, List<String> texts, String table) {
    public Section {
        texts = List.copyOf(texts);
    }
}
