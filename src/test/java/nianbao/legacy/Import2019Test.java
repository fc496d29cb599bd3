package nianbao.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.validate.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invented 2019 trial-format corpus ({@code legacy/import-2019/<case>/}, written by
 * {@code tools/format2019_corpus.py}) imports into 2019-format reports: every number the text
 * determines comes back as printed, none is guessed, and a published inconsistency is kept and reported.
 */
class Import2019Test {

    static final Path CASES = Path.of("src/test/resources/legacy/import-2019");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importsEveryNumberTheTextDeterminesAndGuessesNone(String name) throws Exception {
        Path dir = CASES.resolve(name);
        Path input;
        try (Stream<Path> s = Files.list(dir)) {
            input = s.filter(p -> p.getFileName().toString().startsWith("input.")).findFirst().orElseThrow();
        }
        JsonNode truth = JSON.readTree(dir.resolve("truth.json").toFile());
        ImportResult r = LegacyImporter.importFile(input, input.getFileName().toString());
        Report report = r.report();
        assertEquals(truth.get("schema").asText(), report.schema().id(), name);
        assertEquals("2019", r.format(), name);
        assertEquals(truth.get("agency").asText(), report.agency(), name);
        assertEquals(truth.get("year").asInt(), report.number("meta.year").intValue(), name);
        List<String> wrong = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        // glued digits cut by the rules, or blank cells whose places the text lost: some cells are decided by
        // the rules (inferred) and some left open, as the truth's brute force says
        boolean glued = truth.path("glued").asBoolean(false) || truth.path("blanks").asBoolean(false);
        for (Field f : report.schema().numericFields()) {
            JsonNode t = truth.get("values").get(f.id());
            Value v = report.value(f.id());
            if (t == null || t.isNull()) {
                if (v.number() != null) {
                    wrong.add(f.id() + ": the text leaves it open, imported " + v.number() + " (" + v.how() + ")");
                }
            } else if (v.number() == null) {
                lost.add(f.id() + " = " + t.decimalValue() + " (" + v.how() + " " + v.note() + ")");
            } else if (v.number().compareTo(t.decimalValue()) != 0) {
                wrong.add(f.id() + ": printed " + t.decimalValue() + ", imported " + v.number() + " (" + v.how() + ")");
            }
        }
        assertTrue(wrong.isEmpty(), name + " wrong:\n" + String.join("\n", wrong));
        // every number the text determines comes back (in the glued case, some split by the rules)
        assertTrue(lost.isEmpty(), name + " lost:\n" + String.join("\n", lost));
        if (!glued) {
            // every cell printed on its own: all read as printed, nothing inferred or missing
            assertEquals(report.schema().numericFields().size(), r.count(Provenance.READ), name);
        }
        Set<String> errors = new TreeSet<>();
        for (Finding f : r.findings()) {
            // a number the text leaves open is missing, which TYPE reports with the reason by design
            if (f.severity() == nianbao.schema.Severity.ERROR && !(glued && f.ruleId().equals("TYPE"))) {
                errors.add(f.ruleId());
            }
        }
        Set<String> expected = new TreeSet<>();
        truth.get("errors").forEach(e -> expected.add(e.asText()));
        assertEquals(expected, errors, name + ": the published inconsistencies, kept and reported");
    }

    @org.junit.jupiter.api.Test
    void readsTheTotalsOfATable4PrintedWithBlankCellsAndLeavesTheOpenPlacesMissing() throws Exception {
        // 表四 printed 8 numbers for its 15 cells (blank meaning nothing), their places lost in PDF text:
        // the three totals stand where every placement the rules allow puts them; which of the four
        // results a number is stays open, with the reason
        ImportResult r = LegacyImporter.importFile(CASES.resolve("pdf_blank_cells/input.txt"), "input.txt");
        assertEquals(new BigDecimal("3"), r.report().number("t4.review.total"));
        assertEquals(Provenance.READ, r.report().value("t4.review.total").how());
        assertEquals(new BigDecimal("1"), r.report().number("t4.suit_after_review.total"));
        Value open = r.report().value("t4.review.upheld");
        assertEquals(Provenance.MISSING, open.how());
        assertTrue(open.note().contains("印出 8 个数字，应为 15 个（其余 7 格是原表的空白格，空白即没有）"), open.note());
        // a 表三 row printed with only its non-zero cells (二、上年结转 2 2) is placed by the column equations
        assertEquals(new BigDecimal("2"), r.report().number("t3.carried.natural"));
        assertEquals(Provenance.READ, r.report().value("t3.carried.natural").how());
        assertEquals(new BigDecimal("2"), r.report().number("t3.carried.total"));
        assertEquals(Provenance.INFERRED, r.report().value("t3.carried.commercial").how());
        assertEquals(BigDecimal.ZERO, r.report().number("t3.carried.commercial"));
    }

    @org.junit.jupiter.api.Test
    void keepsThePrintedNumbersOfAnInconsistentTable() throws Exception {
        ImportResult r = LegacyImporter.importFile(CASES.resolve("inconsistent/input.txt"), "input.txt");
        // （七）总计 / 自然人 was published one more than its results: kept as printed, reported for that cell
        assertEquals(new BigDecimal("33"), r.report().number("t3.total.natural"));
        assertEquals(Provenance.READ, r.report().value("t3.total.natural").how());
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("T3-RESULT")
                && f.fieldIds().get(0).equals("t3.total.natural")), r.findings().toString());
    }
}
