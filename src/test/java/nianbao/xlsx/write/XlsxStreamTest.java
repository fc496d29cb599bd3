package nianbao.xlsx.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxStreamTest {

    private static final String[] AWKWARD = {
        "a & b <c> \"q\" 'r'",
        "  前后有空格  ",
        "第一行\n第二行\t制表",
        "回车\r换行",
        "控制\u000B字符\u0001",
        "字面 _x0041_ 不是转义",
        "扩展区 𠮷 与 emoji 😀",
        "孤立代理\uD800字符",
        "=1+1",
    };

    private static byte[] sample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxStream x = new XlsxStream(out)) {
            XlsxStream.Sheet s = x.sheet(new XlsxStream.Layout("汇总", new int[] {30, 11, 11, 11}, 1, 2));
            s.row(0);
            s.text(0, "机关", XlsxStream.HEADER);
            s.text(1, "表三", XlsxStream.HEADER);
            s.text(2, null, XlsxStream.HEADER);
            s.row(40);
            s.text(0, null, XlsxStream.HEADER);
            s.text(1, "自然人", XlsxStream.HEADER);
            s.text(2, "法人", XlsxStream.HEADER);
            for (int i = 0; i < AWKWARD.length; i++) {
                s.row(0);
                s.text(0, AWKWARD[i], XlsxStream.PLAIN);
                s.number(1, i, XlsxStream.PLAIN);
                s.number(3, i + 0.25, XlsxStream.PLAIN);
            }
            s.row(0);
            s.text(0, "合计", XlsxStream.BOLD);
            s.number(1, -12345678901L, XlsxStream.BOLD);
            s.end("A2:D11", List.of("A1:A2", "B1:C1"));
            XlsxStream.Sheet t = x.sheet(new XlsxStream.Layout("说明", new int[] {20}, 0, 0));
            t.row(0);
            t.text(0, "x".repeat(40_000), XlsxStream.PLAIN);
            t.skipTo(5);
            t.row(0);
            t.text(0, "第六行", XlsxStream.PLAIN);
            t.end(null, List.of());
        }
        return out.toByteArray();
    }

    @Test
    void cellsStylesAndSheetSetupReadBackWithPoi() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(sample()))) {
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals("汇总", wb.getSheetName(0));
            XSSFSheet s = wb.getSheet("汇总");
            for (int i = 0; i < AWKWARD.length; i++) {
                String expected = AWKWARD[i].replace('\uD800', '?');
                assertEquals(expected, s.getRow(2 + i).getCell(0).getStringCellValue(), "row " + i);
                assertEquals(i, s.getRow(2 + i).getCell(1).getNumericCellValue());
                assertNull(s.getRow(2 + i).getCell(2), "no cell where nothing was written");
                assertEquals(i + 0.25, s.getRow(2 + i).getCell(3).getNumericCellValue());
            }
            Cell total = s.getRow(2 + AWKWARD.length).getCell(1);
            assertEquals(CellType.NUMERIC, total.getCellType());
            assertEquals(-12345678901.0, total.getNumericCellValue());
            assertTrue(wb.getFontAt(((XSSFCellStyle) total.getCellStyle()).getFontIndex()).getBold());

            XSSFCellStyle header = s.getRow(0).getCell(0).getCellStyle();
            assertTrue(wb.getFontAt(header.getFontIndex()).getBold());
            assertEquals(FillPatternType.SOLID_FOREGROUND, header.getFillPattern());
            assertTrue(header.getWrapText());
            assertEquals(header, s.getRow(0).getCell(2).getCellStyle(), "an empty header cell still carries the style");
            assertEquals(0, s.getRow(2).getCell(0).getCellStyle().getIndex(), "data cells are unstyled");

            assertEquals(40.0f, s.getRow(1).getHeightInPoints());
            assertEquals(30 * 256, s.getColumnWidth(0));
            assertEquals(11 * 256, s.getColumnWidth(3));
            assertEquals(1, s.getPaneInformation().getVerticalSplitLeftColumn());
            assertEquals(2, s.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals(List.of(CellRangeAddress.valueOf("A1:A2"), CellRangeAddress.valueOf("B1:C1")), s.getMergedRegions());
            assertEquals("A2:D11", s.getCTWorksheet().getAutoFilter().getRef());

            XSSFSheet t = wb.getSheet("说明");
            String cut = t.getRow(0).getCell(0).getStringCellValue();
            assertTrue(cut.length() <= XlsxStream.MAX_CELL_CHARS && cut.endsWith("已截断）"), "cut to what a cell holds");
            assertNull(t.getRow(1), "skipped rows stay empty");
            assertEquals("第六行", t.getRow(5).getCell(0).getStringCellValue());
            assertNull(t.getPaneInformation(), "no frozen pane asked for");
        }
    }

    @Test
    void aSentenceLongerThanItsColumnGetsARowTallEnoughForItsWrappedLines() {
        assertEquals(0.0, XlsxStream.wrappedHeight("表三!D5：填报 1E+400，超出允许的范围。", 90), "one line: default height");
        assertEquals(0.0, XlsxStream.wrappedHeight(null, 90));
        String cjk = "汉".repeat(100);
        assertEquals(45.0, XlsxStream.wrappedHeight(cjk, 90), "200 width units in a column of 90: three lines");
        assertEquals(30.0, XlsxStream.wrappedHeight("x".repeat(150), 90), "ASCII takes half the room");
    }

    @Test
    void signedChangesPointsAndPageBreaksReadBackWithPoi() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxStream x = new XlsxStream(out)) {
            XlsxStream.Sheet s = x.sheet(new XlsxStream.Layout("同比", new int[] {30, 8, 8, 8}, 1, 0,
                    new XlsxStream.Print(true, false, null, "A:A")));
            s.row(0);
            s.number(1, 54, XlsxStream.CHANGE);
            s.number(2, -160, XlsxStream.FLAG_CHANGE);
            s.number(3, 2.25, XlsxStream.POINTS);
            s.row(30);
            s.text(0, "本年新收申请 增加 82 件（+215.8%）", XlsxStream.FLAG_WRAP);
            s.pageBreaks(List.of(1), List.of(2));
            s.end(null, List.of());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = wb.getSheet("同比");
            org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.ROOT);
            assertEquals("+54", f.formatCellValue(s.getRow(0).getCell(1)));
            assertEquals("-160", f.formatCellValue(s.getRow(0).getCell(2)));
            assertEquals("+2.3", f.formatCellValue(s.getRow(0).getCell(3)), "percentage points with one decimal");
            XSSFCellStyle flagged = s.getRow(0).getCell(2).getCellStyle();
            assertEquals("F8CBAD", flagged.getFillForegroundXSSFColor().getARGBHex().substring(2));
            XSSFCellStyle words = s.getRow(1).getCell(0).getCellStyle();
            assertTrue(words.getWrapText());
            assertEquals("F8CBAD", words.getFillForegroundXSSFColor().getARGBHex().substring(2));
            // POI counts a break by the row or column before it: a page starting at row 1 is a break after row 0
            assertEquals(List.of(0), java.util.Arrays.stream(s.getRowBreaks()).boxed().toList());
            assertEquals(List.of(1), java.util.Arrays.stream(s.getColumnBreaks()).boxed().toList());
        }
    }

    @Test
    void workbookNamesTheFilterRangeAndListsEveryPart() throws Exception {
        String workbook = null;
        String types = null;
        int entries = 0;
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(sample()))) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                entries++;
                String text = new String(zin.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("xl/workbook.xml")) {
                    workbook = text;
                } else if (e.getName().equals("[Content_Types].xml")) {
                    types = text;
                }
            }
        }
        assertEquals(9, entries);
        assertTrue(workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'汇总'!$A$2:$D$11</definedName>"),
                workbook);
        assertTrue(types.contains("/xl/worksheets/sheet2.xml") && !types.contains("sheet3"), types);
    }

    @Test
    void cellsOutOfOrderAreAProgrammingError() throws Exception {
        try (XlsxStream x = new XlsxStream(new ByteArrayOutputStream())) {
            XlsxStream.Sheet s = x.sheet(new XlsxStream.Layout("a", new int[0], 0, 0));
            assertThrows(IllegalStateException.class, () -> s.text(0, "no row yet", XlsxStream.PLAIN));
            s.row(0);
            s.number(3, 1, XlsxStream.PLAIN);
            assertThrows(IllegalStateException.class, () -> s.number(2, 1, XlsxStream.PLAIN));
            assertThrows(IllegalStateException.class, () -> x.sheet(new XlsxStream.Layout("b", new int[0], 0, 0)));
            s.end(null, List.of());
        }
    }

    @Test
    void aFailingDiskSurfacesAsIOExceptionWithoutHanging() {
        java.io.OutputStream full = new java.io.OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 100_000) {
                    throw new IOException("No space left on device");
                }
            }
        };
        IOException e = assertThrows(IOException.class, () -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> {
                    try (XlsxStream x = new XlsxStream(full)) {
                        XlsxStream.Sheet s = x.sheet(new XlsxStream.Layout("汇总", new int[] {10}, 0, 0));
                        for (int r = 0; r < 200_000; r++) {
                            s.row(0);
                            s.text(0, "第" + r + "行 " + "机关名称".repeat(r % 7), XlsxStream.PLAIN);
                            s.number(1, r * 31L % 1000, XlsxStream.PLAIN);
                        }
                        s.end(null, List.of());
                    }
                }));
        assertTrue(e.getMessage().contains("No space left"), e.getMessage());
    }

    @Test
    void columnNames() {
        assertEquals("A", XlsxStream.columnName(0));
        assertEquals("Z", XlsxStream.columnName(25));
        assertEquals("AA", XlsxStream.columnName(26));
        assertEquals("JA", XlsxStream.columnName(260));
        assertFalse(XlsxStream.columnName(16383).isEmpty());
        assertEquals("XFD", XlsxStream.columnName(16383));
    }

    /** A sheet of one block and its chart, starting at a given row. */
    private static void chartSheet(XlsxStream x, String name, String title, Charts.Kind kind) throws IOException {
        Charts.Block b = new Charts.Block(1, 0, "单位", List.of("甲局", "乙局"), List.of("新收", "结转"),
                List.of(new double[] {12, 3}, new double[] {Double.NaN, 1}));
        XlsxStream.Sheet s = x.sheet(new XlsxStream.Layout(name, new int[] {20, 10, 10}, 0, 0,
                new XlsxStream.Print(true, true, null, null, "A1:C4")));
        for (int r = 0; r <= b.lastRow(); r++) {
            s.row(0);
            Charts.writeRow(s, b, r, XlsxStream.PLAIN, XlsxStream.HEADER);
        }
        s.drawing(Charts.build(name, List.of(new Charts.Chart(title, kind, b, List.of("4472C4", "E15759"),
                new int[] {4, 0}, new int[] {10, 12}))));
        s.end(null, List.of());
    }

    @Test
    void chartsOfTwoSheetsAreNumberedAcrossTheWorkbookAndReadBackWithTheirData() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxStream x = new XlsxStream(out)) {
            chartSheet(x, "分析", "新收申请", Charts.Kind.CLUSTERED);
            chartSheet(x, "构成", "办理结果构成", Charts.Kind.PERCENT_STACKED);
        }
        List<String> parts = new java.util.ArrayList<>();
        String types = null;
        String rels2 = null;
        String chart2 = null;
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                parts.add(e.getName());
                String body = new String(z.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("[Content_Types].xml")) {
                    types = body;
                } else if (e.getName().equals("xl/drawings/_rels/drawing2.xml.rels")) {
                    rels2 = body;
                } else if (e.getName().equals("xl/charts/chart2.xml")) {
                    chart2 = body;
                }
            }
        }
        assertTrue(parts.containsAll(List.of("xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/_rels/sheet2.xml.rels",
                "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml", "xl/charts/chart1.xml", "xl/charts/chart2.xml")), parts.toString());
        assertTrue(rels2.contains("../charts/chart2.xml") && !rels2.contains("chart1.xml"), rels2);
        assertTrue(types.contains("/xl/charts/chart2.xml") && types.contains("/xl/drawings/drawing2.xml"), types);
        assertTrue(chart2.matches("(?s).*<c:gapWidth val=\"60\"/><c:overlap val=\"100\"/>.*"), "stacked bars overlap fully: " + chart2);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var first = wb.getSheet("分析").getDrawingPatriarch().getCharts().get(0);
            assertEquals("新收申请", first.getTitleText().getString());
            var series = first.getChartSeries().get(0).getSeries(0);
            assertEquals("分析!$A$3:$A$4", series.getCategoryData().getDataRangeReference());
            assertEquals("分析!$B$3:$B$4", series.getValuesData().getDataRangeReference());
            assertEquals(12.0, ((Number) series.getValuesData().getPointAt(0)).doubleValue());
            var stacked = (org.apache.poi.xddf.usermodel.chart.XDDFBarChartData)
                    wb.getSheet("构成").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0);
            assertEquals(org.apache.poi.xddf.usermodel.chart.BarGrouping.PERCENT_STACKED, stacked.getBarGrouping());
            assertEquals(2, stacked.getSeriesCount());
            assertEquals("'构成'!$A$1:$C$4", wb.getNames("_xlnm.Print_Area").get(1).getRefersToFormula());
            assertEquals(12, wb.getSheet("分析").getRow(2).getCell(1).getNumericCellValue(),
                    "the block's cells are in the sheet the chart refers to");
            assertNull(wb.getSheet("分析").getRow(2).getCell(2), "an absent value is a blank cell, not 0");
        }
    }
}
