package nianbao.cli;

import nianbao.FullDisk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Black-box: every output of every command, on a real full disk (a filled 64 KB tmpfs), says
 * {@code 无法写入 <output>：磁盘空间不足。} and leaves no file behind. Skipped where a tmpfs cannot be mounted.
 */
class FullDiskCliTest {

    private static final String XLSX = Path.of("examples", "青山县卫生健康委员会-2025.xlsx").toString();
    private static final String JSON = Path.of("examples", "青山县卫生健康委员会-2025.json").toString();
    private static final String TXT = "src/test/resources/legacy/import/gbk-web-cells/input.txt";

    @TempDir
    static Path tmp;

    private static FullDisk disk;

    @BeforeAll
    static void fillADisk() throws Exception {
        disk = FullDisk.mount(tmp);
    }

    @AfterAll
    static void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOutputOnAFullDiskSaysNoSpace() {
        Path full = disk.dir();
        Map<String, String[]> runs = new LinkedHashMap<>();
        runs.put("render -o", new String[] {"render", XLSX, "-f", "docx", "-o", full.resolve("年报.docx").toString()});
        runs.put("export -o", new String[] {"export", XLSX, "-o", full.resolve("年报.json").toString()});
        runs.put("fill -o", new String[] {"fill", JSON, "-o", full.resolve("填好的.xlsx").toString()});
        runs.put("template -o", new String[] {"template", "-o", full.resolve("模板.xlsx").toString()});
        runs.put("validate -o", new String[] {"validate", XLSX, "-o", full.resolve("结果.json").toString()});
        runs.put("merge -o", new String[] {"merge", XLSX, "-o", full.resolve("汇总.xlsx").toString()});
        runs.put("merge --csv", new String[] {"merge", XLSX, "--csv", full.resolve("汇总.csv").toString()});
        runs.put("merge --aggregate", new String[] {"merge", XLSX, "--aggregate", full.resolve("合计.xlsx").toString()});
        runs.put("import -o", new String[] {"import", TXT, "-o", full.resolve("导入.xlsx").toString()});
        runs.put("import --report", new String[] {"import", TXT, "--report", full.resolve("导入报告.txt").toString()});
        return runs.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String[] args = e.getValue();
            String output = args[args.length - 1];
            CliRun r = CliRun.of(args);
            assertEquals(ExitCodes.UNREADABLE, r.code(), r.err());
            assertTrue(r.err().lines().anyMatch(l -> l.equals("无法写入 " + output + "：磁盘空间不足。")), r.err());
            try (Stream<Path> left = Files.list(full)) {
                assertEquals(List.of("占位"), left.map(p -> p.getFileName().toString()).toList(), "nothing left behind");
            }
        }));
    }
}
