package nianbao.legacy.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.legacy.ImportResult;
import nianbao.legacy.LegacyImporter;
import nianbao.model.Report;
import nianbao.schema.Schemas;
import nianbao.validate.Finding;
import nianbao.validate.Validator;
import nianbao.xlsx.read.WorkbookReader;
import nianbao.xlsx.write.WorkbookWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The invented narrative corpus ({@code legacy/narrative/<case>/input.txt}, written by
 * {@code src/test/gen/narrative_corpus.py} with the truth beside it): sub-headings of 一 as agencies
 * really write them, in every layout, and 五/六 headings written differently. Each case is imported,
 * written to a workbook and read back as a user would; every narrative field must hold exactly the
 * expected text, and validate must raise exactly the expected findings (none, unless the report
 * really lacks something or its fee is implausible for what the agency is).
 */
class NarrativeCorpusTest {

    static final Path CASES = Path.of("src/test/resources/legacy/narrative");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyFieldHoldsTheExpectedTextAndValidateRaisesOnlyTrueFindings(Path caseDir) throws Exception {
        String name = caseDir.getFileName().toString();
        JsonNode expected = JSON.readTree(caseDir.resolve("expected.json").toFile());
        ImportResult imported = LegacyImporter.importFile(caseDir.resolve("input.txt"), name + ".txt", Schemas.defaultSchema());
        Path xlsx = dir.resolve(name + ".xlsx");
        WorkbookWriter.write(imported.report(), xlsx);
        Report r = WorkbookReader.read(xlsx);
        assertEquals(expected.get("agency").asText(), r.agency(), name);
        Iterator<Map.Entry<String, JsonNode>> fields = expected.get("text").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            String want = e.getValue().isNull() ? null : e.getValue().asText();
            assertEquals(want, r.text(e.getKey()), name + " " + e.getKey());
        }
        List<String> want = new ArrayList<>();
        expected.get("findings").forEach(n -> want.add(n.asText()));
        List<String> got = new ArrayList<>();
        for (Finding f : Validator.validate(r)) {
            got.add(f.ruleId() + " " + f.severity().name().toLowerCase(Locale.ROOT) + " " + String.join(",", f.fieldIds()));
        }
        assertEquals(want, got, name);
    }
}
