package nianbao.cli;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MergeCommandTest {

    @TempDir
    Path tmp;
    private Path in;
    private String out;
    private String err;

    @BeforeEach
    void examples() throws Exception {
        in = Files.createDirectories(tmp.resolve("各单位"));
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                if (Files.readString(p).contains("\"gov-info-disclosure/2021\"")) { // the three 2025 reports
                    Files.copy(p, in.resolve(p.getFileName()));
                }
            }
        }
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(args, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void commandOnTheNoteSheetNamesMergeOnceNotTwice() throws Exception {
        Path xlsx = tmp.resolve("汇总.xlsx");
        assertEquals(0, run("merge", in.toString(), "-o", xlsx.toString()), err);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheet("说明");
            String command = null;
            for (var row : sheet) {
                if (row.getCell(0) != null && "命令".equals(row.getCell(0).getStringCellValue())) {
                    command = row.getCell(1).getStringCellValue();
                }
            }
            assertEquals("nianbao merge " + in + " -o " + xlsx, command);
        }
    }

    @Test
    void mergesCleanReportsWithExitZeroAndPrintsTheAccounting() throws Exception {
        Path xlsx = tmp.resolve("汇总.xlsx");
        int code = run("merge", in.toString(), "-o", xlsx.toString(), "--aggregate", tmp.resolve("合计.xlsx").toString());
        assertEquals(0, code, err);
        assertTrue(out.contains("输入 3 份 = 成功 3 份 + 失败 0 份"), out);
        assertTrue(out.contains("已写入 " + xlsx), out);
        assertEquals("", err, "no progress bar when stderr is not a terminal");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertEquals(3 + 3 + 1, wb.getSheet("汇总").getPhysicalNumberOfRows());
        }
        assertEquals("汇总（3 个单位）", Reports.read(tmp.resolve("合计.xlsx")).agency());
    }

    @Test
    void brokenFilesAreListedAndGiveExitThreeWithoutStoppingTheBatch() throws Exception {
        Files.write(in.resolve("空文件.xlsx"), new byte[0]);
        Files.writeString(in.resolve("假的.xlsx"), "not a workbook");
        int code = run("merge", in.toString(), "-o", tmp.resolve("汇总.xlsx").toString());
        assertEquals(ExitCodes.UNREADABLE, code);
        assertTrue(out.contains("输入 5 份 = 成功 3 份 + 失败 2 份"), out);
        assertTrue(err.contains("无法读取 ") && err.contains("空文件.xlsx") && err.contains("假的.xlsx"), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        assertTrue(Files.exists(tmp.resolve("汇总.xlsx")));
    }

    @Test
    void duplicateAgencyAndYearIsWarnedOnStderr() throws Exception {
        Files.copy(in.resolve("云溪区市场监督管理局-2025.json"), in.resolve("再次上报-云溪.json"));
        int code = run("merge", in.toString(), "--csv", tmp.resolve("a.csv").toString());
        assertEquals(0, code, err);
        assertTrue(err.contains("同一机关同一年度") && err.contains("云溪区市场监督管理局"), err);
        assertTrue(out.contains("+ 重复 1 份"), out);
    }

    @Test
    void mixedYearsAreAUsageErrorListingTheYears() throws Exception {
        Report r = Reports.read(in.resolve("云溪区市场监督管理局-2025.json"));
        Reports.write(r.with(Value.number("meta.year", BigDecimal.valueOf(2024), Source.none())), in.resolve("去年.json"));
        int code = run("merge", in.toString(), "-o", tmp.resolve("汇总.xlsx").toString());
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.contains("2024 年 1 份") && err.contains("2025 年 3 份") && err.contains("--year"), err);
        assertFalse(Files.exists(tmp.resolve("汇总.xlsx")));

        code = run("merge", in.toString(), "-o", tmp.resolve("汇总.xlsx").toString(), "--year", "2025");
        assertEquals(0, code, err);
        assertTrue(out.contains("其他年度 1 份"), out);
    }

    @Test
    void mixedFormatsGetOneSummarySheetEachAndTheAccountingCountsBoth() throws Exception {
        Files.copy(Path.of("examples", "柳溪市人力资源和社会保障局-2020.json"), in.resolve("柳溪-2020.json"));
        Path xlsx = tmp.resolve("汇总.xlsx");
        Path csv = tmp.resolve("汇总.csv");
        int code = run("merge", in.toString(), "-o", xlsx.toString(), "--csv", csv.toString(), "--allow-mixed-years");
        assertEquals(0, code, err);
        assertTrue(out.contains("输入 4 份 = 成功 4 份（2021 年格式 3 份，2019 年试行格式 1 份） + 失败 0 份"), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var s2021 = wb.getSheet("汇总（2021 年格式）");
            var s2019 = wb.getSheet("汇总（2019 年试行格式）");
            assertTrue(s2021 != null && s2019 != null, "one summary sheet per format");
            assertEquals(3 + 3 + 1, s2021.getPhysicalNumberOfRows());
            assertEquals(3 + 1 + 1, s2019.getPhysicalNumberOfRows());
            assertEquals("柳溪市人力资源和社会保障局", s2019.getRow(3).getCell(0).getStringCellValue());
            var header = s2019.getRow(2);
            int change = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if ("本年增/减".equals(header.getCell(c).getStringCellValue()) && change < 0) {
                    change = c;
                }
            }
            assertTrue(change > 0, "2019 columns under the 2019 sheet");
            assertEquals(-3, s2019.getRow(3).getCell(change).getNumericCellValue(), 0);
            assertEquals(-3, s2019.getRow(4).getCell(change).getNumericCellValue(), 0, "合计 of the one 2019 report");
            String about = "";
            for (var row : wb.getSheet("说明")) {
                about += row.getCell(0).getStringCellValue() + "=" + (row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue()) + "\n";
            }
            assertTrue(about.contains("gov-info-disclosure/2019（版本 1.0，国办公开办函〔2019〕60号）：计入 1 份"), about);
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).startsWith("\uFEFFmeta.agency,meta.year,file,validation,included,schema,meta.publish_date"), lines.get(0));
        assertTrue(lines.get(0).contains(",t2.rules.valid,") && lines.get(0).contains(",t2.procurement.amount,"), lines.get(0));
        String liuxi = lines.stream().filter(l -> l.startsWith("柳溪市")).findFirst().orElseThrow();
        assertTrue(liuxi.contains(",gov-info-disclosure/2019,"), liuxi);
    }

    @Test
    void anAggregateOf2019FormatReportsIsItselfA2019FormatReport() throws Exception {
        Path only = Files.createDirectories(tmp.resolve("2020年"));
        Report liuxi = Reports.readJson(Path.of("examples", "柳溪市人力资源和社会保障局-2020.json"));
        Files.copy(Path.of("examples", "柳溪市人力资源和社会保障局-2020.json"), only.resolve("a.json"));
        Reports.write(liuxi.with(Value.text("meta.agency", "柳溪市医疗保障局", Source.none())), only.resolve("b.xlsx"));
        Path sum = tmp.resolve("合计.json");
        int code = run("merge", only.toString(), "-o", tmp.resolve("汇总.xlsx").toString(), "--aggregate", sum.toString());
        assertEquals(0, code, err);
        assertTrue(out.contains("输入 2 份 = 成功 2 份 + 失败 0 份"), out);
        Report aggregate = Reports.readJson(sum);
        assertEquals("gov-info-disclosure/2019", aggregate.schema().id());
        assertEquals(-6, aggregate.number("t2.licensing.items_change").intValue());
        assertEquals(0, aggregate.number("t2.procurement.amount").compareTo(new BigDecimal("773.04")));
        assertEquals(14, aggregate.number("t3.carry_over.total").intValue());
        assertEquals(List.of(), Reports.validate(aggregate).stream()
                .filter(f -> f.severity() == nianbao.schema.Severity.ERROR).toList());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("汇总.xlsx")))) {
            assertTrue(wb.getSheet("汇总") != null, "one format: the sheet keeps its plain name");
        }
    }

    @Test
    void anAggregateOfReportsOfSeveralYearsIsAUsageErrorThatWritesNothing() throws Exception {
        Report r = Reports.read(in.resolve("云溪区市场监督管理局-2025.json"));
        Reports.write(r.with(Value.number("meta.year", BigDecimal.valueOf(2024), Source.none())), in.resolve("去年.json"));
        Path xlsx = tmp.resolve("汇总.xlsx");
        Path sum = tmp.resolve("合计.xlsx");
        int code = run("merge", in.toString(), "-o", xlsx.toString(), "--allow-mixed-years", "--aggregate", sum.toString());
        assertEquals(ExitCodes.USAGE, code);
        assertEquals("用法错误：--aggregate 只能合计一个年度的报告，计入合计的报告分属多个年度：2024 年 1 份，2025 年 3 份。"
                + "请加 --year 2025 只汇总一个年度（未写入任何文件）。", err.strip());
        assertEquals("", out);
        assertFalse(Files.exists(xlsx));
        assertFalse(Files.exists(sum));

        code = run("merge", in.toString(), "-o", xlsx.toString(), "--allow-mixed-years");
        assertEquals(0, code, err);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var s = wb.getSheet("汇总");
            assertEquals("2024 年合计", s.getRow(3 + 4).getCell(0).getStringCellValue());
            assertEquals("计入 1 份", s.getRow(3 + 4).getCell(2).getStringCellValue());
            assertEquals("2025 年合计", s.getRow(3 + 5).getCell(0).getStringCellValue());
            assertEquals("计入 3 份", s.getRow(3 + 5).getCell(2).getStringCellValue());
        }
    }

    @Test
    void anAggregateOfMixedFormatsIsAUsageErrorThatWritesNothing() throws Exception {
        Files.copy(Path.of("examples", "柳溪市人力资源和社会保障局-2020.json"), in.resolve("柳溪-2020.json"));
        Path xlsx = tmp.resolve("汇总.xlsx");
        int code = run("merge", in.toString(), "-o", xlsx.toString(), "--allow-mixed-years",
                "--aggregate", tmp.resolve("合计.xlsx").toString());
        assertEquals(ExitCodes.USAGE, code);
        assertTrue(err.contains("不同格式") && err.contains("2021 年格式 3 份") && err.contains("2019 年试行格式 1 份")
                && err.contains("--aggregate"), err);
        assertFalse(Files.exists(xlsx));
        assertFalse(Files.exists(tmp.resolve("合计.xlsx")));
    }

    @Test
    void globsAreExpandedByTheCommandItself() throws Exception {
        Path csv = tmp.resolve("a.csv");
        int code = run("merge", tmp + "/**/*规划*.json", "--csv", csv.toString(), "--header", "zh");
        assertEquals(0, code, err);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), "header + the one 规划 report");
        assertTrue(lines.get(0).startsWith("\uFEFF机关,年度,文件,校验结果,计入合计,发布日期"));
        assertTrue(lines.get(1).startsWith("临江市自然资源和规划局,2025,"));
    }

    @Test
    void progressRedrawsOneLineAndEndsItWhenDone() {
        StringWriter w = new StringWriter();
        MergeCommand.TerminalProgress p = new MergeCommand.TerminalProgress(new PrintWriter(w));
        p.update(1200, 10000);
        p.update(1200, 10000);
        p.update(10000, 10000);
        assertEquals("\r已处理 1200/10000 …\r已处理 10000/10000   " + System.lineSeparator(), w.toString());
    }

    @Test
    void missingOutputOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("merge", in.toString()));
        assertTrue(err.contains("请用 -o 指定汇总工作簿"), err);
        assertEquals(ExitCodes.USAGE, run("merge", in.toString(), "-o", tmp.resolve("x.csv").toString()));
        assertTrue(err.contains(".xlsx"), err);
    }

    @Test
    void aPathThatDoesNotExistIsCountedAsFailed() {
        int code = run("merge", in.toString(), tmp.resolve("没有这个目录").toString(), "--csv", tmp.resolve("a.csv").toString());
        assertEquals(ExitCodes.UNREADABLE, code);
        assertTrue(out.contains("输入 4 份 = 成功 3 份 + 失败 1 份"), out);
        assertTrue(err.contains("找不到文件或文件夹，请检查路径和名称。"), err);
    }

    @Test
    void previousYearAddsAYearOnYearSheetWithTheLargeChangeFirst() throws Exception {
        Path before = Files.createDirectories(tmp.resolve("上年"));
        for (String name : new String[] {"云溪区市场监督管理局-2025.json", "青山县卫生健康委员会-2025.json"}) {
            Report r = Reports.read(in.resolve(name)).with(Value.number("meta.year", BigDecimal.valueOf(2024), Source.none()));
            if (name.startsWith("云溪")) {
                r = r.with(Value.number("t3.new.total", BigDecimal.valueOf(20), Source.none())); // 59 this year
            }
            Reports.write(r, before.resolve(name.replace("2025", "2024")));
        }
        Path xlsx = tmp.resolve("汇总.xlsx");
        assertEquals(0, run("merge", in.toString(), "-o", xlsx.toString(), "--previous", before.toString()), err);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            var s = wb.getSheet("同比");
            assertEquals("云溪区市场监督管理局", s.getRow(2).getCell(0).getStringCellValue(), "the flagged agency first");
            assertEquals("本年新收申请 增加 39 件（+195.0%）", s.getRow(2).getCell(3).getStringCellValue());
            assertEquals("临江市自然资源和规划局", s.getRow(3).getCell(0).getStringCellValue(), "then the summary's order");
            assertEquals("未比较：没有上年报告", s.getRow(3).getCell(3).getStringCellValue(), "临江 has no 2024 report");
        }
    }

    @Test
    void anUnreadableReportOfLastYearIsNamedOnStderrAndGivesExitThree() throws Exception {
        Path before = Files.createDirectories(tmp.resolve("上年"));
        Files.writeString(before.resolve("坏的.xlsx"), "not a workbook");
        Path xlsx = tmp.resolve("汇总.xlsx");
        assertEquals(ExitCodes.UNREADABLE, run("merge", in.toString(), "-o", xlsx.toString(), "--previous", before.toString()));
        assertTrue(err.contains("无法读取上年报告 ") && err.contains("坏的.xlsx"), err);
        assertTrue(out.contains("输入 3 份 = 成功 3 份 + 失败 0 份"), out);
        assertTrue(Files.exists(xlsx), "the summary is written all the same");
    }

    @Test
    void previousWithoutASummaryWorkbookIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("merge", in.toString(), "--csv", tmp.resolve("a.csv").toString(),
                "--previous", in.toString()));
        assertTrue(err.contains("--previous 的同比写在汇总工作簿里"), err);
    }
}
