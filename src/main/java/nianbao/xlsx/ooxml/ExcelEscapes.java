package nianbao.xlsx.ooxml;

/**
 * Excel's {@code _xHHHH_} escapes in cell text (ST_Xstring): a reader turns {@code _x0041_} into
 * {@code A}, so a text that merely looks like an escape is written with its underscore escaped as
 * {@code _x005F_}, the way Excel itself saves it. Every writer of cell or comment text goes through
 * here: the patched workbook writer, the POI paths, the template prefill and the merge summary.
 */
public final class ExcelEscapes {

    private ExcelEscapes() {
    }

    /** True when {@code s} has an escape ({@code _x}, four hex digits, {@code _}) starting at {@code i}. */
    public static boolean escapeAt(CharSequence s, int i) {
        if (i + 7 > s.length() || s.charAt(i) != '_' || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The text as it must be stored so that a reader gets {@code s} back: {@code _x0041_} → {@code _x005F_x0041_}. */
    public static String protect(String s) {
        if (s == null || s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder sb = null;
        for (int i = 0, n = s.length(); i < n; i++) {
            if (escapeAt(s, i)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 12).append(s, 0, i);
                }
                sb.append("_x005F");
            }
            if (sb != null) {
                sb.append(s.charAt(i));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** The text a reader gets from stored text: every {@code _xHHHH_} decoded (the inverse of {@link #protect}). */
    public static String decode(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (escapeAt(s, i)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }
}
