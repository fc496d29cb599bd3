package nianbao.legacy.layouts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.legacy.ImportResult;
import nianbao.legacy.LegacyImporter;
import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-made corpus of the four lossy layouts ({@code src/test/resources/legacy/layouts/<case>/},
 * written by {@code tools/legacy_layouts.py}): each input file is imported as a user would and all
 * 200 numbers are compared with {@code expected.json} — "12" read, "~12" inferred, "=12" read or
 * inferred, "?" missing.
 */
class LayoutCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/legacy/layouts");


    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importsEveryNumberWithItsProvenance(String name) throws Exception {
        Path dir = CORPUS.resolve(name);
        Path input;
        try (Stream<Path> files = Files.list(dir)) {
            input = files.filter(p -> p.getFileName().toString().startsWith("input.")).findFirst().orElseThrow();
        }
        ImportResult r = LegacyImporter.importFile(input, input.getFileName().toString(), Grid.SCHEMA);
        JsonNode exp = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        Iterator<Map.Entry<String, JsonNode>> it = exp.path("values").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Value v = r.report().value(e.getKey());
            String want = e.getValue().asText();
            if (!matches(want, v)) {
                wrong.add(e.getKey() + " expected " + want + " got " + render(v) + " (" + v.note() + ")");
            }
            checked++;
        }
        assertEquals(200, checked, "expected.json lists all 200 numbers");
        assertTrue(wrong.isEmpty(), wrong.size() + " numbers differ in " + name + ":\n" + String.join("\n", wrong)
                + "\nnotes: " + r.notes());
        for (Value v : r.report().values()) {
            if (v.how() == Provenance.MISSING || v.how() == Provenance.INFERRED) {
                assertTrue(v.note() != null && !v.note().isBlank(), v.fieldId() + " says why");
            }
        }
    }

    static boolean matches(String want, Value v) {
        String got = render(v);
        if (want.startsWith("=")) {
            return got.equals(want.substring(1)) || got.equals("~" + want.substring(1));
        }
        return got.equals(want);
    }

    static String render(Value v) {
        if (v.how() == Provenance.MISSING || v.number() == null) {
            return "?";
        }
        return (v.how() == Provenance.INFERRED ? "~" : "") + Numbers.plain(v.number());
    }
}
