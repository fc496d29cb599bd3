package nianbao.legacy.tokens;

import java.math.BigDecimal;

/**
 * One cell of legacy text after tokenising: a label text, a number, a placeholder for "nothing"
 * (—, /, 无) or junk that looks numeric but is not one number (such as {@code 1 1 1}).
 *
 * @param kind what the cell is
 * @param raw the cell as printed (trimmed)
 * @param prefix canonical enumerator prefix of a text ({@code (三)}, {@code 一、}, {@code 1.}) or ""
 * @param key canonical label key of a text (no spaces, no punctuation), or ""
 * @param number the value of a number, else null
 * @param glued true for a number that was glued to the text before it (行政许可4928)
 * @param line one-based line number
 * @param column one-based column of the cell's first character
 * @param sep the separator style of the line the token came from
 */
public record Token(Kind kind, String raw, String prefix, String key, BigDecimal number, boolean glued, int line,
             int column, Sep sep) {

    /** What a token is. */
    public enum Kind { TEXT, NUMBER, PLACEHOLDER, JUNK }

    /** How the cells of a line were separated. */
    public enum Sep { TAB, PIPE, MARKDOWN, SPACE, SINGLE }

    /** True for numbers and placeholders: tokens that fill one table cell. */
    boolean isValue() {
        return kind == Kind.NUMBER || kind == Kind.PLACEHOLDER;
    }
}
