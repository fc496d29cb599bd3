package nianbao.render;

import nianbao.compare.AgencyComparison;
import nianbao.compare.ReportFiles;
import nianbao.compare.Series;
import nianbao.compare.YearReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks {@code src/test/resources/compare/<case>/}: compares the reports in {@code input/} (in reverse name order,
 * to show the order given does not matter) and checks every output format against {@code expected.md},
 * {@code expected.html}, {@code expected.docx.txt} (the docx text projection) and {@code expected.xlsx.txt} (the
 * workbook's cells, styles and merged regions). Run with {@code -Dgolden.update=true} to rewrite the expected files
 * after checking them by eye.
 */
class CompareGoldenTest {

    static final Path ROOT = Path.of("src/test/resources/compare");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(d -> Files.isDirectory(d.resolve("input"))).sorted().toList()) {
                for (String expected : List.of("expected.md", "expected.html", "expected.docx.txt", "expected.xlsx.txt")) {
                    out.add(Arguments.of(dir.getFileName().toString(), expected));
                }
            }
        }
        assertTrue(out.size() >= 8, "at least two golden cases");
        return out.stream();
    }

    /** The comparison of a case's reports, each named by its file name as a user would name it. */
    static AgencyComparison comparison(Path dir) throws Exception {
        List<YearReport> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("input"))) {
            for (Path f : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                reports.add(ReportFiles.read(f, f.getFileName().toString()));
            }
        }
        return AgencyComparison.of(Series.of(reports, false));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("cases")
    void writesExactlyTheGoldenFile(String name, String expectedFile) throws Exception {
        Path dir = ROOT.resolve(name);
        AgencyComparison c = comparison(dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String actual = switch (expectedFile) {
            case "expected.md" -> CompareMarkdown.of(c);
            case "expected.html" -> ComparePage.of(c);
            case "expected.docx.txt" -> {
                CompareDocument.write(c, bytes);
                yield DocxText.of(bytes.toByteArray());
            }
            case "expected.xlsx.txt" -> {
                CompareWorkbook.write(c, bytes);
                yield CompareWorkbookText.of(bytes.toByteArray());
            }
            default -> throw new IllegalArgumentException(expectedFile);
        };
        Path expected = dir.resolve(expectedFile);
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), "missing golden file " + expected + " (run with -Dgolden.update=true)");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name + "/" + expectedFile);
    }
}
