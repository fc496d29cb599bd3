package nianbao.render;

import nianbao.Reports;
import nianbao.model.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
 * Walks {@code src/test/resources/render/<case>/}: renders {@code input.json} in every format and
 * compares with {@code expected.txt}, {@code expected.md}, {@code expected.html},
 * {@code expected.fragment.html} and {@code expected.docx.txt} (the docx text projection).
 * Run with {@code -Dgolden.update=true} to rewrite the expected files after checking them by eye.
 */
class RenderGoldenTest {

    static final Path ROOT = Path.of("src/test/resources/render");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                for (String expected : List.of("expected.txt", "expected.md", "expected.html", "expected.fragment.html",
                        "expected.docx.txt")) {
                    out.add(Arguments.of(dir.getFileName().toString(), expected));
                }
            }
        }
        assertTrue(out.size() >= 15, "at least three golden cases");
        return out.stream();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("cases")
    void rendersExactlyAsTheGoldenFile(String name, String expectedFile) throws Exception {
        Path dir = ROOT.resolve(name);
        Report report = Reports.readJson(dir.resolve("input.json"));
        String actual = switch (expectedFile) {
            case "expected.txt" -> Renderer.of(Format.TXT).renderText(report);
            case "expected.md" -> Renderer.of(Format.MD).renderText(report);
            case "expected.html" -> Renderer.of(Format.HTML).renderText(report);
            case "expected.fragment.html" -> Renderer.of(Format.HTML, true).renderText(report);
            case "expected.docx.txt" -> DocxText.of(Renderer.of(Format.DOCX).renderBytes(report));
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
