package nianbao.render;

import nianbao.compare.AgencyComparison;
import nianbao.compare.CompareLayout;
import nianbao.compare.Entry;
import nianbao.compare.Line;
import nianbao.compare.Step;
import nianbao.schema.FieldType;
import nianbao.xlsx.layout.Styles;
import nianbao.xlsx.ooxml.Comments;
import nianbao.xlsx.ooxml.ExcelEscapes;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * A comparison as an Excel workbook (POI): a 说明 sheet with everything the page says in words, then one sheet
 * per table (表二, 表三, 表四) with merged headers like the official tables, each year's numbers as numbers, and
 * the changes as numbers too (增减, and 增减% as a per-cent number), large ones on light red. Inferred numbers
 * are light orange and missing ones pink, as in a filled workbook, each with its reason as a comment.
 */
public final class CompareWorkbook {

    /** The first sheet's name. */
    static final String NOTES_SHEET = "对比说明";
    /** Width of the 说明 sheet's text, in columns of {@link #NOTE_COLUMN_WIDTH} characters. */
    private static final int NOTE_COLUMNS = 6;
    private static final int NOTE_COLUMN_WIDTH = 20;
    /** Widths of a table sheet's row (group) and column (label) columns, in characters. */
    private static final int GROUP_WIDTH = 18;
    private static final int LABEL_WIDTH = 24;

    private CompareWorkbook() {
    }

    /** Writes the workbook (the stream is left open). */
    public static void write(AgencyComparison c, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = build(c)) {
            wb.write(new nianbao.NonClosingOutputStream(out));
        }
    }

    /** The workbook in memory. */
    static SXSSFWorkbook build(AgencyComparison c) {
        // streaming: rows are light objects written out once, several times faster than the usermodel's XML beans
        // (ten years are 8,000 cells); no row is flushed early (-1), so nothing depends on the order rows are made
        SXSSFWorkbook wb = new SXSSFWorkbook(-1);
        Look look = new Look(wb);
        SXSSFSheet notes = wb.createSheet(NOTES_SHEET);
        for (int i = 0; i < NOTE_COLUMNS; i++) {
            notes.setColumnWidth(i, NOTE_COLUMN_WIDTH * 256);
        }
        int r = 0;
        for (CompareLayout.Block b : CompareLayout.of(c).blocks()) {
            if (b instanceof CompareLayout.Title t) {
                r = text(notes, r, t.text(), look.title, 24);
            } else if (b instanceof CompareLayout.Heading h) {
                r = text(notes, r, h.text(), look.heading, 18);
            } else if (b instanceof CompareLayout.Paragraph p) {
                r = text(notes, r, p.text(), p.style() == CompareLayout.Style.DRAFT ? look.draft : look.wrap, 0);
            } else if (b instanceof CompareLayout.Items list) {
                for (CompareLayout.Item i : list.items()) {
                    r = text(notes, r, "· " + i.text(), i.tone() == CompareLayout.Tone.PROBLEM ? look.problem : look.wrap, 0);
                }
            } else if (b instanceof CompareLayout.Simple s) {
                r = simple(notes, r, s, look);
            } else if (b instanceof CompareLayout.Table t) {
                r = text(notes, r, "见工作表“" + t.name() + "”。", look.wrap, 0);
                lines(wb.createSheet(t.name()), c, t, look);
            }
        }
        notes.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        notes.setFitToPage(true);
        notes.getPrintSetup().setFitWidth((short) 1);
        notes.getPrintSetup().setFitHeight((short) 0);
        return wb;
    }

    /** A paragraph across the sheet's text columns, its row as tall as its wrapped lines need. */
    private static int text(SXSSFSheet s, int r, String text, XSSFCellStyle style, int points) {
        SXSSFRow row = s.createRow(r);
        cell(row, 0, style).setCellValue(ExcelEscapes.protect(text));
        s.addMergedRegion(new CellRangeAddress(r, r, 0, NOTE_COLUMNS - 1));
        // LibreOffice and Excel do not grow a merged row to its text.
        row.setHeightInPoints(points > 0 ? points : 16f * wrappedLines(text, NOTE_COLUMNS * NOTE_COLUMN_WIDTH) + 2);
        return r + 1;
    }

    private static int simple(SXSSFSheet s, int r, CompareLayout.Simple t, Look look) {
        SXSSFRow head = s.createRow(r++);
        for (int c = 0; c < t.header().size(); c++) {
            cell(head, c, look.header).setCellValue(t.header().get(c));
        }
        for (List<String> row : t.rows()) {
            SXSSFRow x = s.createRow(r++);
            int lines = 1;
            for (int c = 0; c < row.size(); c++) {
                cell(x, c, look.label).setCellValue(ExcelEscapes.protect(row.get(c)));
                lines = Math.max(lines, wrappedLines(row.get(c), NOTE_COLUMN_WIDTH));
            }
            x.setHeightInPoints(16f * lines + 2);
        }
        return r;
    }

    /** One table: title, two header rows, then a row per line. */
    private static void lines(SXSSFSheet s, AgencyComparison c, CompareLayout.Table t, Look look) {
        List<Integer> years = c.years();
        List<String> changes = c.changeHeadings();
        int columns = 2 + years.size() + 2 * (years.size() - 1);
        SXSSFRow title = s.createRow(0);
        cell(title, 0, look.heading).setCellValue(t.name() + " " + t.lines().title() + "（" + years.get(0) + "—"
                + years.get(years.size() - 1) + "年）");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        title.setHeightInPoints(22);
        SXSSFRow h1 = s.createRow(1);
        SXSSFRow h2 = s.createRow(2);
        for (int col = 0; col < columns; col++) {
            cell(h1, col, look.header);
            cell(h2, col, look.header);
        }
        h1.getCell(0).setCellValue("项目");
        s.addMergedRegion(new CellRangeAddress(1, 2, 0, 1));
        int col = 2;
        for (int i = 0; i < years.size(); i++) {
            h1.getCell(col).setCellValue(years.get(i) + "年");
            s.addMergedRegion(new CellRangeAddress(1, 2, col, col));
            col++;
            if (i > 0) {
                h1.getCell(col).setCellValue(changes.get(i - 1));
                s.addMergedRegion(new CellRangeAddress(1, 1, col, col + 1));
                h2.getCell(col).setCellValue("增减");
                h2.getCell(col + 1).setCellValue("增减%");
                col += 2;
            }
        }
        h1.setHeightInPoints(30);
        List<Line> lines = t.lines().lines();
        int first = 3;
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            SXSSFRow row = s.createRow(first + k);
            cell(row, 0, look.group).setCellValue(l.group());
            cell(row, 1, look.label).setCellValue(l.label());
            row.setHeightInPoints(16f * wrappedLines(l.label(), LABEL_WIDTH) + 2);
            int x = 2;
            for (int i = 0; i < l.entries().size(); i++) {
                entry(cell(row, x++, look.number), l.entries().get(i), look);
                if (i > 0) {
                    Step st = l.steps().get(i - 1);
                    change(cell(row, x++, look.number), cell(row, x++, look.number), st, l.type(), look);
                }
            }
        }
        for (int k = 0; k < lines.size(); ) {
            int span = 1;
            while (k + span < lines.size() && lines.get(k + span).group().equals(lines.get(k).group())) {
                span++;
            }
            if (span > 1) {
                s.addMergedRegion(new CellRangeAddress(first + k, first + k + span - 1, 0, 0));
            }
            k += span;
        }
        s.setColumnWidth(0, GROUP_WIDTH * 256);
        s.setColumnWidth(1, LABEL_WIDTH * 256);
        for (int i = 2; i < columns; i++) {
            s.setColumnWidth(i, 10 * 256);
        }
        s.createFreezePane(2, first);
        s.setRepeatingRows(new CellRangeAddress(1, 2, -1, -1));
        s.getPrintSetup().setLandscape(true);
        s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
    }

    private static void entry(SXSSFCell cell, Entry e, Look look) {
        switch (e.state()) {
            case NUMBER -> {
                cell.setCellValue(e.number().doubleValue());
                if (e.inferred()) {
                    cell.setCellStyle(look.inferred);
                }
            }
            case MISSING -> {
                cell.setCellValue(e.shown());
                cell.setCellStyle(look.missing);
            }
            default -> {
                cell.setCellValue(ExcelEscapes.protect(e.shown()));
                cell.setCellStyle(look.grey);
            }
        }
        String why = e.explanation();
        if (why != null && e.state() != Entry.State.ABSENT && e.state() != Entry.State.BLANK) {
            Comments.add(cell, why);
        }
    }

    private static void change(SXSSFCell diff, SXSSFCell pct, Step s, FieldType type, Look look) {
        if (!s.comparable()) {
            return;
        }
        BigDecimal d = s.change().difference();
        diff.setCellValue(d.doubleValue());
        diff.setCellStyle(s.large() ? look.flagDiff : type == FieldType.AMOUNT ? look.number : look.diff);
        BigDecimal p = s.percentFraction(type);
        if (p != null) {
            pct.setCellValue(p.doubleValue());
            pct.setCellStyle(s.large() ? look.flagPercent : look.percent);
        } else {
            pct.setCellValue(s.percentText(type));
            pct.setCellStyle(s.large() ? look.flagText : look.grey);
        }
    }

    /** How many lines a text wraps to in a column of this width (a Chinese character takes about two units). */
    private static int wrappedLines(String text, int width) {
        int perLine = Math.max(1, (width - 1) / 2);
        return Math.max(1, (text.length() + perLine - 1) / perLine);
    }

    private static SXSSFCell cell(SXSSFRow row, int col, XSSFCellStyle style) {
        SXSSFCell c = row.createCell(col);
        c.setCellStyle(style);
        return c;
    }

    /** The workbook's cell styles, made once (Excel caps how many a workbook may have). */
    private static final class Look {
        final XSSFCellStyle title;
        final XSSFCellStyle heading;
        final XSSFCellStyle wrap;
        final XSSFCellStyle draft;
        final XSSFCellStyle problem;
        final XSSFCellStyle header;
        final XSSFCellStyle group;
        final XSSFCellStyle label;
        final XSSFCellStyle number;
        final XSSFCellStyle diff;
        final XSSFCellStyle percent;
        final XSSFCellStyle inferred;
        final XSSFCellStyle missing;
        final XSSFCellStyle grey;
        final XSSFCellStyle flagDiff;
        final XSSFCellStyle flagPercent;
        final XSSFCellStyle flagText;

        Look(SXSSFWorkbook wb) {
            XSSFFont body = font(wb, 11, false, null);
            XSSFFont bold = font(wb, 11, true, null);
            XSSFFont big = font(wb, 16, true, null);
            XSSFFont red = font(wb, 11, false, "A40000");
            XSSFFont dim = font(wb, 11, false, "808080");
            short diffFormat = wb.createDataFormat().getFormat("+0;-0;0");
            short percentFormat = wb.createDataFormat().getFormat("+0.0%;-0.0%;0.0%");
            title = style(wb, big, HorizontalAlignment.LEFT, false, null);
            heading = style(wb, bold, HorizontalAlignment.LEFT, false, null);
            wrap = style(wb, body, HorizontalAlignment.LEFT, false, null);
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            draft = style(wb, body, HorizontalAlignment.LEFT, false, "F2F2F2");
            draft.setWrapText(true);
            draft.setVerticalAlignment(VerticalAlignment.TOP);
            problem = style(wb, red, HorizontalAlignment.LEFT, false, null);
            problem.setWrapText(true);
            problem.setVerticalAlignment(VerticalAlignment.TOP);
            header = style(wb, bold, HorizontalAlignment.CENTER, true, "D9D9D9");
            header.setWrapText(true);
            group = style(wb, body, HorizontalAlignment.LEFT, true, null);
            group.setWrapText(true);
            label = style(wb, body, HorizontalAlignment.LEFT, true, null);
            label.setWrapText(true);
            number = style(wb, body, HorizontalAlignment.RIGHT, true, null);
            diff = style(wb, body, HorizontalAlignment.RIGHT, true, null);
            diff.setDataFormat(diffFormat);
            percent = style(wb, body, HorizontalAlignment.RIGHT, true, null);
            percent.setDataFormat(percentFormat);
            inferred = style(wb, body, HorizontalAlignment.RIGHT, true, Styles.INFERRED_RGB);
            missing = style(wb, body, HorizontalAlignment.CENTER, true, Styles.MISSING_RGB);
            grey = style(wb, dim, HorizontalAlignment.CENTER, true, null);
            flagDiff = style(wb, bold, HorizontalAlignment.RIGHT, true, ComparePage.FLAG_RGB);
            flagDiff.setDataFormat(diffFormat);
            flagPercent = style(wb, bold, HorizontalAlignment.RIGHT, true, ComparePage.FLAG_RGB);
            flagPercent.setDataFormat(percentFormat);
            flagText = style(wb, bold, HorizontalAlignment.CENTER, true, ComparePage.FLAG_RGB);
        }

        private static XSSFFont font(SXSSFWorkbook wb, int points, boolean bold, String rgb) {
            XSSFFont f = (XSSFFont) wb.createFont();
            f.setFontName("宋体");
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            if (rgb != null) {
                f.setColor(Styles.color(rgb));
            }
            return f;
        }

        private static XSSFCellStyle style(SXSSFWorkbook wb, XSSFFont font, HorizontalAlignment align, boolean border,
                                           String fill) {
            XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            if (fill != null) {
                s.setFillForegroundColor(Styles.color(fill));
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return s;
        }
    }
}
