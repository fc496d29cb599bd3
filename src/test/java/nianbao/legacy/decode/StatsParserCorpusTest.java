package nianbao.legacy.decode;

import nianbao.legacy.read.TextLine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Value;
import nianbao.schema.Schemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden cases: invented reports in every layout the parser must read
 * ({@code src/test/resources/legacy/corpus/<case>/input.txt}), each with the expected value and
 * provenance of all 200 numbers ({@code expected.json}: "12" read, "~12" inferred, "?" missing).
 */
class StatsParserCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/legacy/corpus");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** Reads a file into numbered lines the way the importer hands them over. */
    static List<TextLine> lines(Path file) throws IOException {
        List<String> raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            out.add(new TextLine(i + 1, raw.get(i)));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsEveryNumberWithItsProvenance(String name) throws IOException {
        Path dir = CORPUS.resolve(name);
        StatsResult r = StatsParser.parse(lines(dir.resolve("input.txt")), Schemas.defaultSchema(), "input.txt");
        JsonNode exp = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());

        assertEquals(exp.path("format").asText(), r.format(), "format");
        if (exp.has("layout")) {
            assertEquals(exp.path("layout").asText(), r.layout(), "layout");
        }
        assertEquals(200, r.values().size());
        List<String> wrong = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = exp.path("values").fields();
        int checked = 0;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Value v = r.value(e.getKey());
            String got = render(v);
            if (!got.equals(e.getValue().asText())) {
                wrong.add(e.getKey() + " expected " + e.getValue().asText() + " got " + got + " (" + v.note() + ")");
            }
            checked++;
        }
        assertEquals(200, checked, "expected.json must list all 200 numbers");
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong:\n" + String.join("\n", wrong) + "\nnotes: " + r.notes());
        for (JsonNode n : exp.path("notesContain")) {
            assertTrue(r.notes().stream().anyMatch(s -> s.contains(n.asText())), "a note mentions " + n + ": " + r.notes());
        }
        for (Value v : r.values()) {
            if (v.how() != Provenance.READ) {
                assertTrue(v.note() != null && !v.note().isBlank(), v.fieldId() + " has a reason");
            } else {
                assertTrue(v.source().line() > 0 && v.source().column() > 0, v.fieldId() + " has a line and column");
            }
        }
    }

    /** "12" read, "~12" inferred, "?" missing. */
    static String render(Value v) {
        return switch (v.how()) {
            case READ, COMPUTED -> Numbers.plain(v.number());
            case INFERRED -> "~" + Numbers.plain(v.number());
            case MISSING -> "?";
        };
    }
}
