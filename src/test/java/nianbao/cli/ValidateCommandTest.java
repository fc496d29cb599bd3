package nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.Reports;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidateCommandTest {

    private static final String EXAMPLE = "examples/青山县卫生健康委员会-2025.json";
    private static final String SEED000 = "src/test/resources/validate/seed-000-published-one/input.json";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void consistentReportExitsZeroAndSaysSo() {
        Run r = run("validate", EXAMPLE);
        assertEquals(0, r.code());
        assertEquals("【" + EXAMPLE + "】\n  没有发现问题。\n小结：0 个错误，0 个警告，0 个提示。\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void reportWithErrorsExitsOneAndNamesTheCells() {
        Run r = run("validate", SEED000);
        assertEquals(1, r.code());
        assertTrue(r.out().contains("  错误  T3-RESULT  表三!E28  表三（七）总计行 商业企业列：填报 1，按各项办理结果合计应为 0。"
                + "明细：表三!E28 （七）总计 1；表三!E7:E27 共 21 格，都为 0。只有改 表三!E28 能让各项勾稽关系同时成立："
                + "表三!E28“（七）总计 / 商业企业”应为 0（现填 1）。\n"), r.out());
        assertTrue(r.out().endsWith("小结：3 个错误，0 个警告，0 个提示。\n"), r.out());
    }

    @Test
    void warningsAloneExitZero() {
        Run r = run("validate", "src/test/resources/validate/narrative-contradicts-tables/input.json");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("警告  NARR  正文!B5"), r.out());
    }

    @Test
    void directoryInputGivesOneBlockPerFileInOrderAndASummary() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.copy(Path.of("examples/临江市自然资源和规划局-2025.json"), dir.resolve("b/临江.json"));
        Files.copy(Path.of("examples/云溪区市场监督管理局-2025.json"), dir.resolve("a.json"));
        Files.copy(Path.of(SEED000), dir.resolve("b/c.json"));
        Files.writeString(dir.resolve("说明.txt"), "not a report");
        Run r = run("validate", dir.toString());
        assertEquals(1, r.code());
        int a = r.out().indexOf("【" + dir.resolve("a.json") + "】");
        int c = r.out().indexOf("【" + dir.resolve("b/c.json") + "】");
        int l = r.out().indexOf("【" + dir.resolve("b/临江.json") + "】");
        assertTrue(a == 0 && a < c && c < l, r.out());
        assertTrue(r.out().endsWith("合计：3 个文件，1 个有错误，0 个仅有警告，2 个通过，0 个无法读取；3 个错误，0 个警告，0 个提示。\n"), r.out());
    }

    @Test
    void bundledExamplesDirectoryValidatesClean() {
        Run r = run("validate", "examples");
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("0 个有错误，0 个仅有警告"), r.out());
    }

    @Test
    void unreadableFileExitsThreeWithOneChineseLineAndNoStackTrace() throws IOException {
        Path empty = Files.createFile(dir.resolve("空.json"));
        Run r = run("validate", empty.toString());
        assertEquals(3, r.code());
        assertEquals("无法读取 " + empty + "：文件是空的（0 字节），请重新保存或重新获取该文件。\n", r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void refusalOfABadWorkbookIsPrintedOnceNotTwiceOnTheTerminal() throws IOException {
        Path bad = Files.writeString(dir.resolve("坏.xlsx"), "机关,年度\n某某局,2025\n");
        Run r = run("validate", bad.toString());
        assertEquals(3, r.code());
        String both = r.out() + r.err();
        assertEquals(1, both.split(java.util.regex.Pattern.quote(bad.toString()), -1).length - 1, both);
        assertTrue(r.err().startsWith("无法读取 " + bad + "：这是文本文件"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void refusalOfABadWorkbookStaysInTheJsonAndCsvRecords() throws IOException {
        Path bad = Files.writeString(dir.resolve("坏.xlsx"), "机关,年度\n某某局,2025\n");
        Run json = run("validate", bad.toString(), "--format", "json");
        assertEquals(3, json.code());
        assertTrue(json.out().contains("这是文本文件"), json.out());
        Run csv = run("validate", bad.toString(), "--format", "csv");
        assertTrue(csv.out().contains("\"UNREADABLE\""), csv.out());
        Path file = dir.resolve("结果.txt");
        Run text = run("validate", bad.toString(), "-o", file.toString());
        assertTrue(Files.readString(file).contains("无法读取：" + bad), "the written record keeps the block");
        assertFalse(text.out().contains("这是文本文件"), text.out());
    }

    @Test
    void aBadFileInABatchIsReportedAndTheRestIsStillValidated() throws IOException {
        Path bad = Files.writeString(dir.resolve("坏.json"), "{\"schema\": \"other/1\"}");
        Run clean = run("validate", EXAMPLE, bad.toString());
        assertEquals(3, clean.code(), "no errors, one unreadable → 3");
        assertFalse(clean.out().contains(bad.toString()), "said once, on stderr: " + clean.out());
        assertTrue(clean.out().contains("1 个通过，1 个无法读取"), clean.out());
        assertTrue(clean.err().startsWith("无法读取 " + bad), clean.err());
        Run errors = run("validate", bad.toString(), SEED000);
        assertEquals(1, errors.code(), "errors take precedence over unreadable files");
        assertTrue(errors.out().contains("T3-BAL"), errors.out());
    }

    @Test
    void jsonFormatListsFindingsPerFile() throws IOException {
        Run r = run("validate", "--format", "json", SEED000, EXAMPLE);
        assertEquals(1, r.code());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(2, root.get("files").size());
        JsonNode first = root.get("files").get(0);
        assertEquals(SEED000, first.get("file").asText());
        assertEquals(3, first.get("errors").asInt());
        assertEquals("T3-ROW", first.get("findings").get(0).get("ruleId").asText());
        JsonNode row = first.get("findings").get(0);
        assertEquals("E28", row.get("cell").asText()); // the typed 1, not the 总计 formula J28
        assertEquals("表三!E28", row.get("pin").get("position").asText());
        assertEquals(0, row.get("pin").get("expected").asInt());
        assertEquals("rules", row.get("pin").get("evidence").get(0).get("kind").asText());
        assertEquals("表三!J28", row.get("sides").get(0).get("cells").get(0).get("position").asText());
        assertEquals(0, row.get("suspects").size());
        assertEquals("ok", root.get("files").get(1).get("status").asText());
    }

    @Test
    void csvFormatWritesToTheOutputFileWithABom() throws IOException {
        Path out = dir.resolve("结果.csv");
        Run r = run("validate", SEED000, "--format", "csv", "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().startsWith("已写入 " + out + "\n合计：1 个文件，1 个有错误"), r.out());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"文件\",\"规则\""), csv);
        assertTrue(csv.contains("\"T3-BAL\",\"错误\""), csv);
        assertTrue(csv.contains("现填 1）。\",\"表三!E28\",\"0\",\"其他勾稽关系\"\r\n"), csv);
        assertEquals(4, csv.split("\r\n").length);
    }

    @Test
    void englishMessagesWithLangEn() {
        Run r = run("validate", "--lang", "en", SEED000);
        assertTrue(r.out().contains("  ERROR  T3-RESULT  表三!E28  Table 3, row (7) total, column commercial: stated 1, "
                + "the handling results add up to 0. Cells: 表三!E28 1; 表三!E7:E27 (21 cells) all 0. Only changing 表三!E28 makes "
                + "every rule hold: 表三!E28 should be 0 (now 1).\n"), r.out());
        assertTrue(r.out().contains("Summary: 3 errors, 0 warnings, 0 infos."), r.out());
    }

    @Test
    void previousYearEnablesCrossYearChecksAndAnUnreadablePreviousExitsThree() {
        String cross = "src/test/resources/validate/cross-year/";
        Run r = run("validate", cross + "input.json", "--previous", cross + "previous.json");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("X-CARRY  表三!D6"), r.out());
        Run missing = run("validate", cross + "input.json", "--previous", dir.resolve("无.json").toString());
        assertEquals(3, missing.code());
        assertTrue(missing.err().startsWith("无法读取 "), missing.err());
    }

    @Test
    void checksTheCarryOverAgainstA2019FormatReportButNotTheStockOfRules() throws Exception {
        Path previous = Path.of("examples", "柳溪市人力资源和社会保障局-2020.xlsx");
        Report last = Reports.read(previous);
        Report.Builder b = Reports.readJson(Path.of("examples/云溪区市场监督管理局-2025.json")).toBuilder()
                .text("meta.agency", last.agency()).number("meta.year", 2021);
        long carried = 0;
        long carryOver = 0;
        for (String col : List.of("natural", "commercial", "research", "social", "legal", "other")) {
            long c = last.number("t3.carry_over." + col).longValue() + (col.equals("natural") ? 1 : 0);
            Report now = b.build();
            long over = now.number("t3.new." + col).longValue() + c - now.number("t3.total." + col).longValue();
            b.number("t3.carried." + col, c).number("t3.carry_over." + col, over);
            carried += c;
            carryOver += over;
        }
        b.number("t3.carried.total", carried).number("t3.carry_over.total", carryOver);
        Path current = dir.resolve("2021.xlsx");
        Reports.write(b.build(), current);
        Run r = run("validate", current.toString(), "--previous", previous.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("错误  X-CARRY  表三!D6  表三“二、上年结转”行 自然人列：填报 4，上年报告“四、结转下年度继续办理”为 3。"),
                r.out());
        assertTrue(r.out().contains("错误  X-CARRY  表三!J6  表三“二、上年结转”行 总计列：填报 8，上年报告“四、结转下年度继续办理”为 7。"),
                r.out());
        assertEquals(2, r.out().lines().filter(l -> l.contains("X-CARRY")).count(), r.out());
        // a field both formats share (行政强制 处理决定数量) is compared year on year
        assertTrue(r.out().contains("YOY  表二!B12  表二 行政强制 / 本年处理决定数量：本年 31，上年 2"), r.out());
        assertFalse(r.out().contains("X-STOCK") || r.out().contains("X-PREV") || r.out().contains("T3-BAL"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void validatesA2020ReportAgainstA2019ReportInTheTrialFormat() throws Exception {
        Path previous = dir.resolve("2019.json");
        Report last = Reports.readJson(Path.of("examples", "柳溪市人力资源和社会保障局-2020.json"));
        Report.Builder b = last.toBuilder().number("meta.year", 2019);
        for (String col : List.of("natural", "commercial", "research", "social", "legal", "other", "total")) {
            b.number("t3.carry_over." + col, last.number("t3.carried." + col));
        }
        Reports.writeJson(b.build(), previous);
        Run r = run("validate", "examples/柳溪市人力资源和社会保障局-2020.xlsx", "--previous", previous.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("没有发现问题"), r.out());
    }

    @Test
    void blankAsZeroSilencesBlankCells() throws Exception {
        Report blanks = Reports.readJson(Path.of(EXAMPLE)).toBuilder()
                .put(nianbao.model.Value.blank("t4.review.other", nianbao.model.Source.none())).build();
        Path file = dir.resolve("blank.json");
        Reports.writeJson(blanks, file);
        assertEquals(1, run("validate", file.toString()).code());
        assertEquals(0, run("validate", "--blank-as-zero", file.toString()).code());
    }

    @Test
    void validatesAWorkbookAndNamesItsCellsWithoutChangingIt() throws Exception {
        Report r = Reports.readJson(Path.of(SEED000));
        Path xlsx = dir.resolve("江岸区.xlsx");
        Reports.write(r, xlsx);
        byte[] before = Files.readAllBytes(xlsx);
        Run run = run("validate", xlsx.toString());
        assertEquals(1, run.code());
        assertTrue(run.out().contains("T3-RESULT  表三!E28"), run.out());
        assertArrayEquals(before, Files.readAllBytes(xlsx));
    }

    @Test
    void badOptionValuesAreUsageErrorsInChinese() {
        Run r = run("validate", "--format", "xml", EXAMPLE);
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("用法错误：选项 --format 的值无效：“xml”，应为 text、json 或 csv。"), r.err());
        assertEquals(2, run("validate").code());
        assertEquals(2, run("validate", "--lang", "fr", EXAMPLE).code());
    }

    @Test
    void outputFormatFollowsTheOutputExtensionWhenNotGiven() throws IOException {
        Path out = dir.resolve("结果.json");
        assertEquals(1, run("validate", SEED000, "-o", out.toString()).code());
        JsonNode root = new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(3, root.get("summary").get("errors").asInt());
    }

    @Test
    void refusesToWriteTheOutputOverAnInput() throws IOException {
        Path copy = Files.copy(Path.of(EXAMPLE), dir.resolve("本年.json"));
        byte[] before = Files.readAllBytes(copy);
        Run r = run("validate", copy.toString(), "-o", copy.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("用法错误：输出文件 " + copy + "（-o）是输入文件之一，不会覆盖输入；"), r.err());
        assertArrayEquals(before, Files.readAllBytes(copy));
    }

    @Test
    void emptyDirectoryIsReportedByNameAsNothingToValidate() {
        Run r = run("validate", dir.toString());
        assertEquals(3, r.code());
        assertEquals("无法读取 " + dir + "：文件夹里没有年报文件（.xlsx 或 .json），子文件夹里也没有。\n", r.err());
    }
}
