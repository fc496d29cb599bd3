package nianbao.cli;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.render.Format;
import nianbao.render.Renderer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderCommandTest {

    static final Path YUNXI = Path.of("examples/云溪区市场监督管理局-2025.json");

    @TempDir
    Path dir;

    /** Exit code plus captured standard output and error. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesTextFormatsOfASingleReportToStandardOutput() throws Exception {
        Run r = run("render", YUNXI.toString(), "--format", "txt");
        assertEquals(0, r.code(), r.err());
        assertEquals(Renderer.of(Format.TXT).renderText(Reports.readJson(YUNXI)), r.out());
        assertEquals("", r.err());
    }

    @Test
    void writesAnHtmlFragmentOnRequest() {
        Run r = run("render", YUNXI.toString(), "-f", "html", "--fragment");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("<div class=\"nianbao-report\""), r.out().substring(0, 40));
    }

    @Test
    void writesDocxToTheNamedFile() throws Exception {
        Path out = dir.resolve("年报.docx");
        Run r = run("render", YUNXI.toString(), "--format", "docx", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("已生成 " + out + System.lineSeparator(), r.out());
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("云溪区市场监督管理局\n2025年政府信息公开工作年度报告", doc.getParagraphs().get(0).getText());
            assertEquals(3, doc.getTables().size());
        }
    }

    @Test
    void rendersAFilledWorkbookLikeItsJson() throws Exception {
        Path xlsx = dir.resolve("云溪.xlsx");
        Reports.write(Reports.readJson(YUNXI), xlsx);
        Run r = run("render", xlsx.toString(), "-f", "md");
        assertEquals(0, r.code(), r.err());
        assertEquals(Renderer.of(Format.MD).renderText(Reports.readJson(YUNXI)), r.out());
    }

    @Test
    void takesAnOutputEndingInASlashAsADirectory() throws Exception {
        Path out = dir.resolve("新目录");
        Run r = run("render", YUNXI.toString(), "-f", "docx", "-o", out + "/");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("云溪区市场监督管理局-2025.docx"), names(out));
    }

    @Test
    void refusesDocxToStandardOutput() {
        Run r = run("render", YUNXI.toString(), "--format", "docx");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().startsWith("用法错误：docx 是二进制文件，请用 -o 指定输出文件"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void refusesAnUnknownFormatAsUsageError() {
        Run r = run("render", YUNXI.toString(), "--format", "pdf");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("不支持的格式 “pdf”"), r.err());
    }

    @Test
    void refusesFragmentForFormatsOtherThanHtml() {
        Run r = run("render", YUNXI.toString(), "--format", "md", "--fragment");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("--fragment 只用于 html"), r.err());
    }

    @Test
    void rendersEveryReportOfADirectoryIntoTheOutputDirectory() throws Exception {
        // A copy of the JSON examples only: examples/ may also hold workbooks of the same reports.
        Path in = Files.createDirectories(dir.resolve("各单位"));
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                // one report in a subfolder: folders are searched recursively, as validate and merge do
                Path target = p.getFileName().toString().startsWith("青山") ? Files.createDirectories(in.resolve("县级")) : in;
                Files.copy(p, target.resolve(p.getFileName().toString()));
            }
        }
        Path out = dir.resolve("发布稿");
        Run r = run("render", in.toString(), "--format", "md", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("临江市自然资源和规划局-2025.md", "云溪区市场监督管理局-2025.md", "柳溪市人力资源和社会保障局-2020.md",
                "青山县卫生健康委员会-2025.md"), names(out));
        assertTrue(r.out().endsWith("共 4 份：已生成 4 份，因校验错误未生成 0 份，无法读取 0 份。" + System.lineSeparator()), r.out());
        assertEquals(Renderer.of(Format.MD).renderText(Reports.readJson(YUNXI)), Files.readString(out.resolve("云溪区市场监督管理局-2025.md")));
    }

    @Test
    void writesOutputsBesideTheInputsWithoutOutputOption() throws Exception {
        Path a = Files.copy(YUNXI, dir.resolve("甲.json"));
        Path b = Files.copy(YUNXI, dir.resolve("乙.json"));
        Run r = run("render", a.toString(), b.toString(), "-f", "html");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("甲.html")));
        assertTrue(Files.isRegularFile(dir.resolve("乙.html")));
    }

    @Test
    void keepsOutputsApartWhenTwoInputsShareABaseName() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("a"));
        Path a = Files.copy(YUNXI, dir.resolve("甲.json"));
        Path b = Files.copy(YUNXI, sub.resolve("甲.json"));
        Path out = dir.resolve("out");
        Run r = run("render", a.toString(), b.toString(), "-f", "txt", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("甲.json.txt", "甲.txt"), names(out));
    }

    @Test
    void blocksAReportWithValidationErrorsAndListsThemWithTheirCells() throws Exception {
        Path bad = broken();
        Path out = dir.resolve("bad.txt");
        Run r = run("render", bad.toString(), "-f", "txt", "-o", out.toString());
        assertEquals(ExitCodes.FINDINGS, r.code());
        assertTrue(r.err().startsWith(bad + "：有 "), r.err());
        assertTrue(r.err().contains("个校验错误，未生成（核对后重试，或加 --force 强制生成）："), r.err());
        assertTrue(r.err().contains("  错误 表三!J5："), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void rendersAReportWithErrorsWhenForcedAndStillListsTheErrors() throws Exception {
        Path bad = broken();
        Run r = run("render", bad.toString(), "-f", "txt", "--force");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("个校验错误，已按 --force 生成："), r.err());
        assertTrue(r.out().contains("一、本年新收政府信息公开申请数量\t45\t12\t0\t1\t1\t0\t60"));
    }

    @Test
    void listsAtMostTwentyFindingsPerFile() throws Exception {
        // Every 表三 row total off by one: 25 row errors and more.
        Report.Builder b = Reports.readJson(YUNXI).toBuilder();
        for (var row : ((nianbao.schema.MatrixTable) b.build().schema().table("t3")).rows()) {
            String id = "t3." + row.key() + ".total";
            b.number(id, b.get(id).number().add(BigDecimal.ONE));
        }
        Path p = dir.resolve("总计全错.json");
        Reports.writeJson(b.build(), p);
        Run r = run("render", p.toString(), "-f", "md");
        assertEquals(ExitCodes.FINDINGS, r.code());
        List<String> lines = r.err().lines().toList();
        assertEquals(22, lines.size(), r.err());
        assertTrue(lines.get(21).matches("  ……另有 \\d+ 条，运行 “nianbao validate .*总计全错.json” 查看全部。"), lines.get(21));
    }

    @Test
    void goesOnPastUnreadableInputsAndExitsWithThree() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(YUNXI, in.resolve("好.json"));
        Files.createFile(in.resolve("空.json"));
        Files.write(in.resolve("坏.xlsx"), "not a zip".getBytes());
        Files.write(in.resolve("~$好.xlsx"), new byte[] {1, 2});
        Path out = dir.resolve("out");
        Run r = run("render", in.toString(), "-f", "docx", "-o", out.toString());
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertEquals(List.of("好.docx"), names(out));
        List<String> errLines = r.err().lines().toList();
        assertEquals(2, errLines.size(), r.err());
        assertTrue(errLines.get(0).startsWith("无法读取 " + in.resolve("坏.xlsx") + "："), r.err());
        assertTrue(errLines.get(1).startsWith("无法读取 " + in.resolve("空.json") + "：文件是空的"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.out().contains("共 3 份：已生成 1 份，因校验错误未生成 0 份，无法读取 2 份。"), r.out());
    }

    @Test
    void reportsAMissingFileInOneChineseLine() {
        Run r = run("render", dir.resolve("无此文件.json").toString(), "-f", "md");
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertEquals("无法读取 " + dir.resolve("无此文件.json") + "：找不到文件，请检查路径和文件名。" + System.lineSeparator(), r.err());
    }

    @Test
    void reportsADirectoryWithoutReports() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("空目录"));
        Run r = run("render", empty.toString(), "-f", "md");
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertEquals("无法读取 " + empty + "：文件夹里没有年报文件（.xlsx 或 .json），子文件夹里也没有。" + System.lineSeparator(), r.err());
    }

    @Test
    void leavesNoTemporaryFilesAndDoesNotTouchTheInputs() throws Exception {
        Path in = Files.copy(YUNXI, dir.resolve("年报.json"));
        byte[] before = Files.readAllBytes(in);
        Run r = run("render", in.toString(), "-f", "docx", "-o", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("年报.docx", "年报.json"), names(dir));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(in)));
    }

    private Path broken() throws Exception {
        Report r = Reports.readJson(YUNXI).toBuilder().number("t3.new.total", new BigDecimal(60)).build();
        Path p = dir.resolve("broken.json");
        Reports.writeJson(r, p);
        return p;
    }

    private static List<String> names(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
