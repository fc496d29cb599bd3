package nianbao.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a schema JSON document into a {@link Schema}; a broken schema file throws at once. */
final class SchemaLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaLoader() {
    }

    static Schema load(InputStream in, String origin) throws IOException {
        JsonNode root = JSON.readTree(in);
        try {
            return build(root);
        } catch (RuntimeException e) {
            throw new IllegalStateException("模板定义文件有误 (broken schema file) " + origin + ": " + e.getMessage(), e);
        }
    }

    private static Schema build(JsonNode root) {
        Map<String, Field> byId = new LinkedHashMap<>();
        Map<String, String> sheets = new LinkedHashMap<>();
        root.path("sheets").fields().forEachRemaining(e -> sheets.put(e.getKey(), e.getValue().asText()));

        List<Field> meta = simpleFields(root.path("meta"), byId);
        List<Field> narrative = simpleFields(root.path("narrative"), byId);
        for (Field f : narrative) {
            if (f.type() != FieldType.TEXT) {
                throw new IllegalArgumentException("narrative field " + f.id() + " must be text");
            }
        }

        List<Table> tables = new ArrayList<>();
        for (JsonNode t : root.path("tables")) {
            Table table = switch (req(t, "kind")) {
                case "blocks" -> blockTable(t);
                case "matrix" -> matrixTable(t);
                default -> throw new IllegalArgumentException("unknown table kind " + t.path("kind").asText());
            };
            for (Field f : table.fields()) {
                put(byId, f);
            }
            tables.add(table);
        }

        List<Section> sections = new ArrayList<>();
        for (JsonNode s : root.path("sections")) {
            List<String> texts = new ArrayList<>();
            s.path("texts").forEach(x -> texts.add(known(byId, x.asText())));
            String table = s.hasNonNull("table") ? s.get("table").asText() : null;
            Map<String, String> headings = new LinkedHashMap<>();
            for (JsonNode f : root.path("narrative").path("fields")) {
                if (texts.contains(f.path("id").asText()) && f.hasNonNull("heading")) {
                    headings.put(f.get("id").asText(), f.get("heading").asText());
                }
            }
            sections.add(new Section(req(s, "no"), req(s, "title"), texts, table, headings));
        }

        List<Rule> rules = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            rules.addAll(expandRule(r, tables, byId));
        }
        List<Check> checks = new ArrayList<>();
        for (JsonNode c : root.path("checks")) {
            Map<String, Object> params = JSON.convertValue(c, JSON.getTypeFactory()
                    .constructMapType(LinkedHashMap.class, String.class, Object.class));
            params.remove("id");
            params.remove("severity");
            checks.add(new Check(req(c, "id"), Severity.parse(req(c, "severity")), params));
        }
        Map<FieldType, Bounds> bounds = new java.util.EnumMap<>(FieldType.class);
        root.path("bounds").fields().forEachRemaining(e -> {
            FieldType type = FieldType.parse(e.getKey());
            if (!type.isNumeric()) {
                throw new IllegalArgumentException("bounds for a type that is not numeric: " + e.getKey());
            }
            bounds.put(type, new Bounds(number(e.getValue(), "min"), number(e.getValue(), "max")));
        });
        String id = req(root, "id");
        return new Schema(id, req(root, "version"), req(root, "name"), root.path("basis").asText(""),
                root.path("basisTitle").asText(""), root.path("formatName").asText(id), root.path("firstYear").asInt(0),
                req(root, "titlePattern"), sheets, meta, narrative, sections,
                tables, rules, checks, byId, bounds, drafts(root.path("drafts"), byId));
    }

    /** The draft sentences of 一, every slot's fields known and numeric. */
    private static List<Draft> drafts(JsonNode list, Map<String, Field> byId) {
        List<Draft> out = new ArrayList<>();
        for (JsonNode d : list) {
            List<Draft.Sentence> sentences = new ArrayList<>();
            for (JsonNode s : d.path("sentences")) {
                Draft.Sentence sentence = Draft.parse(s.asText());
                for (String id : sentence.fields()) {
                    if (!byId.get(known(byId, id)).isNumeric()) {
                        throw new IllegalArgumentException("draft sentence reads a field that is not a number: " + id);
                    }
                }
                sentences.add(sentence);
            }
            out.add(new Draft(req(d, "heading"), sentences));
        }
        return out;
    }

    private static java.math.BigDecimal number(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("bounds need a number \"" + key + "\": " + abbreviate(n));
        }
        return new java.math.BigDecimal(v.asText());
    }

    private static List<Field> simpleFields(JsonNode group, Map<String, Field> byId) {
        String sheet = req(group, "sheet");
        List<Field> out = new ArrayList<>();
        for (JsonNode f : group.path("fields")) {
            List<String> options = new ArrayList<>();
            f.path("options").forEach(o -> options.add(o.asText()));
            Field field = new Field(req(f, "id"), req(f, "label"), FieldType.parse(f.path("type").asText("text")),
                    sheet, CellRef.parse(req(f, "cell")), f.path("required").asBoolean(false), options,
                    f.hasNonNull("default") ? f.get("default").asText() : null,
                    f.hasNonNull("help") ? f.get("help").asText() : null, null, null, null, null, null, List.of());
            put(byId, field);
            out.add(field);
        }
        return out;
    }

    private static BlockTable blockTable(JsonNode t) {
        String id = req(t, "id");
        String sheet = req(t, "sheet");
        List<BlockTable.Block> blocks = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        for (JsonNode b : t.path("blocks")) {
            List<String> header = new ArrayList<>();
            b.path("header").forEach(h -> header.add(h.asText()));
            List<BlockTable.Row> rows = new ArrayList<>();
            for (JsonNode r : b.path("rows")) {
                List<Field> rowFields = new ArrayList<>();
                for (JsonNode f : r.path("fields")) {
                    String fid = req(f, "id");
                    String[] parts = fid.split("\\.");
                    Field field = new Field(fid, t.path("sheet").asText() + " " + req(r, "label") + " / " + req(f, "label"),
                            FieldType.parse(f.path("type").asText("count")), sheet, CellRef.parse(req(f, "cell")),
                            true, List.of(), "0", null, id, parts.length > 1 ? parts[1] : null,
                            parts.length > 2 ? parts[2] : null, req(r, "label"), req(f, "label"), texts(f.path("sameAs")));
                    rowFields.add(field);
                    fields.add(field);
                }
                rows.add(new BlockTable.Row(req(r, "key"), req(r, "label"), r.path("row").asInt() - 1, rowFields));
            }
            blocks.add(new BlockTable.Block(req(b, "caption"), b.path("captionRow").asInt() - 1, header,
                    b.path("headerRow").asInt() - 1, rows));
        }
        return new BlockTable(id, sheet, req(t, "title"), t.path("width").asInt(), blocks, fields);
    }

    private static MatrixTable matrixTable(JsonNode t) {
        String id = req(t, "id");
        String sheet = req(t, "sheet");
        List<MatrixTable.Axis> rows = axes(t.path("rows"));
        List<MatrixTable.Axis> cols = axes(t.path("columns"));
        MatrixTable.Layout layout = MatrixTable.Layout.valueOf(t.path("layout").asText("grid").toUpperCase(java.util.Locale.ROOT));
        CellRef origin = CellRef.parse(req(t, "origin"));
        FieldType type = FieldType.parse(t.path("type").asText("count"));
        MatrixTable shape = new MatrixTable(id, sheet, req(t, "title"), layout, null, null, 0, 0, 0, origin, rows, cols,
                List.of());
        List<Field> fields = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            // A row the same as several rows of another format: each column is the same column of those rows.
            List<String> sameRows = texts(t.path("rows").get(r).path("sameAs"));
            for (int c = 0; c < cols.size(); c++) {
                MatrixTable.Axis row = rows.get(r);
                MatrixTable.Axis col = cols.get(c);
                List<String> sameAs = new ArrayList<>();
                for (String other : sameRows) {
                    sameAs.add(shape.fieldId(other, col.key()));
                }
                fields.add(new Field(shape.fieldId(row.key(), col.key()), sheet + " " + row.shortLabel() + " / " + col.label(),
                        type, sheet, shape.cellOf(r, c), true, List.of(), "0", null, id, row.key(), col.key(),
                        row.label(), col.label(), sameAs));
            }
        }
        JsonNode headerRows = t.path("headerRows");
        return new MatrixTable(id, sheet, req(t, "title"), layout, t.hasNonNull("corner") ? t.get("corner").asText() : null,
                t.hasNonNull("columnGroup") ? t.get("columnGroup").asText() : null, headerRows.path(0).asInt() - 1,
                headerRows.path(1).asInt() - 1, t.path("labelColumns").asInt(0), origin, rows, cols, fields);
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<MatrixTable.Axis> axes(JsonNode list) {
        List<MatrixTable.Axis> out = new ArrayList<>();
        for (JsonNode a : list) {
            String label = req(a, "label");
            out.add(new MatrixTable.Axis(req(a, "key"), label, a.path("short").asText(label),
                    a.hasNonNull("group") ? a.get("group").asText() : null,
                    a.hasNonNull("subgroup") ? a.get("subgroup").asText() : null));
        }
        return out;
    }

    /** Expands one declared rule over its {@code forEach} values into rule instances. */
    private static List<Rule> expandRule(JsonNode r, List<Table> tables, Map<String, Field> byId) {
        String id = req(r, "id");
        Severity severity = Severity.parse(req(r, "severity"));
        String expr = req(r, "expr");
        JsonNode each = r.path("forEach");
        List<Map<String, String>> bindings = new ArrayList<>();
        if (each.isMissingNode()) {
            bindings.add(Map.of());
        } else {
            String var = req(each, "var");
            if (each.has("values")) {
                for (JsonNode v : each.get("values")) {
                    bindings.add(binding(var, req(v, "key"), req(v, "label"), v.path("short").asText(req(v, "label"))));
                }
            } else {
                String over = req(each, "over");
                String[] parts = over.split("\\.");
                MatrixTable m = tables.stream().filter(t -> t.id().equals(parts[0])).map(MatrixTable.class::cast)
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("forEach over unknown table " + over));
                List<MatrixTable.Axis> axes = switch (parts[1]) {
                    case "rows" -> m.rows();
                    case "columns" -> m.columns();
                    default -> throw new IllegalArgumentException("forEach over " + over);
                };
                for (MatrixTable.Axis a : axes) {
                    bindings.add(binding(var, a.key(), a.label(), a.shortLabel()));
                }
            }
        }
        List<Rule> out = new ArrayList<>();
        for (Map<String, String> b : bindings) {
            String e = expr;
            String var = b.get("$var");
            if (var != null) {
                e = e.replace("{" + var + "}", b.get(var + ".key"));
            }
            String[] sides = e.split("=");
            if (sides.length != 2) {
                throw new IllegalArgumentException("rule " + id + " needs exactly one '=': " + expr);
            }
            Expression left = Expression.parse(sides[0]);
            Expression right = Expression.parse(sides[1]);
            for (Expression side : List.of(left, right)) {
                side.terms().forEach(term -> known(byId, term.fieldId()));
            }
            boolean total = r.path("total").asBoolean(false);
            if (total && (left.terms().size() != 1 || left.usesPrevious())) {
                throw new IllegalArgumentException("total rule " + id + " must have one field on the left");
            }
            Map<String, String> vars = new LinkedHashMap<>(b);
            vars.remove("$var");
            String subject = var == null ? "" : b.get(var + ".label");
            out.add(new Rule(id, severity, left, right, total, Rule.fill(req(r, "message"), vars),
                    Rule.fill(r.path("message_en").asText(req(r, "message")), vars), subject));
        }
        return out;
    }

    private static Map<String, String> binding(String var, String key, String label, String shortLabel) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("$var", var);
        m.put(var + ".key", key);
        m.put(var + ".label", label);
        m.put(var + ".short", shortLabel);
        m.put(var, label);
        return m;
    }

    private static void put(Map<String, Field> byId, Field f) {
        if (byId.putIfAbsent(f.id(), f) != null) {
            throw new IllegalArgumentException("duplicate field ID " + f.id());
        }
    }

    private static String known(Map<String, Field> byId, String fieldId) {
        if (!byId.containsKey(fieldId)) {
            throw new IllegalArgumentException("unknown field ID " + fieldId);
        }
        return fieldId;
    }

    private static String req(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing \"" + key + "\" in " + abbreviate(n));
        }
        return v.asText();
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
