package nianbao.xlsx.write;

import nianbao.schema.Schema;
import nianbao.schema.Schemas;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run by the build (exec-maven-plugin, phase {@code process-classes}): lays out the template of
 * every schema in {@code templates/} with POI, without last year's report and for last year's report
 * in each format, and writes it where the jar picks it up ({@link ShippedTemplates}).
 * Usage: {@code TemplatePartsGenerator <templates dir> <classes dir>}.
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
        List<Path> files = schemaFiles(Path.of(args[0]));
        List<Schema> schemas = new ArrayList<>();
        for (Path json : files) {
            schemas.add(Schemas.load(new ByteArrayInputStream(Files.readAllBytes(json)), json.getFileName().toString()));
        }
        List<Schema> previous = new ArrayList<>();
        previous.add(null);
        previous.addAll(schemas);
        for (int i = 0; i < files.size(); i++) {
            byte[] bytes = Files.readAllBytes(files.get(i));
            for (Schema p : previous) {
                Schema schema = schemas.get(i);
                byte[] file = generate(schema, p, bytes);
                if (file == null) {
                    // not fatal: the writer lays this schema out at run time (or writes it with POI)
                    System.err.println("[nianbao] " + files.get(i).getFileName() + (p == null ? "" : " (previous " + p.key() + ")")
                            + ": template not shipped, laid out at run time");
                    continue;
                }
                Path target = out.resolve(ShippedTemplates.resource(schema, p));
                Files.createDirectories(target.getParent());
                if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), file)) {
                    Files.write(target, file);
                }
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
        return generate(schema, null, schemaJson);
    }

    /** {@link #generate(Schema, byte[])} for last year's report in the given format (null for none). */
    static byte[] generate(Schema schema, Schema previousSchema, byte[] schemaJson) throws IOException {
        TemplateParts.Layout layout = TemplateParts.layOut(schema, previousSchema);
        if (layout == null || TemplateParts.assemble(schema, previousSchema, layout) == null) {
            return null;
        }
        return ShippedTemplates.write(schema, schemaJson, layout);
    }
}
