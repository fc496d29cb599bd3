package nianbao.merge;

import nianbao.AtomicFiles;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the summary workbook with POI's streaming SXSSF, so memory stays flat in the number of rows:
 * 汇总 (one row per report under a three-level header, then 合计), 问题清单, 未能读取 and 说明.
 */
final class SummaryWorkbook {

    static final String SUMMARY = "汇总";
    static final String ISSUES = "问题清单";
    static final String FAILED = "未能读取";
    static final String ABOUT = "说明";
    /** Header rows of 汇总 (表 / 行 / 列); data starts below them. */
    static final int HEADER_ROWS = 3;

    private final SXSSFWorkbook wb;
    private final CellStyle header;
    private final CellStyle bold;

    private SummaryWorkbook(SXSSFWorkbook wb) {
        this.wb = wb;
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        header = wb.createCellStyle();
        header.setFont(boldFont);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        for (BorderStyle b : new BorderStyle[] {BorderStyle.THIN}) {
            header.setBorderTop(b);
            header.setBorderBottom(b);
            header.setBorderLeft(b);
            header.setBorderRight(b);
        }
        bold = wb.createCellStyle();
        bold.setFont(boldFont);
    }

    /**
     * SXSSF tuned for a sheet of 10,000 × 200 plain numbers: deflate level 1 (a quarter of the CPU time of
     * the default level for a 25 % larger file) and a sheet writer with a short path for unstyled numbers.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {
        FastZipWorkbook() {
            super(new XSSFWorkbook(), 256, false, false);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new NumberWriter();
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    /**
     * Writes unstyled numeric cells as {@code <c r="E12"><v>3</v></c>} with cached column letters and
     * integers without ".0" — half the CPU time of the general path, which handles everything else.
     */
    static final class NumberWriter extends SheetDataWriter {
        private static final String[] LETTERS = new String[1024];

        NumberWriter() throws IOException {
            super();
        }

        @Override
        public void writeCell(int column, Cell cell) throws IOException {
            if (cell == null || cell.getCellType() != CellType.NUMERIC || column >= LETTERS.length
                    || cell.getCellStyle().getIndex() != 0) {
                super.writeCell(column, cell);
                return;
            }
            String letters = LETTERS[column];
            if (letters == null) {
                letters = CellReference.convertNumToColString(column);
                LETTERS[column] = letters;
            }
            double d = cell.getNumericCellValue();
            _out.write("<c r=\"");
            _out.write(letters);
            _out.write(Integer.toString(cell.getRowIndex() + 1));
            _out.write("\"><v>");
            _out.write(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
            _out.write("</v></c>");
        }
    }

    static void write(Merger.Run run, Path target) throws IOException {
        SXSSFWorkbook wb = new FastZipWorkbook();
        try {
            SummaryWorkbook w = new SummaryWorkbook(wb);
            w.summary(run);
            Timing.mark("xlsx rows");
            w.issues(run);
            w.failed(run);
            w.about(run);
            AtomicFiles.write(target, wb::write);
            Timing.mark("xlsx zip");
        } finally {
            wb.close();
        }
    }

    private void summary(Merger.Run run) throws IOException {
        SXSSFSheet s = wb.createSheet(SUMMARY);
        List<Columns.Column> data = run.columns().all();
        int fixed = Columns.FIXED_ZH.length;
        int width = fixed + data.size();
        Row[] head = {s.createRow(0), s.createRow(1), s.createRow(2)};
        head[1].setHeightInPoints(48);
        head[2].setHeightInPoints(32);
        for (int c = 0; c < fixed; c++) {
            for (Row r : head) {
                r.createCell(c).setCellStyle(header);
            }
            head[0].getCell(c).setCellValue(Columns.FIXED_ZH[c]);
            s.addMergedRegionUnsafe(new CellRangeAddress(0, 2, c, c));
        }
        for (int i = 0; i < data.size(); i++) {
            Columns.Column col = data.get(i);
            int c = fixed + i;
            for (Row r : head) {
                r.createCell(c).setCellStyle(header);
            }
            head[0].getCell(c).setCellValue(col.level1());
            head[1].getCell(c).setCellValue(col.level2());
            head[2].getCell(c).setCellValue(col.level3());
        }
        mergeRuns(s, data, fixed);

        int r = HEADER_ROWS;
        int metaCount = run.columns().meta().size();
        for (Merger.Placed p : run.placed()) {
            Entry e = p.entry();
            Row row = s.createRow(r++);
            text(row, 0, e.agency());
            if (e.year() != null && e.year().matches("\\d{4}")) {
                row.createCell(1).setCellValue(Integer.parseInt(e.year()));
            } else {
                text(row, 1, e.year());
            }
            text(row, 2, e.file());
            text(row, 3, e.verdict());
            text(row, 4, p.included() ? "是" : "否（重复）");
            for (int i = 0; i < metaCount; i++) {
                text(row, fixed + i, e.meta()[i]);
            }
            double[] v = e.values();
            int base = fixed + metaCount;
            for (int i = 0; i < v.length; i++) {
                if (!Double.isNaN(v[i])) {
                    row.createCell(base + i).setCellValue(v[i]);
                } else if (e.unparsed() != null && e.unparsed()[i] != null) {
                    row.createCell(base + i).setCellValue(e.unparsed()[i]);
                }
            }
        }
        int lastData = r - 1;
        Row total = s.createRow(r);
        total.createCell(0).setCellValue("合计");
        total.getCell(0).setCellStyle(bold);
        if (run.year() != null && run.year().matches("\\d{4}")) {
            total.createCell(1).setCellValue(Integer.parseInt(run.year()));
        }
        total.createCell(2).setCellValue("计入 " + run.result().merged() + " 份"
                + (run.result().duplicates() > 0 ? "（不含重复 " + run.result().duplicates() + " 份）" : ""));
        BigDecimal[] sums = run.sums();
        int base = fixed + metaCount;
        for (int i = 0; i < sums.length; i++) {
            total.createCell(base + i).setCellValue(sums[i].doubleValue());
            total.getCell(base + i).setCellStyle(bold);
        }
        // widths last, after every row is flushed: while <col> entries exist, POI looks up a column
        // style for every cell it writes, scanning all <col> entries (O(columns) per cell)
        s.flushRows();
        int[] widths = {30, 7, 36, 18, 10};
        for (int c = 0; c < fixed; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        for (int i = 0; i < data.size(); i++) {
            s.setColumnWidth(fixed + i, (data.get(i).field().isNumeric() ? 11 : 16) * 256);
        }
        s.createFreezePane(1, HEADER_ROWS);
        s.setAutoFilter(new CellRangeAddress(HEADER_ROWS - 1, Math.max(lastData, HEADER_ROWS - 1), 0, width - 1));
    }

    /** Merges adjacent header cells that repeat: 表 across its columns, 行 within its 表, meta labels downward. */
    private static void mergeRuns(Sheet s, List<Columns.Column> data, int offset) {
        int start = 0;
        for (int i = 1; i <= data.size(); i++) {
            if (i == data.size() || !data.get(i).level1().equals(data.get(start).level1())) {
                if (i - start > 1) {
                    s.addMergedRegionUnsafe(new CellRangeAddress(0, 0, offset + start, offset + i - 1));
                }
                start = i;
            }
        }
        start = 0;
        for (int i = 1; i <= data.size(); i++) {
            if (i == data.size() || !data.get(i).level1().equals(data.get(start).level1())
                    || !data.get(i).level2().equals(data.get(start).level2())) {
                boolean down = data.get(start).level3().isEmpty();
                if (i - start > 1 || down) {
                    s.addMergedRegionUnsafe(new CellRangeAddress(1, down ? 2 : 1, offset + start, offset + i - 1));
                }
                start = i;
            }
        }
    }

    private void issues(Merger.Run run) {
        SXSSFSheet s = wb.createSheet(ISSUES);
        String[] head = {"文件", "机关", "规则", "严重程度", "单元格", "说明"};
        int[] widths = {36, 30, 12, 10, 12, 90};
        headerRow(s, head, widths);
        int r = 1;
        for (Merger.Placed p : run.placed()) {
            Entry e = p.entry();
            if (!p.included()) {
                Row row = s.createRow(r++);
                fill(row, e.file(), e.agency(), "DUP", "警告", "",
                        "与 " + p.duplicateOf() + " 是同一机关同一年度，本文件未计入合计。");
            }
            for (Entry.Issue i : e.issues()) {
                fill(s.createRow(r++), e.file(), e.agency(), i.ruleId(), i.severity().zh(), i.cell(), i.message());
            }
        }
        s.createFreezePane(0, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, head.length - 1));
    }

    private void failed(Merger.Run run) {
        SXSSFSheet s = wb.createSheet(FAILED);
        headerRow(s, new String[] {"文件", "原因"}, new int[] {48, 90});
        int r = 1;
        for (Failure f : run.failures()) {
            fill(s.createRow(r++), f.file(), f.reason());
        }
        s.createFreezePane(0, 1);
    }

    private void about(Merger.Run run) {
        SXSSFSheet s = wb.createSheet(ABOUT);
        s.setColumnWidth(0, 20 * 256);
        s.setColumnWidth(1, 100 * 256);
        int r = 0;
        Row title = s.createRow(r++);
        title.createCell(0).setCellValue("政府信息公开工作年度报告汇总（nianbao merge）");
        title.getCell(0).setCellStyle(bold);
        for (Map.Entry<String, String> m : Merger.describe(run).entrySet()) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(m.getKey());
            row.getCell(0).setCellStyle(bold);
            row.createCell(1).setCellValue(m.getValue());
        }
        r++;
        Row rule = s.createRow(r++);
        rule.createCell(0).setCellValue("合计口径");
        rule.getCell(0).setCellStyle(bold);
        rule.createCell(1).setCellValue("“汇总”表的合计行只计入“计入合计”为“是”的报告；同一机关同一年度出现多次时，"
                + "按文件路径排序只计第一份。空白单元格按 0 计。");
        for (String note : run.notes()) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue("备注");
            row.createCell(1).setCellValue(note);
        }
        if (!run.skipped().isEmpty()) {
            r++;
            Row h = s.createRow(r++);
            h.createCell(0).setCellValue("其他年度（未汇总）");
            h.getCell(0).setCellStyle(bold);
            h.createCell(1).setCellValue(run.skipped().size() + " 份，不是 " + run.options().year() + " 年的报告：");
            for (Entry e : run.skipped()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(e.year() == null ? "年度未填" : e.year() + " 年");
                row.createCell(1).setCellValue(e.file() + (e.agency() == null ? "" : "（" + e.agency() + "）"));
            }
        }
    }

    private void headerRow(SXSSFSheet s, String[] head, int[] widths) {
        Row h = s.createRow(0);
        for (int c = 0; c < head.length; c++) {
            h.createCell(c).setCellValue(head[c]);
            h.getCell(c).setCellStyle(header);
            s.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void fill(Row row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            text(row, c, texts[c]);
        }
    }

    private static void text(Row row, int c, String t) {
        if (t != null && !t.isEmpty()) {
            row.createCell(c).setCellValue(t);
        }
    }
}
