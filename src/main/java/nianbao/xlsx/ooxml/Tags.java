package nianbao.xlsx.ooxml;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain scan for the start tags of one element in a small, flat part (relationships, the sheet
 * list and defined names of {@code workbook.xml}). Those elements are narrow (attributes, at most
 * plain text, never children), and a full parser costs more per file in setting itself up than
 * the scan does in total. Sheets and shared strings, where structure matters, go through StAX.
 */
public final class Tags {

    /**
     * One start tag.
     *
     * @param attrs the raw attribute text between the name and {@code >}
     * @param text the element's text up to the next tag, entities replaced; null for {@code <x/>}
     */
    public record Tag(String attrs, String text) {
        /** An attribute's value (any prefix), entities replaced; null when absent. */
        public String attr(String localName) {
            String v = attribute(attrs, localName);
            return v == null ? null : Xml.unescape(v);
        }
    }

    private Tags() {
    }

    /** Every start tag named {@code localName} (with or without a prefix) from offset {@code from} on. */
    public static List<Tag> find(String xml, int from, String localName) {
        List<Tag> out = new ArrayList<>();
        int i = from;
        int comment = xml.indexOf("<!--", from);
        while ((i = xml.indexOf(localName, i)) >= 0) {
            int after = i + localName.length();
            if (after >= xml.length()) {
                break;
            }
            boolean commented = false;
            while (comment >= 0 && comment < i) {
                int close = xml.indexOf("-->", comment + 4);
                if (close < 0) {
                    return out; // an unterminated comment runs to the end
                }
                if (i < close) {
                    i = close + 3; // commented out: not a tag
                    commented = true;
                }
                comment = xml.indexOf("<!--", close + 3);
            }
            if (commented) {
                continue;
            }
            char next = xml.charAt(after);
            int lt = xml.lastIndexOf('<', i);
            boolean opening = lt >= 0 && lt + 1 < xml.length() && xml.charAt(lt + 1) != '/' && xml.charAt(lt + 1) != '!'
                    && (lt + 1 == i || (xml.charAt(i - 1) == ':' && isName(xml, lt + 1, i - 1)))
                    && (next == '>' || next == '/' || Character.isWhitespace(next));
            int gt = opening ? xml.indexOf('>', after) : -1;
            if (gt < 0) {
                i = after;
                continue;
            }
            boolean empty = xml.charAt(gt - 1) == '/';
            String attrs = xml.substring(after, empty ? gt - 1 : gt);
            String text = null;
            int end = gt + 1;
            if (!empty) {
                int close = xml.indexOf('<', gt + 1);
                end = close < 0 ? xml.length() : close;
                text = Xml.unescape(xml.substring(gt + 1, end));
            }
            out.add(new Tag(attrs, text));
            i = end;
        }
        return out;
    }

    /** True when the range is a plain prefix: letters, digits, '-', '_' or '.'. */
    private static boolean isName(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** The raw value of an attribute (any prefix) in the attribute text of a start tag, or null. */
    public static String attribute(String attrs, String key) {
        int i = 0;
        int n = attrs.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(attrs.charAt(i))) {
                i++;
            }
            int nameStart = i;
            while (i < n && attrs.charAt(i) != '=' && !Character.isWhitespace(attrs.charAt(i))) {
                i++;
            }
            String attrName = attrs.substring(nameStart, i);
            while (i < n && (Character.isWhitespace(attrs.charAt(i)) || attrs.charAt(i) == '=')) {
                i++;
            }
            if (i >= n || (attrs.charAt(i) != '"' && attrs.charAt(i) != '\'')) {
                return null;
            }
            char quote = attrs.charAt(i);
            int close = attrs.indexOf(quote, i + 1);
            if (close < 0) {
                return null;
            }
            if (Xml.local(attrName).equals(key)) {
                return attrs.substring(i + 1, close);
            }
            i = close + 1;
        }
        return null;
    }
}
