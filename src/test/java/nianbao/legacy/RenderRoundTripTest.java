package nianbao.legacy;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.render.Format;
import nianbao.render.Renderer;
import nianbao.schema.Field;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code render} publishes, {@code import} reads back: for every example report and every
 * render format, render → import gives the same agency, year, region, data scope, every number and every
 * narrative text.
 */
class RenderRoundTripTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                for (Format f : Format.values()) {
                    out.add(Arguments.of(p.getFileName().toString(), f));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void readsBackEveryNumberAndNarrativeText(String example, Format format) throws Exception {
        Report original = Reports.readJson(Path.of("examples", example));
        Path rendered = tmp.resolve("report." + format.extension());
        Files.write(rendered, Renderer.of(format).renderBytes(original));
        ImportResult r = LegacyImporter.importFile(rendered, rendered.getFileName().toString());
        Report back = r.report();
        assertEquals(original.agency(), back.agency(), "agency");
        assertEquals(original.year(), back.year(), "year");
        assertEquals(original.text("meta.publish_date"), back.text("meta.publish_date"), "publish date");
        assertEquals(original.text("meta.region"), back.text("meta.region"), "region");
        assertEquals(original.text("meta.data_scope"), back.text("meta.data_scope"), "data scope");
        List<String> wrong = new ArrayList<>();
        for (Field f : original.schema().fields()) {
            if (f.isNumeric()) {
                BigDecimal a = original.number(f.id());
                BigDecimal b = back.number(f.id());
                if (a == null ? b != null : b == null || a.compareTo(b) != 0) {
                    wrong.add(f.id() + ": " + a + " ≠ " + b + " (" + back.value(f.id()).how() + " " + back.value(f.id()).note() + ")");
                }
            } else if (f.id().startsWith("text.")) {
                String a = original.text(f.id());
                String b = back.text(f.id());
                if (!java.util.Objects.equals(a, b)) {
                    wrong.add(f.id() + ":\n  published: " + a + "\n  imported:  " + b);
                }
            }
        }
        assertTrue(wrong.isEmpty(), example + " as " + format + ":\n" + String.join("\n", wrong));
        assertEquals(original.schema().numericFields().size(), r.read(), "every number read as printed, none inferred");
    }

    /** Issue 13 item 4: render printed neither the region nor the data scope, so import lost both. */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void renderThenImportKeepsTheRegionAndTheSummaryDataScope(String example, Format format) throws Exception {
        Report original = Reports.readJson(Path.of("examples", example)).toBuilder()
                .text("meta.data_scope", "汇总").build();
        Path rendered = tmp.resolve("summary." + format.extension());
        Files.write(rendered, Renderer.of(format).renderBytes(original));
        Report back = LegacyImporter.importFile(rendered, rendered.getFileName().toString()).report();
        assertEquals("汇总", back.text("meta.data_scope"), "data scope");
        assertEquals(original.text("meta.region"), back.text("meta.region"), "region");
        assertEquals(original.agency(), back.agency(), "agency");
    }
}
