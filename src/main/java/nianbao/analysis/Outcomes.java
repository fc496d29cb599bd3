package nianbao.analysis;

import nianbao.schema.MatrixTable;
import nianbao.schema.Schema;
import nianbao.schema.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The composition of 表三's 三、本年度办理结果, read from the schema: its rows (those sharing the group of the
 * （七）总计 row, the total itself left out) summed per sub-group, so （三）不予公开 is one category of eight rows
 * and （六）其他处理 is one category whether the format splits it (2021) or not (2019). Counts are the rows'
 * 总计 column.
 */
public final class Outcomes {

    /** The table, its total row and the column whose cells are counted. */
    static final String TABLE = "t3";
    static final String TOTAL_ROW = "total";
    static final String TOTAL_COLUMN = "total";

    /**
     * One category of 办理结果.
     *
     * @param label （一）予以公开, （三）不予公开, …
     * @param fields the 总计-column fields it sums
     */
    public record Category(String label, List<String> fields) {
        public Category {
            fields = List.copyOf(fields);
        }

        /** The count of one report; null when a cell has no number. */
        public BigDecimal valueOf(Function<String, BigDecimal> numbers) {
            return Indicator.sum(fields, numbers);
        }

        /** The label without its ordinal: （三）不予公开 → 不予公开. */
        public String shortLabel() {
            int close = label.indexOf('）');
            return label.startsWith("（") && close > 0 ? label.substring(close + 1) : label;
        }
    }

    private Outcomes() {
    }

    /** The categories of a format, in table order; empty when the format has no such table. */
    public static List<Category> of(Schema schema) {
        MatrixTable t3 = null;
        for (Table t : schema.tables()) {
            if (t.id().equals(TABLE) && t instanceof MatrixTable m) {
                t3 = m;
            }
        }
        if (t3 == null) {
            return List.of();
        }
        String group = null;
        for (MatrixTable.Axis row : t3.rows()) {
            if (row.key().equals(TOTAL_ROW)) {
                group = row.group();
            }
        }
        if (group == null) {
            return List.of();
        }
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        for (MatrixTable.Axis row : t3.rows()) {
            if (group.equals(row.group()) && !row.key().equals(TOTAL_ROW)) {
                String label = row.subgroup() != null ? row.subgroup() : row.shortLabel();
                byLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(t3.fieldId(row.key(), TOTAL_COLUMN));
            }
        }
        List<Category> out = new ArrayList<>();
        byLabel.forEach((label, fields) -> out.add(new Category(label, fields)));
        return List.copyOf(out);
    }
}
