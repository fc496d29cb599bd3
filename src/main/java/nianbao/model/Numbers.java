package nianbao.model;

import java.math.BigDecimal;

/**
 * Lenient reading of numbers as clerks and web pages write them: surrounding and inner spaces,
 * full-width digits and signs, thousands separators, a trailing 件/万元/元.
 */
public final class Numbers {

    private Numbers() {
    }

    /** Parses a number, or returns null when the text is blank, not a number or absurdly long ({@link #tractable}). */
    public static BigDecimal parse(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                sb.append('.');
            } else if (c == '－' || c == '−') {
                sb.append('-');
            } else if (c == '＋') {
                sb.append('+');
            } else if (c == ',' || c == '，' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            } else {
                sb.append(c);
            }
        }
        String s = sb.toString();
        for (String unit : new String[] {"万元", "元", "件", "个", "条"}) {
            if (s.endsWith(unit)) {
                s = s.substring(0, s.length() - unit.length());
                break;
            }
        }
        if (s.isEmpty() || !s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return null;
        }
        BigDecimal n = new BigDecimal(s);
        return tractable(n) ? n : null;
    }

    /** Beyond this many digits before or after the point a number is shown with an exponent. */
    private static final int PLAIN_DIGITS = 30;

    /** Numbers with more digits than this are not arithmetic material (1e999999999 would take a gigabyte). */
    private static final int TRACTABLE_DIGITS = 1000;

    /**
     * The plain form of a number: no exponent, no trailing zeros (1.50 → 1.5, 3.0 → 3). An absurd number
     * (more than 30 digits before or after the point, e.g. a pasted 1.7976931348623157E308) keeps its
     * exponent, so a message quoting it stays one short line.
     */
    public static String plain(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.precision() - s.scale() > PLAIN_DIGITS || s.scale() > PLAIN_DIGITS) {
            return s.toString();
        }
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** Plain or scientific notation, as JSON and spreadsheets write numbers. */
    private static final java.util.regex.Pattern SCIENTIFIC =
            java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,10})?");

    /**
     * The number a text spells when it is a number too long to compute with (JSON {@code 1e999999999}), else
     * null: such a value is out of range, not "not a number". Building it costs nothing; only arithmetic on it
     * would.
     */
    public static BigDecimal intractable(String text) {
        if (text == null || !SCIENTIFIC.matcher(text.strip()).matches()) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(text.strip());
            return tractable(n) ? null : n;
        } catch (NumberFormatException e) {
            return null; // an exponent beyond what BigDecimal holds at all
        }
    }

    /**
     * True when a number is small enough in digits to compute with: readers keep anything else (JSON
     * {@code 1e999999999}) as the text it was, which validation reports as out of range ({@link #intractable}),
     * instead of letting one sum or plain rendering of it run out of memory.
     */
    public static boolean tractable(BigDecimal v) {
        return v.precision() - v.scale() <= TRACTABLE_DIGITS && v.scale() <= TRACTABLE_DIGITS;
    }
}
