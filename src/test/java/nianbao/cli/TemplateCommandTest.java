package nianbao.cli;

import nianbao.Reports;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesATemplateWithAgencyAndYearPrefilled() throws Exception {
        Path out = tmp.resolve("年报模板.xlsx");
        CliRun r = CliRun.of("template", "-o", out.toString(), "--agency", "某某县司法局", "--year", "2025");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("已生成模板"), r.out());
        Report back = Reports.read(out);
        assertEquals("某某县司法局", back.agency());
        assertEquals(0, back.number("meta.year").compareTo(java.math.BigDecimal.valueOf(2025)));
        assertNull(back.number("t3.new.natural"));
    }

    @Test
    void prefillsCarriedOverAndNextYearFromLastYearsReport() throws Exception {
        Path out = tmp.resolve("next.xlsx");
        Path prev = Path.of("examples", "云溪区市场监督管理局-2025.json");
        CliRun r = CliRun.of("template", "-o", out.toString(), "--previous", prev.toString());
        assertEquals(0, r.code(), r.err());
        Report last = Reports.readJson(prev);
        Report back = Reports.read(out);
        assertEquals(last.agency(), back.agency());
        assertEquals(2026, back.number("meta.year").intValue());
        assertEquals(0, last.number("t3.carry_over.natural").compareTo(back.number("t3.carried.natural")));
        assertEquals(0, last.number("t3.carry_over.total").compareTo(back.number("t3.carried.total")));
    }

    @Test
    void choosesTheFormatByYearOrByTheSchemaOption() throws Exception {
        Path y2020 = tmp.resolve("2020.xlsx");
        assertEquals(0, CliRun.of("template", "-o", y2020.toString(), "--year", "2020").code());
        assertEquals("gov-info-disclosure/2019", Reports.read(y2020).schema().id());
        Path y2021 = tmp.resolve("2021.xlsx");
        assertEquals(0, CliRun.of("template", "-o", y2021.toString(), "--year", "2021").code());
        assertEquals("gov-info-disclosure/2021", Reports.read(y2021).schema().id());
        Path chosen = tmp.resolve("chosen.xlsx");
        assertEquals(0, CliRun.of("template", "-o", chosen.toString(), "--schema", "2019").code());
        assertEquals("gov-info-disclosure/2019", Reports.read(chosen).schema().id());
        CliRun bad = CliRun.of("template", "-o", tmp.resolve("bad.xlsx").toString(), "--schema", "2030");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().contains("--schema 应为 2019 或 2021，收到 2030"), bad.err());
        assertFalse(Files.exists(tmp.resolve("bad.xlsx")));
    }

    @Test
    void prefillsA2021TemplateFromA2019FormatReportWithoutTheStockCheck() throws Exception {
        Path out = tmp.resolve("2021.xlsx");
        Path prev = Path.of("examples", "柳溪市人力资源和社会保障局-2020.json");
        CliRun r = CliRun.of("template", "-o", out.toString(), "--previous", prev.toString());
        assertEquals(0, r.code(), r.err());
        Report back = Reports.read(out);
        assertEquals("gov-info-disclosure/2021", back.schema().id());
        assertEquals(2021, back.number("meta.year").intValue());
        assertEquals(7, back.number("t3.carried.total").intValue());
        assertEquals(3, back.number("t3.carried.natural").intValue());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            var check = wb.getSheet("校验");
            java.util.Set<String> rules = new java.util.TreeSet<>();
            for (int i = 3; i <= check.getLastRowNum(); i++) {
                rules.add(check.getRow(i).getCell(0).getStringCellValue());
            }
            assertEquals(java.util.Set.of("T3-ROW", "T3-RESULT", "T3-BAL", "T4-SUM", "X-CARRY"), rules);
        }
    }

    @Test
    void refusesAMissingPreviousReportWithOneChineseLine() {
        Path out = tmp.resolve("x.xlsx");
        CliRun r = CliRun.of("template", "-o", out.toString(), "--previous", tmp.resolve("没有这个文件.json").toString());
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("没有这个文件.json"), r.err());
        assertFalse(Files.exists(out), "no output on failure");
    }

    @Test
    void rejectsAnImplausibleYearAsUsageError() {
        CliRun r = CliRun.of("template", "-o", tmp.resolve("x.xlsx").toString(), "--year", "25");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--year"), r.err());
    }

    @Test
    void showsChineseHelp() {
        CliRun r = CliRun.of("template", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("生成年报填报模板"), r.out());
        assertTrue(r.out().contains("--previous"), r.out());
    }
}
