package nianbao.legacy.meta;

import nianbao.legacy.ImportResult;
import nianbao.legacy.LegacyImporter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Severity;
import nianbao.validate.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invented meta corpus ({@code legacy/meta/<case>/input.*}, written by {@code src/test/gen/meta_corpus.py}
 * with the truth beside it): reports as saved pages, browser copies, pastes, Markdown files and PDF
 * text put them. Each is imported in the format its tables follow; the agency (or why it is missing,
 * or why one of two disagreeing names was taken), the year, the publish date, the split of 一 and the
 * import notes must be what the generator wrote, and no narrative section may be reported blank or a
 * placeholder (no false TEXT warning).
 */
class MetaCorpusTest {

    static final Path CASES = Path.of("src/test/resources/legacy/meta");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsTheAgencyDateAndSplitTheGeneratorWrote(Path dir) throws Exception {
        String name = dir.getFileName().toString();
        JsonNode want = JSON.readTree(dir.resolve("expected.json").toFile());
        Path in;
        try (Stream<Path> s = Files.list(dir)) {
            in = s.filter(p -> p.getFileName().toString().startsWith("input.")).findFirst().orElseThrow();
        }
        ImportResult imported = LegacyImporter.importFile(in, name + "/" + in.getFileName());
        Report r = imported.report();

        Value agency = r.value("meta.agency");
        if (want.get("agency").isNull()) {
            assertEquals(Provenance.MISSING, agency.how(), name + ": " + agency.text());
            assertTrue(agency.note().contains(want.get("agencyMissing").asText()), name + ": " + agency.note());
        } else {
            assertEquals(want.get("agency").asText(), agency.text(), name);
            if (want.get("agencyNote").isNull()) {
                assertEquals(Provenance.READ, agency.how(), name + ": " + agency.note());
            } else {
                assertEquals(Provenance.INFERRED, agency.how(), name);
                assertTrue(agency.note().contains(want.get("agencyNote").asText()), name + ": " + agency.note());
                assertTrue(imported.notes().contains(agency.note()), name + ": the import report says so");
            }
        }
        assertEquals(want.get("year").isNull() ? null : want.get("year").asInt(),
                r.numberIfPresent("meta.year") == null ? null : r.numberIfPresent("meta.year").intValue(), name);
        if (want.get("publishDate").isNull()) {
            assertNull(r.text("meta.publish_date"), name);
        } else {
            assertEquals(want.get("publishDate").asText(), r.text("meta.publish_date"), name);
            assertNotNull(r.value("meta.publish_date").source().line(), name);
        }
        if (!want.get("text").isNull()) {
            Iterator<Map.Entry<String, JsonNode>> fields = want.get("text").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                assertEquals(e.getValue().isNull() ? null : e.getValue().asText(), r.text(e.getKey()), name + " " + e.getKey());
            }
        }
        for (JsonNode note : want.get("notes")) {
            assertTrue(imported.notes().stream().anyMatch(n -> n.contains(note.asText())),
                    name + ": a note saying " + note.asText() + " in " + imported.notes());
        }
        for (Finding f : imported.findings()) {
            assertTrue(!f.ruleId().equals("TEXT") || f.severity() == Severity.INFO, name + ": " + f);
        }
    }
}
