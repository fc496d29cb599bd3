package nianbao.xlsx;

import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void shippedPartsAreWhatTheGeneratorMakesNow(Path json) throws Exception {
        byte[] bytes = Files.readAllBytes(json);
        Schema schema = Schemas.load(new ByteArrayInputStream(bytes), json.getFileName().toString());
        byte[] now = TemplatePartsGenerator.generate(schema, bytes);
        assertNotNull(now, json + " lays out as the patcher expects");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ShippedTemplates.resource(schema))) {
            assertNotNull(in, "the build ships " + ShippedTemplates.resource(schema));
            assertArrayEquals(now, in.readAllBytes(), "run mvn process-classes to regenerate");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaFiles")
    void shippedLayoutIsTheLayoutPoiMakesAtRunTime(Path json) throws Exception {
        Schema schema = Schemas.load(json);
        TemplateParts.Layout shipped = ShippedTemplates.load(schema);
        TemplateParts.Layout built = TemplateParts.layOut(schema);
        assertNotNull(shipped);
        assertEquals(built.raw().keySet(), shipped.raw().keySet());
        built.raw().forEach((name, content) -> assertArrayEquals(content, shipped.raw().get(name), name));
        assertEquals(built.sheetParts(), shipped.sheetParts());
        assertEquals(built.checkSheet(), shipped.checkSheet());
        assertEquals(built.rules(), shipped.rules());
        assertEquals(built.cells(), shipped.cells());
        assertArrayEquals(built.styles(), shipped.styles());
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
