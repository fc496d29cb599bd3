package nianbao.schema;

import java.util.List;

/** One statistics table of the report (表二, 表三, 表四) and its fields in official order. */
public sealed interface Table permits BlockTable, MatrixTable {

    /** Table ID, the prefix of its field IDs ({@code t2}). */
    String id();

    /** Sheet name in the workbook. */
    String sheet();

    /** The section heading the table belongs to, e.g. {@code 二、主动公开政府信息情况}. */
    String title();

    /** Every field of the table in official reading order. */
    List<Field> fields();
}
