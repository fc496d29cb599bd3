package nianbao.xlsx;

import nianbao.UnreadableInputException;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hidden {@code _schema} sheet a generated template carries (A1 "schema", B1 schema ID,
 * A2 "version", B2 schema version): checked first, so a workbook that is not this template, or
 * is of another format version, is refused before any cell is read.
 */
final class SchemaStamp {

    private static final long B1 = SheetScanner.key(0, 1);
    private static final long B2 = SheetScanner.key(1, 1);

    private SchemaStamp() {
    }

    /**
     * The schema the workbook was made from.
     *
     * @throws UnreadableInputException when the stamp is missing or names an unknown schema or version
     */
    static Schema check(XlsxPackage pkg, WorkbookIndex index, String file)
            throws UnreadableInputException, IOException, XMLStreamException {
        String stampSheet = sheetName(index, Schemas.defaultSchema().sheet("schema"));
        if (stampSheet == null) {
            throw notTemplate(file);
        }
        Map<Long, RawCell> cells;
        try (InputStream in = pkg.open(index.sheets().get(stampSheet))) {
            cells = SheetScanner.scan(in, Set.of(B1, B2), 1);
        }
        Set<Integer> shared = new HashSet<>();
        for (RawCell c : cells.values()) {
            if (c.isSharedString()) {
                shared.add(WorkbookReader.parseIndex(c.value()));
            }
        }
        Map<Integer, String> strings = WorkbookReader.sharedStrings(pkg, index, shared);
        String id = text(cells.get(B1), strings);
        String version = text(cells.get(B2), strings);
        if (id.isEmpty()) {
            throw notTemplate(file);
        }
        Optional<Schema> schema = Schemas.byId(id);
        Schema supported = Schemas.defaultSchema();
        if (schema.isEmpty()) {
            throw new UnreadableInputException(file, stampSheet, "B1", "工作簿的格式为“" + id + "”（版本 " + orNone(version)
                    + "），本工具支持“" + supported.id() + "”（版本 " + supported.version() + "）。请用 nianbao template 生成的模板填写。", null);
        }
        Schema s = schema.get();
        if (!sameMajor(version, s.version())) {
            throw new UnreadableInputException(file, stampSheet, "B2", "工作簿的格式“" + id + "”版本为 " + orNone(version)
                    + "，本工具只认识版本 " + s.version() + "。请用本工具的 nianbao template 重新生成模板并填写。", null);
        }
        return s;
    }

    /**
     * The workbook's name for a sheet: the exact name, else one that differs only in surrounding
     * blanks or letter case (a clerk's stray space when renaming back); null when absent.
     */
    static String sheetName(WorkbookIndex index, String wanted) {
        if (index.sheets().containsKey(wanted)) {
            return wanted;
        }
        for (String n : index.sheets().keySet()) {
            if (n.strip().equalsIgnoreCase(wanted.strip())) {
                return n;
            }
        }
        return null;
    }

    /** Same major version: a minor revision of the schema file keeps every cell where it was. */
    static boolean sameMajor(String version, String supported) {
        if (version.isEmpty()) {
            return false;
        }
        String v = version.startsWith("v") || version.startsWith("V") ? version.substring(1) : version;
        return major(v).equals(major(supported)) && v.matches("\\d+(\\.\\d+)*");
    }

    private static String major(String v) {
        int dot = v.indexOf('.');
        return dot < 0 ? v : v.substring(0, dot);
    }

    private static String text(RawCell c, Map<Integer, String> strings) {
        if (c == null || c.value() == null) {
            return "";
        }
        String s = c.isSharedString() ? strings.getOrDefault(WorkbookReader.parseIndex(c.value()), "") : c.value();
        if ("n".equals(c.type())) {
            try {
                // a version typed as a number: 1 → "1", 1.0 stays "1"
                s = nianbao.model.Numbers.plain(CellValues.excelNumber(s));
            } catch (NumberFormatException e) {
                // keep as is
            }
        }
        return s.strip();
    }

    private static String orNone(String s) {
        return s.isEmpty() ? "未标明" : s;
    }

    private static UnreadableInputException notTemplate(String file) {
        return new UnreadableInputException(file, "不是年报填报模板（缺少隐藏工作表 _schema 或其中的格式标识）。请用 nianbao template 生成的模板填写。");
    }
}
