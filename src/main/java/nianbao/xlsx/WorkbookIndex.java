package nianbao.xlsx;

import nianbao.UnreadableInputException;
import nianbao.schema.CellRef;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code xl/workbook.xml} and its relationships say: sheet names → sheet parts, the
 * workbook-level defined names that point at one cell, the date system and the shared-strings
 * part. Found through the package relationships, so files whose parts are named differently
 * (LibreOffice, WPS, other writers) read the same.
 *
 * @param sheets sheet name → part name, in workbook order
 * @param names workbook-level defined name → its formula text as written (parsed on lookup)
 * @param date1904 true when date serials count from 1904 (old Mac workbooks)
 * @param sharedStrings the shared-strings part, or null when the workbook has none
 */
record WorkbookIndex(Map<String, String> sheets, Map<String, String> names, boolean date1904, String sharedStrings) {

    /** Where a defined name points. */
    record NamedCell(String sheet, CellRef cell) {
    }

    /** Reads the workbook part of a package. */
    static WorkbookIndex read(XlsxPackage pkg, String file) throws UnreadableInputException, IOException, XMLStreamException {
        String main = null;
        for (XlsxPackage.Rel rel : pkg.rels("")) {
            if (rel.isType("officeDocument")) {
                main = rel.target();
                break;
            }
        }
        if (main == null) {
            main = "xl/workbook.xml";
        }
        String lower = main.toLowerCase(java.util.Locale.ROOT);
        if (!pkg.has(main) || lower.startsWith("word/") || lower.startsWith("ppt/") || lower.endsWith(".bin")) {
            throw new UnreadableInputException(file, null, null, ForeignFormats.describeZip(pkg), null);
        }
        Map<String, String> relTargets = new HashMap<>();
        String shared = null;
        for (XlsxPackage.Rel rel : pkg.rels(main)) {
            relTargets.put(rel.id(), rel.target());
            if (rel.isType("sharedStrings")) {
                shared = rel.target();
            }
        }
        Map<String, String> sheets = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        boolean date1904 = false;
        String xml;
        try (InputStream in = pkg.open(main)) {
            xml = Xml.decode(in.readAllBytes());
        }
        int namesAt = -1;
        XMLStreamReader r = Xml.reader(xml);
        try {
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String el = Xml.name(r);
                if (el.equals("workbookPr")) {
                    String d = Xml.attr(r, "date1904");
                    date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
                } else if (el.equals("sheet")) {
                    String name = Xml.attr(r, "name");
                    String target = relTargets.get(Xml.attr(r, "id"));
                    if (name != null && target != null) {
                        sheets.putIfAbsent(name, target);
                    }
                } else if (el.equals("definedNames")) {
                    namesAt = r.getLocation().getCharacterOffset();
                    break;
                }
            }
        } finally {
            r.close();
        }
        if (namesAt >= 0) {
            readNames(xml, Math.max(0, namesAt - 64), names);
        }
        return new WorkbookIndex(sheets, names, date1904, shared);
    }

    /**
     * A template carries some two hundred defined names (one per field); a full parser spends more
     * on them than on a sheet. Their syntax is narrow (an element with attributes and plain text,
     * never children), so from {@code <definedNames>} on they are picked out by a plain scan.
     */
    private static void readNames(String xml, int from, Map<String, String> names) {
        final String tag = "definedName";
        int i = from;
        while ((i = xml.indexOf(tag, i)) >= 0) {
            int after = i + tag.length();
            if (after >= xml.length()) {
                break;
            }
            char next = xml.charAt(after);
            int lt = xml.lastIndexOf('<', i);
            // an opening tag: '<' then an optional prefix, then the name and a blank or '>'
            boolean opening = lt >= 0 && xml.charAt(lt + 1) != '/' && (lt + 1 == i || xml.charAt(i - 1) == ':')
                    && xml.substring(lt + 1, i).indexOf(' ') < 0 && (next == '>' || Character.isWhitespace(next));
            int gt = xml.indexOf('>', after);
            if (!opening || gt < 0) {
                i = after;
                continue;
            }
            int end = xml.indexOf('<', gt + 1);
            if (xml.charAt(gt - 1) == '/' || end < 0) {
                i = gt + 1;
                continue; // <definedName .../> has no formula
            }
            String attrs = xml.substring(after, gt);
            String name = attribute(attrs, "name");
            if (name != null && attribute(attrs, "localSheetId") == null) {
                names.putIfAbsent(Xml.unescape(name), Xml.unescape(xml.substring(gt + 1, end)));
            }
            i = end;
        }
    }

    /** The raw value of an attribute (any prefix) in the attribute text of a start tag, or null. */
    static String attribute(String attrs, String key) {
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

    /**
     * Parses a defined name's formula when it is one cell: {@code 表三!$J$28} or
     * {@code '表 三'!$J$28}; anything else (ranges, {@code #REF!}, formulas) gives null.
     */
    static NamedCell parseRef(String ref) {
        if (ref == null) {
            return null;
        }
        String s = ref.trim();
        if (s.startsWith("=")) {
            s = s.substring(1);
        }
        String sheet;
        String rest;
        if (s.startsWith("'")) {
            StringBuilder sb = new StringBuilder();
            int i = 1;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\'') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                        sb.append('\'');
                        i += 2;
                        continue;
                    }
                    break;
                }
                sb.append(c);
                i++;
            }
            if (i + 1 >= s.length() || s.charAt(i + 1) != '!') {
                return null;
            }
            sheet = sb.toString();
            rest = s.substring(i + 2);
        } else {
            int bang = s.lastIndexOf('!');
            if (bang <= 0) {
                return null;
            }
            sheet = s.substring(0, bang);
            rest = s.substring(bang + 1);
        }
        String a1 = rest.replace("$", "");
        return isA1(a1) ? new NamedCell(sheet, CellRef.parse(a1)) : null;
    }

    /** The single cell a workbook-level defined name points at, or null. */
    NamedCell named(String name) {
        String ref = names.get(name);
        return ref == null ? null : parseRef(ref);
    }

    /** True for a plain A1 address: one to three letters, then one to seven digits. */
    static boolean isA1(String s) {
        int i = 0;
        while (i < s.length() && i < 4 && isLetter(s.charAt(i))) {
            i++;
        }
        int digits = s.length() - i;
        if (i == 0 || i > 3 || digits == 0 || digits > 7) {
            return false;
        }
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** The sheet names, in workbook order. */
    List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }
}
