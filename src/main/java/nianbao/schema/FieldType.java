package nianbao.schema;

import java.util.Locale;

/** The kind of value a field holds; decides parsing, validation and cell formats. */
public enum FieldType {
    /** A whole number ≥ 0 (件数). */
    COUNT,
    /** A whole number that may be negative: a change since last year (2019 format's 本年增/减). */
    SIGNED_COUNT,
    /** A decimal ≥ 0, in the unit its label names (本年收费金额（单位：万元）) or as printed. */
    AMOUNT,
    /** Free text. */
    TEXT,
    /** A calendar date, written yyyy-MM-dd. */
    DATE,
    /** A four-digit year. */
    YEAR,
    /** One of a fixed list of options. */
    CHOICE;

    /** True for the numeric statistics types (counts, signed counts and amounts). */
    public boolean isNumeric() {
        return this == COUNT || this == SIGNED_COUNT || this == AMOUNT;
    }

    /** True for the whole-number types (count and signed count). */
    public boolean isWhole() {
        return this == COUNT || this == SIGNED_COUNT;
    }

    static FieldType parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
