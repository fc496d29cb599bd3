package nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.Reports;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Black-box tests of {@code nianbao import}: exit codes, outputs, stdout and stderr. */
class ImportCommandTest {

    static final Path CASES = Path.of("src/test/resources/legacy/import");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** A text whose 表三 lacks the 其他 column, so the rules infer it. */
    static final String FORCED = "src/test/resources/legacy/corpus/missing_column_forced/input.txt";

    static String in(String c) throws Exception {
        try (var s = Files.list(CASES.resolve(c))) {
            return s.filter(p -> p.getFileName().toString().startsWith("input.")).findFirst().orElseThrow().toString();
        }
    }

    @Test
    void importsOneGbkReportIntoAWorkbookAndPrintsItsImportReport() throws Exception {
        Path input = Path.of(in("gbk-web-cells"));
        byte[] before = Files.readAllBytes(input);
        Path out = tmp.resolve("白沙.xlsx");
        Run r = run("import", input.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("机关：白沙县交通运输局　年度：2025　发布日期：2026-01-12"), r.out());
        assertTrue(r.out().contains("版式：一格一行　格式：2021 年格式"), r.out());
        assertTrue(r.out().contains("数字：读取 200，推断 0，缺失 0"), r.out());
        assertTrue(r.out().contains("输入 1 份：成功 1 份，失败 0 份。"), r.out());
        assertTrue(r.out().contains("已写出 1 个文件：" + out), r.out());
        Report back = Reports.read(out);
        assertEquals("白沙县交通运输局", back.agency());
        assertEquals(0, back.number("t2.licensing.decisions").compareTo(java.math.BigDecimal.valueOf(2316)));
        assertTrue(back.text("text.overview_platform").startsWith("以县政府门户网站为第一平台"));
        assertArrayEquals(before, Files.readAllBytes(input), "the input is never modified");
    }

    @Test
    void writesJsonWhenAskedOrByExtension() throws Exception {
        Path json = tmp.resolve("m.json");
        Run r = run("import", in("markdown"), "-o", json.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("柳城县人力资源和社会保障局", Reports.readJson(json).agency());
        Run r2 = run("import", in("utf16-pipes"), "-o", tmp.resolve("s.xlsx").toString(), "--json");
        assertEquals(0, r2.code(), r2.err());
        assertEquals("松林区教育局", Reports.readJson(tmp.resolve("s.json")).agency());
        assertFalse(Files.exists(tmp.resolve("s.xlsx")));
    }

    @Test
    void batchGoesOnPastBadFilesAndAccountsForEveryInput() throws Exception {
        Path empty = Files.createFile(tmp.resolve("空白.txt"));
        Path outDir = tmp.resolve("out");
        Path report = tmp.resolve("导入报告.json");
        Run r = run("import", in("html-table"), empty.toString(), in("docx-word"), tmp.resolve("没有.txt").toString(),
                "-d", outDir.toString(), "--report", report.toString());
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertTrue(r.err().contains("无法读取 " + empty + "：文件是空的（0 字节），请重新保存或重新获取该文件。"), r.err());
        assertTrue(r.err().contains("没有.txt：找不到文件，请检查路径和文件名。"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].matches("文件\\s+机关\\s+年度\\s+版式\\s+读取\\s+推断\\s+缺失\\s+错误"), lines[0]);
        assertTrue(r.out().contains("石桥镇人民政府"), r.out());
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.startsWith(empty.toString()) && l.contains("无法读取")), r.out());
        assertTrue(r.out().contains("输入 4 份：成功 2 份，失败 2 份。"), r.out());
        assertTrue(r.out().contains("已写出 2 个文件，在 " + outDir + "。"), r.out());
        assertTrue(Files.exists(outDir.resolve("input.xlsx")));
        assertTrue(Files.exists(outDir.resolve("input-2.xlsx")), "same input names get distinct outputs");
        JsonNode rep = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8));
        assertEquals(4, rep.path("total").path("inputs").asInt());
        assertEquals(2, rep.path("total").path("failed").asInt());
        assertEquals("石桥镇人民政府", rep.path("files").get(0).path("agency").asText());
        assertEquals(200, rep.path("files").get(0).path("counts").path("read").asInt());
        assertFalse(rep.path("files").get(1).path("ok").asBoolean());
    }

    @Test
    void listsInferredCellsWithPositionAndReason() throws Exception {
        Run r = run("import", FORCED);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("推断  表三!I5  t3.new.other"), r.out());
        assertTrue(r.out().contains("未指定 -o 或 -d：只显示导入报告，没有写出文件。"), r.out());
    }

    @Test
    void marksInferredCellsInTheWorkbookWithTheirReason() throws Exception {
        Path out = tmp.resolve("forced.xlsx");
        Run r = run("import", FORCED, "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(out))) {
            var cell = wb.getSheet("表三").getRow(4).getCell(8); // I5 = t3.new.other, inferred from the rules
            assertEquals(6.0, cell.getNumericCellValue());
            assertTrue(cell.getCellComment().getString().getString().startsWith("推断"), cell.getCellComment().getString().getString());
            var read = wb.getSheet("表二").getRow(7).getCell(1); // B8 = t2.licensing.decisions, read as printed
            assertEquals(233.0, read.getNumericCellValue());
            assertEquals(null, read.getCellComment());
        }
    }

    @Test
    void importsA2019TrialFormatTextIntoA2019FormatWorkbook() throws Exception {
        Path out = tmp.resolve("2019.xlsx");
        Run r = run("import", in("format-2019"), "-o", out.toString(), "--report", tmp.resolve("r.txt").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("格式：2019 年试行格式（国办公开办函〔2019〕60号）"), r.out());
        assertTrue(Files.readString(tmp.resolve("r.txt")).contains("桃源县林业局"));
        nianbao.model.Report back = nianbao.Reports.read(out);
        assertEquals("gov-info-disclosure/2019", back.schema().id());
        assertEquals("桃源县林业局", back.agency());
    }

    @Test
    void listsPublishedInconsistenciesAsFindings() throws Exception {
        Path input = Files.writeString(tmp.resolve("错.txt"), Files.readString(Path.of(in("utf8bom-tabs")))
                .replace("（七）总计\t2\t0", "（七）总计\t3\t0"), StandardCharsets.UTF_8);
        Run r = run("import", input.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("校验（按原文保留，未改动）："), r.out());
        assertTrue(r.out().contains("[错误] T3-RESULT 表三!D28（原文第 "), r.out());
    }

    @Test
    void refusesOneOutputFileForManyInputs() throws Exception {
        Run r = run("import", in("markdown"), in("html-table"), "-o", tmp.resolve("x.xlsx").toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("用法错误："), r.err());
        assertTrue(r.err().contains("-d"), r.err());
        assertFalse(Files.exists(tmp.resolve("x.xlsx")));
    }

    @Test
    void refusesAnOldWordFileWithOneChineseLine() throws Exception {
        byte[] ole = new byte[1024];
        ole[0] = (byte) 0xD0;
        ole[1] = (byte) 0xCF;
        ole[2] = 0x11;
        ole[3] = (byte) 0xE0;
        Path doc = Files.write(tmp.resolve("旧.doc"), ole);
        Run r = run("import", doc.toString(), "-o", tmp.resolve("o.xlsx").toString());
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().contains("旧.doc：这是旧版 Office 文件"), r.err());
        assertFalse(Files.exists(tmp.resolve("o.xlsx")));
    }

    @Test
    void previousYearsStockOnlyNamesItsCandidateAndAnUnreadablePreviousChangesNothing() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/legacy/layouts/crawler_ordinal_glued/input.txt"))
                .replace("行政规范性文件0016", "行政规范性文件12375");
        Path input = tmp.resolve("西陵2025.txt");
        Files.writeString(input, text);
        Path last = tmp.resolve("西陵2024.json");
        Reports.writeJson(Report.builder(nianbao.schema.Schemas.defaultSchema())
                .text("meta.agency", "西陵区住房和城乡建设局").number("meta.year", 2024)
                .number("t2.normative.valid", 66).build(), last);
        Path out = tmp.resolve("西陵2025.json");
        Run r = run("import", input.toString(), "--previous", last.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("按上年年报（" + last + "）的现行有效件数推算出的数写在其说明里，仅供核对，未据此填写"), r.out());
        Report imported = Reports.read(out);
        assertNull(imported.number("t2.normative.valid"));
        assertTrue(imported.value("t2.normative.valid").note().contains("本格为 75；"), imported.value("t2.normative.valid").note());

        Path bad = tmp.resolve("坏.json");
        Files.writeString(bad, "{not json");
        Path out2 = tmp.resolve("另一个.json");
        Run refused = run("import", input.toString(), "--previous", bad.toString(), "-o", out2.toString());
        assertEquals(3, refused.code());
        assertTrue(refused.err().startsWith("无法读取 " + bad), refused.err());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertFalse(Files.exists(out2));
    }

    /** The utf8bom-tabs case without its BOM and with one stray byte 0xFF put into the given line (1-based) after {@code after}. */
    private Path withStrayByte(int line, String after) throws Exception {
        byte[] b = Files.readAllBytes(Path.of(in("utf8bom-tabs")));
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        int at = lines[line - 1].indexOf(after) + after.length();
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < line - 1; i++) {
            head.append(lines[i]).append('\n');
        }
        head.append(lines[line - 1], 0, at);
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] t = text.substring(head.length()).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + 1 + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        all[h.length] = (byte) 0xFF;
        System.arraycopy(t, 0, all, h.length + 1, t.length);
        return Files.write(tmp.resolve("一个坏字节.txt"), all);
    }

    @Test
    void aTextWithOneStrayInvalidByteIsImportedAndTheReplacedByteNoted() throws Exception {
        Path input = withStrayByte(9, "(三)");
        Path out = tmp.resolve("导入.xlsx");

        Run r = run("import", input.toString(), "-o", out.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertTrue(r.out().contains("文件：" + input + "（纯文本，UTF-8）"), r.out());
        assertTrue(r.out().contains("数字：读取 200，推断 0，缺失 0"), r.out());
        assertTrue(r.out().contains("  - 原文有 1 处无法识别的字节（原文第 9 行），已替换为“\uFFFD”，这些行里的数字不采用；请对照原件核对。"), r.out());
        assertEquals("东湖区文化和旅游局", Reports.read(out).agency());
    }

    @Test
    void aNumberOnALineWithAStrayByteIsMissingNotGuessed() throws Exception {
        Path input = withStrayByte(35, "\t2");

        Run r = run("import", input.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("数字：读取 193，推断 0，缺失 7"), r.out());
        assertTrue(r.out().contains("  缺失  表三!D5  t3.new.natural（表三 一、本年新收 / 自然人）  原文第 35 行第 18 列："
                + "原文第 35 行有无法识别的字节，这一行的数字读不准，请对照原件填写"), r.out());
    }

    @Test
    void anOutputThatCannotBeWrittenIsUnwritableInTheBatchTableNotUnreadable() throws Exception {
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        // the output name is taken by a folder: the first input imports but cannot be written
        Files.createDirectory(outDir.resolve("input.xlsx"));
        Path other = Files.copy(Path.of(in("gbk-web-cells")), tmp.resolve("白沙.txt"));

        Run r = run("import", in("html-table"), other.toString(), tmp.resolve("没有.txt").toString(), "-d", outDir.toString());

        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertTrue(r.err().contains("无法写入 " + outDir.resolve("input.xlsx") + "：同名的文件夹已存在。"), r.err());
        assertTrue(r.err().contains("无法读取 " + tmp.resolve("没有.txt") + "：找不到文件，请检查路径和文件名。"), r.err());
        String table = r.out();
        String html = in("html-table");
        assertTrue(table.lines().anyMatch(l -> l.startsWith(html) && l.contains("无法写入")), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith(tmp.resolve("没有.txt").toString()) && l.contains("无法读取")), table);
        assertTrue(table.contains("输入 3 份：成功 1 份，失败 2 份（无法读取 1 份，已导入但无法写入 1 份）。"), table);
    }
}
