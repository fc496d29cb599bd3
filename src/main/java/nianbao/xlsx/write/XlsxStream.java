package nianbao.xlsx.write;

import nianbao.xlsx.ooxml.ExcelEscapes;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small streaming {@code .xlsx} writer for the merge summary: each worksheet goes straight into its zip
 * entry as UTF-8 bytes (numbers and inline strings, three cell styles), so 10,000 rows × 250 cells cost no
 * cell objects and no temporary files. It knows only what the summary needs: column widths, row heights,
 * a frozen pane, an autofilter, merged regions and a drawing of charts ({@link Charts}). Sheets are written one after the other; call
 * {@link #close()} to write the workbook part and finish the zip (the stream itself is left open).
 * Deflating runs on a second thread, in order, while the caller formats the next rows.
 */
public final class XlsxStream implements Closeable {

    /** Cell styles in {@code styles.xml}. */
    public static final int PLAIN = 0;
    /** Bold, centred, wrapped, grey fill, thin borders: the header cells. */
    public static final int HEADER = 1;
    /** Bold, top-aligned: the 合计 row and labels. */
    public static final int BOLD = 2;
    /** A fraction shown as per cent with one decimal (0.605 → 60.5%). */
    public static final int PERCENT = 3;
    /** Light red fill: a value the reader should look at (a large change). */
    public static final int FLAG = 4;
    /** {@link #FLAG} for a fraction shown as per cent. */
    public static final int FLAG_PERCENT = 5;
    /** Wrapped and top-aligned: long sentences (reasons, notes) that should print within their column. */
    public static final int WRAP = 6;
    /** A change in items, signed ({@code +54}, {@code -160}, {@code 0}). */
    public static final int CHANGE = 7;
    /** {@link #CHANGE} with the {@link #FLAG} fill. */
    public static final int FLAG_CHANGE = 8;
    /** A change of a share in percentage points, signed with one decimal ({@code +2.2}, {@code -18.0}). */
    public static final int POINTS = 9;
    /** {@link #WRAP} with the {@link #FLAG} fill. */
    public static final int FLAG_WRAP = 10;
    /** Plain, top-aligned: the other cells of a row with a {@link #WRAP} sentence, so that the row reads across. */
    public static final int TOP = 11;

    /** The most characters one Excel cell holds; longer texts are cut with a note. */
    static final int MAX_CELL_CHARS = 32767;

    /**
     * How a sheet is set up before its rows.
     *
     * @param name the sheet name
     * @param widths column widths in characters, from column A
     * @param frozenColumns columns kept in view on the left (0 for none)
     * @param frozenRows rows kept in view at the top (0 for none)
     * @param print how the sheet prints, or null for the defaults
     */
    public record Layout(String name, int[] widths, int frozenColumns, int frozenRows, Print print) {
        public Layout(String name, int[] widths, int frozenColumns, int frozenRows) {
            this(name, widths, frozenColumns, frozenRows, null);
        }
    }

    /**
     * Page setup: A4, with header rows and columns repeated on every page.
     *
     * @param landscape landscape rather than portrait
     * @param fitToWidth scaled to one page across (as many pages down as it takes)
     * @param repeatRows rows printed on every page, e.g. {@code 1:3}, or null
     * @param repeatColumns columns printed on every page, e.g. {@code A:A}, or null
     * @param area the cells printed, e.g. {@code A1:J80}, or null for all
     */
    public record Print(boolean landscape, boolean fitToWidth, String repeatRows, String repeatColumns, String area) {
        public Print(boolean landscape, boolean fitToWidth, String repeatRows, String repeatColumns) {
            this(landscape, fitToWidth, repeatRows, repeatColumns, null);
        }
    }

    private record Written(String name, String filter, Print print) {
    }

    private final ZipOutputStream zip;
    private final Deflating deflating = new Deflating();
    private final List<Written> sheets = new ArrayList<>();
    private Sheet open;
    /** Drawings and chart parts written so far (numbered from 1 across the workbook). */
    private int drawings;
    private int charts;

    public XlsxStream(OutputStream out) {
        zip = new ZipOutputStream(new nianbao.NonClosingOutputStream(out), StandardCharsets.UTF_8);
        // level 1: a quarter of the CPU time of the default level, for a file about 25 % larger
        zip.setLevel(Deflater.BEST_SPEED);
    }

    /** Starts the next sheet (finishing the previous one must have been done with {@link Sheet#end}). */
    public Sheet sheet(Layout layout) throws IOException {
        if (open != null) {
            throw new IllegalStateException("sheet " + open.layout.name() + " not ended");
        }
        ZipEntry entry = new ZipEntry("xl/worksheets/sheet" + (sheets.size() + 1) + ".xml");
        deflating.submit(() -> zip.putNextEntry(entry));
        open = new Sheet(layout, sheets.isEmpty());
        return open;
    }

    @Override
    public void close() throws IOException {
        try {
            if (open != null) {
                throw new IllegalStateException("sheet " + open.layout.name() + " not ended");
            }
            parts();
        } finally {
            deflating.finish();
        }
    }

    private void parts() throws IOException {
        part("[Content_Types].xml", contentTypes());
        part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>");
        part("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>nianbao</Application></Properties>");
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        part("docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:title>政府信息公开工作年度报告汇总</dc:title><dc:creator>nianbao</dc:creator>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + now + "</dcterms:created>"
                + "</cp:coreProperties>");
        part("xl/_rels/workbook.xml.rels", workbookRels());
        part("xl/workbook.xml", workbook());
        part("xl/styles.xml", STYLES);
        deflating.submit(zip::close); // finishes the zip and frees the deflater; the non-closing wrapper keeps the caller's stream open
    }

    private void part(String name, String xml) throws IOException {
        part(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    private void part(String name, byte[] bytes) throws IOException {
        deflating.submit(() -> {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(bytes);
            zip.closeEntry();
        });
    }

    private String contentTypes() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
        for (int i = 1; i <= sheets.size(); i++) {
            sb.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        for (int i = 1; i <= drawings; i++) {
            sb.append("<Override PartName=\"/xl/drawings/drawing").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawing+xml\"/>");
        }
        for (int i = 1; i <= charts; i++) {
            sb.append("<Override PartName=\"/xl/charts/chart").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>");
        }
        return sb.append("</Types>").toString();
    }

    private String workbookRels() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets.size(); i++) {
            sb.append("<Relationship Id=\"rId").append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
        }
        sb.append("<Relationship Id=\"rId").append(sheets.size() + 1)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return sb.append("</Relationships>").toString();
    }

    private String workbook() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            sb.append("<sheet name=\"").append(escapeAttr(sheets.get(i).name())).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        sb.append("</sheets>");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            Written w = sheets.get(i);
            printTitles(names, i, w);
            if (w.print() != null && w.print().area() != null) {
                names.append("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"").append(i).append("\">'")
                        .append(escapeAttr(w.name().replace("'", "''"))).append("'!").append(absolute(w.print().area()))
                        .append("</definedName>");
            }
            if (w.filter() != null) {
                // Excel keeps the filtered range in this hidden name; it repairs files where it is missing
                names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
                        .append("\" hidden=\"1\">'").append(escapeAttr(w.name().replace("'", "''"))).append("'!")
                        .append(absolute(w.filter())).append("</definedName>");
            }
        }
        if (names.length() > 0) {
            sb.append("<definedNames>").append(names).append("</definedNames>");
        }
        return sb.append("</workbook>").toString();
    }

    /** The hidden name that makes Excel print a sheet's header rows and columns on every page. */
    private static void printTitles(StringBuilder names, int sheet, Written w) {
        if (w.print() == null || (w.print().repeatRows() == null && w.print().repeatColumns() == null)) {
            return;
        }
        String quoted = "'" + escapeAttr(w.name().replace("'", "''")) + "'!";
        List<String> parts = new ArrayList<>(2);
        if (w.print().repeatColumns() != null) {
            parts.add(quoted + w.print().repeatColumns().replaceAll("([A-Z]+)", "\\$$1"));
        }
        if (w.print().repeatRows() != null) {
            parts.add(quoted + w.print().repeatRows().replaceAll("(\\d+)", "\\$$1"));
        }
        names.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(sheet).append("\">")
                .append(String.join(",", parts)).append("</definedName>");
    }

    /** A1:B2 → $A$1:$B$2. */
    private static String absolute(String range) {
        StringBuilder sb = new StringBuilder();
        for (String cell : range.split(":")) {
            if (sb.length() > 0) {
                sb.append(':');
            }
            int digit = 0;
            while (digit < cell.length() && !Character.isDigit(cell.charAt(digit))) {
                digit++;
            }
            sb.append('$').append(cell, 0, digit).append('$').append(cell.substring(digit));
        }
        return sb.toString();
    }

    private static String escapeAttr(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"+0;-0;0\"/><numFmt numFmtId=\"166\" formatCode=\"+0.0;-0.0;0.0\"/></numFmts>"
            + "<fonts count=\"2\">"
            + "<font><sz val=\"11\"/><color theme=\"1\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/><scheme val=\"minor\"/></font>"
            + "<font><b/><sz val=\"11\"/><color theme=\"1\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/><scheme val=\"minor\"/></font>"
            + "</fonts>"
            + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF8CBAD\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>"
            + "<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"12\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\"/></xf>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\"/>"
            + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyFill=\"1\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\"/></xf>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"常规\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    /**
     * The height of a row whose wrapped text needs more than one line in a column this wide (a CJK character
     * takes two width units), or 0 for the default: a streamed sheet has no row heights for a reader to adjust.
     */
    public static double wrappedHeight(String text, int width) {
        if (text == null) {
            return 0;
        }
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        int lines = (units + width - 3) / (width - 2);
        return lines <= 1 ? 0 : lines * 15.0;
    }

    /** The column letters of a zero-based index: 0 → A, 26 → AA. */
    public static String columnName(int col) {
        StringBuilder sb = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            sb.append((char) ('A' + (c - 1) % 26));
        }
        return sb.reverse().toString();
    }

    /** One worksheet being written: rows in order, cells in order within a row. */
    public final class Sheet {
        private static final byte[] QUOTE_GT = bytes("\">");
        private static final byte[] ROW_END = bytes("</row>");
        private static final byte[] CELL_END = bytes("</c>");

        private final Layout layout;
        private final byte[][] letters;
        private byte[] buf = deflating.buffer();
        private int len;
        private int row = -1;
        private boolean inRow;
        private int lastCol = -1;
        private Charts.Parts drawing;
        private List<Integer> rowBreaks = List.of();
        private List<Integer> columnBreaks = List.of();

        private Sheet(Layout layout, boolean selected) throws IOException {
            this.layout = layout;
            this.letters = new byte[Math.max(layout.widths().length, 16)][];
            ascii("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
            if (layout.print() != null && layout.print().fitToWidth()) {
                ascii("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
            }
            ascii("<sheetViews><sheetView workbookViewId=\"0\"");
            if (selected) {
                ascii(" tabSelected=\"1\"");
            }
            int fc = layout.frozenColumns();
            int fr = layout.frozenRows();
            if (fc > 0 || fr > 0) {
                String pane = fc > 0 && fr > 0 ? "bottomRight" : fc > 0 ? "topRight" : "bottomLeft";
                ascii("><pane");
                if (fc > 0) {
                    ascii(" xSplit=\"" + fc + "\"");
                }
                if (fr > 0) {
                    ascii(" ySplit=\"" + fr + "\"");
                }
                ascii(" topLeftCell=\"" + columnName(fc) + (fr + 1) + "\" activePane=\"" + pane + "\" state=\"frozen\"/>"
                        + "<selection pane=\"" + pane + "\"/></sheetView>");
            } else {
                ascii("/>");
            }
            ascii("</sheetViews><sheetFormatPr defaultRowHeight=\"14.25\"/>");
            if (layout.widths().length > 0) {
                ascii("<cols>");
                int[] w = layout.widths();
                for (int i = 0; i < w.length; i++) {
                    // merge runs of equal width into one <col min max>
                    int j = i;
                    while (j + 1 < w.length && w[j + 1] == w[i]) {
                        j++;
                    }
                    ascii("<col min=\"" + (i + 1) + "\" max=\"" + (j + 1) + "\" width=\"" + w[i] + "\" customWidth=\"1\"/>");
                    i = j;
                }
                ascii("</cols>");
            }
            ascii("<sheetData>");
        }

        /** The next row index (zero-based) that {@link #row} will start. */
        public int nextRow() {
            return row + 1;
        }

        /** Starts the next row, with a height in points (0 for the default). */
        public void row(double height) throws IOException {
            endRow();
            row++;
            ascii("<row r=\"");
            integer(row + 1);
            if (height > 0) {
                ascii("\" ht=\"" + height + "\" customHeight=\"1");
            }
            raw(QUOTE_GT);
            inRow = true;
            lastCol = -1;
        }

        /** Skips to a row index, leaving the rows in between empty. */
        public void skipTo(int rowIndex) throws IOException {
            endRow();
            row = Math.max(row, rowIndex - 1);
        }

        /** A number cell. */
        public void number(int col, double v, int style) throws IOException {
            start(col, style, null);
            ascii("<v>");
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                integer((long) v);
            } else {
                ascii(Double.toString(v));
            }
            ascii("</v>");
            raw(CELL_END);
        }

        /** A text cell (nothing for null or empty text). */
        public void text(int col, String s, int style) throws IOException {
            if (s == null || s.isEmpty()) {
                if (style != PLAIN) {
                    start(col, style, null);
                    raw(CELL_END);
                }
                return;
            }
            String t = s.length() > MAX_CELL_CHARS ? s.substring(0, MAX_CELL_CHARS - 20) + "……（超出单元格上限，已截断）" : s;
            start(col, style, "inlineStr");
            boolean preserve = Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1))
                    || t.indexOf('\n') >= 0;
            ascii(preserve ? "<is><t xml:space=\"preserve\">" : "<is><t>");
            escaped(t);
            ascii("</t></is>");
            raw(CELL_END);
        }

        /** Puts these charts on the sheet (written when the sheet ends). */
        public void drawing(Charts.Parts parts) {
            this.drawing = parts;
        }

        /**
         * Starts a printed page at these rows and columns (zero-based: the first row or column of the new page),
         * so that a chart or a group of columns under one header is not cut in two.
         */
        public void pageBreaks(List<Integer> rows, List<Integer> columns) {
            this.rowBreaks = List.copyOf(rows);
            this.columnBreaks = List.copyOf(columns);
        }

        /** Ends the sheet with its autofilter range (or null) and merged regions ({@code A1:C3} strings). */
        public void end(String autoFilter, List<String> merged) throws IOException {
            endRow();
            ascii("</sheetData>");
            if (autoFilter != null) {
                ascii("<autoFilter ref=\"" + autoFilter + "\"/>");
            }
            if (!merged.isEmpty()) {
                ascii("<mergeCells count=\"" + merged.size() + "\">");
                for (String m : merged) {
                    ascii("<mergeCell ref=\"" + m + "\"/>");
                }
                ascii("</mergeCells>");
            }
            ascii("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
            Print print = layout.print();
            if (print != null) {
                ascii("<pageSetup paperSize=\"9\" orientation=\"" + (print.landscape() ? "landscape" : "portrait")
                        + (print.fitToWidth() ? "\" fitToWidth=\"1\" fitToHeight=\"0\"/>" : "\"/>"));
            }
            breaks("rowBreaks", rowBreaks, 16383);
            breaks("colBreaks", columnBreaks, 1048575);
            if (drawing != null) {
                ascii("<drawing r:id=\"rId1\"/>");
            }
            ascii("</worksheet>");
            flush();
            deflating.submit(zip::closeEntry);
            sheets.add(new Written(layout.name(), autoFilter, print));
            open = null;
            if (drawing != null) {
                drawingParts(sheets.size(), drawing);
            }
        }

        private void breaks(String tag, List<Integer> at, int max) throws IOException {
            if (at.isEmpty()) {
                return;
            }
            ascii("<" + tag + " count=\"" + at.size() + "\" manualBreakCount=\"" + at.size() + "\">");
            for (int id : at) {
                ascii("<brk id=\"" + id + "\" max=\"" + max + "\" man=\"1\"/>");
            }
            ascii("</" + tag + ">");
        }

        private void endRow() throws IOException {
            if (inRow) {
                raw(ROW_END);
                inRow = false;
            }
        }

        private void start(int col, int style, String type) throws IOException {
            if (!inRow) {
                throw new IllegalStateException("cell outside a row");
            }
            if (col <= lastCol) {
                throw new IllegalStateException("cells must be written left to right");
            }
            lastCol = col;
            ascii("<c r=\"");
            raw(letters(col));
            integer(row + 1);
            if (style != PLAIN) {
                ascii("\" s=\"");
                integer(style);
            }
            if (type != null) {
                ascii("\" t=\"");
                ascii(type);
            }
            raw(QUOTE_GT);
        }

        private byte[] letters(int col) {
            if (col >= letters.length) {
                return bytes(columnName(col));
            }
            byte[] b = letters[col];
            if (b == null) {
                b = bytes(columnName(col));
                letters[col] = b;
            }
            return b;
        }

        private void raw(byte[] b) throws IOException {
            if (len + b.length > buf.length) {
                flush();
            }
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        private void ascii(String s) throws IOException {
            int n = s.length();
            if (len + n > buf.length) {
                flush();
                if (n > buf.length) {
                    byte[] big = s.getBytes(StandardCharsets.UTF_8);
                    deflating.submit(() -> zip.write(big));
                    return;
                }
            }
            for (int i = 0; i < n; i++) {
                buf[len++] = (byte) s.charAt(i);
            }
        }

        private void integer(long v) throws IOException {
            if (len + 20 > buf.length) {
                flush();
            }
            if (v < 0) {
                buf[len++] = '-';
                if (v == Long.MIN_VALUE) {
                    ascii("9223372036854775808");
                    return;
                }
                v = -v;
            }
            int start = len;
            do {
                buf[len++] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v > 0);
            for (int i = start, j = len - 1; i < j; i++, j--) {
                byte t = buf[i];
                buf[i] = buf[j];
                buf[j] = t;
            }
        }

        /**
         * Text as UTF-8 with XML's special characters escaped; control characters XML cannot hold are
         * written as Excel's {@code _xHHHH_}, and a literal {@code _x} that would read as one is protected.
         */
        private void escaped(String s) throws IOException {
            int n = s.length();
            for (int i = 0; i < n; i++) {
                if (len + 12 > buf.length) {
                    flush();
                }
                char c = s.charAt(i);
                if (c < 0x80) {
                    switch (c) {
                        case '&' -> ascii("&amp;");
                        case '<' -> ascii("&lt;");
                        case '>' -> ascii("&gt;");
                        case '\t', '\n' -> buf[len++] = (byte) c;
                        case '\r' -> ascii("_x000D_");
                        case '_' -> {
                            if (ExcelEscapes.escapeAt(s, i)) {
                                ascii("_x005F_");
                            } else {
                                buf[len++] = '_';
                            }
                        }
                        default -> {
                            if (c < 0x20) {
                                ascii(String.format("_x%04X_", (int) c));
                            } else {
                                buf[len++] = (byte) c;
                            }
                        }
                    }
                } else if (c < 0x800) {
                    buf[len++] = (byte) (0xC0 | (c >> 6));
                    buf[len++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    buf[len++] = (byte) (0xF0 | (cp >> 18));
                    buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    buf[len++] = (byte) (0x80 | (cp & 0x3F));
                } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                    buf[len++] = '?'; // a lone surrogate or a non-character: XML cannot hold it
                } else {
                    buf[len++] = (byte) (0xE0 | (c >> 12));
                    buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    buf[len++] = (byte) (0x80 | (c & 0x3F));
                }
            }
        }

        /** Hands the filled buffer to the deflating thread and goes on in a fresh one. */
        private void flush() throws IOException {
            byte[] full = buf;
            int n = len;
            deflating.submit(() -> {
                zip.write(full, 0, n);
                deflating.recycle(full);
            });
            buf = deflating.buffer();
            len = 0;
        }
    }

    /**
     * A sheet's drawing, its charts (renumbered after those of earlier sheets) and the sheet's relationship
     * to the drawing.
     */
    private void drawingParts(int sheet, Charts.Parts parts) throws IOException {
        int d = ++drawings;
        int offset = charts;
        charts += parts.charts().size();
        String rels = new String(parts.drawingRels(), StandardCharsets.UTF_8);
        rels = java.util.regex.Pattern.compile("\\.\\./charts/chart(\\d+)\\.xml").matcher(rels)
                .replaceAll(m -> "../charts/chart" + (Integer.parseInt(m.group(1)) + offset) + ".xml");
        part("xl/worksheets/_rels/sheet" + sheet + ".xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing\""
                + " Target=\"../drawings/drawing" + d + ".xml\"/></Relationships>");
        part("xl/drawings/drawing" + d + ".xml", parts.drawing());
        part("xl/drawings/_rels/drawing" + d + ".xml.rels", rels);
        for (int i = 0; i < parts.charts().size(); i++) {
            part("xl/charts/chart" + (offset + i + 1) + ".xml", parts.charts().get(i));
        }
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A second thread that runs the zip operations in the order they were submitted, with a few
     * recycled 64 KB buffers between the threads. A failure there is rethrown at the next submit.
     */
    private static final class Deflating {
        private static final int CHUNK = 1 << 16;

        /** One zip operation. */
        @FunctionalInterface
        interface Task {
            void run() throws IOException;
        }

        private static final Task END = () -> { };

        private final java.util.concurrent.BlockingQueue<Task> tasks = new java.util.concurrent.ArrayBlockingQueue<>(8);
        private final java.util.concurrent.BlockingQueue<byte[]> free = new java.util.concurrent.ArrayBlockingQueue<>(12);
        private final Thread thread = new Thread(this::loop, "nianbao-summary-zip");
        private volatile Throwable failure;
        private boolean finished;

        Deflating() {
            thread.setDaemon(true);
            thread.start();
        }

        void submit(Task t) throws IOException {
            rethrow();
            try {
                tasks.put(t);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("写汇总表时被中断");
            }
        }

        byte[] buffer() {
            byte[] b = free.poll();
            return b != null ? b : new byte[CHUNK];
        }

        void recycle(byte[] b) {
            free.offer(b);
        }

        /** Waits for every submitted operation; rethrows the first failure. */
        void finish() throws IOException {
            if (finished) {
                return;
            }
            finished = true;
            try {
                tasks.put(END);
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("写汇总表时被中断");
            }
            rethrow();
        }

        private void loop() {
            while (true) {
                Task t;
                try {
                    t = tasks.take();
                } catch (InterruptedException e) {
                    return;
                }
                if (t == END) {
                    return;
                }
                if (failure == null) {
                    try {
                        t.run();
                    } catch (IOException | RuntimeException e) {
                        failure = e; // later tasks are drained unrun so the submitting side never blocks
                    }
                }
            }
        }

        private void rethrow() throws IOException {
            Throwable f = failure;
            if (f instanceof IOException io) {
                throw new IOException(io.getMessage(), io);
            }
            if (f instanceof RuntimeException re) {
                throw new IllegalStateException(re.getMessage(), re);
            }
        }
    }
}
