package nianbao.xlsx.write;

import nianbao.xlsx.ooxml.Tags;
import nianbao.xlsx.ooxml.XmlOut;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cached template's {@code [Content_Types].xml}, to which a workbook with comments adds the
 * comment and drawing parts and the {@code vml} extension. Written like POI writes it: defaults by
 * extension, then overrides by part name.
 */
final class ContentTypes {

    static final String COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    static final String DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
    static final String VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";

    /**
     * Part names in the order POI keeps them: case-insensitive, runs of digits by their value
     * ({@code sheet2} before {@code sheet10}).
     */
    static final Comparator<String> PART_ORDER = ContentTypes::compareNames;

    private final String head;
    private final Map<String, String> defaults;
    private final Map<String, String> overrides;

    private ContentTypes(String head, Map<String, String> defaults, Map<String, String> overrides) {
        this.head = head;
        this.defaults = defaults;
        this.overrides = overrides;
    }

    /**
     * Reads the part as POI wrote it.
     *
     * @return the content types, or null when writing them back would not give the same text
     */
    static ContentTypes parse(String xml) {
        int types = xml.indexOf("<Types");
        int gt = types < 0 ? -1 : xml.indexOf('>', types);
        if (gt < 0) {
            return null;
        }
        Map<String, String> defaults = new TreeMap<>();
        for (Tags.Tag t : Tags.find(xml, gt, "Default")) {
            defaults.put(t.attr("Extension"), t.attr("ContentType"));
        }
        Map<String, String> overrides = new TreeMap<>(PART_ORDER);
        for (Tags.Tag t : Tags.find(xml, gt, "Override")) {
            overrides.put(t.attr("PartName"), t.attr("ContentType"));
        }
        ContentTypes out = new ContentTypes(xml.substring(0, gt + 1), defaults, overrides);
        return out.write(Map.of(), Map.of()).equals(xml) ? out : null;
    }

    /** The part with extra defaults (extension → type) and overrides (part name → type). */
    String write(Map<String, String> moreDefaults, Map<String, String> moreOverrides) {
        Map<String, String> d = defaults;
        Map<String, String> o = overrides;
        if (!moreDefaults.isEmpty()) {
            d = new TreeMap<>(defaults);
            d.putAll(moreDefaults);
        }
        if (!moreOverrides.isEmpty()) {
            o = new TreeMap<>(PART_ORDER);
            o.putAll(overrides);
            o.putAll(moreOverrides);
        }
        StringBuilder sb = new StringBuilder(head.length() + 200 * (d.size() + o.size())).append(head);
        d.forEach((ext, type) -> sb.append("<Default ContentType=\"").append(XmlOut.attr(type))
                .append("\" Extension=\"").append(XmlOut.attr(ext)).append("\"/>"));
        o.forEach((part, type) -> sb.append("<Override ContentType=\"").append(XmlOut.attr(type))
                .append("\" PartName=\"").append(XmlOut.attr(part)).append("\"/>"));
        return sb.append("</Types>").toString();
    }

    /** True when the extension has a default type. */
    boolean hasDefault(String extension) {
        return defaults.containsKey(extension);
    }

    private static int compareNames(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int ei = i;
                int ej = j;
                while (ei < a.length() && isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && isDigit(b.charAt(ej))) {
                    ej++;
                }
                int c = new java.math.BigInteger(a.substring(i, ei)).compareTo(new java.math.BigInteger(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
                continue;
            }
            int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
            if (c != 0) {
                return c;
            }
            i++;
            j++;
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
