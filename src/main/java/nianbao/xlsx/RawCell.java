package nianbao.xlsx;

/**
 * One cell as stored in the sheet XML, before it is given a field's meaning.
 *
 * @param type the {@code t} attribute: {@code n} (number, also when absent), {@code s} (shared
 *             string index), {@code inlineStr}, {@code str} (formula text result), {@code b},
 *             {@code e} (error) or {@code d} (ISO date)
 * @param value the {@code <v>} text, the inline string, or null when the cell has no value
 * @param formula true when the cell holds a formula ({@code <f>}), whether or not a result is cached
 */
record RawCell(String type, String value, boolean formula) {

    /** True when the value is a shared-string index still to be looked up. */
    boolean isSharedString() {
        return "s".equals(type) && value != null;
    }

    /** The same cell with its shared-string index replaced by the string. */
    RawCell withString(String s) {
        return new RawCell("inlineStr", s, formula);
    }
}
