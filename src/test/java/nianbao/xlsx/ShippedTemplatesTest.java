package nianbao.xlsx;

import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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

    @Test
    void aSchemaThatDiffersFromTheShippedOneIsLaidOutAtRunTime() throws Exception {
        Schema builtin = Schemas.defaultSchema();
        Schema other = new Schema(builtin.id(), builtin.version(), builtin.name() + "（改）", builtin.basis(),
                builtin.basisTitle(), builtin.titlePattern(), builtin.sheets(), builtin.meta(), builtin.narrative(),
                builtin.sections(), builtin.tables(), builtin.rules(), builtin.checks(), builtin.byId());
        assertNull(ShippedTemplates.load(other), "not the schema the file was made from");
        assertNotNull(TemplateParts.of(other), "falls back to laying it out with POI");
    }

    @Test
    void aSchemaWithoutAShippedFileIsLaidOutAtRunTime() {
        Schema builtin = Schemas.defaultSchema();
        Schema unshipped = new Schema("test/unshipped", "9.9", builtin.name(), builtin.basis(),
                builtin.basisTitle(), builtin.titlePattern(), builtin.sheets(), builtin.meta(), builtin.narrative(),
                builtin.sections(), builtin.tables(), builtin.rules(), builtin.checks(), builtin.byId());
        assertNull(ShippedTemplates.load(unshipped));
        assertNotNull(TemplateParts.of(unshipped));
    }
}
