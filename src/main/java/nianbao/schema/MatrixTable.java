package nianbao.schema;

import java.util.List;

/**
 * A table of rows × columns whose field IDs are {@code <table>.<row>.<col>} (表三, 表四).
 *
 * @param layout how fields sit on the sheet
 * @param corner text of the top-left corner cell (表三's 勾稽 note), or null
 * @param columnGroup heading spanning all columns (申请人情况), or null
 * @param firstHeaderRow zero-based first header row on the sheet
 * @param lastHeaderRow zero-based last header row on the sheet
 * @param labelColumns number of label columns left of the data
 * @param origin cell of the first row's first column
 */
public record MatrixTable(String id, String sheet, String title, Layout layout, String corner, String columnGroup,
                          int firstHeaderRow, int lastHeaderRow, int labelColumns, CellRef origin,
                          List<Axis> rows, List<Axis> columns, List<Field> fields) implements Table {

    public MatrixTable {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        fields = List.copyOf(fields);
    }

    /** How the rows of a matrix are placed on the sheet. */
    public enum Layout {
        /** Rows go down, columns across (表三). */
        GRID,
        /** All rows side by side in one sheet row, each taking as many columns as there are columns (表四). */
        STRIP
    }

    /**
     * A row or column of the matrix.
     *
     * @param key stable key used in field IDs
     * @param label official label
     * @param shortLabel short label for messages
     * @param group label of the spanning group (三、本年度办理结果, 法人或其他组织, 行政诉讼), or null
     * @param subgroup label of the inner group (（三）不予公开), or null
     */
    public record Axis(String key, String label, String shortLabel, String group, String subgroup) {
    }

    /** The cell of the given row and column index under this table's layout. */
    public CellRef cellOf(int rowIndex, int colIndex) {
        return switch (layout) {
            case GRID -> origin.offset(rowIndex, colIndex);
            case STRIP -> origin.offset(0, rowIndex * columns.size() + colIndex);
        };
    }

    /** The field ID of the given row and column keys. */
    public String fieldId(String rowKey, String colKey) {
        return id + "." + rowKey + "." + colKey;
    }

    /** The field at the given row and column index. */
    public Field field(int rowIndex, int colIndex) {
        return fields.get(rowIndex * columns.size() + colIndex);
    }
}
