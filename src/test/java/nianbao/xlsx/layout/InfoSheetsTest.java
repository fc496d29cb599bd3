package nianbao.xlsx.layout;

import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import nianbao.xlsx.write.TemplateWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InfoSheetsTest {

    private final Schema schema = Schemas.defaultSchema();

    @Test
    void putsEachMetaAndNarrativeLabelLeftOfItsCellAndTheHelpRightOfIt() throws Exception {
        try (XSSFWorkbook wb = TemplateWriter.create(schema, TemplateWriter.Options.none())) {
            for (Field f : schema.fields()) {
                if (f.tableId() != null) {
                    continue;
                }
                var row = wb.getSheet(f.sheet()).getRow(f.cell().row());
                assertTrue(row.getCell(f.cell().col() - 1).getStringCellValue().startsWith(f.label()), f.id());
                if (f.help() != null) {
                    assertTrue(row.getCell(f.cell().col() + 1).getStringCellValue().startsWith(f.help()), f.id());
                }
                assertFalse(row.getCell(f.cell().col()).getCellStyle().getLocked(), f.id());
            }
            assertTrue(wb.getSheet("基本信息").getRow(2).getCell(0).getStringCellValue().endsWith("（必填）"));
        }
    }

    @Test
    void theGuideSaysWhatEachFormatsNumbersMayBe() {
        assertEquals("件数只能是不小于 0 的整数，金额以万元为单位。", InfoSheets.numberRules(schema));
        assertEquals("件数只能是不小于 0 的整数；“本年增/减”减少时填负数（如 -18），“采购总金额”按原表单位填写，可带小数。",
                InfoSheets.numberRules(Schemas.byKey("2019").orElseThrow()));
    }

    @Test
    void givesNarrativeCellsRoomyWrappedTextInAChineseTextFont() throws Exception {
        try (XSSFWorkbook wb = TemplateWriter.create(schema, TemplateWriter.Options.none())) {
            XSSFSheet text = wb.getSheet("正文");
            for (Field f : schema.narrative()) {
                var cell = text.getRow(f.cell().row()).getCell(f.cell().col());
                assertTrue(cell.getCellStyle().getWrapText(), f.id());
                assertEquals("仿宋", cell.getCellStyle().getFont().getFontName());
                assertTrue(text.getRow(f.cell().row()).getHeightInPoints() >= 100, f.id());
            }
            assertTrue(text.getColumnWidth(1) >= 50 * 256);
        }
    }

    @Test
    void guideNamesTheSheetsFromTheSchemaAndSaysProtectionHasNoPassword() throws Exception {
        try (XSSFWorkbook wb = TemplateWriter.create(schema, TemplateWriter.Options.none())) {
            StringBuilder all = new StringBuilder();
            wb.getSheet("填写说明").forEach(r -> r.forEach(c -> all.append(c.toString()).append('\n')));
            for (String sheet : new String[] {"基本信息", "正文", "表二", "表三", "表四", "校验"}) {
                assertTrue(all.indexOf("“" + sheet + "”") >= 0, sheet);
            }
            assertTrue(all.indexOf("未设密码") >= 0);
            assertTrue(all.indexOf(schema.basis()) >= 0);
        }
    }
}
