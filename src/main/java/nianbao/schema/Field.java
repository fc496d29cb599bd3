package nianbao.schema;

import java.util.List;

/**
 * One value of the report: its stable ID (the public contract for JSON keys, CSV columns and
 * defined names), its official label, its type and where it lives in the fill-in workbook.
 *
 * @param id stable field ID, e.g. {@code t3.total.commercial}
 * @param label the label a clerk reads, e.g. {@code 表三 （七）总计 / 商业企业}
 * @param type value type
 * @param sheet sheet name in the workbook
 * @param cell cell on that sheet
 * @param required whether a report must give it
 * @param options allowed values for {@link FieldType#CHOICE}, else empty
 * @param defaultValue value of a fresh template, or null
 * @param help a one-line hint for the clerk, or null
 * @param tableId {@code t2}, {@code t3}, {@code t4}, or null for meta and narrative fields
 * @param rowKey row key within the table (t3 row, t4 group, t2 row), or null
 * @param colKey column key within the table, or null
 * @param rowLabel official row label, or null
 * @param colLabel official column label, or null
 * @param sameAs the fields of another format that together count what this one counts (the 2019 format's
 *               （六）其他处理 is the 2021 format's three rows of （六）), for setting the formats side by side;
 *               empty when no other format splits or joins it
 */
public record Field(String id, String label, FieldType type, String sheet, CellRef cell, boolean required,
                    List<String> options, String defaultValue, String help, String tableId, String rowKey,
                    String colKey, String rowLabel, String colLabel, List<String> sameAs) {

    public Field {
        options = List.copyOf(options);
        sameAs = List.copyOf(sameAs);
    }

    /** The workbook defined name for this field: the ID with dots turned into underscores. */
    public String definedName() {
        return id.replace('.', '_');
    }

    /** The Excel-style position, e.g. {@code 表三!J28}. */
    public String position() {
        return sheet + "!" + cell;
    }

    /** True for the numeric statistics fields of tables 2–4. */
    public boolean isNumeric() {
        return type.isNumeric();
    }
}
