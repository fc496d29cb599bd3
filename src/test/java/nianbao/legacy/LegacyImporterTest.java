package nianbao.legacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden-file test over the invented legacy corpus: each {@code legacy/import/<case>/input.*} is
 * imported and its projection (kind, charset, format, meta, narrative, numbers with provenance,
 * notes) must equal {@code expected.json}. Run with {@code -Dgolden.update=true} to rewrite the
 * expected files after a deliberate change, then review the diff.
 */
public class LegacyImporterTest {

    public static final Path CASES = Path.of("src/test/resources/legacy/import");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Schema SCHEMA = Schemas.defaultSchema();

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    static Path input(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("input.")).sorted().findFirst().orElseThrow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importsEveryCaseAsItsGoldenFileSays(Path dir) throws Exception {
        Path in = input(dir);
        ImportResult r = LegacyImporter.importFile(in, in.getFileName().toString(), SCHEMA);
        String actual = JSON.writeValueAsString(projection(r)) + "\n";
        Path expected = dir.resolve("expected.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, dir.getFileName().toString());
    }

    /** The parts of a result a golden file pins down. */
    static ObjectNode projection(ImportResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", r.kind());
        o.put("charset", r.charset());
        o.put("format", r.format());
        o.put("layout", r.layout());
        Report report = r.report();
        ObjectNode meta = o.putObject("meta");
        ObjectNode text = o.putObject("text");
        ObjectNode values = o.putObject("values");
        ObjectNode how = o.putObject("provenance");
        for (Field f : SCHEMA.fields()) {
            Value v = report.value(f.id());
            ObjectNode target = f.id().startsWith("meta.") ? meta : f.id().startsWith("text.") ? text : values;
            if (v.number() != null) {
                target.put(f.id(), v.number());
            } else if (v.text() != null) {
                target.put(f.id(), v.text());
            } else {
                target.putNull(f.id());
            }
            if (v.how() != Provenance.READ) {
                // the wording of the statistics stage's reasons is that stage's to change: pin the kind only
                how.put(f.id(), v.how().key() + (v.note() == null || f.isNumeric() ? "" : "：" + v.note()));
            }
        }
        // notes and findings are worded by other stages (statistics, validation): pin which rules fire where
        List<String> findings = r.findings().stream().map(f -> f.ruleId() + " " + String.join(",", f.fieldIds())).toList();
        o.putPOJO("findings", findings);
        return o;
    }

    @Test
    void keepsTablesAndSectionHeadingsOutOfTheNarrative() throws Exception {
        for (Path dir : cases().toList()) {
            Path in = input(dir);
            Report r = LegacyImporter.importFile(in, in.toString(), SCHEMA).report();
            for (Field f : SCHEMA.fields()) {
                String t = f.id().startsWith("text.") ? r.text(f.id()) : null;
                if (t == null) {
                    continue;
                }
                for (String leak : new String[] {"二、主动公开政府信息情况", "三、收到和处理", "四、政府信息公开行政复议", "本年制发件数",
                    "申请人情况", "结果维持", "扫一扫", "版权所有", "网安备", "ICP", "当前位置", "打印本页", "[bookmark", "五、存在",
                    "六、其他需要", "发布日期", "发布时间", "\t", "|"}) {
                    assertFalse(t.contains(leak), dir.getFileName() + " " + f.id() + " contains " + leak + ": " + t);
                }
                assertFalse(t.startsWith("- ") || t.contains("\n- "), dir.getFileName() + " " + f.id() + " keeps a bullet");
            }
        }
    }

    @Test
    void recognisesThe2019TrialFormatAndImportsNoNumbers() throws Exception {
        Path in = CASES.resolve("format-2019/input.txt");
        ImportResult r = LegacyImporter.importFile(in, "2019.txt", SCHEMA);
        assertTrue(r.otherFormat());
        assertEquals(LegacyImporter.FORMAT_2019, r.notes().get(0));
        assertEquals(0, r.read());
        assertEquals(SCHEMA.numericFields().size(), r.missing());
        assertEquals("桃源县林业局", r.report().agency());
        assertNull(r.report().number("t2.normative.made"));
    }

    @Test
    void marksDataScopeAsInferredLocalAgency() throws Exception {
        Path in = CASES.resolve("markdown/input.md");
        Value v = LegacyImporter.importFile(in, "m.md", SCHEMA).report().value("meta.data_scope");
        assertEquals("本机关", v.text());
        assertEquals(Provenance.INFERRED, v.how());
    }

    @Test
    void givesEveryNarrativeValueTheLineItStartsOn() throws Exception {
        Path in = CASES.resolve("gbk-web-cells/input.txt");
        ImportResult r = LegacyImporter.importFile(in, "a.txt", SCHEMA);
        Value v = r.report().value("text.overview_on_request");
        assertEquals("a.txt", v.source().file());
        assertEquals(13, v.source().line());
        assertEquals(7, r.report().value("meta.publish_date").source().line());
    }
}
