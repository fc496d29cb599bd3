package nianbao.xlsx.read;

import nianbao.UnreadableInputException;
import nianbao.model.Numbers;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hidden {@code _schema} sheet a generated template carries (A1 "schema", B1 schema ID,
 * A2 "version", B2 schema version). A workbook without it is not this template; one whose stamp
 * names another schema or version is refused, naming both.
 *
 * @param sheet the stamp sheet's name in this workbook
 * @param id the B1 cell as stored
 * @param version the B2 cell as stored
 */
record SchemaStamp(String sheet, RawCell id, RawCell version) {

    private static final long B1 = SheetScanner.key(0, 1);
    private static final long B2 = SheetScanner.key(1, 1);
    private static final CellSet STAMP_CELLS = CellSet.of(Set.of(B1, B2));

    /**
     * Reads the stamp cells; their shared strings, if any, are looked up later with the others.
     *
     * @throws UnreadableInputException when the workbook has no stamp sheet
     */
    static SchemaStamp find(XlsxPackage pkg, WorkbookIndex index, String file)
            throws UnreadableInputException, IOException, XMLStreamException {
        String stampSheet = sheetName(index, Schemas.defaultSchema().sheet("schema"));
        if (stampSheet == null) {
            throw notTemplate(file);
        }
        Map<Long, RawCell> cells;
        try (InputStream in = pkg.open(index.sheets().get(stampSheet))) {
            cells = SheetScanner.scan(in, STAMP_CELLS, 1);
        }
        return new SchemaStamp(stampSheet, cells.get(B1), cells.get(B2));
    }

    /** The schema ID when it is stored in the sheet itself (inline), else null until strings are known. */
    String inlineId() {
        return id == null || id.isSharedString() ? null : text(id, Map.of());
    }

    /**
     * The schema the workbook was made from.
     *
     * @param strings shared strings, holding at least those the stamp cells refer to
     * @throws UnreadableInputException when the stamp is empty or names an unknown schema or version
     */
    Schema schema(Map<Integer, String> strings, String file) throws UnreadableInputException {
        if (id != null && id.isSharedString() && !strings.containsKey(WorkbookReader.parseIndex(id.value()))) {
            throw new UnreadableInputException(file, sheet, "B1", WorkbookReader.missingString(id), null);
        }
        String schemaId = text(id, strings);
        String ver = text(version, strings);
        if (schemaId.isEmpty()) {
            throw notTemplate(file);
        }
        Optional<Schema> schema = Schemas.byId(schemaId);
        if (schema.isEmpty()) {
            throw new UnreadableInputException(file, sheet, "B1", "工作簿的格式为“" + schemaId + "”（版本 " + orNone(ver)
                    + "），本工具支持" + Schemas.describeAll() + "。请用 nianbao template 生成的模板填写。", null);
        }
        Schema s = schema.get();
        if (!sameMajor(ver, s.version())) {
            throw new UnreadableInputException(file, sheet, "B2", "工作簿的格式“" + schemaId + "”版本为 " + orNone(ver)
                    + "，本工具只认识版本 " + s.version() + "。请用本工具的 nianbao template 重新生成模板并填写。", null);
        }
        return s;
    }

    /** Adds the shared-string indices the stamp cells refer to. */
    void addSharedIndices(Set<Integer> into) {
        for (RawCell c : new RawCell[] {id, version}) {
            if (c != null && c.isSharedString()) {
                into.add(WorkbookReader.parseIndex(c.value()));
            }
        }
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
        return v.matches("\\d+(\\.\\d+)*") && major(v).equals(major(supported));
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
                s = Numbers.plain(CellValues.excelNumber(s));
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
