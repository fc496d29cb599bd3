package nianbao.xlsx.ooxml;

/**
 * Text written into the parts of a patched workbook, escaped exactly as POI's XML library writes
 * it, so that a patched part is the part POI would have written: {@code <} and {@code &} always,
 * {@code >} only after {@code ]]}, a carriage return as {@code &#13;}, and characters XML 1.0 does
 * not allow replaced by {@code ?}.
 */
public final class XmlOut {

    private XmlOut() {
    }

    /** Appends element text escaped. */
    public static StringBuilder text(StringBuilder sb, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '&' -> sb.append("&amp;");
                case '>' -> sb.append(i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']' ? "&gt;" : ">");
                case '\r' -> sb.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (allowed(c)) {
                        sb.append(c);
                    } else {
                        sb.append('?');
                    }
                }
            }
        }
        return sb;
    }

    /** Element text escaped. */
    public static String text(String s) {
        return text(new StringBuilder(s.length() + 16), s).toString();
    }

    /** An attribute value (in double quotes) escaped. */
    public static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }

    /** A character XML 1.0 allows in text (a lone surrogate is not one). */
    private static boolean allowed(char c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c == '\t' || c == '\n';
    }

    /**
     * A string item's {@code <t>} element, as POI writes it for plain text: with
     * {@code xml:space="preserve"} when the text starts or ends with white space, empty as {@code <t/>};
     * a text that looks like Excel's {@code _xHHHH_} escape protected ({@link ExcelEscapes}).
     */
    public static String stringItem(String text) {
        String s = ExcelEscapes.protect(text);
        if (s.isEmpty()) {
            return "<t/>";
        }
        boolean preserve = !s.isEmpty()
                && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
        StringBuilder sb = new StringBuilder(s.length() + 40).append(preserve ? "<t xml:space=\"preserve\">" : "<t>");
        return text(sb, s).append("</t>").toString();
    }
}
