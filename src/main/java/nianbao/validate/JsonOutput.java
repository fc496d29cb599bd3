package nianbao.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.schema.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of a run: {@code {"files":[{"file","status","errors","warnings","infos",
 * "unreadable","findings":[…]}], "summary":{…}}}; each finding carries every field of
 * {@link Finding} plus the split position.
 */
final class JsonOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static void write(List<FileResult> results, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode files = root.putArray("files");
        for (FileResult r : results) {
            ObjectNode f = files.addObject();
            f.put("file", r.file());
            f.put("status", status(r));
            f.put("errors", r.count(Severity.ERROR));
            f.put("warnings", r.count(Severity.WARNING));
            f.put("infos", r.count(Severity.INFO));
            if (!r.readable()) {
                f.put("unreadable", r.unreadable());
            }
            ArrayNode findings = f.putArray("findings");
            for (Finding x : r.findings()) {
                ObjectNode o = findings.addObject();
                o.put("ruleId", x.ruleId());
                o.put("severity", x.severity().name().toLowerCase(Locale.ROOT));
                ArrayNode ids = o.putArray("fieldIds");
                x.fieldIds().forEach(ids::add);
                o.put("file", x.source().file() != null ? x.source().file() : r.file());
                o.put("sheet", x.source().sheet());
                o.put("cell", x.source().cell());
                if (x.source().line() > 0) {
                    o.put("line", x.source().line());
                }
                o.put("position", x.position());
                o.put("expected", x.expected());
                o.put("actual", x.actual());
                o.put("message", x.message());
                o.put("messageEn", x.messageEn());
            }
        }
        Summary s = Summary.of(results);
        ObjectNode sum = root.putObject("summary");
        sum.put("files", s.files());
        sum.put("withErrors", s.withErrors());
        sum.put("withWarningsOnly", s.withWarnings());
        sum.put("clean", s.clean());
        sum.put("unreadable", s.unreadable());
        sum.put("errors", s.errors());
        sum.put("warnings", s.warnings());
        sum.put("infos", s.infos());
        out.write(JSON.writeValueAsString(root));
        out.write("\n");
    }

    /** {@code unreadable}, {@code errors}, {@code warnings} (warnings or infos, no error) or {@code ok}. */
    static String status(FileResult r) {
        if (!r.readable()) {
            return "unreadable";
        }
        if (r.hasErrors()) {
            return "errors";
        }
        return r.findings().isEmpty() ? "ok" : "warnings";
    }
}
