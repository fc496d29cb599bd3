package nianbao.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpIsChineseFirstAndListsExitCodes() {
        Run r = run("--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("用法（Usage）：nianbao"), r.out());
        assertTrue(r.out().contains("显示本帮助并退出"), r.out());
        assertTrue(r.out().contains("退出码：0 正常；1 有校验错误；2 用法错误；3 输入无法读取或输出无法写入。"), r.out());
        assertFalse(r.out().contains("Show this help message and exit."), r.out());
    }

    @Test
    void unknownArgumentIsAUsageErrorInChineseWithoutStackTrace() {
        Run r = run("frobnicate");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("用法错误：无法识别的参数：'frobnicate'\n运行 “nianbao --help” 查看用法。\n",
                r.err().replace("\r\n", "\n"));
        assertFalse(r.err().contains("at nianbao."), r.err());
    }

    @Test
    void versionNamesTheSchema() {
        Run r = run("--version");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().startsWith("nianbao "), r.out());
        assertTrue(r.out().contains("gov-info-disclosure/2021"), r.out());
    }

    /** Every command's output option, each pointed at a path that cannot be written. */
    static Stream<Arguments> unwritableOutputs() {
        String xlsx = "examples/临江市自然资源和规划局-2025.xlsx";
        String json = "examples/青山县卫生健康委员会-2025.json";
        String legacy = "src/test/resources/legacy/import/utf8bom-tabs/input.txt";
        return Stream.of(
                Arguments.of("template -o", new String[] {"template", "-o", "@/模板.xlsx"}),
                Arguments.of("fill -o", new String[] {"fill", json, "-o", "@/填好的.xlsx"}),
                Arguments.of("export -o", new String[] {"export", xlsx, "--format", "json", "-o", "@/年报.json"}),
                Arguments.of("validate -o", new String[] {"validate", json, "-o", "@/结果.csv"}),
                Arguments.of("render -o", new String[] {"render", xlsx, "--format", "docx", "-o", "@/年报.docx"}),
                Arguments.of("import -o", new String[] {"import", legacy, "-o", "@/导入.xlsx"}),
                Arguments.of("import --report", new String[] {"import", legacy, "--report", "@/报告.txt"}),
                Arguments.of("merge -o", new String[] {"merge", json, "-o", "@/汇总.xlsx"}),
                Arguments.of("merge --csv", new String[] {"merge", json, "--csv", "@/汇总.csv"}),
                Arguments.of("merge --jsonl", new String[] {"merge", json, "--jsonl", "@/汇总.jsonl"}),
                Arguments.of("merge --aggregate", new String[] {"merge", json, "--aggregate", "@/合计.xlsx"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unwritableOutputs")
    void outputThatCannotBeWrittenSaysCannotWriteTheNamedOutputWithExitThree(String what, String[] template,
            @TempDir Path tmp) throws Exception {
        // a regular file where the output's folder should be: unwritable for root too, on every OS
        Path notAFolder = Files.writeString(tmp.resolve("不是文件夹"), "x");
        String[] args = template.clone();
        String named = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("@/")) {
                named = notAFolder + args[i].substring(1);
                args[i] = named;
            }
        }
        Run r = run(args);
        assertEquals(ExitCodes.UNREADABLE, r.code(), r.err());
        assertTrue(r.err().contains("无法写入 " + named + "：路径中有一段是文件而不是文件夹。\n"), r.err());
        assertFalse(r.err().contains("无法读取"), r.err());
        assertFalse(r.err().contains(".tmp"), "never the temporary file's name: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void renderToProcSaysCannotWriteTheNamedFileNotCannotRead() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")));
        Run r = run("render", "examples/临江市自然资源和规划局-2025.xlsx", "--format", "docx", "-o", "/proc/x.docx");
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertEquals("无法写入 /proc/x.docx：该文件夹里不能新建文件。\n", r.err());
    }
}
