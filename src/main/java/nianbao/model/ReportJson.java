package nianbao.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.UnreadableInputException;
import nianbao.schema.Field;
import nianbao.schema.FieldType;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * The JSON form of a report: {@code schema}, {@code schemaVersion}, then {@code meta}, {@code text}
 * and {@code values} objects keyed by field ID, and {@code provenance} for every value that was not
 * simply read. Blank values are {@code null}.
 */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Deepest nesting read: a report nests three levels (provenance → field → how); anything far deeper is not one. */
    static final int MAX_DEPTH = 100;

    // NaN and Infinity (what Python's json.dump writes for a float it cannot print) are read, so that the value
    // is a finding at its cell instead of the whole file being refused as not JSON
    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private ReportJson() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode toTree(Report report) {
        Schema schema = report.schema();
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode root = nf.objectNode();
        root.put("schema", schema.id());
        root.put("schemaVersion", schema.version());
        ObjectNode meta = root.putObject("meta");
        ObjectNode text = root.putObject("text");
        ObjectNode values = root.putObject("values");
        ObjectNode provenance = nf.objectNode();
        for (Field f : schema.fields()) {
            ObjectNode target = f.tableId() != null ? values : f.id().startsWith("meta.") ? meta : text;
            Value v = report.value(f.id());
            if (v.number() != null) {
                target.put(f.id(), v.number().stripTrailingZeros().scale() <= 0
                        ? nf.numberNode(v.number().toBigIntegerExact()) : nf.numberNode(v.number().stripTrailingZeros()));
            } else if (v.text() != null) {
                target.put(f.id(), v.text());
            } else {
                target.putNull(f.id());
            }
            if (v.how() != Provenance.READ || v.note() != null) {
                ObjectNode p = provenance.putObject(f.id());
                p.put("how", v.how().key());
                if (v.note() != null) {
                    p.put("note", v.note());
                }
            }
        }
        if (!provenance.isEmpty()) {
            root.set("provenance", provenance);
        }
        return root;
    }

    /** The report as pretty-printed JSON text (ends with a newline). */
    public static String write(Report report) {
        try {
            return JSON.writeValueAsString(toTree(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a report from the bytes of a JSON file: UTF-8, or UTF-16 and GBK where they can be told apart
     * for certain (see {@link JsonText}).
     *
     * @param file the file name for messages and sources
     * @throws UnreadableInputException when the bytes are in an unknown encoding, or as {@link #read(String, String)}
     */
    public static Report read(byte[] json, String file) throws UnreadableInputException {
        String text = JsonText.decode(json, file);
        return read(text.startsWith("\uFEFF") ? text.substring(1) : text, file);
    }

    /**
     * Reads a report from JSON text.
     *
     * @param json the JSON text
     * @param file the file name for messages and sources
     * @throws UnreadableInputException when the text is not JSON, nests deeper than a report does, names an
     *         unknown schema or field
     */
    public static Report read(String json, String file) throws UnreadableInputException {
        JsonNode root = tree(json, file);
        if (root == null || !root.isObject()) {
            throw new UnreadableInputException(file, "不是年报 JSON 文件：顶层应为对象。");
        }
        String schemaId = root.path("schema").asText("");
        Schema schema = Schemas.byId(schemaId).orElseThrow(() -> new UnreadableInputException(file,
                schemaId.isEmpty() ? "不是年报 JSON 文件：缺少 \"schema\" 字段。"
                        : "不支持的格式版本“" + schemaId + "”，本工具支持 " + Schemas.describeAll() + "。"));
        Report.Builder b = Report.builder(schema).file(file);
        for (String group : new String[] {"meta", "text", "values"}) {
            Iterator<Map.Entry<String, JsonNode>> it = root.path(group).fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Field f = schema.field(e.getKey()).orElseThrow(() -> new UnreadableInputException(file,
                        "未知字段“" + e.getKey() + "”（" + group + "）。字段名见 README。"));
                Source src = new Source(file, null, null, 0, 0);
                b.put(value(f, e.getValue(), src));
            }
        }
        Iterator<Map.Entry<String, JsonNode>> it = root.path("provenance").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (schema.field(e.getKey()).isEmpty()) {
                continue;
            }
            String how = e.getValue().path("how").asText("read").toUpperCase(java.util.Locale.ROOT);
            Provenance p;
            try {
                p = Provenance.valueOf(how);
            } catch (IllegalArgumentException ex) {
                throw new UnreadableInputException(file, "provenance 中“" + e.getKey() + "”的 how 值无效：" + how);
            }
            String note = e.getValue().hasNonNull("note") ? e.getValue().get("note").asText() : null;
            b.put(b.get(e.getKey()).with(p, note));
        }
        return b.build();
    }

    /** The JSON tree, or the reason the text is not one: a syntax error with its line, or nesting no report has. */
    private static JsonNode tree(String json, String file) throws UnreadableInputException {
        JsonParser p = null;
        try {
            p = READER.createParser(json);
            return READER.readTree(p);
        } catch (StreamConstraintsException e) {
            if (p != null && p.getParsingContext() != null && p.getParsingContext().getNestingDepth() >= MAX_DEPTH - 1) {
                throw new UnreadableInputException(file, "嵌套过深，不是年报文件（第 " + p.currentLocation().getLineNr()
                        + " 行已超过 " + MAX_DEPTH + " 层）。");
            }
            throw new UnreadableInputException(file, "数字或文字过长（第 " + (p == null ? 1 : p.currentLocation().getLineNr())
                    + " 行附近），不是年报文件。");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
            throw new UnreadableInputException(file, "不是有效的 JSON 文件" + (at == null || at.getLineNr() < 1 ? ""
                    : "（第 " + at.getLineNr() + " 行附近有语法错误）") + "。");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e); // reading a String does no I/O
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (java.io.IOException ignored) {
                    // nothing to release for a String source
                }
            }
        }
    }

    private static Value value(Field f, JsonNode n, Source src) {
        if (n == null || n.isNull()) {
            return Value.blank(f.id(), src);
        }
        if (f.isNumeric() || f.type() == FieldType.YEAR) {
            if (n.isNumber() && !Double.isFinite(n.doubleValue()) && (n.isDouble() || n.isFloat())) {
                return Value.text(f.id(), n.asText(), src); // NaN, Infinity: not a number a report can hold
            }
            if (n.isNumber()) {
                BigDecimal d = n.decimalValue();
                return Numbers.tractable(d) ? Value.number(f.id(), d, src) : Value.text(f.id(), n.asText(), src);
            }
            BigDecimal parsed = Numbers.parse(n.asText());
            return parsed != null ? Value.number(f.id(), parsed, src)
                    : n.asText().isBlank() ? Value.blank(f.id(), src) : Value.text(f.id(), n.asText(), src);
        }
        return Value.text(f.id(), n.isTextual() ? n.asText() : n.toString(), src);
    }
}
