package nianbao.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.schema.Severity;
import nianbao.validate.cells.Breakdown;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The JSON form of a run: {@code {"files":[{"file","status","errors","warnings","infos",
 * "unreadable","findings":[…]}], "summary":{…}}}; each finding carries every field of
 * {@link Finding} plus the split position, and a broken rule's finding its cells ({@code sides},
 * {@code pin}, {@code suspects}).
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
                if (x.breakdown() != null) {
                    breakdown(o, x.breakdown());
                }
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

    /**
     * A broken rule's cells: {@code sides} (each with its {@code sum}, the typed {@code cells} and the
     * {@code totals} standing for some of them), {@code pin} (the cell, its value, the value that makes
     * everything agree and the {@code evidence}) or null, and {@code suspects} when not pinned.
     */
    private static void breakdown(ObjectNode o, Breakdown b) {
        ArrayNode sides = o.putArray("sides");
        for (Breakdown.Side side : b.sides()) {
            ObjectNode s = sides.addObject();
            s.put("sum", side.sum());
            ArrayNode cells = s.putArray("cells");
            side.cells().forEach(c -> cell(cells.addObject(), c).put("sign", c.sign()));
            ArrayNode totals = s.putArray("totals");
            side.terms().stream().filter(Breakdown.Term::computed).forEach(t -> cell(totals.addObject(), t.cell()));
        }
        if (b.pin() == null) {
            o.putNull("pin");
        } else {
            ObjectNode pin = suspect(o.putObject("pin"), b.pin().cell());
            ArrayNode evidence = pin.putArray("evidence");
            for (Breakdown.Evidence e : b.pin().evidence()) {
                ObjectNode x = evidence.addObject();
                x.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
                x.put("quote", e.quote());
                x.put("position", e.position());
            }
        }
        ArrayNode suspects = o.putArray("suspects");
        b.suspects().forEach(s -> suspect(suspects.addObject(), s));
    }

    private static ObjectNode cell(ObjectNode o, Breakdown.Cell c) {
        o.put("fieldId", c.fieldId());
        o.put("position", c.position());
        o.put("label", c.label());
        o.put("value", c.value());
        if (c.previous()) {
            o.put("previousYear", true);
        }
        return o;
    }

    private static ObjectNode suspect(ObjectNode o, Breakdown.Suspect s) {
        o.put("fieldId", s.fieldId());
        o.put("position", s.position());
        o.put("actual", s.actual());
        o.put("expected", s.expected());
        return o;
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
