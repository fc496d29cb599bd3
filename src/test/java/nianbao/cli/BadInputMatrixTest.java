package nianbao.cli;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Black-box, table-driven: every command that reads a report, given every kind of bad input, exits 3
 * with one Chinese line that names the file and says what is wrong with it — no exception names, no
 * library text — and writes nothing (merge excepted: its summary lists the refusal, as a batch must).
 */
class BadInputMatrixTest {

    private static final Path EXAMPLE_XLSX = Path.of("examples", "青山县卫生健康委员会-2025.xlsx");
    private static final Path EXAMPLE_JSON = Path.of("examples", "青山县卫生健康委员会-2025.json");

    /** Words of exceptions and libraries that must never reach a clerk. */
    private static final List<String> INTERNALS = List.of("Exception", "Error:", "Truncated ZIP", "XmlException",
            "Tried to allocate", "Read-only file system", "No such file", "java.", "\tat ", "null");

    @TempDir
    static Path tmp;

    /**
     * A bad input and what its refusal must say: {@code readers} for validate, render, export, fill,
     * merge and template --previous; {@code folderInBatch} where validate, render and merge look
     * into a folder; {@code importer} for import, or null when import reads it as a report (an HTML
     * page named .xlsx is one).
     */
    private record Bad(String label, Path file, String readers, String folderInBatch, String importer) {
    }

    private static final List<Bad> BAD = new ArrayList<>();

    @BeforeAll
    static void makeBadInputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        add("missing", in.resolve("没有.xlsx"), "找不到文件", null, "找不到文件，请检查路径和文件名。");
        add("dangling link", Files.createSymbolicLink(in.resolve("链接.xlsx"), in.resolve("已删除.xlsx")),
                "找不到文件：这是一个链接（快捷方式），它指向的文件已不存在。", null, "找不到文件：这是一个链接");
        add("directory", Files.createDirectory(in.resolve("目录.xlsx")), "这是一个文件夹，不是文件。",
                "文件夹里没有年报文件（.xlsx 或 .json），子文件夹里也没有。", "这是一个文件夹，不是文件。");
        add("empty", Files.createFile(in.resolve("空.xlsx")), "文件是空的（0 字节）", null, "文件是空的（0 字节）");
        Path fifo = in.resolve("管道.xlsx");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            add("fifo", fifo, "不是普通文件（是设备、管道之类的特殊文件）", null, "不是普通文件");
        }
        if (Files.exists(Path.of("/dev/null"))) {
            add("device", Path.of("/dev/null"), "不是普通文件（是设备、管道之类的特殊文件）", null, "不是普通文件");
        }
        Path xls = in.resolve("旧版.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream o = Files.newOutputStream(xls)) {
            wb.createSheet("表三");
            wb.write(o);
        }
        add(".xls", xls, "这是旧版 Excel 97-2003 (.xls) 文件", null, "这是旧版 Office 文件");
        add("encrypted", encrypted(in.resolve("加密.xlsx")), "工作簿设置了打开密码（已加密）", null, "加密的 Office 文件");
        add("corrupt zip", Files.write(in.resolve("损坏.xlsx"), "PK\3\4垃圾数据".getBytes(StandardCharsets.UTF_8)),
                "文件已损坏，不是完整的 .xlsx 压缩包", null, "这是一个压缩包（zip），不是 Word 文档");
        byte[] whole = Files.readAllBytes(EXAMPLE_XLSX);
        add("truncated", Files.write(in.resolve("截断.xlsx"), Arrays.copyOf(whole, whole.length / 3)),
                "文件已损坏，不是完整的 .xlsx 压缩包", null, "这是 Excel 工作簿（而且已损坏或不完整");
        add("html renamed .xlsx", Files.writeString(in.resolve("网页.xlsx"), "<html><body>年报</body></html>"),
                "这是网页或 XML 文本", null, null);
        Path sparse = in.resolve("超大.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(1L << 30); // 1 GB, sparse: nothing is written
        }
        add("1 GB sparse", sparse, "文件过大（1024 MB，上限 100 MB）", null, "文件过大（1024 MB，上限 50 MB）");
        add("deep json", Files.writeString(in.resolve("嵌套.json"), "[".repeat(10_000) + "]".repeat(10_000)),
                "嵌套过深，不是年报文件", null, "这是 JSON 数据文件，不是旧年报文本");
        add("broken gbk json", brokenGbk(in.resolve("乱码.json")), "文件像是 GBK 编码，但第 ", null, "这是 JSON 数据文件");
        add("duplicate zip entry", nianbao.DamagedZips.duplicateWorkbookPart(EXAMPLE_XLSX, in.resolve("重复部件.xlsx")),
                "文件已损坏：压缩包里有两个同名的部件“xl/workbook.xml”", null, "这是 Excel 工作簿");
        add("no sharedStrings", without(EXAMPLE_XLSX, in.resolve("无共享字符串.xlsx"), "xl/sharedStrings.xml"),
                "共享字符串部件（xl/sharedStrings.xml）", null, "这是 Excel 工作簿");
    }

    private static void add(String label, Path file, String readers, String folderInBatch, String importer) {
        BAD.add(new Bad(label, file, readers, folderInBatch, importer));
    }

    /** The commands, each as arguments around the input and the output it would write. */
    private static Map<String, String[]> commands() {
        Map<String, String[]> c = new LinkedHashMap<>();
        c.put("validate", new String[] {"validate", "{in}"});
        c.put("render", new String[] {"render", "{in}", "-f", "txt", "-o", "{out}/r.txt"});
        c.put("export", new String[] {"export", "{in}", "-o", "{out}/e.json"});
        c.put("fill", new String[] {"fill", "{in}", "-o", "{out}/f.xlsx"});
        c.put("import", new String[] {"import", "{in}", "-o", "{out}/i.xlsx"});
        c.put("merge", new String[] {"merge", "{in}", "-o", "{out}/m.xlsx"});
        c.put("template --previous", new String[] {"template", "--previous", "{in}", "-o", "{out}/t.xlsx"});
        return c;
    }

    @TestFactory
    Stream<DynamicTest> everyCommandRefusesEveryBadInputWithOneChineseLineNamingIt() {
        List<DynamicTest> tests = new ArrayList<>();
        int[] n = {0};
        commands().forEach((name, template) -> {
            for (Bad bad : BAD) {
                String expected = name.equals("import") ? bad.importer()
                        : bad.folderInBatch() != null && List.of("validate", "render", "merge").contains(name) ? bad.folderInBatch()
                        : bad.readers();
                if (expected == null) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(name + " × " + bad.label(), () -> {
                    Path out = Files.createDirectories(tmp.resolve("out" + n[0]++));
                    String[] args = Arrays.stream(template)
                            .map(a -> a.replace("{in}", bad.file().toString()).replace("{out}", out.toString())).toArray(String[]::new);
                    CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of(args));
                    String err = r.err().strip();
                    assertEquals(ExitCodes.UNREADABLE, r.code(), err);
                    assertEquals(1, err.lines().count(), err);
                    assertTrue(err.startsWith("无法读取 " + bad.file() + "："), err);
                    assertTrue(err.contains(expected), "expected “" + expected + "” in: " + err);
                    String reason = err.substring(("无法读取 " + bad.file()).length());
                    for (String word : INTERNALS) {
                        assertFalse(reason.contains(word), "“" + word + "” in: " + err);
                    }
                    if (!name.equals("merge")) {
                        try (Stream<Path> written = Files.list(out)) {
                            assertEquals(List.of(), written.toList(), "nothing is written");
                        }
                    }
                }));
            }
        });
        return tests.stream();
    }

    /** Runs the command line in a new JVM in {@code dir}, so that names like "-x.xlsx" are typed as a clerk types them. */
    private static CliRun inFolder(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(dir.resolve(".out").toFile())
                .redirectError(dir.resolve(".err").toFile()).start();
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "finished");
        return new CliRun(p.exitValue(), Files.readString(dir.resolve(".out")), Files.readString(dir.resolve(".err")));
    }

    @TestFactory
    Stream<DynamicTest> aFileNamedLikeAnOptionWorksAfterDoubleDashForEveryCommand() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("dash"));
        Files.copy(EXAMPLE_XLSX, dir.resolve("-x.xlsx"));
        Files.copy(EXAMPLE_JSON, dir.resolve("-x.json"));
        Files.copy(Path.of("src/test/resources/legacy/import/gbk-web-cells/input.txt"), dir.resolve("-x.txt"));
        Map<String, String[]> runs = new LinkedHashMap<>();
        runs.put("validate", new String[] {"validate", "--", "-x.xlsx"});
        runs.put("render", new String[] {"render", "-f", "txt", "-o", "r.txt", "--", "-x.xlsx"});
        runs.put("export", new String[] {"export", "-o", "e.json", "--", "-x.xlsx"});
        runs.put("fill", new String[] {"fill", "-o", "f.xlsx", "--", "-x.json"});
        runs.put("import", new String[] {"import", "-o", "i.xlsx", "--", "-x.txt"});
        runs.put("merge", new String[] {"merge", "-o", "m.xlsx", "--", "-x.xlsx", "-x.json"});
        runs.put("template --previous", new String[] {"template", "--previous", "-x.xlsx", "-o", "t.xlsx"});
        Map<String, String> outputs = Map.of("render", "r.txt", "export", "e.json", "fill", "f.xlsx", "import", "i.xlsx",
                "merge", "m.xlsx", "template --previous", "t.xlsx");
        List<DynamicTest> tests = new ArrayList<>();
        runs.forEach((name, args) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            CliRun r = inFolder(dir, args);
            assertEquals(0, r.code(), r.err());
            if (outputs.containsKey(name)) {
                assertTrue(Files.size(dir.resolve(outputs.get(name))) > 0, name);
            }
        })));
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void aFileNamedLikeAnOptionWithoutDoubleDashGetsAHint() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("dash-hint"));
        Files.copy(EXAMPLE_XLSX, dir.resolve("-y.xlsx"));
        CliRun r = inFolder(dir, "validate", "-y.xlsx");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("文件名 “-y.xlsx” 以 - 开头，会被当成选项：请写在 -- 之后（-- 后面的都当作文件名），"
                + "例如 nianbao validate [选项] -- -y.xlsx", r.err().strip().lines().skip(1).findFirst().orElse(""));
    }

    @TestFactory
    Stream<DynamicTest> anEmptyFolderIsNamedAndSaysItHasNoReports() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("空文件夹"));
        String line = "无法读取 " + empty + "：文件夹里没有年报文件（.xlsx 或 .json），子文件夹里也没有。";
        return Stream.of(
                DynamicTest.dynamicTest("validate", () -> {
                    CliRun r = CliRun.of("validate", empty.toString());
                    assertEquals(ExitCodes.UNREADABLE, r.code());
                    assertEquals(line, r.err().strip());
                }),
                DynamicTest.dynamicTest("validate beside a good file", () -> {
                    CliRun r = CliRun.of("validate", empty.toString(), EXAMPLE_XLSX.toString());
                    assertEquals(ExitCodes.UNREADABLE, r.code());
                    assertEquals(line, r.err().strip());
                    assertTrue(r.out().contains("1 个无法读取"), r.out());
                }),
                DynamicTest.dynamicTest("merge", () -> {
                    Path out = tmp.resolve("空汇总.xlsx");
                    CliRun r = CliRun.of("merge", empty.toString(), "-o", out.toString());
                    assertEquals(ExitCodes.UNREADABLE, r.code());
                    assertEquals(line, r.err().strip());
                    assertTrue(r.out().contains("输入 1 份 = 成功 0 份 + 失败 1 份"), r.out());
                }),
                DynamicTest.dynamicTest("render", () -> {
                    CliRun r = CliRun.of("render", empty.toString(), "-f", "txt", "-o", tmp.resolve("发布稿").toString());
                    assertEquals(ExitCodes.UNREADABLE, r.code());
                    assertEquals(line, r.err().strip());
                }));
    }

    private static Path encrypted(Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("1234");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(EXAMPLE_XLSX, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** The example JSON in GBK with the agency name's first character cut in half. */
    private static Path brokenGbk(Path file) throws Exception {
        byte[] gbk = Files.readString(EXAMPLE_JSON).getBytes(Charset.forName("GBK"));
        byte[] name = "青山".getBytes(Charset.forName("GBK"));
        int at = 0;
        while (!Arrays.equals(gbk, at, at + name.length, name, 0, name.length)) {
            at++;
        }
        byte[] cut = new byte[gbk.length - 1];
        System.arraycopy(gbk, 0, cut, 0, at + 1);
        System.arraycopy(gbk, at + 2, cut, at + 1, gbk.length - at - 2);
        return Files.write(file, cut);
    }

    /** A copy of a zip without one entry. */
    private static Path without(Path in, Path out, String entry) throws Exception {
        Files.copy(in, out);
        try (FileSystem zfs = FileSystems.newFileSystem(out)) {
            Files.delete(zfs.getPath(entry));
        }
        return out;
    }
}
