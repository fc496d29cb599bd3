package nianbao.model;

import java.math.BigDecimal;

/**
 * One field's value: a number (tables), a text (meta and narrative) or blank, with its
 * provenance, its source and, for inferred or missing values, the reason.
 *
 * @param fieldId the field ID
 * @param number numeric value, or null
 * @param text text value (also the raw text of a number that could not be parsed), or null
 * @param how how the value was obtained
 * @param source where it was obtained
 * @param note why it was inferred or is missing, or what was wrong with it; null otherwise
 */
public record Value(String fieldId, BigDecimal number, String text, Provenance how, Source source, String note) {

    public Value {
        if (fieldId == null || how == null || source == null) {
            throw new IllegalArgumentException("fieldId, how and source are required");
        }
    }

    /** A number read from the given source. */
    public static Value number(String fieldId, BigDecimal number, Source source) {
        return new Value(fieldId, number, null, Provenance.READ, source, null);
    }

    /** A text read from the given source. */
    public static Value text(String fieldId, String text, Source source) {
        return new Value(fieldId, null, text, Provenance.READ, source, null);
    }

    /** A blank value: the cell or place was empty. */
    public static Value blank(String fieldId, Source source) {
        return new Value(fieldId, null, null, Provenance.READ, source, null);
    }

    /** A number inferred from the rules, with the reason. */
    public static Value inferred(String fieldId, BigDecimal number, Source source, String reason) {
        return new Value(fieldId, number, null, Provenance.INFERRED, source, reason);
    }

    /** A value that could not be determined, with the reason. */
    public static Value missing(String fieldId, Source source, String reason) {
        return new Value(fieldId, null, null, Provenance.MISSING, source, reason);
    }

    /** True when there is neither a number nor a text. */
    public boolean isBlank() {
        return number == null && (text == null || text.isBlank());
    }

    /** True when the field holds text that should have been a number (e.g. "十二"). */
    public boolean isUnparsedNumber() {
        return number == null && text != null && !text.isBlank();
    }

    /** The same value with another provenance and note. */
    public Value with(Provenance newHow, String newNote) {
        return new Value(fieldId, number, text, newHow, source, newNote);
    }
}
