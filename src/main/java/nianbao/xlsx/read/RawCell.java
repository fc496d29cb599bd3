package nianbao.xlsx.read;

/**
 * One cell as stored in the sheet XML, before it is given a field's meaning.
 *
 * @param type the {@code t} attribute: {@code n} (number, also when absent), {@code s} (shared
 *             string index), {@code inlineStr}, {@code str} (formula text result), {@code b},
 *             {@code e} (error) or {@code d} (ISO date)
 * @param value the {@code <v>} text, the inline string, or null when the cell has no value
 * @param formula true when the cell holds a formula ({@code <f>}), whether or not a result is cached
 * @param formulaText the formula as written (without "="), empty for a shared formula's later
 *                    cells (their text lives in the first cell), null when there is no formula
 * @param style the {@code s} attribute (an index into the workbook's cell formats), or -1 when absent
 */
record RawCell(String type, String value, boolean formula, String formulaText, int style) {

    /** A cell without a style. */
    RawCell(String type, String value, boolean formula, String formulaText) {
        this(type, value, formula, formulaText, -1);
    }

    /** A cell whose formula text, if any, is not known. */
    RawCell(String type, String value, boolean formula) {
        this(type, value, formula, formula ? "" : null);
    }

    /** True when the value is a shared-string index still to be looked up. */
    boolean isSharedString() {
        return "s".equals(type) && value != null;
    }

    /** The same cell with its shared-string index replaced by the string. */
    RawCell withString(String s) {
        return new RawCell("inlineStr", s, formula, formulaText, style);
    }
}
