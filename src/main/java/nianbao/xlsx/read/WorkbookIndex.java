package nianbao.xlsx.read;

import nianbao.UnreadableInputException;
import nianbao.schema.CellRef;
import nianbao.xlsx.ooxml.Tags;

import javax.xml.stream.XMLStreamException;
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
 * @param styles the styles part (cell formats, for telling a date-formatted cell), or null when there is none
 */
record WorkbookIndex(Map<String, String> sheets, Map<String, String> names, boolean date1904, String sharedStrings,
                     String styles) {

    /**
     * Indexes already read, by the fingerprints of the parts they come from. Filled workbooks made
     * from one template share their workbook part byte for byte (~250 defined names), so a batch
     * of thousands parses it once instead of once per file.
     */
    private static final Map<String, WorkbookIndex> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 256;

    /** Where a defined name points. */
    record NamedCell(String sheet, CellRef cell) {
    }

    /** Reads the workbook part of a package. */
    static WorkbookIndex read(XlsxPackage pkg, String file) throws UnreadableInputException, IOException, XMLStreamException {
        String key = cacheKey(pkg);
        WorkbookIndex cached = key == null ? null : CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        WorkbookIndex index = parse(pkg, file);
        if (key != null) {
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(key, index);
        }
        return index;
    }

    /** The fingerprints of the three parts an index is read from, or null when a part is not where templates put it. */
    private static String cacheKey(XlsxPackage pkg) {
        String rels = pkg.fingerprint("_rels/.rels");
        String main = pkg.fingerprint("xl/workbook.xml");
        String mainRels = pkg.fingerprint("xl/_rels/workbook.xml.rels");
        return rels == null || main == null || mainRels == null ? null : rels + '|' + main + '|' + mainRels;
    }

    private static WorkbookIndex parse(XlsxPackage pkg, String file) throws UnreadableInputException, IOException, XMLStreamException {
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
        String styles = null;
        for (XlsxPackage.Rel rel : pkg.rels(main)) {
            relTargets.put(rel.id(), rel.target());
            if (rel.isType("sharedStrings")) {
                shared = rel.target();
            } else if (rel.isType("styles")) {
                styles = rel.target();
            }
        }
        Map<String, String> sheets = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        boolean date1904 = false;
        String xml = pkg.readText(main);
        List<Tags.Tag> pr = Tags.find(xml, 0, "workbookPr");
        if (!pr.isEmpty()) {
            String d = pr.get(0).attr("date1904");
            date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
        }
        int sheetsAt = Math.max(0, xml.indexOf("sheets"));
        for (Tags.Tag t : Tags.find(xml, sheetsAt, "sheet")) {
            String name = t.attr("name");
            String target = relTargets.get(t.attr("id"));
            if (name != null && target != null) {
                sheets.putIfAbsent(name, target);
            }
        }
        int namesAt = xml.indexOf("definedNames");
        if (namesAt >= 0) {
            for (Tags.Tag t : Tags.find(xml, Math.max(0, namesAt - 64), "definedName")) {
                String name = t.attr("name");
                if (name != null && t.text() != null && t.attr("localSheetId") == null) {
                    names.putIfAbsent(name, t.text());
                }
            }
        }
        return new WorkbookIndex(sheets, names, date1904, shared, styles);
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

    /** True when the defined name exists but points at a deleted cell ({@code #REF!}). */
    boolean isDeleted(String name) {
        String ref = names.get(name);
        return ref != null && ref.contains("#REF!");
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
