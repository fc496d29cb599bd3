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
 * once in one JVM on a bundled example (validate, render, import of the rendered text, fill, template,
 * merge, whose 分析 sheet lays its charts out with POI, and compare against a copy of the example dated a year
 * earlier, as a page and as a workbook)
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
            String earlier = tmp.resolve("earlier.json").toString();
            Files.writeString(Path.of(earlier), yearBefore(Files.readString(Path.of(json))));
            String[][] runs = {
                {"validate", xlsx, json},
                {"render", json, "--format", "txt", "-o", txt},
                {"render", json, "--format", "docx", "-o", tmp.resolve("report.docx").toString()},
                {"import", txt, "-o", tmp.resolve("imported.xlsx").toString()},
                {"fill", json, "-o", tmp.resolve("filled.xlsx").toString()},
                {"template", "--agency", "示例机关", "--year", "2025", "-o", tmp.resolve("template.xlsx").toString()},
                {"merge", json, "-o", tmp.resolve("summary.xlsx").toString(), "--quiet"},
                {"compare", json, earlier, "-o", tmp.resolve("compare.html").toString()},
                {"compare", json, earlier, "-o", tmp.resolve("compare.xlsx").toString()},
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

    /** The example's JSON with its report year one earlier ({@code "meta.year": 2025} → 2024). */
    private static String yearBefore(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\"meta\\.year\"\\s*:\\s*)(\\d{4})").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("the example has no meta.year");
        }
        return json.substring(0, m.start(2)) + (Integer.parseInt(m.group(2)) - 1) + json.substring(m.end(2));
    }
}
