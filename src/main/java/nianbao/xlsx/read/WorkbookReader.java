package nianbao.xlsx.read;

import nianbao.UnreadableInputException;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.CellRef;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a filled template workbook into a report, fast and tolerantly: the zip is opened once,
 * only the sheets and cells the schema addresses are streamed (no POI usermodel), shared strings
 * are looked up only for the cells that need them. Files that cannot be a filled template are
 * refused with one Chinese line naming the file. Stateless and safe to call from many threads.
 */
public final class WorkbookReader {

    private WorkbookReader() {
    }

    /**
     * Reads a filled workbook.
     *
     * @param file the {@code .xlsx} file; it is only read, never changed
     * @return the report, every value with its file, sheet and cell
     * @throws UnreadableInputException when the file is missing, not a workbook, not this
     *         template, of an unknown format version, password-protected, corrupt or too large
     */
    public static Report read(Path file) throws UnreadableInputException {
        String name = file.toString();
        ForeignFormats.requireZip(file, name);
        try (XlsxPackage pkg = XlsxPackage.open(file, name)) {
            return read(pkg, name);
        } catch (XlsxPackage.TooLargeException e) {
            throw e.refusal();
        } catch (XMLStreamException e) {
            XlsxPackage.TooLargeException big = tooLarge(e);
            if (big != null) {
                throw big.refusal();
            }
            throw new UnreadableInputException(name, null, null,
                    "文件已损坏：工作簿内容不是有效的 XML。请在 Excel/WPS 中打开后另存为 .xlsx 再试。", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(name, null, null, damaged(e), e);
        }
    }

    /** The reason for a cell whose text refers to a shared string the workbook does not have. */
    static String missingString(RawCell c) {
        return "文件已损坏：该单元格引用的共享字符串（编号 " + c.value().trim()
                + "）在共享字符串部件里不存在。请在 Excel/WPS 中打开后另存为 .xlsx 再试。";
    }

    /** Why reading a workbook's parts failed, in Chinese: a broken zip, a disk error, or content no reader makes sense of. */
    static String damaged(Exception e) {
        if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
            return "文件已损坏：压缩包里的工作簿部件不完整（可能下载或复制不完整）。请重新获取或在 Excel/WPS 中打开后另存为 .xlsx。";
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            return nianbao.InputFiles.reason(fs);
        }
        return "文件已损坏，无法读取工作簿内容。请在 Excel/WPS 中打开后另存为 .xlsx 再试。";
    }

    private static Report read(XlsxPackage pkg, String name) throws UnreadableInputException, IOException, XMLStreamException {
        WorkbookIndex index = WorkbookIndex.read(pkg, name);
        SchemaStamp stamp = SchemaStamp.find(pkg, index, name);
        // The stamp's schema ID usually sits in the shared strings, which are read in one pass for
        // every cell; so cells are gathered for the schema the stamp most likely names, and
        // gathered again in the rare case it names another built-in schema.
        String inline = stamp.inlineId();
        Schema guess = Schemas.byId(inline != null ? inline : Schemas.DEFAULT_ID).orElse(Schemas.defaultSchema());
        Gathered g = gather(pkg, index, ReadPlan.of(guess));
        Set<Integer> shared = new HashSet<>(g.sharedIndices);
        stamp.addSharedIndices(shared);
        Map<Integer, String> strings = sharedStrings(pkg, index, shared, name);
        Schema schema = stamp.schema(strings, name);
        if (schema != guess) {
            g = gather(pkg, index, ReadPlan.of(schema));
            strings = sharedStrings(pkg, index, g.sharedIndices, name);
        }
        if (!g.missingSheets.isEmpty()) {
            throw new UnreadableInputException(name, null, null, "工作簿缺少工作表“" + String.join("”“", g.missingSheets)
                    + "”（可能被删除或改名）。现有工作表：" + String.join("、", index.sheetNames())
                    + "。请恢复原名称，或用 nianbao template 生成的模板重新填写。", null);
        }

        ReadPlan plan = g.plan;
        List<Field> fields = plan.fields();
        Map<String, Value> values = new LinkedHashMap<>(fields.size() * 2);
        Map<String, String> formulas = new HashMap<>();
        java.util.BitSet dates = null;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Location loc = g.where[i];
            RawCell c = g.cells.get(loc.sheet).get(SheetScanner.key(loc.cell.row(), loc.cell.col()));
            if (c != null && c.isSharedString() && !loc.deleted) {
                String s = strings.get(parseIndex(c.value()));
                if (s == null) {
                    // reading it as blank would be a guess at what the cell said
                    throw new UnreadableInputException(name, loc.sheet, loc.a1, missingString(c), null);
                }
                c = c.withString(s);
            }
            if (c != null && c.formula()) {
                formulas.put(f.id(), c.formulaText() == null ? "" : c.formulaText());
            }
            Source src = Source.cell(name, loc.sheet, loc.a1);
            if (loc.deleted) {
                // the schema's cell now holds whatever moved into it: reading it would be a guess
                values.put(f.id(), Value.missing(f.id(), src, "定义名称 " + plan.names().get(i)
                        + " 指向已删除的单元格（#REF!），该格所在的行或列可能被删除，请用模板重新填写"));
                continue;
            }
            boolean dateStyled = false;
            if (c != null && f.isNumeric() && "n".equals(c.type()) && c.style() >= 0 && c.value() != null) {
                if (dates == null) {
                    dates = DateStyles.of(pkg, index.styles());
                }
                dateStyled = dates.get(c.style());
            }
            values.put(f.id(), CellValues.convert(f, c, src, index.date1904(), dateStyled));
        }
        restoreMissing(pkg, index, fields, g.where, values);
        return Report.of(schema, FormulaTotals.settle(plan, values, formulas, g.cellsById), name);
    }

    /**
     * Blank cells that an import marked missing (comment "缺失：…" by this tool) are read as missing
     * with that reason again; only the sheets that have blank fields are looked at.
     */
    private static void restoreMissing(XlsxPackage pkg, WorkbookIndex index, List<Field> fields, Location[] where,
                                       Map<String, Value> values) throws UnreadableInputException, IOException, XMLStreamException {
        Map<String, Map<String, String>> bySheet = null;
        for (int i = 0; i < fields.size(); i++) {
            Value v = values.get(fields.get(i).id());
            if (!v.isBlank() || v.how() != nianbao.model.Provenance.READ || where[i] == null) {
                continue;
            }
            if (bySheet == null) {
                bySheet = new HashMap<>();
            }
            String sheet = where[i].sheet;
            Map<String, String> marks = bySheet.get(sheet);
            if (marks == null) {
                marks = CommentNotes.missing(pkg, index.sheets().get(sheet));
                bySheet.put(sheet, marks);
            }
            String reason = marks.get(where[i].a1);
            if (reason != null) {
                values.put(v.fieldId(), CommentNotes.restore(v, reason));
            }
        }
    }

    /** The raw cells of a schema's fields, before shared strings are looked up. */
    private record Gathered(ReadPlan plan, Location[] where, Map<String, String> cellsById,
                            Map<String, Map<Long, RawCell>> cells, Set<Integer> sharedIndices, List<String> missingSheets) {
    }

    /**
     * Where every field of a plan sits in a workbook with this index, and which cells of which sheet
     * to stream. Worked out once per (index, plan): copies of one template share their index object.
     */
    private record Layout(Location[] where, Map<String, String> cellsById, Map<String, CellSet> wantedBySheet,
                          Map<String, Integer> maxRowBySheet, List<String> missingSheets) {
    }

    private static final Map<WorkbookIndex, Map<ReadPlan, Layout>> LAYOUTS =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private static Layout layout(WorkbookIndex index, ReadPlan plan) {
        Map<ReadPlan, Layout> byPlan = LAYOUTS.get(index);
        Layout cached = byPlan == null ? null : byPlan.get(plan);
        if (cached != null) {
            return cached;
        }
        List<Field> fields = plan.fields();
        Location[] where = new Location[fields.size()];
        Map<String, String> cellsById = new HashMap<>();
        Map<String, Set<Long>> wantedBySheet = new LinkedHashMap<>();
        Map<String, Integer> maxRowBySheet = new HashMap<>();
        List<String> missingSheets = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Location loc = locate(f, plan.names().get(i), index);
            if (loc == null) {
                if (!missingSheets.contains(f.sheet())) {
                    missingSheets.add(f.sheet());
                }
                continue;
            }
            where[i] = loc;
            cellsById.put(f.id(), loc.a1);
            wantedBySheet.computeIfAbsent(loc.sheet, k -> new HashSet<>()).add(SheetScanner.key(loc.cell.row(), loc.cell.col()));
            maxRowBySheet.merge(loc.sheet, loc.cell.row(), Math::max);
        }
        Map<String, CellSet> cellSets = new LinkedHashMap<>();
        wantedBySheet.forEach((k, v) -> cellSets.put(k, CellSet.of(v)));
        Layout layout = new Layout(where, Map.copyOf(cellsById), java.util.Collections.unmodifiableMap(cellSets), Map.copyOf(maxRowBySheet),
                List.copyOf(missingSheets));
        synchronized (LAYOUTS) {
            if (LAYOUTS.size() >= 256) {
                LAYOUTS.clear();
            }
            LAYOUTS.computeIfAbsent(index, k -> new java.util.concurrent.ConcurrentHashMap<>()).put(plan, layout);
        }
        return layout;
    }

    /** Locates every field and streams the sheets that hold them (unless some sheet is missing). */
    private static Gathered gather(XlsxPackage pkg, WorkbookIndex index, ReadPlan plan)
            throws UnreadableInputException, IOException, XMLStreamException {
        Layout layout = layout(index, plan);
        Map<String, Map<Long, RawCell>> cellsBySheet = new HashMap<>();
        Set<Integer> shared = new HashSet<>();
        if (layout.missingSheets().isEmpty()) {
            for (Map.Entry<String, CellSet> e : layout.wantedBySheet().entrySet()) {
                Map<Long, RawCell> cells;
                try (InputStream in = pkg.open(index.sheets().get(e.getKey()))) {
                    cells = SheetScanner.scan(in, e.getValue(), layout.maxRowBySheet().get(e.getKey()));
                }
                cellsBySheet.put(e.getKey(), cells);
                for (RawCell c : cells.values()) {
                    if (c.isSharedString()) {
                        shared.add(parseIndex(c.value()));
                    }
                }
            }
        }
        return new Gathered(plan, layout.where(), layout.cellsById(), cellsBySheet, shared, layout.missingSheets());
    }

    /**
     * A field's sheet (as named in this workbook) and cell.
     *
     * @param deleted true when the field's defined name says {@code #REF!}: its row or column was deleted
     */
    private record Location(String sheet, CellRef cell, String a1, boolean deleted) {
        Location(String sheet, CellRef cell, boolean deleted) {
            this(sheet, cell, cell.toString(), deleted);
        }
    }

    /** Where a field lives: its defined name if Excel kept one pointing at a cell, else the schema's cell. */
    private static Location locate(Field f, String definedName, WorkbookIndex index) {
        WorkbookIndex.NamedCell named = index.named(definedName);
        if (named != null) {
            String sheet = SchemaStamp.sheetName(index, named.sheet());
            if (sheet != null) {
                return new Location(sheet, named.cell(), false);
            }
        }
        String sheet = SchemaStamp.sheetName(index, f.sheet());
        return sheet == null ? null : new Location(sheet, f.cell(), index.isDeleted(definedName));
    }

    /** Shared strings for the given indices (an empty map when none are needed). */
    static Map<Integer, String> sharedStrings(XlsxPackage pkg, WorkbookIndex index, Set<Integer> wanted, String file)
            throws UnreadableInputException, IOException, XMLStreamException {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        if (index.sharedStrings() == null || !pkg.has(index.sharedStrings())) {
            // cells say "the text is entry N of the shared strings", and there are none: the text is lost
            throw new UnreadableInputException(file, null, null, "文件已损坏：单元格里的文字存放在共享字符串部件（"
                    + (index.sharedStrings() == null ? "xl/sharedStrings.xml" : index.sharedStrings())
                    + "）里，而文件中没有这个部件。请在 Excel/WPS 中打开后另存为 .xlsx 再试。", null);
        }
        try (InputStream in = pkg.open(index.sharedStrings())) {
            return SharedStrings.read(in, wanted);
        }
    }

    static int parseIndex(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static XlsxPackage.TooLargeException tooLarge(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++) {
            if (t instanceof XlsxPackage.TooLargeException big) {
                return big;
            }
            Throwable next = t.getCause();
            if (next == null && t instanceof XMLStreamException x) {
                next = x.getNestedException();
            }
            t = next;
        }
        return null;
    }
}
