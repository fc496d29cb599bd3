package nianbao.xlsx;

import nianbao.schema.Schema;
import nianbao.schema.Schemas;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run by the build (exec-maven-plugin, phase {@code process-classes}): lays out the template of
 * every schema in {@code templates/} with POI and writes it where the jar picks it up
 * ({@link ShippedTemplates}). Usage: {@code TemplatePartsGenerator <templates dir> <classes dir>}.
 */
public final class TemplatePartsGenerator {

    private TemplatePartsGenerator() {
    }

    /** Generates the files; exits non-zero when a schema cannot be laid out as the patcher expects. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplatePartsGenerator <templates dir> <classes dir>");
        }
        Path out = Path.of(args[1]);
        for (Path json : schemaFiles(Path.of(args[0]))) {
            byte[] bytes = Files.readAllBytes(json);
            Schema schema = Schemas.load(new ByteArrayInputStream(bytes), json.getFileName().toString());
            byte[] file = generate(schema, bytes);
            if (file == null) {
                // not fatal: the writer lays this schema out at run time (or writes it with POI)
                System.err.println("[nianbao] " + json.getFileName() + ": template not shipped, laid out at run time");
                continue;
            }
            Path target = out.resolve(ShippedTemplates.resource(schema));
            Files.createDirectories(target.getParent());
            if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), file)) {
                Files.write(target, file);
            }
        }
    }

    /** The schema files of a templates folder, sorted. */
    static List<Path> schemaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The shipped file for a schema, or null when its template is not laid out as the patcher expects. */
    static byte[] generate(Schema schema, byte[] schemaJson) throws IOException {
        TemplateParts.Layout layout = TemplateParts.layOut(schema);
        if (layout == null || TemplateParts.assemble(schema, layout) == null) {
            return null;
        }
        return ShippedTemplates.write(schema, schemaJson, layout);
    }
}
