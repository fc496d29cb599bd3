package nianbao.legacy.decode;

import nianbao.model.Value;

import java.util.List;

/**
 * What {@link StatsParser} read from the statistics tables of one legacy report.
 *
 * @param values exactly the schema's numeric fields in official order, each READ (with its line and
 *               column), INFERRED (note = the reason, in Chinese) or MISSING (blank, note = the reason)
 * @param layout the detected table layout in Chinese: 一格一行, 竖线分隔, 制表符分隔, Markdown 表格, 空格分隔, 混合,
 *               or 无 when no table was found
 * @param format "2021", "2019" (the 国办公开办函〔2019〕60号 trial format, whose values are not imported) or
 *               "unknown" (no table found)
 * @param notes Chinese sentences about the decisions taken (placements, rows not found, junk skipped)
 * @param spans per table found, its first and last line, so that the narrative can leave them out
 */
public record StatsResult(List<Value> values, String layout, String format, List<String> notes, List<TableSpan> spans) {

    public StatsResult {
        values = List.copyOf(values);
        notes = List.copyOf(notes);
        spans = List.copyOf(spans);
    }

    /**
     * Where one table was found.
     *
     * @param table t2, t3 or t4
     * @param firstLine first line (its heading, or its first label or number)
     * @param lastLine last line holding one of its labels or numbers
     */
    public record TableSpan(String table, int firstLine, int lastLine) {
    }

    /** The value of a field. */
    public Value value(String fieldId) {
        for (Value v : values) {
            if (v.fieldId().equals(fieldId)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no numeric field " + fieldId);
    }
}
