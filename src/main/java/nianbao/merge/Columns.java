package nianbao.merge;

import nianbao.schema.Field;
import nianbao.schema.MatrixTable;
import nianbao.schema.Schema;
import nianbao.schema.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * The data columns of a merge, in schema order: the meta fields other than agency and year, then every
 * numeric field, each with its three header levels (表 / 行 / 列) and its CSV names.
 */
final class Columns {

    /** Fixed columns before the data, with their CSV IDs and Chinese headers. */
    static final String[] FIXED_IDS = {"meta.agency", "meta.year", "file", "validation", "included"};
    static final String[] FIXED_ZH = {"机关", "年度", "文件", "校验结果", "计入合计"};

    /**
     * One data column.
     *
     * @param field the schema field
     * @param level1 table or group heading (基本信息, 表二 主动公开, …)
     * @param level2 row label, or the field label for meta fields
     * @param level3 column label, or empty for meta fields
     */
    record Column(Field field, String level1, String level2, String level3) {
    }

    private final Schema schema;
    private final List<Field> meta;
    private final List<Field> numeric;
    private final List<Column> columns;
    private final double[] min;
    private final double[] max;

    Columns(Schema schema) {
        this.schema = schema;
        this.meta = schema.meta().stream()
                .filter(f -> !f.id().equals("meta.agency") && !f.id().equals("meta.year")).toList();
        this.numeric = schema.numericFields();
        this.min = new double[numeric.size()];
        this.max = new double[numeric.size()];
        for (int i = 0; i < min.length; i++) {
            min[i] = schema.bounds(numeric.get(i)).min().doubleValue();
            max[i] = schema.bounds(numeric.get(i)).max().doubleValue();
        }
        List<Column> cols = new ArrayList<>();
        for (Field f : meta) {
            cols.add(new Column(f, "基本信息", f.label(), ""));
        }
        for (Field f : numeric) {
            cols.add(new Column(f, tableHeading(f.tableId()), rowHeading(f), colHeading(f)));
        }
        this.columns = List.copyOf(cols);
    }

    Schema schema() {
        return schema;
    }

    /** The meta fields shown as columns (all but agency and year, which are fixed columns). */
    List<Field> meta() {
        return meta;
    }

    /** The numeric fields, in the order of {@link Entry#values()}. */
    List<Field> numeric() {
        return numeric;
    }

    /**
     * True when a number of the field at index {@code i} of {@link #numeric()} is within its schema's bounds:
     * compared as a double (the merge's hot path), and exactly only when the double lands on a bound.
     *
     * @param exact the number
     * @param value the same as a double
     */
    boolean allowed(int i, java.math.BigDecimal exact, double value) {
        if (value > min[i] && value < max[i]) {
            return true;
        }
        return (value == min[i] || value == max[i]) && schema.bounds(numeric.get(i)).contains(exact);
    }

    /** Every data column: meta first, then numeric. */
    List<Column> all() {
        return columns;
    }

    private String tableHeading(String tableId) {
        Table t = schema.table(tableId);
        String title = t.title();
        // "二、主动公开政府信息情况" → "表二 主动公开政府信息情况"
        int comma = title.indexOf('、');
        return t.sheet() + " " + (comma >= 0 ? title.substring(comma + 1) : title);
    }

    private String rowHeading(Field f) {
        if (schema.table(f.tableId()) instanceof MatrixTable m) {
            for (MatrixTable.Axis a : m.rows()) {
                if (a.key().equals(f.rowKey())) {
                    return a.shortLabel();
                }
            }
        }
        return f.rowLabel() == null ? "" : f.rowLabel();
    }

    private String colHeading(Field f) {
        if (schema.table(f.tableId()) instanceof MatrixTable m) {
            for (MatrixTable.Axis a : m.columns()) {
                if (a.key().equals(f.colKey())) {
                    return a.shortLabel();
                }
            }
        }
        return f.colLabel() == null ? "" : f.colLabel();
    }
}
