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
}
