package nianbao.compare;

import nianbao.schema.Field;
import nianbao.schema.FieldType;

import java.util.List;

/**
 * One number of a table followed across the years.
 *
 * @param field the field, as the latest format that has it defines it
 * @param group the row it belongs to (表三 （三）1.属于国家秘密, 表二 规章), as that format labels it
 * @param label the column (自然人, 总计, 本年制发件数), as that format labels it
 * @param entries one per report of the series, in year order
 * @param steps one per pair of adjacent reports, in year order
 */
public record Line(Field field, String group, String label, List<Entry> entries, List<Step> steps) {

    public Line {
        entries = List.copyOf(entries);
        steps = List.copyOf(steps);
    }

    /** The field's type (件数, 万元, signed 增/减). */
    public FieldType type() {
        return field.type();
    }

    /** True when some change of the line is large. */
    public boolean flagged() {
        return steps.stream().anyMatch(Step::large);
    }

    /** The line's name in one phrase: 表三 （三）1.属于国家秘密 / 总计. */
    public String title(String table) {
        return table + " " + group + " / " + label;
    }
}
