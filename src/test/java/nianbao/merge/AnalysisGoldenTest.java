package nianbao.merge;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files for the summary's analysis sheets: {@code src/test/resources/merge/analysis/<case>/} holds this
 * year's reports ({@code current/}), maybe last year's ({@code previous/}) and {@code options.txt}
 * ({@code --previous previous}, {@code --allow-mixed-years}); {@code expected.txt} is the cells of 分析, 同比 and
 * 趋势 as a reader sees them (着色 for the flagged fill), where printed pages start, and each chart: its place, kind, title and every series
 * with its cell references and cached values. Run with {@code -Dgolden.update=true} to rewrite after checking.
 */
class AnalysisGoldenTest {

    static final Path CASES = Path.of("src/test/resources/merge/analysis");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path tmp;

    static Stream<String> cases() throws Exception {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analysisSheetsMatchTheGoldenFile(String name) throws Exception {
        Path dir = CASES.resolve(name);
        String options = Files.readString(dir.resolve("options.txt"), StandardCharsets.UTF_8).strip();
        MergeOptions o = MergeOptions.of(List.of(dir.resolve("current").toString()), tmp.resolve("汇总.xlsx"))
                .withThreads(2).withYears(null, options.contains("--allow-mixed-years"));
        if (options.contains("--previous")) {
            o = o.withPrevious(PreviousYear.of(List.of(dir.resolve("previous").toString())));
        }
        Merger.merge(o, Merger.Progress.none());
        String actual;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("汇总.xlsx")))) {
            actual = dump(wb).replace(dir.toString(), "<case>");
        }
        Path expected = dir.resolve("expected.txt");
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), "missing golden file " + expected + " (run with -Dgolden.update=true)");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }

    /** The analysis sheets of a summary: sheet order, then cells and charts of each. */
    static String dump(XSSFWorkbook wb) {
        StringBuilder sb = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        sb.append("sheets: ").append(String.join(", ", names)).append('\n');
        DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
        for (String n : new String[] {"分析", "同比", "趋势"}) {
            XSSFSheet s = wb.getSheet(n);
            if (s == null) {
                continue;
            }
            sb.append("\n== ").append(n).append('\n');
            for (Row row : s) {
                for (Cell c : row) {
                    String v = format.formatCellValue(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    sb.append(new CellReference(c).formatAsString(false)).append(": ").append(v);
                    XSSFCellStyle st = (XSSFCellStyle) c.getCellStyle();
                    if (st.getFillForegroundXSSFColor() != null && "F8CBAD".equals(st.getFillForegroundXSSFColor().getARGBHex().substring(2))) {
                        sb.append("  [着色]");
                    }
                    sb.append('\n');
                }
            }
            pageBreaks(sb, s);
            XSSFDrawing d = s.getDrawingPatriarch();
            if (d != null) {
                List<XSSFClientAnchor> anchors = new ArrayList<>();
                for (XSSFShape shape : d.getShapes()) {
                    if (shape instanceof XSSFGraphicFrame frame) {
                        anchors.add((XSSFClientAnchor) frame.getAnchor());
                    }
                }
                List<XSSFChart> charts = d.getCharts();
                assertEquals(anchors.size(), charts.size(), "one frame per chart");
                for (int i = 0; i < charts.size(); i++) {
                    chart(sb, anchors.get(i), charts.get(i));
                }
            }
        }
        return sb.toString();
    }

    /** Where printed pages start (POI gives the row or column before each break) and the rows each page repeats. */
    private static void pageBreaks(StringBuilder sb, XSSFSheet s) {
        List<String> at = new ArrayList<>();
        for (int r : s.getRowBreaks()) {
            at.add("行 " + (r + 2));
        }
        for (int c : s.getColumnBreaks()) {
            at.add("列 " + CellReference.convertNumToColString(c + 1));
        }
        if (!at.isEmpty()) {
            sb.append("新页从此开始：").append(String.join("，", at)).append('\n');
        }
        if (s.getRepeatingRows() != null) {
            sb.append("每页重复的行：").append(s.getRepeatingRows().formatAsString()).append('\n');
        }
    }

    private static void chart(StringBuilder sb, XSSFClientAnchor a, XSSFChart chart) {
        sb.append("chart at ").append(new CellReference(a.getRow1(), a.getCol1()).formatAsString(false)).append(':')
                .append(new CellReference(a.getRow2(), a.getCol2()).formatAsString(false))
                .append(" “").append(chart.getTitleText()).append("”\n");
        for (XDDFChartData data : chart.getChartSeries()) {
            XDDFBarChartData bar = (XDDFBarChartData) data;
            sb.append("  bar ").append(bar.getBarDirection()).append(' ').append(bar.getBarGrouping()).append('\n');
            for (int i = 0; i < data.getSeriesCount(); i++) {
                XDDFChartData.Series ser = data.getSeries(i);
                sb.append("  series ").append(ser.getCategoryData().getDataRangeReference()).append(" → ")
                        .append(ser.getValuesData().getDataRangeReference()).append(": ");
                List<String> points = new ArrayList<>();
                for (int p = 0; p < ser.getValuesData().getPointCount(); p++) {
                    points.add(ser.getCategoryData().getPointAt(p) + "=" + plain(ser.getValuesData().getPointAt(p)));
                }
                sb.append(String.join(", ", points)).append('\n');
            }
        }
    }

    private static String plain(Object n) {
        return n == null ? "∅" : new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
}
