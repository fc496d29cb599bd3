package nianbao.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Walks {@code src/test/resources/validate/<case>/}: {@code input.json} (and {@code previous.json}
 * when the case is cross-year) validated by the command must print exactly {@code expected.txt},
 * and with {@code --format json} exactly {@code expected.json} where the case has one.
 */
class ValidateGoldenTest {

    static final Path CASES = Path.of("src/test/resources/validate");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(p -> Files.exists(p.resolve("expected.txt"))).map(p -> p.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsTheExpectedFindingsForEachCase(String name) throws IOException {
        Path dir = CASES.resolve(name);
        assertEquals(Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8), validate(dir), name);
        if (Files.exists(dir.resolve("expected.json"))) {
            assertEquals(Files.readString(dir.resolve("expected.json"), StandardCharsets.UTF_8),
                    validate(dir, "--format", "json"), name);
        }
    }

    /** What {@code validate} prints for the case (nothing may go to stderr). */
    private static String validate(Path dir, String... options) {
        List<String> args = new ArrayList<>(List.of("validate", dir.resolve("input.json").toString()));
        if (Files.exists(dir.resolve("previous.json"))) {
            args.addAll(List.of("--previous", dir.resolve("previous.json").toString()));
        }
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        assertEquals("", err.toString(), dir.toString());
        return out.toString();
    }
}
