package nianbao.cli;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code nianbao compare}, black-box: exit code, what it prints, what it writes. */
class CompareCommandTest {

    static final Path LIUXI = Path.of("src/test/resources/compare/liuxi-2020-2023/input");
    static final Path YUNXI = Path.of("src/test/resources/compare/yunxi-2024-2025/input");

    @TempDir
    Path dir;

    static String[] liuxi(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("compare",
                LIUXI.resolve("柳溪-2022-原文.txt").toString(), LIUXI.resolve("柳溪-2020.json").toString(),
                LIUXI.resolve("柳溪-2023.xlsx").toString(), LIUXI.resolve("柳溪-2021.json").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Every file below a folder, by relative name. */
    static List<String> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void writesTheFormatTheOutputsNameAsksFor() throws Exception {
        for (String ext : List.of("md", "html", "docx", "xlsx")) {
            Path out = dir.resolve("对比." + ext);
            CliRun r = CliRun.of(liuxi("-o", out.toString()));
            assertEquals(0, r.code(), r.err());
            assertEquals("已生成 " + out + "：柳溪市人力资源和社会保障局，2020—2023 年 4 份报告；大幅变化 1 处，跨年度问题 2 个。\n", r.out());
            assertEquals("", r.err());
        }
        String md = Files.readString(dir.resolve("对比.md"));
        assertTrue(md.contains("| 2022年 | " + LIUXI.resolve("柳溪-2022-原文.txt") + " | 导入的原文（读取 197，推断 2，缺失 1） | 2021 年格式 |"), md);
        assertTrue(Files.readString(dir.resolve("对比.html")).contains("<td class=\"missing\" title=\"缺失：表二“行政处罚”（第 32 行）后面没有数字。\">缺失</td>"));
        try (InputStream in = Files.newInputStream(dir.resolve("对比.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("柳溪市人力资源和社会保障局政府信息公开工作年度报告对比（2020—2023年）", doc.getParagraphs().get(0).getText());
        }
        try (InputStream in = Files.newInputStream(dir.resolve("对比.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("对比说明", "表二", "表三", "表四"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            assertEquals(1402, wb.getSheet("表二").getRow(15).getCell(3).getNumericCellValue());
        }
        assertEquals(List.of("对比.docx", "对比.html", "对比.md", "对比.xlsx"), files(dir), "no temporary file left");
    }

    @Test
    void helpDescribesTheCommandInChineseWithItsExitCodes() {
        CliRun r = CliRun.of("help", "compare");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("同一机关多个年度的年报对比（html / docx / xlsx / md）。"), r.out());
        assertTrue(r.out().contains("--same-agency"), r.out());
        assertTrue(r.out().contains("退出码：0 已生成；2 用法错误"), r.out());
    }

    @Test
    void thePageFetchesNothingFromElsewhere() throws Exception {
        Path out = dir.resolve("对比.html");
        assertEquals(0, CliRun.of(liuxi("-o", out.toString())).code());
        String html = Files.readString(out);
        for (String outside : List.of("http:", "https:", "<script", "<link", "src=", "@import", "url(")) {
            assertFalse(html.contains(outside), outside);
        }
    }

    @Test
    void theFormatOptionOverridesTheExtension() throws Exception {
        Path out = dir.resolve("对比.txt");
        CliRun r = CliRun.of(liuxi("-o", out.toString(), "--format", "MD"));
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).startsWith("# 柳溪市人力资源和社会保障局"));
    }

    @Test
    void anOutputNameWithoutAFormatIsAUsageError() {
        CliRun r = CliRun.of(liuxi("-o", dir.resolve("对比.pdf").toString()));
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("用法错误：无法从输出文件名 " + dir.resolve("对比.pdf") + " 判断格式"), r.err());
        assertFalse(Files.exists(dir.resolve("对比.pdf")));
    }

    @Test
    void twoReportsOfOneYearAreAUsageErrorNamingBoth() throws Exception {
        Path copy = Files.copy(LIUXI.resolve("柳溪-2021.json"), dir.resolve("副本.json"));
        Path out = dir.resolve("对比.md");
        CliRun r = CliRun.of("compare", LIUXI.resolve("柳溪-2021.json").toString(), copy.toString(), "-o", out.toString());
        assertEquals(2, r.code());
        assertEquals("用法错误：" + LIUXI.resolve("柳溪-2021.json") + " 和 " + copy
                + " 都是 2021 年的报告，同一年度只能放一份。请去掉其中一份。", r.err().lines().findFirst().orElseThrow());
        assertFalse(Files.exists(out));
    }

    @Test
    void reportsOfTwoAgenciesAreRefusedUnlessTheyAreTheSameAgencyRenamed() {
        Path out = dir.resolve("对比.md");
        String[] args = {"compare", LIUXI.resolve("柳溪-2021.json").toString(),
            YUNXI.resolve("云溪区市场监督管理局-2025.json").toString(), "-o", out.toString()};
        CliRun r = CliRun.of(args);
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("用法错误：报告不是同一机关的：" + LIUXI.resolve("柳溪-2021.json") + " 为“柳溪市人力资源和社会保障局”，"),
                r.err());
        assertTrue(r.err().contains("如果是同一机关改了名称，加 --same-agency"), r.err());
        assertFalse(Files.exists(out));
        List<String> renamed = new java.util.ArrayList<>(List.of(args));
        renamed.add("--same-agency");
        CliRun ok = CliRun.of(renamed.toArray(String[]::new));
        assertEquals(0, ok.code(), ok.err());
    }

    @Test
    void anUnreadableReportIsOneLineNamingItAndNothingIsWritten() throws Exception {
        Path bad = Files.writeString(dir.resolve("2024.xlsx"), "不是工作簿");
        Path out = dir.resolve("对比.html");
        CliRun r = CliRun.of("compare", LIUXI.resolve("柳溪-2021.json").toString(), bad.toString(), "-o", out.toString());
        assertEquals(3, r.code());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().startsWith("无法读取 " + bad + "："), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFolderGivesOneComparisonPerAgencyAndAnIndexListingWhatWasLeftOut() throws Exception {
        Path in = Files.createDirectories(dir.resolve("历年年报/云溪"));
        for (Path f : List.of(YUNXI.resolve("云溪区市场监督管理局-2024.xlsx"), YUNXI.resolve("云溪区市场监督管理局-2025.json"))) {
            Files.copy(f, in.resolve(f.getFileName().toString()));
        }
        for (String f : List.of("柳溪-2020.json", "柳溪-2021.json", "柳溪-2022-原文.txt", "柳溪-2023.xlsx")) {
            Files.copy(LIUXI.resolve(f), dir.resolve("历年年报").resolve(f));
        }
        Files.copy(Path.of("examples/青山县卫生健康委员会-2025.json"), dir.resolve("历年年报/青山-2025.json"));
        Files.writeString(dir.resolve("历年年报/坏.docx"), "不是 Word 文件");
        Files.writeString(dir.resolve("历年年报/~$锁定.xlsx"), "Office 锁文件");
        List<String> before = files(dir.resolve("历年年报"));
        Path out = dir.resolve("对比");
        CliRun r = CliRun.of("compare", dir.resolve("历年年报").toString(), "-o", out.toString());
        assertEquals(3, r.code(), "a file could not be read");
        assertEquals("共 8 个文件：生成 2 个机关的对比；1 个机关未生成对比；1 个文件无法读取。目录：" + out.resolve("index.html") + "\n",
                r.out());
        assertTrue(r.err().contains("无法读取 " + dir.resolve("历年年报/坏.docx") + "："), r.err());
        assertTrue(r.err().contains("未生成对比 青山县卫生健康委员会：对比至少需要两个年度的报告"), r.err());
        assertEquals(List.of("index.html", "云溪区市场监督管理局.html", "柳溪市人力资源和社会保障局.html"), files(out));
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("<a href=\"%E4%BA%91%E6%BA%AA%E5%8C%BA%E5%B8%82%E5%9C%BA%E7%9B%91%E7%9D%A3%E7%AE%A1%E7%90%86%E5%B1%80.html\">云溪区市场监督管理局</a>"), index);
        assertTrue(index.contains("<h2>无法读取的文件</h2>"), index);
        assertEquals(before, files(dir.resolve("历年年报")), "inputs untouched");
        CliRun again = CliRun.of("compare", dir.resolve("历年年报").toString(), "-o", out.toString(), "--format", "md");
        assertEquals(3, again.code());
        assertTrue(files(out).containsAll(List.of("index.md", "云溪区市场监督管理局.md")), files(out).toString());
        assertTrue(Files.readString(out.resolve("index.md")).contains("| [云溪区市场监督管理局](%E4%BA%91"), "links in Markdown");
    }
}
