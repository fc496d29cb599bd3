package nianbao.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import nianbao.UnreadableInputException;
import nianbao.model.Report;
import nianbao.model.ReportJson;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.web.view.ReportForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report an editable form posted. Every field is looked up in the report's schema by its ID
 * (nothing posted names a file or a schema); the values are read by the JSON reader exactly as an
 * uploaded JSON file's would be, and the validator then checks them the same way (types, bounds,
 * rules). A value left as the form showed it keeps how it was obtained (read, inferred, missing,
 * with its note); a value typed in counts as read.
 */
final class FormInput {

    /** The most one workbook cell holds. */
    static final int MAX_CELL_CHARS = 32_767;

    private FormInput() {
    }

    /**
     * Reads the posted form over the report it was made from.
     *
     * @param base the report the form showed
     * @param fileName the file as the user knows it, for messages and sources
     * @throws WebError 422 when a text is longer than a workbook cell holds
     */
    static Report read(Context ctx, Report base, String fileName) throws WebError {
        Schema schema = base.schema();
        Map<String, String> shown = ReportForm.shown(base);
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode root = nf.objectNode();
        root.put("schema", schema.id());
        root.put("schemaVersion", schema.version());
        ObjectNode meta = root.putObject("meta");
        ObjectNode text = root.putObject("text");
        ObjectNode values = root.putObject("values");
        List<Field> kept = new ArrayList<>();
        for (Field f : schema.fields()) {
            String posted = ctx.formParam(f.id());
            if (posted == null || posted.replace("\r\n", "\n").equals(shown.get(f.id()))) {
                kept.add(f);
                continue;
            }
            posted = posted.replace("\r\n", "\n");
            if (posted.length() > MAX_CELL_CHARS) {
                throw new WebError(422, "“" + f.label() + "”有 " + posted.length() + " 个字，超过一个单元格能容纳的 "
                        + MAX_CELL_CHARS + " 个字，请删减后再提交。");
            }
            ObjectNode group = f.tableId() != null ? values : f.id().startsWith("meta.") ? meta : text;
            if (posted.isBlank()) {
                group.putNull(f.id());
            } else {
                group.put(f.id(), f.tableId() != null ? posted.strip() : posted);
            }
        }
        Report typed;
        try {
            typed = ReportJson.read(root.toString(), fileName);
        } catch (UnreadableInputException e) {
            // cannot happen with the schema's own field IDs; kept as a plain refusal rather than a 500
            throw new WebError(422, "表单内容无法读取：" + e.getMessage());
        }
        Report.Builder b = typed.toBuilder();
        for (Field f : kept) {
            b.put(base.value(f.id()));
        }
        return b.build();
    }
}
