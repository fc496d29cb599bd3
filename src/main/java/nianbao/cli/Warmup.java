package nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run for the launcher's class-data archive: runs the everyday single-file commands
 * once in one JVM on a bundled example (validate, render, import of the rendered text, fill, template, and
 * merge, whose 分析 sheet lays its charts out with POI)
 * so that the archive made at its exit holds the classes of all of them, not only of {@code validate}.
 * Writes only into a temporary folder it removes; prints nothing.
 *
 * <p>Usage (by {@code ./nianbao} after a build): {@code java -XX:ArchiveClassesAtExit=… -cp nianbao-cli.jar
 * nianbao.cli.Warmup EXAMPLE.xlsx EXAMPLE.json}
 */
public final class Warmup {

    private Warmup() {
    }

    public static void main(String[] args) throws IOException {
        run(args[0], args[1]);
    }

    /** Runs the commands on the example; returns their exit codes in order. */
    static java.util.List<Integer> run(String xlsx, String json) throws IOException {
        Path tmp = Files.createTempDirectory("nianbao-warmup");
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        java.util.List<Integer> codes = new java.util.ArrayList<>();
        try {
            String txt = tmp.resolve("report.txt").toString();
            String[][] runs = {
                {"validate", xlsx, json},
                {"render", json, "--format", "txt", "-o", txt},
                {"render", json, "--format", "docx", "-o", tmp.resolve("report.docx").toString()},
                {"import", txt, "-o", tmp.resolve("imported.xlsx").toString()},
                {"fill", json, "-o", tmp.resolve("filled.xlsx").toString()},
                {"template", "--agency", "示例机关", "--year", "2025", "-o", tmp.resolve("template.xlsx").toString()},
                {"merge", json, "-o", tmp.resolve("summary.xlsx").toString(), "--quiet"},
            };
            for (String[] run : runs) {
                codes.add(Main.run(run, quiet, quiet));
            }
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return codes;
    }
}
