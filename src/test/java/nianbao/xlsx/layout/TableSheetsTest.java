package nianbao.xlsx.layout;

import nianbao.schema.Schemas;
import nianbao.xlsx.write.TemplateWriter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableSheetsTest {

    private static Set<String> merged(XSSFSheet s) {
        Set<String> out = new HashSet<>();
        for (CellRangeAddress r : s.getMergedRegions()) {
            out.add(r.formatAsString());
        }
        return out;
    }

    @Test
    void laysOutTable2BlocksWithCaptionsAndTheLastHeaderStretchedToTheTableWidth() throws Exception {
        try (XSSFWorkbook wb = TemplateWriter.create(Schemas.defaultSchema(), TemplateWriter.Options.none())) {
            XSSFSheet t2 = wb.getSheet("表二");
            Set<String> m = merged(t2);
            for (String r : List.of("A1:D1", "A2:D2", "A6:D6", "B7:D7", "B8:D8", "A9:D9", "B11:D11", "B12:D12",
                    "A13:D13", "B14:D14", "B15:D15")) {
                assertTrue(m.contains(r), r + " in " + m);
            }
            assertEquals("二、主动公开政府信息情况", t2.getRow(0).getCell(0).getStringCellValue());
            assertEquals("第二十条第（一）项", t2.getRow(1).getCell(0).getStringCellValue());
            assertEquals("现行有效件数", t2.getRow(2).getCell(3).getStringCellValue());
            assertEquals("本年收费金额（单位：万元）", t2.getRow(13).getCell(1).getStringCellValue());
            assertEquals("行政事业性收费", t2.getRow(14).getCell(0).getStringCellValue());
        }
    }

    @Test
    void laysOutThe2019TablesMergedLikeTheTrialFormat() throws Exception {
        try (XSSFWorkbook wb = TemplateWriter.create(Schemas.byKey("2019").orElseThrow(), TemplateWriter.Options.none())) {
            XSSFSheet t2 = wb.getSheet("表二");
            Set<String> m = merged(t2);
            // 第（八）项 and 第（九）项: the last heading and the last value stretch to the table's width
            for (String r : List.of("A1:D1", "A2:D2", "A6:D6", "A10:D10", "A14:D14", "C15:D15", "C16:D16", "A17:D17",
                    "C18:D18", "C19:D19")) {
                assertTrue(m.contains(r), r + " in " + m);
            }
            assertEquals("对外公开总数量", t2.getRow(2).getCell(3).getStringCellValue());
            assertEquals("其他对外管理服务事项", t2.getRow(8).getCell(0).getStringCellValue());
            assertEquals("本年增/减", t2.getRow(14).getCell(2).getStringCellValue());
            assertEquals("政府集中采购", t2.getRow(18).getCell(0).getStringCellValue());
            XSSFSheet t3 = wb.getSheet("表三");
            Set<String> m3 = merged(t3);
            // 三、本年度办理结果 spans its 20 rows; （六）其他处理 is one row over both label columns
            assertTrue(m3.contains("A7:A26"), m3.toString());
            assertTrue(m3.contains("B25:C25"), m3.toString());
            assertEquals("（六）其他处理", t3.getRow(24).getCell(1).getStringCellValue());
            assertEquals("（七）总计", t3.getRow(25).getCell(1).getStringCellValue());
            assertEquals("四、结转下年度继续办理", t3.getRow(26).getCell(0).getStringCellValue());
        }
    }

    @Test
    void printsTablesOnOneA4PageWithRepeatedHeaderRows() throws Exception {
        try (XSSFWorkbook wb = TemplateWriter.create(Schemas.defaultSchema(), TemplateWriter.Options.none())) {
            for (String name : List.of("表二", "表三", "表四")) {
                XSSFSheet s = wb.getSheet(name);
                assertEquals(9, s.getPrintSetup().getPaperSize(), name);
                assertTrue(s.getFitToPage(), name);
                assertEquals(1, s.getPrintSetup().getFitWidth(), name);
                assertEquals(1, s.getPrintSetup().getFitHeight(), name);
            }
            assertTrue(wb.getSheet("表三").getPrintSetup().getLandscape());
            assertEquals("1:4", wb.getSheet("表三").getRepeatingRows().formatAsString().replace("$", ""));
            assertTrue(wb.getSheet("表三").getColumnWidth(2) >= 30 * 256, "label column shows the official labels");
        }
    }

    @Test
    void usesChineseFontsAtLegibleSizes() throws Exception {
        try (XSSFWorkbook wb = TemplateWriter.create(Schemas.defaultSchema(), TemplateWriter.Options.none())) {
            var title = wb.getSheet("表三").getRow(0).getCell(0).getCellStyle();
            assertEquals("黑体", wb.getFontAt(title.getFontIndex()).getFontName());
            var label = wb.getSheet("表三").getRow(4).getCell(0).getCellStyle();
            assertEquals("宋体", wb.getFontAt(label.getFontIndex()).getFontName());
            for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                assertTrue(wb.getFontAt(i).getFontHeightInPoints() >= 10, "font " + i);
            }
        }
    }
}
