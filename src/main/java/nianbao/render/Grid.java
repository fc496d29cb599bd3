package nianbao.render;

import nianbao.model.Report;
import nianbao.schema.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * A statistics table laid out as the national format prints it: a rectangle of grid cells in which
 * some cells span several rows or columns. Every renderer draws tables from this one description,
 * so the merged regions are decided in one place.
 *
 * @param tableId the schema table ID ({@code t2}, {@code t3}, {@code t4})
 * @param rows number of grid rows
 * @param columns number of grid columns
 * @param headerRows how many leading rows are column headers (0 for 表二, whose blocks carry their own)
 * @param widths relative column widths (centimetres at A4 text width)
 * @param cells the anchor cells, in reading order (row, then column); spanned positions have none
 */
public record Grid(String tableId, int rows, int columns, int headerRows, List<Double> widths, List<Cell> cells) {

    public Grid {
        widths = List.copyOf(widths);
        cells = List.copyOf(cells);
        if (widths.size() != columns) {
            throw new IllegalArgumentException(tableId + ": " + widths.size() + " widths for " + columns + " columns");
        }
    }

    /** What a cell holds; decides alignment, font weight and how flat formats print it. */
    public enum Kind {
        /** A block caption spanning the table (第二十条第（一）项). */
        CAPTION,
        /** The top-left note of 表三 (the 勾稽 relation). */
        CORNER,
        /** A column heading. */
        HEADER,
        /** A row label or row-group label. */
        LABEL,
        /** A statistics value. */
        VALUE,
        /** A value the reader should look at (a large change in a comparison): bold on light red. */
        FLAGGED
    }

    /**
     * One anchor cell.
     *
     * @param row zero-based top row
     * @param col zero-based left column
     * @param rowSpan rows covered (≥ 1)
     * @param colSpan columns covered (≥ 1)
     * @param text the printed text ("" for a blank value)
     * @param kind what the cell holds
     * @param fieldId the field of a value cell, else null
     */
    public record Cell(int row, int col, int rowSpan, int colSpan, String text, Kind kind, String fieldId) {

        /** True when this cell covers the grid position. */
        public boolean covers(int r, int c) {
            return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
        }

        /** True when the cell is merged with others. */
        public boolean merged() {
            return rowSpan > 1 || colSpan > 1;
        }
    }

    /**
     * The statistics tables of a report (表二, 表三, 表四) in the order of the report's sections, laid
     * out as printed: what a screen shows as the official tables.
     */
    public static List<Grid> tables(Report report) {
        List<Grid> out = new ArrayList<>();
        for (Section s : report.schema().sections()) {
            if (s.table() != null) {
                out.add(Grids.of(report.schema().table(s.table()), report));
            }
        }
        return out;
    }

    /** The anchor cells of one grid row, left to right. */
    public List<Cell> anchorsOf(int r) {
        return cells.stream().filter(c -> c.row() == r).toList();
    }

    /** The cell covering a grid position (an anchor in this or an earlier row), or null when none does. */
    public Cell coverOf(int r, int c) {
        for (Cell cell : cells) {
            if (cell.covers(r, c)) {
                return cell;
            }
        }
        return null;
    }

    /** True for 表三's item labels (one row tall), which read better left-aligned; the rest is centred as in the official form. */
    public boolean leftAligned(Cell c) {
        return c.kind() == Kind.LABEL && c.rowSpan() == 1 && headerRows > 0;
    }

    /** The sum of the column widths. */
    public double totalWidth() {
        return widths.stream().mapToDouble(Double::doubleValue).sum();
    }
}
