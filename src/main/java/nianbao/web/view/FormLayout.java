package nianbao.web.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.render.Grid;
import nianbao.schema.Expression;
import nianbao.schema.Field;
import nianbao.schema.FieldType;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import nianbao.schema.Section;
import nianbao.validate.Finding;
import nianbao.validate.FindingKeys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lays a report out as {@link ReportForm}: the official tables from the render grid, the findings on their cells. */
final class FormLayout {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormLayout() {
    }

    static ReportForm of(Report report, List<Finding> findings, Report previous, String action, String csrf,
                         boolean submit) {
        Schema schema = report.schema();
        Set<String> ruleIds = new HashSet<>();
        schema.rules().forEach(r -> ruleIds.add(r.id()));
        Map<String, List<String>> problems = new HashMap<>();
        Map<String, List<String>> ruleProblems = new HashMap<>();
        for (Finding f : findings) {
            if (f.fieldIds().isEmpty()) {
                continue;
            }
            String on = f.fieldIds().get(0);
            (ruleIds.contains(f.ruleId()) ? ruleProblems : problems).computeIfAbsent(on, k -> new ArrayList<>()).add(f.message());
        }
        List<ReportForm.Input> meta = new ArrayList<>();
        Map<String, ReportForm.Input> texts = new LinkedHashMap<>();
        for (Field f : schema.fields()) {
            if (f.tableId() != null) {
                continue;
            }
            String value = report.text(f.id());
            List<String> all = new ArrayList<>(problems.getOrDefault(f.id(), List.of()));
            all.addAll(ruleProblems.getOrDefault(f.id(), List.of()));
            ReportForm.Input in = new ReportForm.Input(f.id(), f.label(), value == null ? "" : value, f.options(),
                    f.help() == null ? "" : f.help(), all);
            if (f.id().startsWith("meta.")) {
                meta.add(in);
            } else {
                texts.put(f.id(), in);
            }
        }
        Map<String, Grid> grids = new HashMap<>();
        for (Grid g : Grid.tables(report)) {
            grids.put(g.tableId(), g);
        }
        List<ReportForm.Section> sections = new ArrayList<>();
        for (Section s : schema.sections()) {
            List<ReportForm.Input> own = new ArrayList<>();
            for (String id : s.texts()) {
                ReportForm.Input in = texts.remove(id);
                if (in != null) {
                    own.add(in);
                }
            }
            Grid g = s.table() == null ? null : grids.get(s.table());
            sections.add(new ReportForm.Section(s.title(), own, g == null ? null : table(schema, g, report, problems, ruleProblems)));
        }
        if (!texts.isEmpty()) {
            // a narrative field no section lists (a custom schema): shown after the sections, never dropped
            sections.add(new ReportForm.Section("其他正文", List.copyOf(texts.values()), null));
        }
        return new ReportForm(action, csrf, meta, sections, rules(schema, previous, findings), submit);
    }

    private static ReportForm.Table table(Schema schema, Grid g, Report report, Map<String, List<String>> problems,
                                          Map<String, List<String>> ruleProblems) {
        List<List<ReportForm.Cell>> rows = new ArrayList<>();
        for (int r = 0; r < g.rows(); r++) {
            List<ReportForm.Cell> row = new ArrayList<>();
            for (Grid.Cell c : g.anchorsOf(r)) {
                Integer rowSpan = c.rowSpan() > 1 ? c.rowSpan() : null;
                Integer colSpan = c.colSpan() > 1 ? c.colSpan() : null;
                if (c.kind() == Grid.Kind.VALUE && c.fieldId() != null) {
                    Field f = schema.require(c.fieldId());
                    Value v = report.value(f.id());
                    List<String> others = problems.getOrDefault(f.id(), List.of());
                    ReportForm.Value input = new ReportForm.Value(f.id(), f.label(), v.how().key(), reason(v, others),
                            ruleProblems.getOrDefault(f.id(), List.of()), others,
                            f.type() == FieldType.AMOUNT);
                    row.add(new ReportForm.Cell(false, rowSpan, colSpan, c.text(), false, input));
                } else {
                    boolean header = c.kind() != Grid.Kind.LABEL;
                    row.add(new ReportForm.Cell(header, rowSpan, colSpan, c.text(), g.leftAligned(c), null));
                }
            }
            rows.add(row);
        }
        return new ReportForm.Table(schema.table(g.tableId()).title(), g.tableId(), rows);
    }

    /**
     * How a value was obtained, where, and why when not simply read; the why left out when a finding
     * on the cell already quotes it (the import's “未能确定这个数（…）” repeats the importer's note).
     */
    static String reason(Value v, List<String> problems) {
        StringBuilder sb = new StringBuilder(v.how().zh());
        String where = v.source().position();
        if (!where.isEmpty()) {
            sb.append("（").append(where).append("）");
        }
        String note = v.note() == null ? "" : v.note().strip().replaceAll("。+$", "");
        if (!note.isEmpty() && problems.stream().anyMatch(p -> p.contains(note))) {
            return sb.toString();
        }
        if (!note.isEmpty()) {
            sb.append("：").append(v.note());
        } else if (v.how() == Provenance.READ && v.isBlank()) {
            sb.append("：原文为空");
        }
        return sb.toString();
    }

    /**
     * The rules the page's script evaluates, from the schema (nothing about them is written in the
     * script): each as its stated and computed sides, whether the stated side is a total the form
     * keeps in step with its parts, the sentence for a break, and for a rule found broken the typed
     * cell the evidence pinned ({@code pin}, where the script shows the break while it lasts). Rules
     * on last year's report come with last year's values when there is one, and are left out when not.
     */
    static String rules(Schema schema, Report previous, List<Finding> findings) {
        // the typed cell the evidence pinned for a broken rule: the script marks it, not the rule's total
        Map<Rule, String> pins = new IdentityHashMap<>();
        for (Finding f : findings) {
            Rule broken = f.breakdown() == null || f.breakdown().pin() == null ? null : FindingKeys.ruleOf(f, schema);
            if (broken != null) {
                pins.put(broken, f.breakdown().pin().cell().fieldId());
            }
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("rules");
        Map<String, String> prev = new LinkedHashMap<>();
        for (Rule r : schema.rules()) {
            if (r.needsPrevious() && (previous == null || !r.previousFieldsIn(previous.schema()))) {
                continue;
            }
            ObjectNode o = list.addObject();
            o.put("id", r.id());
            o.put("severity", r.severity().name().toLowerCase(java.util.Locale.ROOT));
            o.put("total", r.total() && r.left().terms().size() == 1 && !r.needsPrevious()
                    && r.right().terms().stream().allMatch(t -> t.sign() > 0 && !t.previous()));
            o.set("left", side(r.left(), previous, prev));
            o.set("right", side(r.right(), previous, prev));
            o.put("message", r.message());
            if (pins.containsKey(r)) {
                o.put("pin", pins.get(r));
            }
        }
        ObjectNode p = root.putObject("previous");
        prev.forEach(p::put);
        return root.toString();
    }

    private static ArrayNode side(Expression e, Report previous, Map<String, String> prev) {
        ArrayNode out = JSON.createArrayNode();
        for (Expression.Term t : e.terms()) {
            ArrayNode term = out.addArray();
            term.add(t.sign());
            term.add((t.previous() ? "prev:" : "") + t.fieldId());
            if (t.previous()) {
                if (previous.number(t.fieldId()) != null) {
                    prev.put(t.fieldId(), previous.number(t.fieldId()).toPlainString());
                }
            }
        }
        return out;
    }

    /** What the form shows in each field's input: the printed text of a table value, the text of the others. */
    static Map<String, String> shown(Report report) {
        Map<String, String> out = new HashMap<>();
        for (Field f : report.schema().fields()) {
            String t = report.text(f.id());
            out.put(f.id(), t == null ? "" : t);
        }
        for (Grid g : Grid.tables(report)) {
            for (Grid.Cell c : g.cells()) {
                if (c.kind() == Grid.Kind.VALUE && c.fieldId() != null) {
                    out.put(c.fieldId(), c.text());
                }
            }
        }
        return out;
    }
}
