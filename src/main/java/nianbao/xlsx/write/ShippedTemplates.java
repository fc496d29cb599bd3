package nianbao.xlsx.write;

import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import nianbao.xlsx.layout.Form;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The laid-out templates the build puts in the jar ({@link TemplatePartsGenerator}, one file per
 * schema under {@code nianbao/template-parts/}), so that a single {@code fill} or {@code import}
 * does not spend a second laying the template out with POI; {@code template --previous} has one file
 * per format of last year's report. Each file holds the schema JSON it was made from: a schema that
 * differs from it (or has no file) is laid out at run time instead.
 */
final class ShippedTemplates {

    /** Where the files are on the class path. */
    static final String FOLDER = "nianbao/template-parts/";
    private static final int MAGIC = 0x4E425450; // "NBTP"
    private static final int FORMAT = 2;

    private ShippedTemplates() {
    }

    /** The resource name of a schema's file, e.g. {@code gov-info-disclosure_2021-1.0.parts}. */
    static String resource(Schema schema) {
        return resource(schema, null);
    }

    /**
     * The resource name of a schema's file laid out for last year's report in the given format, e.g.
     * {@code gov-info-disclosure_2021-1.0.previous-gov-info-disclosure_2019-1.0.parts}.
     *
     * @param previousSchema the format of last year's report, or null for none
     */
    static String resource(Schema schema, Schema previousSchema) {
        return FOLDER + name(schema) + (previousSchema == null ? "" : ".previous-" + name(previousSchema)) + ".parts";
    }

    private static String name(Schema schema) {
        return (schema.id() + "-" + schema.version()).replaceAll("[^A-Za-z0-9.-]", "_");
    }

    /** The shipped layout of this schema, or null when none was shipped for exactly this schema. */
    static TemplateParts.Layout load(Schema schema) {
        return load(schema, null);
    }

    /**
     * The shipped layout of this schema for last year's report in the given format (null for none), or null
     * when none was shipped for exactly these.
     */
    static TemplateParts.Layout load(Schema schema, Schema previousSchema) {
        try (InputStream in = ShippedTemplates.class.getClassLoader().getResourceAsStream(resource(schema, previousSchema))) {
            TemplateParts.Layout layout = in == null ? null : read(schema, in.readAllBytes());
            // the layout depends on last year's format only through the cross-year rules it checks
            return layout != null && layout.rules().equals(Form.checkedRules(schema, previousSchema)) ? layout : null;
        } catch (IOException | RuntimeException e) {
            return null; // a damaged file costs the time of laying the template out, nothing else
        }
    }

    /** Reads a file made by {@link #write}; null when it was made from another schema. */
    static TemplateParts.Layout read(Schema schema, byte[] file) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            return null;
        }
        byte[] json = new byte[in.readInt()];
        in.readFully(json);
        if (!Schemas.isBuiltinFrom(schema, json)
                && !schema.equals(Schemas.load(new ByteArrayInputStream(json), resource(schema)))) {
            return null;
        }
        int n = in.readInt();
        Map<String, byte[]> raw = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String name = in.readUTF();
            byte[] content = new byte[in.readInt()];
            in.readFully(content);
            raw.put(name, content);
        }
        List<String> sheetParts = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            sheetParts.add(in.readUTF());
        }
        int checkSheet = in.readInt();
        List<Rule> rules = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            int index = in.readInt(); // rule IDs repeat (T3-ROW for every row): a rule is its place in the schema
            if (index < 0 || index >= schema.rules().size()) {
                return null;
            }
            rules.add(schema.rules().get(index));
        }
        List<TemplateParts.FieldCell> cells = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            Optional<Field> f = schema.field(in.readUTF());
            if (f.isEmpty()) {
                return null;
            }
            cells.add(new TemplateParts.FieldCell(f.get(), in.readInt(), TemplateParts.ref(f.get().cell()), in.readInt(),
                    in.readBoolean(), in.readInt(), in.readFloat()));
        }
        int[] styles = new int[5];
        for (int i = 0; i < styles.length; i++) {
            styles[i] = in.readInt();
        }
        List<TemplateParts.PreviousCell> previous = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String id = in.readUTF();
            if (schema.field(id).isEmpty()) {
                return null;
            }
            previous.add(new TemplateParts.PreviousCell(id, in.readInt(), in.readUTF(), in.readInt()));
        }
        return new TemplateParts.Layout(raw, List.copyOf(sheetParts), checkSheet, List.copyOf(rules), List.copyOf(cells),
                styles, List.copyOf(previous));
    }

    /** The file of a layout, with the schema JSON it was made from. */
    static byte[] write(Schema schema, byte[] schemaJson, TemplateParts.Layout layout) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(schemaJson.length);
        out.write(schemaJson);
        out.writeInt(layout.raw().size());
        for (Map.Entry<String, byte[]> e : layout.raw().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue().length);
            out.write(e.getValue());
        }
        out.writeInt(layout.sheetParts().size());
        for (String p : layout.sheetParts()) {
            out.writeUTF(p);
        }
        out.writeInt(layout.checkSheet());
        out.writeInt(layout.rules().size());
        List<Rule> all = schema.rules();
        for (Rule r : layout.rules()) {
            int index = all.indexOf(r);
            if (index < 0) {
                throw new IllegalArgumentException("rule not in the schema: " + r.id());
            }
            out.writeInt(index);
        }
        out.writeInt(layout.cells().size());
        for (TemplateParts.FieldCell c : layout.cells()) {
            out.writeUTF(c.field().id());
            out.writeInt(c.sheet());
            out.writeInt(c.inputStyle());
            out.writeBoolean(c.narrative());
            out.writeInt(c.widthChars());
            out.writeFloat(c.height());
        }
        for (int s : layout.styles()) {
            out.writeInt(s);
        }
        out.writeInt(layout.previous().size());
        for (TemplateParts.PreviousCell c : layout.previous()) {
            out.writeUTF(c.fieldId());
            out.writeInt(c.sheet());
            out.writeUTF(c.ref());
            out.writeInt(c.style());
        }
        out.flush();
        return bytes.toByteArray();
    }
}
