package nianbao.model;

import java.math.BigDecimal;

/**
 * Lenient reading of numbers as clerks and web pages write them: surrounding and inner spaces,
 * full-width digits and signs, thousands separators, a trailing 件/万元/元.
 */
public final class Numbers {

    private Numbers() {
    }

    /** Parses a number, or returns null when the text is blank or not a number. */
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
        return new BigDecimal(s);
    }

    /** The plain form of a number: no exponent, no trailing zeros (1.50 → 1.5, 3.0 → 3). */
    public static String plain(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
