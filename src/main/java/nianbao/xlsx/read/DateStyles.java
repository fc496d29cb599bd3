package nianbao.xlsx.read;

import nianbao.UnreadableInputException;
import nianbao.xlsx.ooxml.Tags;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which cell formats of a workbook show a number as a date or a time: a count typed into a cell that Excel
 * turned into a date (2025-01-15 is stored as 45672) must be reported as the date the clerk sees, not
 * summed as 45672. Read from the styles part's {@code cellXfs} and {@code numFmts}; cached by the part's
 * fingerprint, since the files made from one template share it byte for byte.
 */
final class DateStyles {

    /** No date formats at all: a workbook without a styles part. */
    static final BitSet NONE = new BitSet();

    private static final Map<String, BitSet> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 256;

    private DateStyles() {
    }

    /**
     * The indexes of the cell formats ({@code s} attribute of a cell) that show dates or times.
     *
     * @param stylesPart the styles part, or null
     */
    static BitSet of(XlsxPackage pkg, String stylesPart) throws UnreadableInputException, IOException {
        if (stylesPart == null || !pkg.has(stylesPart)) {
            return NONE;
        }
        String key = pkg.fingerprint(stylesPart);
        BitSet cached = key == null ? null : CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        BitSet dates = parse(pkg.readText(stylesPart));
        if (key != null) {
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(key, dates);
        }
        return dates;
    }

    /** The date formats of a styles part's text. */
    static BitSet parse(String xml) {
        Map<Integer, String> custom = new HashMap<>();
        for (Tags.Tag t : Tags.find(xml, 0, "numFmt")) {
            Integer id = integer(t.attr("numFmtId"));
            if (id != null && t.attr("formatCode") != null) {
                custom.put(id, t.attr("formatCode"));
            }
        }
        BitSet out = new BitSet();
        int start = xml.indexOf("cellXfs");
        int end = xml.indexOf("cellXfs", start + 7);
        if (start < 0) {
            return out;
        }
        // only the cell formats (cellXfs), not the named-style ones (cellStyleXfs) a cell's s does not index
        List<Tags.Tag> xfs = Tags.find(end < 0 ? xml.substring(start) : xml.substring(start, end), 0, "xf");
        for (int i = 0; i < xfs.size(); i++) {
            Integer id = integer(xfs.get(i).attr("numFmtId"));
            if (id != null && (custom.containsKey(id) ? isDateFormat(custom.get(id)) : isBuiltinDate(id))) {
                out.set(i);
            }
        }
        return out;
    }

    /** Excel's built-in number formats that are dates or times (with the CJK ones a Chinese Excel uses). */
    static boolean isBuiltinDate(int id) {
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
    }

    /**
     * True when a format code shows a date or time: once quoted text, escapes and bracketed parts (colours,
     * locales; elapsed [h] stays) are removed, its first section is nothing but date and time tokens.
     */
    static boolean isDateFormat(String code) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == ';') {
                break;
            } else if (c == '"') {
                int close = code.indexOf('"', i + 1);
                i = close < 0 ? code.length() : close + 1;
            } else if (c == '\\' || c == '_' || c == '*') {
                i += 2;
            } else if (c == '[') {
                int close = code.indexOf(']', i + 1);
                String inside = close < 0 ? "" : code.substring(i + 1, close);
                if (inside.matches("(?i)h+|m+|s+")) {
                    sb.append(inside);
                }
                i = close < 0 ? code.length() : close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        String s = sb.toString().strip();
        return !s.isEmpty() && s.matches("(?i)[ymdhsebg年月日时分秒/\\-.,: ]*(am/pm|a/p|上午/下午)?[ymdhsebg年月日时分秒/\\-.,: ]*")
                && s.matches("(?i).*[ymdhs年月日].*");
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
