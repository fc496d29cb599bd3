package nianbao.xlsx.write;

import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import nianbao.xlsx.layout.Form;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShippedTemplatesTest {

    static List<Path> schemaFiles() throws Exception {
        return TemplatePartsGenerator.schemaFiles(Path.of("templates"));
    }

    /** Every schema file, without last year's report and with last year's report in each format. */
    static List<Arguments> withPrevious() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Path json : schemaFiles()) {
            out.add(Arguments.of(json, null));
            for (Path previous : schemaFiles()) {
                out.add(Arguments.of(json, previous));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} previous {1}")
    @MethodSource("withPrevious")
    void shippedPartsAreWhatTheGeneratorMakesNow(Path json, Path previousJson) throws Exception {
        byte[] bytes = Files.readAllBytes(json);
        Schema schema = Schemas.load(new ByteArrayInputStream(bytes), json.getFileName().toString());
        Schema previous = previousJson == null ? null : Schemas.load(previousJson);
        byte[] now = TemplatePartsGenerator.generate(schema, previous, bytes);
        assertNotNull(now, json + " lays out as the patcher expects");
        String resource = ShippedTemplates.resource(schema, previous);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "the build ships " + resource);
            assertArrayEquals(now, in.readAllBytes(), "run mvn process-classes to regenerate");
        }
    }

    @ParameterizedTest(name = "{0} previous {1}")
    @MethodSource("withPrevious")
    void shippedLayoutIsTheLayoutPoiMakesAtRunTime(Path json, Path previousJson) throws Exception {
        Schema schema = Schemas.load(json);
        Schema previous = previousJson == null ? null : Schemas.load(previousJson);
        TemplateParts.Layout shipped = ShippedTemplates.load(schema, previous);
        TemplateParts.Layout built = TemplateParts.layOut(schema, previous);
        assertNotNull(shipped);
        assertEquals(built.raw().keySet(), shipped.raw().keySet());
        built.raw().forEach((name, content) -> assertArrayEquals(content, shipped.raw().get(name), name));
        assertEquals(built.sheetParts(), shipped.sheetParts());
        assertEquals(built.checkSheet(), shipped.checkSheet());
        assertEquals(built.rules(), shipped.rules());
        assertEquals(built.cells(), shipped.cells());
        assertArrayEquals(built.styles(), shipped.styles());
        assertEquals(built.previous(), shipped.previous());
        assertEquals(previous == null, shipped.previous().isEmpty(), "last year's reference cells");
    }

    @Test
    void aLayoutForAnotherFormatOfLastYearsReportIsNotUsed() throws Exception {
        Schema y2021 = Schemas.forYear(2025);
        Schema y2019 = Schemas.forYear(2020);
        byte[] file = ShippedTemplates.write(y2021, Files.readAllBytes(Path.of("templates", "gov-info-disclosure-2021.json")),
                TemplateParts.layOut(y2021, y2021));
        TemplateParts.Layout read = ShippedTemplates.read(y2021, file);
        assertEquals(Form.checkedRules(y2021, y2021), read.rules());
        assertTrue(!Form.checkedRules(y2021, y2019).equals(read.rules()), "a 2019 report has no 现行有效件数: X-STOCK is left out");
        assertNotNull(ShippedTemplates.load(y2021, y2019));
        assertEquals(Form.checkedRules(y2021, y2019), ShippedTemplates.load(y2021, y2019).rules());
    }

    /** The 2021 schema file with one text replaced: another schema, for no shipped file fits it. */
    private static Schema edited(String from, String to) throws Exception {
        String json = Files.readString(Path.of("templates", "gov-info-disclosure-2021.json"));
        assertTrue(json.contains(from), from);
        return Schemas.load(new ByteArrayInputStream(json.replace(from, to).getBytes(StandardCharsets.UTF_8)), "edited");
    }

    @Test
    void aSchemaThatDiffersFromTheShippedOneIsLaidOutAtRunTime() throws Exception {
        Schema builtin = Schemas.defaultSchema();
        Schema other = edited("本年新收政府信息公开申请数量", "本年新收的政府信息公开申请数量");
        assertEquals(builtin.id(), other.id());
        assertEquals(builtin.version(), other.version());
        assertNull(ShippedTemplates.load(other), "not the schema the file was made from");
        assertNotNull(ShippedTemplates.load(builtin));
        assertNotNull(TemplateParts.of(other), "falls back to laying it out with POI");
    }

    @Test
    void aSchemaWithoutAShippedFileIsLaidOutAtRunTime() throws Exception {
        Schema unshipped = edited("\"gov-info-disclosure/2021\"", "\"test/unshipped\"");
        assertNull(ShippedTemplates.load(unshipped));
        assertNotNull(TemplateParts.of(unshipped));
    }
}
