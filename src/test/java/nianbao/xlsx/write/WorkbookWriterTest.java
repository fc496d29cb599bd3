package nianbao.xlsx.write;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.ReportJson;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.xlsx.layout.CheckSheet;
import nianbao.xlsx.layout.Form;
import nianbao.xlsx.layout.Styles;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookWriterTest {

    /** Set -Dnianbao.updateGolden=true to rewrite the expected files after an intended change. */
    private static final boolean UPDATE = Boolean.getBoolean("nianbao.updateGolden");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "xlsx", "fill");

    @TempDir
    Path tmp;

    private static XSSFCell at(XSSFWorkbook wb, String sheet, String a1) {
        CellReference r = new CellReference(a1);
        return wb.getSheet(sheet).getRow(r.getRow()).getCell(r.getCol());
    }

    private static Report example() throws Exception {
        return Reports.readJson(Path.of("examples", "临江市自然资源和规划局-2025.json"));
    }

    /** Texts that a reader would decode as Excel escapes if written as they are. */
    private static Report escapeLookalikes() throws Exception {
        return example().toBuilder()
                .text("meta.agency", "_x0041_市_x005F_局")
                .text("text.overview", "编号_x0041_与_x000D_、_X0041_（大写不是转义）和 _x12_ 照原样。")
                .build();
    }

    @Test
    void textLookingLikeExcelEscapeRoundTripsThroughThePatchedWriter() throws Exception {
        Report r = escapeLookalikes();
        Path file = tmp.resolve("patched.xlsx");
        WorkbookWriter.write(r, file);
        assertNotNull(WorkbookPatch.write(r), "the patched writer writes this report");
        Report back = Reports.read(file);
        assertEquals("_x0041_市_x005F_局", back.text("meta.agency"));
        assertEquals(r.text("text.overview"), back.text("text.overview"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Field agency = r.schema().require("meta.agency");
            assertEquals("_x0041_市_x005F_局", wb.getSheet(agency.sheet()).getRow(agency.cell().row())
                    .getCell(agency.cell().col()).getStringCellValue(), "POI reads the same text");
        }
    }

    @Test
    void textLookingLikeExcelEscapeRoundTripsThroughThePoiWriter() throws Exception {
        Report r = escapeLookalikes();
        Path file = tmp.resolve("poi.xlsx");
        try (XSSFWorkbook wb = WorkbookWriter.create(r)) {
            Field overview = r.schema().require("text.overview");
            assertEquals(r.text("text.overview"), wb.getSheet(overview.sheet()).getRow(overview.cell().row())
                    .getCell(overview.cell().col()).getStringCellValue());
            nianbao.AtomicFiles.write(file, wb::write);
        }
        Report back = Reports.read(file);
        assertEquals("_x0041_市_x005F_局", back.text("meta.agency"));
        assertEquals(r.text("text.overview"), back.text("text.overview"));
    }

    @Test
    void keepsTheFormulaOfATotalThatEqualsItsPartsWithItsCachedResult() throws Exception {
        Report r = example();
        try (XSSFWorkbook wb = WorkbookWriter.create(r)) {
            XSSFCell j5 = at(wb, "表三", "J5");
            assertEquals(CellType.FORMULA, j5.getCellType());
            assertEquals(r.number("t3.new.total").doubleValue(), j5.getNumericCellValue());
            assertEquals(r.number("t4.review.total").doubleValue(), at(wb, "表四", "E5").getNumericCellValue());
        }
    }

    @Test
    void keepsStatedTotalThatDisagreesWithParts() throws Exception {
        Report r = example();
        BigDecimal stated = r.number("t3.total.commercial").add(BigDecimal.ONE);
        r = r.with(Value.number("t3.total.commercial", stated, Source.none()));
        try (XSSFWorkbook wb = WorkbookWriter.create(r)) {
            XSSFCell e28 = at(wb, "表三", "E28");
            assertEquals(CellType.NUMERIC, e28.getCellType());
            assertEquals(stated.doubleValue(), e28.getNumericCellValue());
            assertFalse(e28.getCellStyle().getLocked(), "a stated total stays editable");
            assertTrue(e28.getCellComment().getString().getString().contains("不一致"));
            assertEquals(CheckSheet.FAIL, verdict(wb, "T3-RESULT", "t3.total.commercial"));
        }
    }

    private static String verdict(XSSFWorkbook wb, String ruleId, String leftField) {
        var rules = nianbao.schema.Schemas.defaultSchema().rules().stream().filter(x -> !x.needsPrevious()).toList();
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(ruleId) && rules.get(i).left().terms().get(0).fieldId().equals(leftField)) {
                return wb.getSheet("校验").getRow(CheckSheet.FIRST_ROW + i).getCell(5).getStringCellValue();
            }
        }
        throw new AssertionError(ruleId + " " + leftField);
    }

    @Test
    void leavesABlankTotalBlank() throws Exception {
        Report r = example().with(Value.blank("t4.review.total", Source.none()));
        try (XSSFWorkbook wb = WorkbookWriter.create(r)) {
            assertEquals(CellType.BLANK, at(wb, "表四", "E5").getCellType());
            assertEquals(CheckSheet.PENDING, verdict(wb, "T4-SUM", "t4.review.total"));
        }
    }

    @Test
    void marksInferredAndMissingValuesWithFillAndCommentWithoutChangingThem() throws Exception {
        Report r = example();
        r = r.with(Value.inferred("t3.granted.natural", r.number("t3.granted.natural"), Source.none(), "由总计推出"));
        r = r.with(Value.missing("t2.fees.amount", Source.none(), "原文未给出收费金额"));
        try (XSSFWorkbook wb = WorkbookWriter.create(r)) {
            XSSFCell d7 = at(wb, "表三", "D7");
            assertEquals(r.number("t3.granted.natural").doubleValue(), d7.getNumericCellValue());
            assertEquals("推断：由总计推出", d7.getCellComment().getString().getString());
            assertEquals(Styles.INFERRED_RGB, d7.getCellStyle().getFillForegroundColorColor().getARGBHex().substring(2));
            XSSFCell b15 = at(wb, "表二", "B15");
            assertEquals(CellType.BLANK, b15.getCellType());
            assertEquals("缺失：原文未给出收费金额", b15.getCellComment().getString().getString());
            assertEquals(Styles.MISSING_RGB, b15.getCellStyle().getFillForegroundColorColor().getARGBHex().substring(2));
        }
    }

    @Test
    void writesUnreadableNumbersAsTheirText() throws Exception {
        Report r = example().with(new Value("t2.rules.made", null, "十二", nianbao.model.Provenance.READ, Source.none(), null));
        Path out = tmp.resolve("text.xlsx");
        WorkbookWriter.write(r, out);
        Report back = Reports.read(out);
        assertNull(back.number("t2.rules.made"));
        assertEquals("十二", back.value("t2.rules.made").text());
    }

    @Test
    void capsALongNarrativeRowAtExcelsTallestRowInsteadOfANegativeHeight() throws Exception {
        Report r = example().with(Value.text("text.other", "全年主动公开政府信息若干条。".repeat(300), Source.none()));
        Field f = r.schema().require("text.other");
        try (XSSFWorkbook wb = WorkbookWriter.create(r)) {
            assertEquals(Form.MAX_ROW_POINTS, wb.getSheet(f.sheet()).getRow(f.cell().row()).getHeightInPoints());
        }
        Path out = tmp.resolve("tall.xlsx");
        WorkbookWriter.write(r, out);
        try (java.io.InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(Form.MAX_ROW_POINTS, wb.getSheet(f.sheet()).getRow(f.cell().row()).getHeightInPoints());
        }
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void roundTripsEveryExampleThroughTheWorkbookUnchanged(Path json) throws Exception {
        Report r = Reports.readJson(json);
        Path out = tmp.resolve("x.xlsx");
        WorkbookWriter.write(r, out);
        assertEquals(ReportJson.write(r), ReportJson.write(Reports.read(out)));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void committedExampleWorkbookHoldsItsJsonAndIsWhatTheWriterMakes(Path json) throws Exception {
        Path xlsx = Path.of(json.toString().replaceAll("\\.json$", ".xlsx"));
        assertTrue(Files.isRegularFile(xlsx), xlsx + " missing: ./nianbao fill " + json + " -o " + xlsx);
        Report r = Reports.readJson(json);
        assertEquals(ReportJson.write(r), ReportJson.write(Reports.read(xlsx)));
        try (XSSFWorkbook wb = WorkbookWriter.create(r)) {
            assertEquals(WorkbookDump.of(wb), WorkbookDump.of(xlsx), xlsx + " is stale");
        }
    }

    static List<Path> goldenCases() throws IOException {
        try (Stream<Path> s = Files.list(GOLDEN)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("goldenCases")
    void writesTheExpectedWorkbook(Path dir) throws Exception {
        Report r = Reports.readJson(dir.resolve("input.json"));
        String dump;
        try (XSSFWorkbook wb = WorkbookWriter.create(r)) {
            dump = WorkbookDump.of(wb);
        }
        Path expected = dir.resolve("expected.txt");
        if (UPDATE || !Files.exists(expected)) {
            Files.writeString(expected, dump, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), dump);
    }

    @Test
    void fillsEveryFieldCellAndNothingElseIsAnInput() throws Exception {
        Report r = example();
        try (XSSFWorkbook wb = WorkbookWriter.create(r)) {
            for (Field f : r.schema().fields()) {
                XSSFCell c = wb.getSheet(f.sheet()).getRow(f.cell().row()).getCell(f.cell().col());
                assertNotNull(c, f.id());
                assertFalse(c.getCellType() == CellType.BLANK, f.id());
            }
        }
    }
}
