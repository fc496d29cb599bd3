package nianbao.xlsx.layout;

import nianbao.schema.BlockTable;
import nianbao.schema.CellRef;
import nianbao.schema.Field;
import nianbao.schema.MatrixTable;
import nianbao.schema.Table;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lays out the statistics tables exactly like the official ones, from the schema's geometry: title
 * row, merged header cells, label columns, input cells, and last year's reference values.
 */
public final class TableSheets {

    /** Widths (characters) chosen so the official labels show without clipping when printed. */
    private static final int GROUP_COL_WIDTH = 6;
    private static final int SUBGROUP_COL_WIDTH = 10;
    private static final int LABEL_COL_WIDTH = 32;
    private static final int DATA_COL_WIDTH = 11;
    private static final int STRIP_COL_WIDTH = 9;
    private static final int BLOCK_LABEL_WIDTH = 24;
    private static final int BLOCK_DATA_WIDTH = 16;

    private TableSheets() {
    }

    static void layout(Form form, Table table) {
        if (table instanceof BlockTable b) {
            blocks(form, b);
            previousColumns(form, b);
        } else if (((MatrixTable) table).layout() == MatrixTable.Layout.GRID) {
            grid(form, (MatrixTable) table);
        } else {
            strip(form, (MatrixTable) table);
        }
        for (Field f : table.fields()) {
            Form.cell(form.sheet(f.sheet()), f.cell().row(), f.cell().col()).setCellStyle(form.inputStyle(f));
        }
    }

    private static void title(Form form, XSSFSheet sheet, String text, int lastCol) {
        Form.merge(sheet, 0, 0, 0, lastCol, text, form.styles.title);
        sheet.getRow(0).setHeightInPoints(30);
    }

    private static void blocks(Form form, BlockTable t) {
        XSSFSheet sheet = form.sheet(t.sheet());
        sheet.setColumnWidth(0, BLOCK_LABEL_WIDTH * 256);
        for (int c = 1; c < t.width(); c++) {
            sheet.setColumnWidth(c, BLOCK_DATA_WIDTH * 256);
        }
        int last = t.width() - 1;
        title(form, sheet, t.title(), last);
        for (BlockTable.Block b : t.blocks()) {
            Form.merge(sheet, b.captionRow(), b.captionRow(), 0, last, b.caption(), form.styles.header);
            for (int i = 0; i < b.header().size(); i++) {
                // the last header cell stretches to the table's width, as in the official table
                int c2 = i == b.header().size() - 1 ? last : i;
                Form.merge(sheet, b.headerRow(), b.headerRow(), i, c2, b.header().get(i), form.styles.header);
                Form.fit(sheet, b.headerRow(), b.header().get(i), Form.width(sheet, i, c2), 11);
            }
            for (BlockTable.Row r : b.rows()) {
                Form.put(sheet, r.row(), 0, r.label(), form.styles.label);
                for (int i = 0; i < r.fields().size(); i++) {
                    Field f = r.fields().get(i);
                    int c2 = i == r.fields().size() - 1 ? last : f.cell().col();
                    Form.merge(sheet, r.row(), r.row(), f.cell().col(), c2, null, form.inputStyle(f));
                }
                sheet.getRow(r.row()).setHeightInPoints(22);
            }
        }
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    private static void grid(Form form, MatrixTable t) {
        XSSFSheet sheet = form.sheet(t.sheet());
        int labels = t.labelColumns();
        int c0 = t.origin().col();
        for (int c = 0; c < labels; c++) {
            int w = c == labels - 1 ? LABEL_COL_WIDTH : c == 0 && labels > 1 ? GROUP_COL_WIDTH : SUBGROUP_COL_WIDTH;
            sheet.setColumnWidth(c, w * 256);
        }
        for (int c = 0; c < t.columns().size(); c++) {
            sheet.setColumnWidth(c0 + c, DATA_COL_WIDTH * 256);
        }
        int lastCol = c0 + t.columns().size() - 1;
        title(form, sheet, t.title(), lastCol);
        int h1 = t.firstHeaderRow();
        int h2 = t.lastHeaderRow();
        if (labels > 0) {
            Form.merge(sheet, h1, h2, 0, labels - 1, t.corner() == null ? "" : t.corner(), form.styles.labelCenter);
        }
        int top = h1;
        if (t.columnGroup() != null) {
            Form.merge(sheet, h1, h1, c0, lastCol, t.columnGroup(), form.styles.header);
            top = h1 + 1;
        }
        headerAxes(form, sheet, t.columns(), c0, 1, top, h2, MatrixTable.Axis::group);
        for (int r = 0; r <= h2; r++) {
            if (sheet.getRow(r) != null && r > 0) {
                sheet.getRow(r).setHeightInPoints(Math.max(sheet.getRow(r).getHeightInPoints(), 24));
            }
        }
        // label columns: group (col A) and subgroup (col B) span their consecutive rows
        List<MatrixTable.Axis> rows = t.rows();
        int r0 = t.origin().row();
        for (int i = 0; i < rows.size(); i++) {
            MatrixTable.Axis a = rows.get(i);
            int sheetRow = r0 + i;
            int labelStart = a.group() == null ? 0 : a.subgroup() == null ? 1 : 2;
            labelStart = Math.min(labelStart, labels - 1);
            Form.merge(sheet, sheetRow, sheetRow, labelStart, labels - 1, a.label(), form.styles.label);
            Form.fit(sheet, sheetRow, a.label(), Form.width(sheet, labelStart, labels - 1), 11);
            sheet.getRow(sheetRow).setHeightInPoints(Math.max(sheet.getRow(sheetRow).getHeightInPoints(), 18));
            if (a.group() != null && (i == 0 || !a.group().equals(rows.get(i - 1).group()))) {
                int end = runEnd(rows, i, MatrixTable.Axis::group);
                Form.merge(sheet, r0 + i, r0 + end, 0, 0, a.group(), form.styles.labelCenter);
            }
            if (a.subgroup() != null && labels > 2 && (i == 0 || !a.subgroup().equals(rows.get(i - 1).subgroup()))) {
                int end = runEnd(rows, i, MatrixTable.Axis::subgroup);
                Form.merge(sheet, r0 + i, r0 + end, 1, 1, a.subgroup(), form.styles.labelCenter);
            }
        }
        previousRows(form, t, sheet);
        sheet.setRepeatingRows(new CellRangeAddress(0, h2, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
    }

    private static void strip(Form form, MatrixTable t) {
        XSSFSheet sheet = form.sheet(t.sheet());
        int n = t.columns().size();
        int c0 = t.origin().col();
        int lastCol = c0 + t.rows().size() * n - 1;
        for (int c = c0; c <= lastCol; c++) {
            sheet.setColumnWidth(c, STRIP_COL_WIDTH * 256);
        }
        title(form, sheet, t.title(), lastCol);
        int h1 = t.firstHeaderRow();
        int h2 = t.lastHeaderRow();
        headerAxes(form, sheet, t.rows(), c0, n, h1, h2 - 1, MatrixTable.Axis::group);
        for (int i = 0; i < t.rows().size(); i++) {
            for (int c = 0; c < n; c++) {
                Form.put(sheet, h2, c0 + i * n + c, t.columns().get(c).label(), form.styles.header);
            }
        }
        for (int r = h1; r <= h2; r++) {
            sheet.getRow(r).setHeightInPoints(26);
        }
        Form.cell(sheet, t.origin().row(), c0);
        sheet.getRow(t.origin().row()).setHeightInPoints(26);
        previousRows(form, t, sheet);
        sheet.setRepeatingRows(new CellRangeAddress(0, h2, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
    }

    /**
     * Header cells for a list of axes laid side by side, {@code span} sheet columns each: where an
     * axis has a group, the group label sits on the top row over its run of axes and the axis label
     * below it; an axis without a group has its label spanning every header row.
     */
    private static void headerAxes(Form form, XSSFSheet sheet, List<MatrixTable.Axis> axes, int c0, int span,
                                   int top, int bottom, Function<MatrixTable.Axis, String> group) {
        for (int i = 0; i < axes.size(); i++) {
            MatrixTable.Axis a = axes.get(i);
            int c1 = c0 + i * span;
            int c2 = c1 + span - 1;
            String g = group.apply(a);
            if (g == null || top == bottom) {
                Form.merge(sheet, top, bottom, c1, c2, a.label(), form.styles.header);
                continue;
            }
            if (i == 0 || !g.equals(group.apply(axes.get(i - 1)))) {
                int end = runEnd(axes, i, group);
                Form.merge(sheet, top, top, c1, c0 + (end + 1) * span - 1, g, form.styles.header);
            }
            Form.merge(sheet, top + 1, bottom, c1, c2, a.label(), form.styles.header);
        }
    }

    private static int runEnd(List<MatrixTable.Axis> axes, int start, Function<MatrixTable.Axis, String> key) {
        int end = start;
        while (end + 1 < axes.size() && Objects.equals(key.apply(axes.get(end + 1)), key.apply(axes.get(start)))) {
            end++;
        }
        return end;
    }

    /** Rows under a matrix table showing last year's values of the rows the cross-year rules read. */
    private static void previousRows(Form form, MatrixTable t, XSSFSheet sheet) {
        java.util.Set<Integer> labelled = new java.util.HashSet<>();
        for (String id : form.previousFields()) {
            Field f = form.schema.require(id);
            if (!t.id().equals(f.tableId())) {
                continue;
            }
            CellRef at = form.previousCell(f);
            if (t.layout() == MatrixTable.Layout.GRID && t.labelColumns() > 0 && labelled.add(at.row())) {
                String label = "上年报告 " + f.rowLabel() + "（参考）";
                Form.merge(sheet, at.row(), at.row(), 0, t.labelColumns() - 1, label, form.styles.reference);
                Form.fit(sheet, at.row(), label, Form.width(sheet, 0, t.labelColumns() - 1), 10);
            }
            form.previousCells.put(id, Form.put(sheet, at.row(), at.col(), null, form.styles.reference));
        }
    }

    /** The columns beside a block table showing last year's values of the fields the cross-year rules read. */
    private static void previousColumns(Form form, BlockTable t) {
        XSSFSheet sheet = form.sheet(t.sheet());
        for (String id : form.previousFields()) {
            Field f = form.schema.require(id);
            if (!t.id().equals(f.tableId())) {
                continue;
            }
            CellRef at = form.previousCell(f);
            sheet.setColumnWidth(at.col(), BLOCK_DATA_WIDTH * 256);
            BlockTable.Block block = t.blocks().stream()
                    .filter(b -> b.rows().stream().anyMatch(r -> r.fields().contains(f))).findFirst().orElseThrow();
            String label = "上年" + f.colLabel() + "（参考）";
            Form.put(sheet, block.headerRow(), at.col(), label, form.styles.reference);
            Form.fit(sheet, block.headerRow(), label, BLOCK_DATA_WIDTH, 10);
            form.previousCells.put(id, Form.put(sheet, at.row(), at.col(), null, form.styles.reference));
        }
    }

    /**
     * Page setup shared by every printed sheet: A4, fit to one page wide; a table also fits one page
     * high so that its merged label blocks are never cut.
     */
    static void print(XSSFSheet sheet, boolean onePage) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) (onePage ? 1 : 0));
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.5);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }
}
