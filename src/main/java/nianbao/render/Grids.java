package nianbao.render;

import nianbao.model.Report;
import nianbao.schema.BlockTable;
import nianbao.schema.Field;
import nianbao.schema.MatrixTable;
import nianbao.schema.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Lays out the schema's tables as the national format prints them: labels and spans come from the
 * schema (captions, headers, row and column groups), values from the report.
 */
final class Grids {

    /** Printed width of the 表三 label columns in cm: the row group, the sub-group, the item. */
    private static final double[] GRID_LABEL_WIDTHS = {0.9, 1.9, 4.4};
    /** Total printed table width in cm (A4 minus the 公文 side margins). */
    static final double TEXT_WIDTH_CM = 21.0 - 2.8 - 2.6;

    private Grids() {
    }

    /** The grid of any table of the schema. */
    static Grid of(Table table, Report report) {
        if (table instanceof BlockTable b) {
            return blocks(b, report);
        }
        MatrixTable m = (MatrixTable) table;
        return m.layout() == MatrixTable.Layout.GRID ? grid(m, report) : strip(m, report);
    }

    /** 表二: per block a caption row across the table, a header row and the value rows. */
    static Grid blocks(BlockTable t, Report report) {
        int width = t.width();
        List<Grid.Cell> cells = new ArrayList<>();
        int r = 0;
        for (BlockTable.Block b : t.blocks()) {
            cells.add(new Grid.Cell(r, 0, 1, width, b.caption(), Grid.Kind.CAPTION, null));
            r++;
            List<String> header = b.header();
            for (int i = 0; i < header.size(); i++) {
                // The last heading of a narrow block stretches to the table's right edge, as in the official form.
                int span = i == header.size() - 1 ? width - i : 1;
                cells.add(new Grid.Cell(r, i, 1, span, header.get(i), Grid.Kind.HEADER, null));
            }
            r++;
            for (BlockTable.Row row : b.rows()) {
                cells.add(new Grid.Cell(r, 0, 1, 1, row.label(), Grid.Kind.LABEL, null));
                List<Field> fields = row.fields();
                for (int i = 0; i < fields.size(); i++) {
                    int span = i == fields.size() - 1 ? width - 1 - i : 1;
                    Field f = fields.get(i);
                    cells.add(new Grid.Cell(r, i + 1, 1, span, Cells.value(report, f), Grid.Kind.VALUE, f.id()));
                }
                r++;
            }
        }
        double first = TEXT_WIDTH_CM * 0.31;
        List<Double> widths = new ArrayList<>();
        widths.add(first);
        widths.addAll(Collections.nCopies(width - 1, (TEXT_WIDTH_CM - first) / (width - 1)));
        return new Grid(t.id(), r, width, 0, widths, cells);
    }

    /** 表三: corner note and column headers on top, grouped row labels on the left, values in the grid. */
    static Grid grid(MatrixTable t, Report report) {
        int labels = Math.max(1, t.labelColumns());
        List<MatrixTable.Axis> cols = t.columns();
        List<Grid.Cell> cells = new ArrayList<>();
        int headerRows = columnHeaders(t.columnGroup(), cols, labels, cells);
        cells.add(0, new Grid.Cell(0, 0, headerRows, labels, t.corner() == null ? "" : t.corner(), Grid.Kind.CORNER, null));

        List<MatrixTable.Axis> rows = t.rows();
        for (int i = 0; i < rows.size(); i++) {
            MatrixTable.Axis a = rows.get(i);
            int r = headerRows + i;
            int col = 0;
            if (a.group() != null) {
                if (i == 0 || !Objects.equals(rows.get(i - 1).group(), a.group())) {
                    cells.add(new Grid.Cell(r, 0, run(rows, i, true), 1, a.group(), Grid.Kind.LABEL, null));
                }
                col = 1;
                if (a.subgroup() != null) {
                    if (i == 0 || !Objects.equals(rows.get(i - 1).subgroup(), a.subgroup())) {
                        cells.add(new Grid.Cell(r, 1, run(rows, i, false), 1, a.subgroup(), Grid.Kind.LABEL, null));
                    }
                    col = 2;
                }
            }
            cells.add(new Grid.Cell(r, col, 1, labels - col, a.label(), Grid.Kind.LABEL, null));
            for (int c = 0; c < cols.size(); c++) {
                Field f = t.field(i, c);
                cells.add(new Grid.Cell(r, labels + c, 1, 1, Cells.value(report, f), Grid.Kind.VALUE, f.id()));
            }
        }
        sortReadingOrder(cells);
        List<Double> widths = new ArrayList<>();
        double labelWidth = 0;
        for (int i = 0; i < labels; i++) {
            double w = labels == GRID_LABEL_WIDTHS.length ? GRID_LABEL_WIDTHS[i] : 7.2 / labels;
            widths.add(w);
            labelWidth += w;
        }
        widths.addAll(Collections.nCopies(cols.size(), (TEXT_WIDTH_CM - labelWidth) / cols.size()));
        return new Grid(t.id(), headerRows + rows.size(), labels + cols.size(), headerRows, widths, cells);
    }

    /** 表四: each row of the matrix is a column group side by side; one row of values under the headers. */
    static Grid strip(MatrixTable t, Report report) {
        List<MatrixTable.Axis> groups = t.rows();
        List<MatrixTable.Axis> cols = t.columns();
        int n = cols.size();
        boolean nested = groups.stream().anyMatch(g -> g.group() != null);
        int headerRows = nested ? 3 : 2;
        List<Grid.Cell> cells = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            MatrixTable.Axis a = groups.get(g);
            int left = g * n;
            if (a.group() == null) {
                cells.add(new Grid.Cell(0, left, headerRows - 1, n, a.label(), Grid.Kind.HEADER, null));
            } else {
                if (g == 0 || !Objects.equals(groups.get(g - 1).group(), a.group())) {
                    int span = 0;
                    for (int k = g; k < groups.size() && Objects.equals(groups.get(k).group(), a.group()); k++) {
                        span += n;
                    }
                    cells.add(new Grid.Cell(0, left, 1, span, a.group(), Grid.Kind.HEADER, null));
                }
                cells.add(new Grid.Cell(1, left, 1, n, a.label(), Grid.Kind.HEADER, null));
            }
            for (int c = 0; c < n; c++) {
                cells.add(new Grid.Cell(headerRows - 1, left + c, 1, 1, cols.get(c).label(), Grid.Kind.HEADER, null));
                Field f = t.field(g, c);
                cells.add(new Grid.Cell(headerRows, left + c, 1, 1, Cells.value(report, f), Grid.Kind.VALUE, f.id()));
            }
        }
        sortReadingOrder(cells);
        int width = groups.size() * n;
        return new Grid(t.id(), headerRows + 1, width, headerRows, Collections.nCopies(width, TEXT_WIDTH_CM / width), cells);
    }

    /** Adds the column headings right of the label columns and returns how many header rows they take. */
    private static int columnHeaders(String columnGroup, List<MatrixTable.Axis> cols, int left, List<Grid.Cell> cells) {
        boolean grouped = cols.stream().anyMatch(c -> c.group() != null);
        int top = 0;
        if (columnGroup != null) {
            cells.add(new Grid.Cell(0, left, 1, cols.size(), columnGroup, Grid.Kind.HEADER, null));
            top = 1;
        }
        int depth = grouped ? 2 : 1;
        for (int c = 0; c < cols.size(); c++) {
            MatrixTable.Axis a = cols.get(c);
            if (a.group() == null) {
                cells.add(new Grid.Cell(top, left + c, depth, 1, a.label(), Grid.Kind.HEADER, null));
                continue;
            }
            if (c == 0 || !Objects.equals(cols.get(c - 1).group(), a.group())) {
                int span = 0;
                for (int k = c; k < cols.size() && Objects.equals(cols.get(k).group(), a.group()); k++) {
                    span++;
                }
                cells.add(new Grid.Cell(top, left + c, 1, span, a.group(), Grid.Kind.HEADER, null));
            }
            cells.add(new Grid.Cell(top + 1, left + c, 1, 1, a.label(), Grid.Kind.HEADER, null));
        }
        return top + depth;
    }

    /** How many consecutive rows from {@code i} share its group (or, with {@code group} false, its sub-group). */
    private static int run(List<MatrixTable.Axis> rows, int i, boolean group) {
        MatrixTable.Axis a = rows.get(i);
        int n = 0;
        for (int k = i; k < rows.size(); k++) {
            MatrixTable.Axis b = rows.get(k);
            boolean same = group ? Objects.equals(b.group(), a.group())
                    : Objects.equals(b.group(), a.group()) && Objects.equals(b.subgroup(), a.subgroup());
            if (!same) {
                break;
            }
            n++;
        }
        return n;
    }

    private static void sortReadingOrder(List<Grid.Cell> cells) {
        cells.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : Integer.compare(a.col(), b.col()));
    }
}
