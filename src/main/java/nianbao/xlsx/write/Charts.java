package nianbao.xlsx.write;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Native Excel bar charts for a streamed sheet ({@link XlsxStream}): laid out with POI's XDDF on a tiny
 * workbook that holds only the charts' data cells, at the same places as in the real sheet, and taken out of
 * it as parts (the drawing, its relationships and one part per chart) for the stream to splice in. The charts
 * refer to the real sheet's cells and carry their values as a cache, so Excel, WPS and LibreOffice draw them
 * without recalculating.
 */
public final class Charts {

    /**
     * The cells a chart draws: a header row (category header, then one name per series) and one row per
     * category below it, the category in the first column and the series' values to its right.
     *
     * @param row zero-based header row
     * @param col zero-based first column (the categories)
     * @param header the categories' column header
     * @param categories category labels, top to bottom
     * @param names series names, left to right
     * @param values per series, one value per category (NaN for none)
     */
    public record Block(int row, int col, String header, List<String> categories, List<String> names,
                        List<double[]> values) {
        public Block {
            categories = List.copyOf(categories);
            names = List.copyOf(names);
            values = List.copyOf(values);
            if (names.size() != values.size()) {
                throw new IllegalArgumentException("one name per series");
            }
            for (double[] v : values) {
                if (v.length != categories.size()) {
                    throw new IllegalArgumentException("one value per category");
                }
            }
        }

        /** The last row the block takes (zero-based). */
        public int lastRow() {
            return row + categories.size();
        }
    }

    /** How the bars of a chart stand. */
    public enum Kind {
        /** One bar per category and series, side by side. */
        CLUSTERED,
        /** The series of a category stacked into one bar of 100 %: the composition of each category. */
        PERCENT_STACKED
    }

    /**
     * One horizontal bar chart, categories top to bottom as in the block.
     *
     * @param title the chart title
     * @param kind clustered or percent-stacked
     * @param data its cells
     * @param colors one RGB colour per series (e.g. {@code 4472C4})
     * @param from top-left cell of the chart as {col, row}, zero-based
     * @param to bottom-right cell as {col, row}, exclusive
     */
    public record Chart(String title, Kind kind, Block data, List<String> colors, int[] from, int[] to) {
        public Chart {
            colors = List.copyOf(colors);
        }
    }

    /**
     * A sheet's drawing as parts, named as in a workbook of one drawing ({@code ../charts/chart1.xml} …).
     *
     * @param drawing the drawing part
     * @param drawingRels its relationships, to the charts
     * @param charts the chart parts, in order
     */
    public record Parts(byte[] drawing, byte[] drawingRels, List<byte[]> charts) {
        public Parts {
            charts = List.copyOf(charts);
        }
    }

    private Charts() {
    }

    /**
     * Lays the charts out.
     *
     * @param sheetName the real sheet's name, which the charts' references name
     * @param charts the charts of that sheet
     */
    public static Parts build(String sheetName, List<Chart> charts) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(sheetName);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            for (Chart c : charts) {
                fill(sheet, c.data());
                XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, c.from()[0], c.from()[1], c.to()[0], c.to()[1]);
                plot(sheet, drawing.createChart(anchor), c);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            Parts parts = parts(bytes.toByteArray(), charts.size());
            List<byte[]> stacked = new ArrayList<>();
            for (int i = 0; i < charts.size(); i++) {
                byte[] xml = parts.charts().get(i);
                stacked.add(charts.get(i).kind() == Kind.PERCENT_STACKED ? overlap(xml) : xml);
            }
            return new Parts(parts.drawing(), parts.drawingRels(), stacked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a block into a streamed sheet's current row (call once per row, after the row's other cells). */
    public static void writeRow(XlsxStream.Sheet s, Block b, int row, int style, int headerStyle) throws IOException {
        if (row == b.row()) {
            s.text(b.col(), b.header(), headerStyle);
            for (int k = 0; k < b.names().size(); k++) {
                s.text(b.col() + 1 + k, b.names().get(k), headerStyle);
            }
        } else if (row > b.row() && row <= b.lastRow()) {
            int i = row - b.row() - 1;
            s.text(b.col(), b.categories().get(i), style);
            for (int k = 0; k < b.values().size(); k++) {
                double v = b.values().get(k)[i];
                if (!Double.isNaN(v)) {
                    s.number(b.col() + 1 + k, v, style);
                }
            }
        }
    }

    private static void fill(XSSFSheet sheet, Block b) {
        row(sheet, b.row()).createCell(b.col()).setCellValue(b.header());
        for (int k = 0; k < b.names().size(); k++) {
            row(sheet, b.row()).createCell(b.col() + 1 + k).setCellValue(b.names().get(k));
        }
        for (int i = 0; i < b.categories().size(); i++) {
            XSSFRow r = row(sheet, b.row() + 1 + i);
            r.createCell(b.col()).setCellValue(b.categories().get(i));
            for (int k = 0; k < b.values().size(); k++) {
                double v = b.values().get(k)[i];
                if (!Double.isNaN(v)) {
                    r.createCell(b.col() + 1 + k).setCellValue(v);
                }
            }
        }
    }

    private static XSSFRow row(XSSFSheet sheet, int r) {
        XSSFRow row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    private static void plot(XSSFSheet sheet, XSSFChart chart, Chart c) {
        Block b = c.data();
        chart.setTitleText(c.title());
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        categories.setOrientation(AxisOrientation.MAX_MIN); // the first category at the top, as in the block
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        if (c.kind() == Kind.PERCENT_STACKED) {
            data.setBarGrouping(BarGrouping.PERCENT_STACKED);
            values.setNumberFormat("0%");
        } else {
            data.setBarGrouping(BarGrouping.CLUSTERED);
        }
        data.setGapWidth(60);
        int first = b.row() + 1;
        int last = b.lastRow();
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, b.col(), b.col()));
        for (int k = 0; k < b.names().size(); k++) {
            int col = b.col() + 1 + k;
            XDDFNumericalDataSource<Double> v = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, last, col, col));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(cats, v);
            series.setTitle(b.names().get(k), new org.apache.poi.ss.util.CellReference(sheet.getSheetName(), b.row(), col,
                    true, true));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(c.colors().get(k % c.colors().size())))));
            series.setShapeProperties(shape);
            if (c.kind() == Kind.CLUSTERED) {
                labels(series.getCTBarSer().addNewDLbls());
            }
        }
        chart.plot(data);
        if (b.names().size() > 1) {
            XDDFChartLegend legend = chart.getOrAddLegend();
            legend.setPosition(LegendPosition.BOTTOM);
            legend.setOverlay(false);
        }
    }

    /**
     * Stacked bars must overlap fully, or Excel draws each series beside the last. POI's {@code setOverlap}
     * needs a schema type the lite OOXML jar leaves out, so the element goes in after {@code c:gapWidth},
     * where the schema orders it.
     */
    static byte[] overlap(byte[] chartXml) {
        String xml = new String(chartXml, java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(\\w+:)?gapWidth [^>]*/>").matcher(xml);
        if (!m.find()) {
            throw new IllegalStateException("no gapWidth in the chart part");
        }
        String prefix = m.group(1) == null ? "" : m.group(1);
        return (xml.substring(0, m.end()) + "<" + prefix + "overlap val=\"100\"/>" + xml.substring(m.end()))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The value at the end of each bar, nothing else. */
    private static void labels(CTDLbls l) {
        l.addNewShowLegendKey().setVal(false);
        l.addNewShowVal().setVal(true);
        l.addNewShowCatName().setVal(false);
        l.addNewShowSerName().setVal(false);
        l.addNewShowPercent().setVal(false);
        l.addNewShowBubbleSize().setVal(false);
    }

    private static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    /** The drawing and chart parts out of the tiny workbook's zip. */
    private static Parts parts(byte[] xlsx, int count) throws IOException {
        Map<String, byte[]> found = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String n = e.getName();
                if (n.startsWith("xl/drawings/") || n.startsWith("xl/charts/")) {
                    found.put(n, zip.readAllBytes());
                }
            }
        }
        List<byte[]> charts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            charts.add(require(found, "xl/charts/chart" + i + ".xml"));
        }
        if (found.keySet().stream().anyMatch(n -> n.startsWith("xl/charts/_rels/"))) {
            throw new IllegalStateException("chart parts with relationships are not spliced: " + found.keySet());
        }
        return new Parts(require(found, "xl/drawings/drawing1.xml"), require(found, "xl/drawings/_rels/drawing1.xml.rels"),
                charts);
    }

    private static byte[] require(Map<String, byte[]> parts, String name) {
        byte[] b = parts.get(name);
        if (b == null) {
            throw new IllegalStateException("POI wrote no " + name + ": " + parts.keySet());
        }
        return b;
    }
}
