package nianbao.legacy.decode;

import nianbao.legacy.infer.Inference;
import nianbao.legacy.tokens.Labels;
import nianbao.legacy.tokens.Scanner;
import nianbao.legacy.tokens.Token;

import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.MatrixTable;
import nianbao.schema.Rule;
import nianbao.schema.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns the scanned tables into cell values, in steps that share one {@link Cells}: rows placed by
 * their labels ({@link RowPlacer}), 表三 printed apart from its labels ({@link DetachedTable}), 表四
 * ({@link Table4}), glued digit runs cut ({@link GluedRows}); what the text leaves open goes to the
 * {@link Decoder} as readings to choose among by the rules; then {@link Inference} fills what the
 * rules force. Printed numbers are never changed, even when they break a rule.
 */
public final class Resolver {

    private final Cells cells;
    /** Last year's numbers as pseudo cells of known value (empty without last year's report). */
    private final Map<Integer, BigDecimal> lastYear;
    private boolean[] broken;
    /** Cells the decoder left open among readings that each break a rule: never inferred. */
    private boolean[] unsure;

    Resolver(Schema schema, Scanner scan, String file, List<String> notes) {
        this(schema, scan, file, notes, null, r -> false);
    }

    /**
     * A resolver.
     *
     * @param previous last year's value of a field (null when blank or absent), or null for none: the
     *                 equations of the rules {@code use} accepts then take part in choosing among readings
     *                 and in inference
     */
    Resolver(Schema schema, Scanner scan, String file, List<String> notes,
             Function<String, BigDecimal> previous, Predicate<Rule> use) {
        Inference inf = new Inference(schema, schema.numericFields().stream().map(Field::id).toList());
        this.lastYear = previous == null ? Map.of() : inf.addPrevious(schema, previous, use);
        MatrixTable t3 = Cells.matrix(schema, "t3");
        boolean hybrid = t3 != null && hybridSix(t3, scan);
        if (hybrid) {
            String sixLabel = Cells.sixLabel(t3);
            for (MatrixTable.Axis c : t3.columns()) {
                List<String> parts = new ArrayList<>();
                for (MatrixTable.Axis r : t3.rows()) {
                    if (r.subgroup() != null && r.subgroup().equals(sixLabel)) {
                        parts.add(t3.fieldId(r.key(), c.key()));
                    }
                }
                inf.add(parts, List.of("t3._six." + c.key()), "按合并为一行印出的“（六）其他处理”");
            }
        }
        this.cells = new Cells(schema, scan, file, notes, inf, hybrid);
    }

    /** Every numeric field's value in schema order. */
    List<Value> resolve() {
        BigDecimal[] val = cells.val;
        lastYear.forEach((c, x) -> val[c] = x);
        GluedRows glued = new GluedRows(cells);
        RowPlacer rows = new RowPlacer(cells, glued);
        rows.placeT2();
        MatrixTable t3 = cells.matrix("t3");
        DetachedTable detached = new DetachedTable(cells, rows);
        if (t3 != null) {
            if (detached.place(t3)) {
                if (cells.hybrid) {
                    cells.notes.add("表三“（六）其他处理”只印了一行，没有分 1–3 小项；其下三个小项只在能由该行推出时填写。");
                }
            } else {
                rows.placeT3(t3);
            }
        }
        new Table4(cells, rows).place();
        glued.split();
        broken = cells.inf.failing(val);
        unsure = new boolean[val.length];
        List<Decoder.Unit> units = rows.units();
        units.addAll(glued.units);
        units.addAll(detached.units);
        new Decoder(cells.inf, val, cells.read, cells.token, cells.note, broken, unsure, cells.notes).decode(units);
        infer();
        int marks = 0;
        String example = null;
        Token[] token = cells.token;
        for (int c = 0; c < val.length; c++) {
            if (val[c] == null && token[c] != null && token[c].kind() == Token.Kind.PLACEHOLDER && !token[c].raw().isEmpty()) {
                marks++;
                example = example == null ? token[c].raw() : example;
            }
        }
        if (marks > 0) {
            cells.notes.add("有 " + marks + " 格原表印为“" + example + "”等符号（通常表示没有或不适用），未当作 0，已留空，请核实后填写。");
        }
        return values();
    }

    /** True when 表三 shows （六）其他处理 as one row: its label is there, none of its sub-rows'. */
    private static boolean hybridSix(MatrixTable t3, Scanner scan) {
        if (scan.six != null) {
            return true;
        }
        boolean label = false;
        boolean sub = false;
        String sixLabel = Cells.sixLabel(t3);
        for (Labels.Label l : scan.t3Labels) {
            if (l.role() == Labels.Role.SUBGROUP) {
                label = true;
            } else {
                for (MatrixTable.Axis r : t3.rows()) {
                    if (r.key().equals(l.id()) && sixLabel != null && sixLabel.equals(r.subgroup())) {
                        sub = true;
                    }
                }
            }
        }
        return label && !sub;
    }

    /** Infers what the rules force; cells caught in contradictions are left blank. */
    private void infer() {
        boolean[] blocked = unsure.clone();
        boolean[] excluded = broken.clone();
        Inference.Outcome o = null;
        for (int round = 0; round < 6; round++) {
            o = cells.inf.propagate(cells.val, excluded, blocked);
            if (o.contradicted.isEmpty()) {
                break;
            }
            for (int e : o.contradicted) {
                excluded[e] = true;
                Inference.Equation eq = cells.inf.equations.get(e);
                for (int c : eq.cells()) {
                    if (cells.val[c] == null) {
                        blocked[c] = true;
                        if (cells.note[c] == null || !cells.note[c].contains("矛盾")) {
                            cells.note[c] = (cells.note[c] == null ? "" : cells.note[c]) + "相关勾稽关系互相矛盾（" + eq.reason() + "），无法推断。";
                        }
                    }
                }
            }
        }
        for (int c = 0; c < cells.val.length; c++) {
            if (cells.val[c] == null && o.values[c] != null && !blocked[c]) {
                cells.val[c] = o.values[c];
                String why = o.reasons[c] + "推出";
                if (cells.note[c] == null) {
                    cells.note[c] = why + "。";
                } else if (cells.note[c].endsWith("无法确定。")) {
                    // what the row alone leaves open, the rules then force: say both without contradiction
                    cells.note[c] = cells.note[c].substring(0, cells.note[c].length() - "无法确定。".length()) + "单看本行无法确定；" + why + "。";
                } else {
                    cells.note[c] = cells.note[c] + why + "。";
                }
            }
        }
    }

    private List<Value> values() {
        List<Value> out = new ArrayList<>(cells.fields.size());
        for (Field f : cells.fields) {
            int c = cells.inf.index.get(f.id());
            Token a = cells.anchor[c];
            Source where = a == null ? new Source(cells.file, null, null, 0, 0) : Source.line(cells.file, a.line(), a.column());
            if (cells.val[c] != null && cells.read[c]) {
                Token t = cells.token[c];
                Value v = Value.number(f.id(), cells.val[c], Source.line(cells.file, t.line(), t.column()));
                out.add(cells.note[c] == null ? v : v.with(v.how(), cells.note[c]));
            } else if (cells.val[c] != null) {
                out.add(Value.inferred(f.id(), cells.val[c], where, cells.note[c] == null ? "由勾稽关系推出。" : cells.note[c]));
            } else {
                Token t = cells.token[c];
                Source s = t != null ? Source.line(cells.file, t.line(), t.column()) : where;
                out.add(Value.missing(f.id(), s, cells.note[c] == null ? "无法确定。" : cells.note[c]));
            }
        }
        return out;
    }
}
