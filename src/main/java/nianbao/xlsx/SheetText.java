package nianbao.xlsx;

import nianbao.schema.CellRef;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The fast path of {@link SheetScanner}: picks the wanted cells straight out of a worksheet's
 * decoded text with index scans instead of a StAX parser (which costs several times more on the
 * 30–50 KB sheets of a filled template). Anything it does not expect — a DOCTYPE, CDATA, an
 * unterminated tag — makes it give up and return null, and the caller parses with StAX instead.
 */
final class SheetText {

    private SheetText() {
    }

    /**
     * Reads the wanted cells, or returns null when the text needs the full parser.
     *
     * @param xml the worksheet part, decoded
     * @param wanted keys ({@link SheetScanner#key}) of the cells to keep
     * @param maxRow the last zero-based row holding a wanted cell
     */
    static Map<Long, RawCell> scan(String xml, Set<Long> wanted, int maxRow) {
        if (xml.contains("<!DOCTYPE") || xml.contains("<![CDATA[")) {
            return null;
        }
        Map<Long, RawCell> out = new HashMap<>();
        int row = -1;
        int col = -1;
        boolean inData = false;
        int pos = 0;
        int n = xml.length();
        while (true) {
            int lt = xml.indexOf('<', pos);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char c1 = xml.charAt(lt + 1);
            if (c1 == '?' || c1 == '!') {
                int end = c1 == '!' && xml.startsWith("<!--", lt) ? xml.indexOf("-->", lt) : xml.indexOf('>', lt);
                if (end < 0) {
                    return null;
                }
                pos = end + 1;
                continue;
            }
            int gt = tagEnd(xml, lt);
            if (gt < 0) {
                return null;
            }
            if (c1 == '/') {
                if (inData && local(xml, lt + 2, gt).equals("sheetData")) {
                    break;
                }
                pos = gt + 1;
                continue;
            }
            boolean selfClosing = xml.charAt(gt - 1) == '/';
            int nameEnd = nameEnd(xml, lt + 1, gt);
            String qname = xml.substring(lt + 1, nameEnd);
            String local = local(qname, 0, qname.length());
            pos = gt + 1;
            if (local.equals("sheetData")) {
                inData = !selfClosing;
            } else if (inData && local.equals("row")) {
                String ra = attr(xml, nameEnd, gt, "r");
                row = ra != null ? parsePositive(ra, row + 2) - 1 : row + 1;
                col = -1;
                if (row > maxRow) {
                    break;
                }
            } else if (inData && local.equals("c")) {
                String ref = attr(xml, nameEnd, gt, "r");
                if (ref != null && WorkbookIndex.isA1(ref)) {
                    CellRef c = CellRef.parse(ref);
                    col = c.col();
                    row = Math.max(c.row(), 0);
                } else {
                    col++;
                }
                int contentEnd = gt;
                int next = gt + 1;
                if (!selfClosing) {
                    String close = "</" + qname + ">";
                    contentEnd = xml.indexOf(close, gt + 1);
                    if (contentEnd < 0) {
                        return null;
                    }
                    next = contentEnd + close.length();
                }
                long k = SheetScanner.key(Math.max(row, 0), col);
                if (row >= 0 && wanted.contains(k)) {
                    RawCell cell = cell(xml, attr(xml, nameEnd, gt, "t"), selfClosing ? -1 : gt + 1, contentEnd);
                    if (cell == null) {
                        return null;
                    }
                    out.put(k, cell);
                }
                pos = next;
            }
        }
        return out;
    }

    /** Reads one cell's children ({@code v}, {@code f}, {@code is}) between {@code from} and {@code to}. */
    private static RawCell cell(String xml, String type, int from, int to) {
        String value = null;
        boolean formula = false;
        String formulaText = null;
        int pos = from;
        while (from >= 0 && pos < to) {
            int lt = xml.indexOf('<', pos);
            if (lt < 0 || lt >= to) {
                break;
            }
            int gt = tagEnd(xml, lt);
            if (gt < 0 || gt > to) {
                return null;
            }
            if (xml.charAt(lt + 1) == '/') {
                pos = gt + 1;
                continue;
            }
            boolean selfClosing = xml.charAt(gt - 1) == '/';
            int nameEnd = nameEnd(xml, lt + 1, gt);
            String qname = xml.substring(lt + 1, nameEnd);
            String local = local(qname, 0, qname.length());
            int end = gt + 1;
            String text = "";
            if (!selfClosing) {
                String close = "</" + qname + ">";
                int closeAt = xml.indexOf(close, gt + 1);
                if (closeAt < 0 || closeAt > to) {
                    return null;
                }
                text = xml.substring(gt + 1, closeAt);
                end = closeAt + close.length();
            }
            switch (local) {
                case "v" -> value = Xml.unescape(text);
                case "f" -> {
                    formula = true;
                    formulaText = Xml.unescape(text).strip();
                }
                case "is" -> value = Xml.decodeEscapes(stringItem(text));
                default -> {
                    // extensions and anything else inside a cell carry no value
                }
            }
            pos = end;
        }
        if (value != null && !"s".equals(type) && !"inlineStr".equals(type) && !"str".equals(type)) {
            value = value.trim();
        }
        if (value != null && ("str".equals(type) || "inlineStr".equals(type))) {
            value = Xml.decodeEscapes(value);
        }
        return new RawCell(type == null ? "n" : type, value, formula, formulaText);
    }

    /** The text of every {@code <t>} of an inline string, leaving out phonetic guides. */
    static String stringItem(String body) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        while (true) {
            int lt = body.indexOf('<', pos);
            if (lt < 0) {
                break;
            }
            int gt = tagEnd(body, lt);
            if (gt < 0) {
                break;
            }
            if (body.charAt(lt + 1) == '/') {
                pos = gt + 1;
                continue;
            }
            boolean selfClosing = body.charAt(gt - 1) == '/';
            int nameEnd = nameEnd(body, lt + 1, gt);
            String qname = body.substring(lt + 1, nameEnd);
            String local = local(qname, 0, qname.length());
            if (selfClosing) {
                pos = gt + 1;
                continue;
            }
            if (local.equals("t") || local.equals("rPh") || local.equals("phoneticPr")) {
                String close = "</" + qname + ">";
                int closeAt = body.indexOf(close, gt + 1);
                if (closeAt < 0) {
                    break;
                }
                if (local.equals("t")) {
                    sb.append(Xml.unescape(body.substring(gt + 1, closeAt)));
                }
                pos = closeAt + close.length();
            } else {
                pos = gt + 1;
            }
        }
        return sb.toString();
    }

    /** The index of the {@code >} that ends the tag starting at {@code lt}, skipping quoted attribute values. */
    private static int tagEnd(String s, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < s.length(); i++) {
            char c = s.charAt(i);
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

    private static int nameEnd(String s, int from, int gt) {
        int i = from;
        while (i < gt) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>') {
                break;
            }
            i++;
        }
        return i;
    }

    private static String local(String s, int from, int to) {
        int end = from;
        while (end < to && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '>') {
            end++;
        }
        int colon = s.lastIndexOf(':', end - 1);
        return s.substring(colon >= from ? colon + 1 : from, end);
    }

    /** The value of the attribute with this local name (any prefix) in a start tag's attribute text. */
    private static String attr(String s, int from, int to, String localName) {
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0 || eq >= to) {
                return null;
            }
            int nameTo = eq;
            while (nameTo > i && Character.isWhitespace(s.charAt(nameTo - 1))) {
                nameTo--;
            }
            int q = eq + 1;
            while (q < to && Character.isWhitespace(s.charAt(q))) {
                q++;
            }
            if (q >= to) {
                return null;
            }
            char quote = s.charAt(q);
            if (quote != '"' && quote != '\'') {
                return null;
            }
            int close = s.indexOf(quote, q + 1);
            if (close < 0 || close > to) {
                return null;
            }
            String name = s.substring(i, nameTo);
            int colon = name.indexOf(':');
            if ((colon < 0 ? name : name.substring(colon + 1)).equals(localName)) {
                return Xml.unescape(s.substring(q + 1, close));
            }
            i = close + 1;
        }
        return null;
    }

    private static int parsePositive(String s, int fallback) {
        try {
            int v = Integer.parseInt(s.trim());
            return v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
