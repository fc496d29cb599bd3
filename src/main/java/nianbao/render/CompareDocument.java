package nianbao.render;

import nianbao.compare.AgencyComparison;
import nianbao.compare.CompareLayout;
import nianbao.compare.Line;
import nianbao.compare.Step;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison as a Word document in the 公文 layout of the published report ({@link DocxRenderer}): the same
 * headings and paragraphs as the page, and each table's lines in tables of at most {@value #YEARS_PER_TABLE}
 * years, so that they fit the portrait page; a table of more years continues in the next one, which repeats
 * the year it ends with. Inferred numbers read “（推断）”; large changes are bold on light red.
 */
public final class CompareDocument {

    /** Years per table: each adds a value column and, after the first, two change columns. */
    static final int YEARS_PER_TABLE = 3;

    private static final double GROUP_CM = 2.2;
    private static final double LABEL_CM = 2.6;
    /** Relative widths of a year's value, its 增减 and its 增减% columns. */
    private static final double YEAR_UNITS = 1.2;
    private static final double DIFF_UNITS = 0.9;
    private static final double PERCENT_UNITS = 1.6;

    private CompareDocument() {
    }

    /** Writes the document (the stream is left open). */
    public static void write(AgencyComparison c, OutputStream out) throws IOException {
        ReportLayout layout = layout(c);
        DocxPackage.write(out, DocxRenderer.document(layout), layout.title());
    }

    /** The document as the renderer's blocks. */
    static ReportLayout layout(AgencyComparison c) {
        List<ReportLayout.Block> b = new ArrayList<>();
        for (CompareLayout.Block block : CompareLayout.of(c).blocks()) {
            if (block instanceof CompareLayout.Title t) {
                b.add(new ReportLayout.Title(t.text()));
            } else if (block instanceof CompareLayout.Heading h) {
                b.add(new ReportLayout.Heading(h.level(), h.text()));
            } else if (block instanceof CompareLayout.Paragraph p) {
                b.add(new ReportLayout.Paragraph(p.text(), false));
            } else if (block instanceof CompareLayout.Items list) {
                list.items().forEach(i -> b.add(new ReportLayout.Paragraph(i.text(), false)));
            } else if (block instanceof CompareLayout.Simple s) {
                b.add(new ReportLayout.TableBlock(simple(s)));
            } else if (block instanceof CompareLayout.Table t) {
                tables(c, t, b);
            }
        }
        return new ReportLayout(b);
    }

    /** A small table of text, its first column as wide as it needs. */
    private static Grid simple(CompareLayout.Simple s) {
        List<Grid.Cell> cells = new ArrayList<>();
        for (int c = 0; c < s.header().size(); c++) {
            cells.add(new Grid.Cell(0, c, 1, 1, s.header().get(c), Grid.Kind.HEADER, null));
        }
        for (int r = 0; r < s.rows().size(); r++) {
            List<String> row = s.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cells.add(new Grid.Cell(r + 1, c, 1, 1, row.get(c), Grid.Kind.LABEL, null));
            }
        }
        int n = s.header().size();
        List<Double> widths = new ArrayList<>();
        widths.add(1.6);
        for (int c = 1; c < n; c++) {
            widths.add((Grids.TEXT_WIDTH_CM - 1.6) / (n - 1));
        }
        return new Grid("compare-files", s.rows().size() + 1, n, 1, widths, cells);
    }

    /** One table's lines, cut into tables of at most {@link #YEARS_PER_TABLE} years that share their edge year. */
    private static void tables(AgencyComparison c, CompareLayout.Table t, List<ReportLayout.Block> b) {
        List<Integer> years = c.years();
        List<int[]> chunks = new ArrayList<>();
        for (int from = 0; from < years.size() - 1; from += YEARS_PER_TABLE - 1) {
            chunks.add(new int[] {from, Math.min(from + YEARS_PER_TABLE - 1, years.size() - 1)});
        }
        for (int[] chunk : chunks) {
            if (chunks.size() > 1) {
                // a heading, so that it is kept on the page of its table
                b.add(new ReportLayout.Heading(2, t.name() + "（" + years.get(chunk[0]) + "—" + years.get(chunk[1]) + "年）"));
            }
            b.add(new ReportLayout.TableBlock(grid(c, t, chunk[0], chunk[1])));
        }
    }

    /** The lines of reports {@code from}…{@code to} (indexes into the series). */
    private static Grid grid(AgencyComparison c, CompareLayout.Table t, int from, int to) {
        List<Integer> years = c.years();
        List<String> changes = c.changeHeadings();
        List<Grid.Cell> cells = new ArrayList<>();
        cells.add(new Grid.Cell(0, 0, 2, 2, "项目", Grid.Kind.HEADER, null));
        int col = 2;
        for (int i = from; i <= to; i++) {
            cells.add(new Grid.Cell(0, col++, 2, 1, years.get(i) + "年", Grid.Kind.HEADER, null));
            if (i > from) {
                cells.add(new Grid.Cell(0, col, 1, 2, changes.get(i - 1), Grid.Kind.HEADER, null));
                cells.add(new Grid.Cell(1, col, 1, 1, "增减", Grid.Kind.HEADER, null));
                cells.add(new Grid.Cell(1, col + 1, 1, 1, "增减%", Grid.Kind.HEADER, null));
                col += 2;
            }
        }
        List<Line> lines = t.lines().lines();
        for (int k = 0; k < lines.size(); k++) {
            Line l = lines.get(k);
            int r = k + 2;
            if (k == 0 || !lines.get(k - 1).group().equals(l.group())) {
                int span = 1;
                while (k + span < lines.size() && lines.get(k + span).group().equals(l.group())) {
                    span++;
                }
                cells.add(new Grid.Cell(r, 0, span, 1, l.group(), Grid.Kind.LABEL, null));
            }
            cells.add(new Grid.Cell(r, 1, 1, 1, l.label(), Grid.Kind.LABEL, null));
            int c2 = 2;
            for (int i = from; i <= to; i++) {
                cells.add(new Grid.Cell(r, c2++, 1, 1, l.entries().get(i).shownWithMark(), Grid.Kind.VALUE,
                        l.field().id()));
                if (i > from) {
                    Step s = l.steps().get(i - 1);
                    Grid.Kind kind = s.large() ? Grid.Kind.FLAGGED : Grid.Kind.VALUE;
                    cells.add(new Grid.Cell(r, c2++, 1, 1, s.differenceText(), kind, null));
                    cells.add(new Grid.Cell(r, c2++, 1, 1, s.percentText(l.type()), kind, null));
                }
            }
        }
        int yearsShown = to - from + 1;
        int columns = 2 + yearsShown + 2 * (yearsShown - 1);
        double rest = Grids.TEXT_WIDTH_CM - GROUP_CM - LABEL_CM;
        // a year's value wide enough for 2021年 on one line, 增减 (+116) narrower, 增减% (+250.0%, bold when large) widest
        double unit = rest / (YEAR_UNITS * yearsShown + (DIFF_UNITS + PERCENT_UNITS) * (yearsShown - 1));
        List<Double> widths = new ArrayList<>(List.of(GROUP_CM, LABEL_CM));
        for (int i = 0; i < yearsShown; i++) {
            widths.add(unit * YEAR_UNITS);
            if (i > 0) {
                widths.add(unit * DIFF_UNITS);
                widths.add(unit * PERCENT_UNITS);
            }
        }
        cells.sort(java.util.Comparator.comparingInt(Grid.Cell::row).thenComparingInt(Grid.Cell::col));
        return new Grid(t.lines().tableId(), lines.size() + 2, columns, 2, widths, cells);
    }
}
