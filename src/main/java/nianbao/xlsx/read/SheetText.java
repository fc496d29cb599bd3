package nianbao.xlsx.read;

import nianbao.xlsx.ooxml.Xml;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fast path of {@link SheetScanner}: picks the wanted cells straight out of a worksheet's UTF-8
 * bytes with index scans instead of a StAX parser (which costs several times more on the 30–50 KB
 * sheets of a filled template). Markup is ASCII, so tags, names and addresses are compared as bytes
 * and only the wanted cells' values become strings. Anything it does not expect — a DOCTYPE, CDATA,
 * an unterminated tag — makes it give up and return null, and the caller parses with StAX instead.
 */
final class SheetText {

    private static final byte[] SHEET_DATA = ascii("sheetData");
    private static final byte[] ROW = ascii("row");
    private static final byte[] C = ascii("c");
    private static final byte[] V = ascii("v");
    private static final byte[] F = ascii("f");
    private static final byte[] IS = ascii("is");
    private static final byte[] R = ascii("r");
    private static final byte[] T = ascii("t");
    private static final byte[] S = ascii("s");
    private static final byte[] RPH = ascii("rPh");
    private static final byte[] PHONETIC_PR = ascii("phoneticPr");
    private static final byte[] COMMENT_END = ascii("-->");
    /** The cell types a sheet uses, so reading one allocates nothing. */
    private static final String[] TYPES = {"s", "n", "str", "inlineStr", "b", "e", "d"};

    private SheetText() {
    }

    /** Reads the wanted cells of a decoded sheet (tests, and parts that came as UTF-16), or null. */
    static Map<Long, RawCell> scan(String xml, Set<Long> wanted, int maxRow) {
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        return scan(b, 0, b.length, CellSet.of(wanted), maxRow);
    }

    /**
     * Reads the wanted cells of a sheet part as stored (UTF-8 with or without BOM, or UTF-16 with
     * BOM), or returns null when the part needs the full parser.
     */
    static Map<Long, RawCell> scan(byte[] part, CellSet wanted, int maxRow) {
        if (Xml.isUtf16(part)) {
            return scan(Xml.decode(part), wanted.keys(), maxRow);
        }
        return scan(part, Xml.isUtf8Bom(part) ? 3 : 0, part.length, wanted, maxRow);
    }

    /**
     * Reads the wanted cells, or returns null when the bytes need the full parser.
     *
     * @param x the worksheet part, UTF-8, between {@code from} and {@code to}
     * @param wanted the cells to keep
     * @param maxRow the last zero-based row holding a wanted cell
     */
    static Map<Long, RawCell> scan(byte[] x, int from, int to, CellSet wanted, int maxRow) {
        Map<Long, RawCell> out = new HashMap<>();
        int row = -1;
        int col = -1;
        boolean inData = false;
        int pos = from;
        while (true) {
            int lt = indexOf(x, (byte) '<', pos, to);
            if (lt < 0 || lt + 1 >= to) {
                break;
            }
            byte c1 = x[lt + 1];
            if (c1 == '?' || c1 == '!') {
                if (c1 == '!' && !isComment(x, lt, to)) {
                    return null; // a DOCTYPE or CDATA: left to the full parser
                }
                int end = c1 == '!' ? indexOf(x, COMMENT_END, lt + 4, to) : indexOf(x, (byte) '>', lt, to);
                if (end < 0) {
                    return null;
                }
                pos = end + (c1 == '!' ? COMMENT_END.length : 1);
                continue;
            }
            int gt = tagEnd(x, lt, to);
            if (gt < 0) {
                return null;
            }
            if (c1 == '/') {
                int nameEnd = nameEnd(x, lt + 2, gt);
                if (inData && is(x, localStart(x, lt + 2, nameEnd), nameEnd, SHEET_DATA)) {
                    break;
                }
                pos = gt + 1;
                continue;
            }
            boolean selfClosing = x[gt - 1] == '/';
            int nameEnd = nameEnd(x, lt + 1, gt);
            int local = localStart(x, lt + 1, nameEnd);
            pos = gt + 1;
            if (is(x, local, nameEnd, SHEET_DATA)) {
                inData = !selfClosing;
            } else if (inData && is(x, local, nameEnd, ROW)) {
                long ra = attr(x, nameEnd, gt, R);
                row = ra < 0 ? row + 1 : positive(x, ra, row + 2) - 1;
                col = -1;
                if (row > maxRow) {
                    break;
                }
            } else if (inData && is(x, local, nameEnd, C)) {
                long ref = attr(x, nameEnd, gt, R);
                long rc = ref < 0 ? -1 : a1(x, (int) (ref >>> 32), (int) ref);
                if (rc >= 0) {
                    col = (int) (rc >>> 32);
                    row = Math.max((int) rc, 0);
                } else {
                    col++;
                }
                int contentEnd = gt;
                int next = gt + 1;
                if (!selfClosing) {
                    contentEnd = closeTag(x, gt + 1, to, lt + 1, nameEnd);
                    if (contentEnd < 0) {
                        return null;
                    }
                    next = contentEnd + 3 + (nameEnd - lt - 1);
                }
                if (row >= 0 && wanted.contains(row, col)) {
                    long styleAt = attr(x, nameEnd, gt, S);
                    // s="0" (the default format, never a date) reads as no style
                    int style = styleAt < 0 ? -1 : positive(x, styleAt, -1);
                    RawCell cell = cell(x, type(x, attr(x, nameEnd, gt, T)), style, selfClosing ? -1 : gt + 1, contentEnd);
                    if (cell == null) {
                        return null;
                    }
                    out.put(SheetScanner.key(row, col), cell);
                }
                pos = next;
            }
        }
        return out;
    }

    /** Reads one cell's children ({@code v}, {@code f}, {@code is}) between {@code from} and {@code to}. */
    private static RawCell cell(byte[] x, String type, int style, int from, int to) {
        String value = null;
        boolean formula = false;
        String formulaText = null;
        int pos = from;
        while (from >= 0 && pos < to) {
            int lt = indexOf(x, (byte) '<', pos, to);
            if (lt < 0) {
                break;
            }
            int gt = tagEnd(x, lt, to);
            if (gt < 0 || gt > to || x[lt + 1] == '!') {
                return null;
            }
            if (x[lt + 1] == '/') {
                pos = gt + 1;
                continue;
            }
            boolean selfClosing = x[gt - 1] == '/';
            int nameEnd = nameEnd(x, lt + 1, gt);
            int local = localStart(x, lt + 1, nameEnd);
            int end = gt + 1;
            int textFrom = gt + 1;
            int textTo = gt + 1;
            if (!selfClosing) {
                int closeAt = closeTag(x, gt + 1, to, lt + 1, nameEnd);
                if (closeAt < 0) {
                    return null;
                }
                textTo = closeAt;
                end = closeAt + 3 + (nameEnd - lt - 1);
            }
            if (is(x, local, nameEnd, V)) {
                value = Xml.unescape(text(x, textFrom, textTo));
            } else if (is(x, local, nameEnd, F)) {
                formula = true;
                formulaText = Xml.unescape(text(x, textFrom, textTo)).strip();
            } else if (is(x, local, nameEnd, IS)) {
                value = Xml.decodeEscapes(stringItem(x, textFrom, textTo));
            }
            // extensions and anything else inside a cell carry no value
            pos = end;
        }
        if (value != null && !"s".equals(type) && !"inlineStr".equals(type) && !"str".equals(type)) {
            value = value.trim();
        }
        if (value != null && ("str".equals(type) || "inlineStr".equals(type))) {
            value = Xml.decodeEscapes(value);
        }
        return new RawCell(type == null ? "n" : type, value, formula, formulaText, style);
    }

    /**
     * The text of every {@code <t>} of an inline or shared string item between {@code from} and
     * {@code to}, leaving out phonetic guides. The caller has made sure the item holds no {@code <!}.
     */
    static String stringItem(byte[] x, int from, int to) {
        String single = null;
        StringBuilder sb = null;
        int pos = from;
        while (true) {
            int lt = indexOf(x, (byte) '<', pos, to);
            if (lt < 0) {
                break;
            }
            int gt = tagEnd(x, lt, to);
            if (gt < 0) {
                break;
            }
            if (x[lt + 1] == '/' || x[gt - 1] == '/') {
                pos = gt + 1;
                continue;
            }
            int nameEnd = nameEnd(x, lt + 1, gt);
            int local = localStart(x, lt + 1, nameEnd);
            boolean t = is(x, local, nameEnd, T);
            if (t || is(x, local, nameEnd, RPH) || is(x, local, nameEnd, PHONETIC_PR)) {
                int closeAt = closeTag(x, gt + 1, to, lt + 1, nameEnd);
                if (closeAt < 0) {
                    break;
                }
                if (t) {
                    String run = Xml.unescape(text(x, gt + 1, closeAt));
                    if (single == null && sb == null) {
                        single = run; // most items are one run: no builder
                    } else {
                        if (sb == null) {
                            sb = new StringBuilder(single);
                        }
                        sb.append(run);
                    }
                }
                pos = closeAt + 3 + (nameEnd - lt - 1);
            } else {
                pos = gt + 1;
            }
        }
        return sb != null ? sb.toString() : single != null ? single : "";
    }

    private static boolean isComment(byte[] x, int lt, int to) {
        return lt + 3 < to && x[lt + 2] == '-' && x[lt + 3] == '-';
    }

    /** The type attribute as one of the usual constants (no allocation), or decoded; null when absent. */
    private static String type(byte[] x, long span) {
        if (span < 0) {
            return null;
        }
        int s = (int) (span >>> 32);
        int e = (int) span;
        for (String t : TYPES) {
            if (t.length() == e - s && x[s] == t.charAt(0) && regionIs(x, s, t)) {
                return t;
            }
        }
        return Xml.unescape(text(x, s, e));
    }

    private static boolean regionIs(byte[] x, int s, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (x[s + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String text(byte[] x, int from, int to) {
        return new String(x, from, to - from, StandardCharsets.UTF_8);
    }

    /**
     * Column and zero-based row of an A1 address between {@code s} and {@code e} (1–3 letters, 1–7
     * digits), packed as {@code col << 32 | row}; -1 when it is not one.
     */
    static long a1(byte[] x, int s, int e) {
        int i = s;
        int col = 0;
        while (i < e && i - s < 4 && isLetter(x[i])) {
            col = col * 26 + ((x[i] & 0xDF) - 'A' + 1);
            i++;
        }
        int letters = i - s;
        int digits = e - i;
        if (letters == 0 || letters > 3 || digits == 0 || digits > 7) {
            return -1;
        }
        int row = 0;
        for (; i < e; i++) {
            if (x[i] < '0' || x[i] > '9') {
                return -1;
            }
            row = row * 10 + (x[i] - '0');
        }
        return ((long) (col - 1) << 32) | ((row - 1) & 0xFFFFFFFFL);
    }

    private static boolean isLetter(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    }

    /** A positive integer attribute value (surrounding spaces allowed), or the fallback. */
    private static int positive(byte[] x, long span, int fallback) {
        int s = (int) (span >>> 32);
        int e = (int) span;
        while (s < e && isSpace(x[s])) {
            s++;
        }
        while (e > s && isSpace(x[e - 1])) {
            e--;
        }
        if (s == e || e - s > 9) {
            return fallback;
        }
        int v = 0;
        for (int i = s; i < e; i++) {
            if (x[i] < '0' || x[i] > '9') {
                return fallback;
            }
            v = v * 10 + (x[i] - '0');
        }
        return v > 0 ? v : fallback;
    }

    static int indexOf(byte[] x, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (x[i] == b) {
                return i;
            }
        }
        return -1;
    }

    static int indexOf(byte[] x, byte[] p, int from, int to) {
        int last = to - p.length;
        for (int i = indexOf(x, p[0], from, to); i >= 0 && i <= last; i = indexOf(x, p[0], i + 1, to)) {
            int k = 1;
            while (k < p.length && x[i + k] == p[k]) {
                k++;
            }
            if (k == p.length) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the end tag {@code </qname>} of the element whose name is at {@code [q, qEnd)} starts, at
     * or after {@code from}; -1 when there is none before {@code to}, or when a comment, CDATA section
     * or other {@code <!} comes first (whose text could hide or fake the end tag).
     */
    static int closeTag(byte[] x, int from, int to, int q, int qEnd) {
        int n = qEnd - q;
        for (int i = indexOf(x, (byte) '<', from, to); i >= 0; i = indexOf(x, (byte) '<', i + 1, to)) {
            if (i + 1 < to && x[i + 1] == '!') {
                return -1;
            }
            if (i + n + 2 < to && x[i + 1] == '/' && x[i + n + 2] == '>' && java.util.Arrays.equals(x, i + 2, i + 2 + n, x, q, qEnd)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the {@code >} that ends the tag starting at {@code lt}, skipping quoted attribute values. */
    static int tagEnd(byte[] x, int lt, int to) {
        byte quote = 0;
        for (int i = lt + 1; i < to; i++) {
            byte c = x[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    static int nameEnd(byte[] x, int from, int gt) {
        int i = from;
        while (i < gt) {
            byte c = x[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>') {
                break;
            }
            i++;
        }
        return i;
    }

    /** Where the local part of a qualified name at {@code [from, end)} starts (after any prefix). */
    static int localStart(byte[] x, int from, int end) {
        for (int i = end - 1; i >= from; i--) {
            if (x[i] == ':') {
                return i + 1;
            }
        }
        return from;
    }

    /** True when the bytes {@code [from, end)} are exactly {@code name}. */
    static boolean is(byte[] x, int from, int end, byte[] name) {
        return end - from == name.length && java.util.Arrays.equals(x, from, end, name, 0, name.length);
    }

    /**
     * The value of the attribute with this local name (any prefix) in a start tag's attribute bytes,
     * as {@code start << 32 | end} (quotes excluded), or -1 when absent or malformed.
     */
    static long attr(byte[] x, int from, int to, byte[] localName) {
        int i = from;
        while (i < to) {
            while (i < to && isSpace(x[i])) {
                i++;
            }
            int eq = indexOf(x, (byte) '=', i, to);
            if (eq < 0) {
                return -1;
            }
            int nameTo = eq;
            while (nameTo > i && isSpace(x[nameTo - 1])) {
                nameTo--;
            }
            int q = eq + 1;
            while (q < to && isSpace(x[q])) {
                q++;
            }
            if (q >= to) {
                return -1;
            }
            byte quote = x[q];
            if (quote != '"' && quote != '\'') {
                return -1;
            }
            int close = indexOf(x, quote, q + 1, to);
            if (close < 0) {
                return -1;
            }
            if (is(x, localStart(x, i, nameTo), nameTo, localName)) {
                return ((long) (q + 1) << 32) | close;
            }
            i = close + 1;
        }
        return -1;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
