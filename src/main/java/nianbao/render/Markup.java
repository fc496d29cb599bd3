package nianbao.render;

/**
 * The one escaper of the published formats: text placed in the HTML page or fragment and in the
 * Word document's XML parts. (The web pages are escaped by their templates; the workbook's parts
 * follow POI's own escaping in {@code xlsx}.)
 */
final class Markup {

    private Markup() {
    }

    /**
     * Text made safe for element content and for a double- or single-quoted attribute, in HTML and in
     * XML alike: {@code < > & " '} as references; tabs and line breaks as spaces (a published paragraph
     * is one line; a Word run would drop them anyway); other control characters and the two
     * non-characters XML 1.0 cannot hold dropped, so a stray control code never breaks a file.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\t', '\n', '\r' -> sb.append(' ');
                default -> {
                    if (ch >= 0x20 && ch != 0xFFFE && ch != 0xFFFF) {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }
}
