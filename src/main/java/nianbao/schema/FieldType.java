package nianbao.schema;

import java.util.Locale;

/** The kind of value a field holds; decides parsing, validation and cell formats. */
public enum FieldType {
    /** A whole number ≥ 0 (件数). */
    COUNT,
    /** A decimal ≥ 0 in 万元. */
    AMOUNT,
    /** Free text. */
    TEXT,
    /** A calendar date, written yyyy-MM-dd. */
    DATE,
    /** A four-digit year. */
    YEAR,
    /** One of a fixed list of options. */
    CHOICE;

    /** True for the numeric statistics types (count and amount). */
    public boolean isNumeric() {
        return this == COUNT || this == AMOUNT;
    }

    static FieldType parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
