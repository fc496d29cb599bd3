package nianbao.xlsx.write;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import nianbao.xlsx.layout.CheckSheet;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateWriterTest {

    static final Path COMMITTED = Path.of("templates", "年报模板.xlsx");
    private final Schema schema = Schemas.defaultSchema();
    private XSSFWorkbook wb;

    @BeforeEach
    void create() {
        wb = TemplateWriter.create(schema, TemplateWriter.Options.none());
    }

    @AfterEach
    void close() throws Exception {
        wb.close();
    }

    private XSSFCell at(String sheet, String a1) {
        CellReference r = new CellReference(a1);
        return wb.getSheet(sheet).getRow(r.getRow()).getCell(r.getCol());
    }

    private Set<String> merged(String sheet) {
        Set<String> out = new HashSet<>();
        for (CellRangeAddress r : wb.getSheet(sheet).getMergedRegions()) {
            out.add(r.formatAsString());
        }
        return out;
    }

    @Test
    void agencyLookingLikeExcelEscapeRoundTripsThroughTheTemplatePrefill(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path file = tmp.resolve("模板.xlsx");
        TemplateWriter.write(Schemas.defaultSchema(), new TemplateWriter.Options("_x0041_县_x005F_局", 2025, null), file);
        assertEquals("_x0041_县_x005F_局", Reports.read(file).text("meta.agency"));
    }

    @Test
    void laysOutTheSheetsInOrderWithTheHiddenSchemaMarker() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("填写说明", "基本信息", "正文", "表二", "表三", "表四", "校验", "_schema"), names);
        assertTrue(wb.isSheetHidden(7));
        XSSFSheet marker = wb.getSheet("_schema");
        assertEquals("schema", marker.getRow(0).getCell(0).getStringCellValue());
        assertEquals(schema.id(), marker.getRow(0).getCell(1).getStringCellValue());
        assertEquals("version", marker.getRow(1).getCell(0).getStringCellValue());
        assertEquals(schema.version(), marker.getRow(1).getCell(1).getStringCellValue());
    }

    @Test
    void mergesTable3HeaderAndLabelsLikeTheOfficialTable() {
        Set<String> m = merged("表三");
        for (String r : List.of("A1:J1", "A2:C4", "D2:J2", "D3:D4", "J3:J4", "E3:I3", "A7:A28", "A5:C5", "A6:C6",
                "A29:C29", "B7:C7", "B8:C8", "B28:C28", "B9:B16", "B17:B19", "B20:B24", "B25:B27")) {
            assertTrue(m.contains(r), r + " merged in " + m);
        }
        assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", at("表三", "A2").getStringCellValue());
        assertEquals("申请人情况", at("表三", "D2").getStringCellValue());
        assertEquals("自然人", at("表三", "D3").getStringCellValue());
        assertEquals("法人或其他组织", at("表三", "E3").getStringCellValue());
        assertEquals("商业企业", at("表三", "E4").getStringCellValue());
        assertEquals("总计", at("表三", "J3").getStringCellValue());
        assertEquals("三、本年度办理结果", at("表三", "A7").getStringCellValue());
        assertEquals("（三）不予公开", at("表三", "B9").getStringCellValue());
        assertEquals("3.危及“三安全一稳定”", at("表三", "C11").getStringCellValue());
        assertEquals("四、结转下年度继续办理", at("表三", "A29").getStringCellValue());
    }

    @Test
    void mergesTable4HeaderLikeTheOfficialTable() {
        Set<String> m = merged("表四");
        for (String r : List.of("A2:E3", "F2:O2", "F3:J3", "K3:O3")) {
            assertTrue(m.contains(r), r + " merged in " + m);
        }
        assertEquals("行政复议", at("表四", "A2").getStringCellValue());
        assertEquals("行政诉讼", at("表四", "F2").getStringCellValue());
        assertEquals("未经复议直接起诉", at("表四", "F3").getStringCellValue());
        assertEquals("复议后起诉", at("表四", "K3").getStringCellValue());
        String[] cols = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        for (int c = 0; c < 15; c++) {
            assertEquals(cols[c % 5], wb.getSheet("表四").getRow(3).getCell(c).getStringCellValue());
        }
    }

    @Test
    void givesEveryFieldAWorkbookScopeNameAtItsCell() {
        for (Field f : schema.fields()) {
            XSSFName n = wb.getName(f.definedName());
            assertNotNull(n, f.id());
            assertEquals(-1, n.getSheetIndex(), "workbook scope");
            assertEquals("'" + f.sheet() + "'!$" + CellReference.convertNumToColString(f.cell().col()) + "$"
                    + (f.cell().row() + 1), n.getRefersToFormula());
        }
    }

    @Test
    void fillsTotalsWithFormulasOverNamesUsingTheFirstRuleForADoublyDefinedCell() {
        assertEquals("t3_new_natural+t3_new_commercial+t3_new_research+t3_new_social+t3_new_legal+t3_new_other",
                at("表三", "J5").getCellFormula());
        assertTrue(at("表三", "D28").getCellFormula().startsWith("t3_granted_natural+t3_partial_natural+"));
        assertEquals("t3_total_natural+t3_total_commercial+t3_total_research+t3_total_social+t3_total_legal+t3_total_other",
                at("表三", "J28").getCellFormula());
        assertEquals("t4_review_upheld+t4_review_corrected+t4_review_other+t4_review_pending", at("表四", "E5").getCellFormula());
        assertEquals(CellType.NUMERIC, at("表四", "E5").getCachedFormulaResultType());
        assertEquals(schema.totalRules().stream().map(r -> r.left().terms().get(0).fieldId()).distinct().count(),
                schema.numericFields().stream().filter(f -> form(f).getCellType() == CellType.FORMULA).count());
    }

    private XSSFCell form(Field f) {
        return wb.getSheet(f.sheet()).getRow(f.cell().row()).getCell(f.cell().col());
    }

    @Test
    void unlocksAndShadesInputCellsAndLocksEverythingElse() {
        for (Field f : schema.fields()) {
            XSSFCell c = form(f);
            boolean formula = c.getCellType() == CellType.FORMULA;
            assertEquals(formula, c.getCellStyle().getLocked(), f.id());
            if (!formula) {
                assertEquals("FFF2CC", c.getCellStyle().getFillForegroundColorColor().getARGBHex().substring(2), f.id());
            }
        }
        assertTrue(at("表三", "C11").getCellStyle().getLocked());
        assertTrue(at("表三", "A2").getCellStyle().getLocked());
    }

    @Test
    void protectsEverySheetWithoutPasswordAndTheStructure() {
        assertTrue(wb.isStructureLocked());
        for (org.apache.poi.ss.usermodel.Sheet sh : wb) {
            XSSFSheet s = (XSSFSheet) sh;
            assertTrue(s.getProtect(), s.getSheetName());
            assertFalse(s.getCTWorksheet().getSheetProtection().isSetPassword(), s.getSheetName());
            assertFalse(s.getCTWorksheet().getSheetProtection().isSetHashValue(), s.getSheetName());
        }
    }

    @Test
    void validatesEveryNumericInputWithChinesePrompts() {
        Set<String> covered = new HashSet<>();
        for (org.apache.poi.ss.usermodel.Sheet sh : wb) {
            XSSFSheet s = (XSSFSheet) sh;
            for (DataValidation dv : s.getDataValidations()) {
                assertTrue(dv.getShowPromptBox() && dv.getShowErrorBox());
                assertTrue(dv.getErrorBoxText().matches(".*[\\u4e00-\\u9fff].*"), dv.getErrorBoxText());
                for (CellRangeAddress r : dv.getRegions().getCellRangeAddresses()) {
                    covered.add(s.getSheetName() + "!" + r.formatAsString() + "/"
                            + dv.getValidationConstraint().getValidationType() + dv.getValidationConstraint().getFormula1());
                }
            }
        }
        for (Field f : schema.numericFields()) {
            int type = f.type() == nianbao.schema.FieldType.COUNT ? DataValidationConstraint.ValidationType.INTEGER
                    : DataValidationConstraint.ValidationType.DECIMAL;
            assertTrue(covered.contains(f.position() + "/" + type + "0"), f.id());
        }
        assertTrue(covered.contains("基本信息!B4/" + DataValidationConstraint.ValidationType.INTEGER + "2008"));
        assertTrue(covered.stream().anyMatch(c -> c.startsWith("基本信息!B8/" + DataValidationConstraint.ValidationType.LIST)));
    }

    @Test
    void listsEveryRuleInstanceThatNeedsNoPreviousYearOnTheCheckSheet() {
        XSSFSheet check = wb.getSheet("校验");
        long expected = schema.rules().stream().filter(r -> !r.needsPrevious()).count();
        int rows = 0;
        for (int r = CheckSheet.FIRST_ROW; check.getRow(r) != null; r++) {
            rows++;
            assertTrue(check.getRow(r).getCell(5).getCellFormula().startsWith("IF((COUNT("));
            assertEquals(CheckSheet.PENDING, check.getRow(r).getCell(5).getStringCellValue(), "fresh template row " + r);
        }
        assertEquals(expected, rows);
        assertEquals("T3-ROW", check.getRow(CheckSheet.FIRST_ROW).getCell(0).getStringCellValue());
        assertEquals("t3_new_total", check.getRow(CheckSheet.FIRST_ROW).getCell(2).getCellFormula());
        assertEquals(CheckSheet.PENDING, check.getRow(CheckSheet.FIRST_ROW).getCell(5).getStringCellValue());
    }

    @Test
    void prefillsAgencyYearAndCarriedOverFromLastYear() throws Exception {
        Report last = Reports.readJson(Path.of("examples", "临江市自然资源和规划局-2025.json"));
        try (XSSFWorkbook w = TemplateWriter.create(schema, new TemplateWriter.Options("某某局", 2026, last))) {
            wb.close();
            wb = w;
            assertEquals("某某局", at("基本信息", "B3").getStringCellValue());
            assertEquals(2026, at("基本信息", "B4").getNumericCellValue());
            for (var col : List.of("natural", "commercial", "other")) {
                Field carried = schema.require("t3.carried." + col);
                assertEquals(last.number("t3.carry_over." + col).doubleValue(), form(carried).getNumericCellValue(), col);
            }
            assertEquals(last.number("t2.rules.valid").doubleValue(), at("表二", "E4").getNumericCellValue());
            assertEquals("上年现行有效件数（参考）", at("表二", "E3").getStringCellValue());
            assertNotNull(w.getName("prev_t2_rules_valid"));
            assertNotNull(w.getName("prev_t3_carry_over_natural"));
            XSSFSheet check = w.getSheet("校验");
            List<String> ids = new ArrayList<>();
            for (int r = CheckSheet.FIRST_ROW; check.getRow(r) != null; r++) {
                ids.add(check.getRow(r).getCell(0).getStringCellValue());
            }
            assertTrue(ids.contains("X-CARRY") && ids.contains("X-STOCK"), ids.toString());
            assertEquals(schema.rules().size(), ids.size());
            assertEquals(0, check.getRow(1).getCell(2).getNumericCellValue(), "nothing is red before the clerk types");
        }
    }

    @Test
    void leavesNumericInputsBlankInAFreshTemplate() {
        for (Field f : schema.numericFields()) {
            XSSFCell c = form(f);
            if (c.getCellType() != CellType.FORMULA) {
                assertEquals(CellType.BLANK, c.getCellType(), f.id());
            }
        }
        assertEquals("本机关", at("基本信息", "B8").getStringCellValue());
        assertNull(wb.getName("prev_t2_rules_valid"));
    }

    @Test
    void generatesTheSameWorkbookEveryTime() throws Exception {
        try (XSSFWorkbook again = TemplateWriter.create(schema, TemplateWriter.Options.none())) {
            assertEquals(WorkbookDump.of(wb), WorkbookDump.of(again));
        }
    }

    @Test
    void committedTemplateIsWhatTheGeneratorMakesToday() throws Exception {
        assertEquals(WorkbookDump.of(wb), WorkbookDump.of(COMMITTED),
                "templates/年报模板.xlsx is stale: regenerate with  ./nianbao template -o templates/年报模板.xlsx");
    }

    @Test
    void laysOutAShiftedVariantSchemaWithoutCodeChanges() throws Exception {
        Schema variant = Schemas.load(Path.of("src", "test", "resources", "xlsx", "schema-variant", "schema.json"));
        try (XSSFWorkbook w = TemplateWriter.create(variant, TemplateWriter.Options.none())) {
            wb.close();
            wb = w;
            Set<String> t3 = merged("表3");
            for (String r : List.of("A3:C5", "D3:J3", "D4:D5", "J4:J5", "E4:I4", "A8:A29", "A6:C6", "B10:B17")) {
                assertTrue(t3.contains(r), r + " in " + t3);
            }
            assertEquals("申请人类别", at("表3", "D3").getStringCellValue());
            assertEquals("（一）予以公开（变体）", at("表3", "B8").getStringCellValue());
            assertEquals("'表3'!$D$6", w.getName("t3_new_natural").getRefersToFormula());
            assertEquals("t3_new_natural+t3_new_commercial+t3_new_research+t3_new_social+t3_new_legal+t3_new_other",
                    at("表3", "J6").getCellFormula());
            Set<String> t4 = merged("表4");
            // four header rows: group row, axis rows 3–4, column labels on row 5; data from B6
            for (String r : List.of("B2:F4", "G2:P2", "G3:K4", "L3:P4")) {
                assertTrue(t4.contains(r), r + " in " + t4);
            }
            assertEquals("结果维持", at("表4", "B5").getStringCellValue());
            assertEquals("t4_review_upheld+t4_review_corrected+t4_review_other+t4_review_pending", at("表4", "F6").getCellFormula());
            assertEquals("test/shifted-variant", w.getSheet("_schema").getRow(0).getCell(1).getStringCellValue());
        }
    }
}
