package nianbao.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No command writes over one of its inputs, whichever option names the output and however the input was
 * named (as given, through {@code ./}, a link, a folder or a glob): exit 2, one line naming the file and the
 * option, every file as it was.
 */
class OutputChecksTest {

    private static final Path XLSX = Path.of("examples", "青山县卫生健康委员会-2025.xlsx");
    private static final Path JSON = Path.of("examples", "青山县卫生健康委员会-2025.json");

    @TempDir
    Path tmp;

    private Path in;
    private Path xlsx;
    private Path json;

    @BeforeEach
    void inputs() throws Exception {
        in = Files.createDirectories(tmp.resolve("各单位"));
        xlsx = Files.copy(XLSX, in.resolve("a.xlsx"));
        json = Files.copy(JSON, in.resolve("b.json"));
        // an old time stamp, so that any rewrite would show even within one second
        for (Path p : List.of(xlsx, json)) {
            Files.setLastModifiedTime(p, FileTime.fromMillis(1_000_000_000_000L));
        }
    }

    @Test
    void mergeRefusesEachOutputOptionThatNamesAnInput() throws Exception {
        refused(xlsx, "-o", "merge", xlsx.toString(), "-o", xlsx.toString());
        refused(json, "--csv", "merge", in.toString(), "--csv", json.toString());
        refused(json, "--jsonl", "merge", in + "/*.json", in + "/*.xlsx", "-o", tmp.resolve("汇总.xlsx").toString(),
                "--jsonl", json.toString());
        refused(Path.of(in + "/./a.xlsx"), "--aggregate", "merge", xlsx.toString(), "--aggregate", in + "/./a.xlsx");
        assertTrue(Files.notExists(tmp.resolve("汇总.xlsx")), "nothing at all is written");
    }

    @Test
    void mergeRefusesAnOutputThatIsALinkToAnInputAndAcceptsANewFileBesideThem() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("链接.xlsx"), xlsx);
        refused(link, "-o", "merge", in.toString(), "-o", link.toString());
        CliRun ok = CliRun.of("merge", in.toString(), "-o", in.resolve("汇总.xlsx").toString(), "--quiet");
        assertEquals(ExitCodes.OK, ok.code(), ok.err());
        // the next run would read last run's summary from the folder as an input: refused, not overwritten
        refused(in.resolve("汇总.xlsx"), "-o", "merge", in.toString(), "-o", in.resolve("汇总.xlsx").toString());
    }

    @Test
    void mergeRefusesAnOutputAmongLastYearsReports() throws Exception {
        Path now = Files.createDirectories(tmp.resolve("本年"));
        Files.copy(XLSX, now.resolve("本年.xlsx"));
        Files.setLastModifiedTime(now.resolve("本年.xlsx"), FileTime.fromMillis(1_000_000_000_000L));
        Path last = Files.copy(XLSX, tmp.resolve("上年.xlsx"));
        Files.setLastModifiedTime(last, FileTime.fromMillis(1_000_000_000_000L));
        refused(xlsx, "-o", "merge", now.toString(), "--previous", in.toString(), "-o", xlsx.toString());
        refused(last, "-o", "merge", now.toString(), "--previous", last.toString(), "-o", last.toString());
        refused(json, "--csv", "merge", now.toString(), "--previous", in + "/*", "-o", tmp.resolve("汇总.xlsx").toString(),
                "--csv", json.toString());
    }

    @Test
    void validateRefusesAnOutputFoundInAnInputFolderOrAsLastYearsReport() throws Exception {
        refused(json, "-o", "validate", in.toString(), "-o", json.toString());
        Path other = Files.copy(XLSX, tmp.resolve("本年.xlsx"));
        refused(json, "-o", "validate", other.toString(), "--previous", json.toString(), "-o", json.toString());
    }

    @Test
    void renderRefusesAnOutputThatIsItsInput() throws Exception {
        Path roundabout = tmp.resolve("各单位/../各单位/b.json");
        refused(roundabout, "-o", "render", json.toString(), "-f", "txt", "-o", roundabout.toString());
    }

    @Test
    void importRefusesAnInputAsOutputFolderFileOrReport() throws Exception {
        Path text = Files.writeString(in.resolve("年报.txt"), "某县2025年政府信息公开工作年度报告");
        Files.setLastModifiedTime(text, FileTime.fromMillis(1_000_000_000_000L));
        refused(text, "-o", "import", text.toString(), "-o", text.toString());
        Path jsonText = Files.writeString(in.resolve("旧年报.json"), "{}");
        Files.setLastModifiedTime(jsonText, FileTime.fromMillis(1_000_000_000_000L));
        refused(jsonText, "-d", "import", jsonText.toString(), "--json", "-d", in.toString());
        refused(text, "--report", "import", text.toString(), "--report", text.toString());
        refused(xlsx, "-o", "import", text.toString(), "--previous", xlsx.toString(), "-o", xlsx.toString());
    }

    @Test
    void exportFillAndTemplateRefuseTheirInputThroughALinkOrDotSlash() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("链接.json"), json);
        refused(link, "-o", "export", json.toString(), "-o", link.toString());
        refused(Path.of(in + "/./a.xlsx"), "-o", "fill", xlsx.toString(), "-o", in + "/./a.xlsx");
        refused(xlsx, "-o", "template", "--previous", xlsx.toString(), "-o", xlsx.toString());
    }

    /** Runs the command and checks it was refused naming the output as typed and its option, every file unchanged. */
    private void refused(Path file, String option, String... args) throws Exception {
        List<byte[]> before = new ArrayList<>();
        List<FileTime> times = new ArrayList<>();
        List<Path> all = all();
        for (Path p : all) {
            before.add(Files.readAllBytes(p));
            times.add(Files.getLastModifiedTime(p));
        }
        CliRun r = CliRun.of(args);
        String command = String.join(" ", args);
        assertEquals(ExitCodes.USAGE, r.code(), command + "\n" + r.err());
        assertTrue(r.oneLineError(), command + "\n" + r.err());
        assertEquals("用法错误：输出文件 " + file + "（" + option + "）是输入文件之一，不会覆盖输入；请换一个输出文件名，"
                + "或写到输入所在的文件夹以外。", r.err().strip(), command);
        assertEquals(all, all(), "no file is added or removed: " + command);
        for (int i = 0; i < all.size(); i++) {
            assertArrayEquals(before.get(i), Files.readAllBytes(all.get(i)), all.get(i) + " after " + command);
            assertEquals(times.get(i), Files.getLastModifiedTime(all.get(i)), all.get(i) + " after " + command);
        }
    }

    private List<Path> all() throws Exception {
        try (Stream<Path> s = Files.walk(tmp)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
