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
 * @param names defined name → the single cell it points at
 * @param date1904 true when date serials count from 1904 (old Mac workbooks)
 * @param sharedStrings the shared-strings part, or null when the workbook has none
 */
record WorkbookIndex(Map<String, String> sheets, Map<String, NamedCell> names, boolean date1904, String sharedStrings) {

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
        Map<String, NamedCell> names = new HashMap<>();
        boolean date1904 = false;
        try (InputStream in = pkg.open(main)) {
            XMLStreamReader r = Xml.reader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (Xml.name(r)) {
                        case "workbookPr" -> {
                            String d = Xml.attr(r, "date1904");
                            date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
                        }
                        case "sheet" -> {
                            String name = Xml.attr(r, "name");
                            String target = relTargets.get(Xml.attr(r, "id"));
                            if (name != null && target != null) {
                                sheets.putIfAbsent(name, target);
                            }
                        }
                        case "definedName" -> {
                            String name = Xml.attr(r, "name");
                            boolean local = Xml.attr(r, "localSheetId") != null;
                            String ref = r.getElementText();
                            NamedCell c = local || name == null ? null : parseRef(ref);
                            if (c != null) {
                                names.putIfAbsent(name, c);
                            }
                        }
                        default -> {
                        }
                    }
                }
            } finally {
                r.close();
            }
        }
        return new WorkbookIndex(sheets, names, date1904, shared);
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
        if (!a1.matches("[A-Za-z]{1,3}[0-9]{1,7}")) {
            return null;
        }
        return new NamedCell(sheet, CellRef.parse(a1));
    }

    /** The sheet names, in workbook order. */
    List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }
}
