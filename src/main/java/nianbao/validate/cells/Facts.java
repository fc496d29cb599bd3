package nianbao.validate.cells;

import nianbao.schema.CellRanges;
import nianbao.schema.Expression;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the cell analysis needs of a format, worked out once per format and shared by every report
 * and thread: the fields' order, cells and label parts, the rule defining each total, and each
 * rule's sum over typed cells when every total stands for its parts (the usual case: the template's
 * totals are formulas). Immutable once built.
 */
final class Facts {

    private static final Map<Schema, Facts> BY_SCHEMA = new ConcurrentHashMap<>();

    /** Field → its place in the schema (tables row by row). */
    private final Map<String, Integer> order = new HashMap<>();
    /** The fields by their place. */
    private final List<String> ids = new ArrayList<>();
    /** Cell lists (by field) → their ranges, e.g. {@code 表三!D7:I27}: the same totals' parts recur in every report. */
    private final Map<List<String>, String> ranges = new ConcurrentHashMap<>();
    private static final int MAX_RANGES = 10_000;
    private final Schema schema;
    /** Field → its template cell, e.g. {@code 表三!D5}. */
    private final Map<String, String> positions = new HashMap<>();
    /** Field → the row and column part of its label, without the sheet. */
    private final Map<String, String[]> labels = new HashMap<>();
    /** Total field → the first rule defining it: the template's formula. */
    final Map<String, Rule> formulas = new LinkedHashMap<>();
    /** Per rule of the schema, in order: its form's coefficients when every total stands for its parts. */
    private final List<Map<String, Integer>> standing = new ArrayList<>();
    /** Per rule of the schema, in order: whether it reads last year's report. */
    private final List<Boolean> crossYear = new ArrayList<>();

    private Facts(Schema schema) {
        this.schema = schema;
        List<Field> fields = schema.fields();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            order.put(f.id(), i);
            ids.add(f.id());
            positions.put(f.id(), f.position());
            labels.put(f.id(), split(f));
        }
        for (Rule r : schema.totalRules()) {
            formulas.putIfAbsent(r.left().terms().get(0).fieldId(), r);
        }
        for (Rule r : schema.rules()) {
            standing.add(Collections.unmodifiableMap(coefficients(r, formulas)));
            crossYear.add(r.needsPrevious());
        }
    }

    static Facts of(Schema schema) {
        return BY_SCHEMA.computeIfAbsent(schema, Facts::new);
    }

    /** The place of a field of this format in it (a rule names only its format's fields). */
    int order(String fieldId) {
        return order.get(fieldId);
    }

    /** The field at a place in the schema. */
    String idAt(int order) {
        return ids.get(order);
    }

    /** The template cells of the fields as ranges ({@code 表三!D7:I27}), worked out once per list. */
    String ranges(List<String> fieldIds) {
        String known = ranges.get(fieldIds);
        if (known != null) {
            return known;
        }
        String text = CellRanges.of(fieldIds.stream().map(schema::require).toList());
        if (ranges.size() < MAX_RANGES) {
            ranges.put(List.copyOf(fieldIds), text);
        }
        return text;
    }

    String position(String fieldId) {
        return positions.get(fieldId);
    }

    /** The row and column part of a field's label: {@code 一、本年新收}, {@code 自然人}; null for an unknown field. */
    String[] label(String fieldId) {
        return labels.get(fieldId);
    }

    /** True when the schema's rule at the index reads last year's report. */
    boolean crossYear(int ruleIndex) {
        return crossYear.get(ruleIndex);
    }

    /** The coefficients of the schema's rule at the index when every total stands for its parts. */
    Map<String, Integer> standing(int ruleIndex) {
        return standing.get(ruleIndex);
    }

    /** Both sides of a rule over typed cells, each total in {@code totals} replaced by its parts; zeros left out. */
    static Map<String, Integer> coefficients(Rule r, Map<String, Rule> totals) {
        Map<String, Integer> c = new LinkedHashMap<>();
        expand(r.left(), 1, totals, c, new HashSet<>());
        expand(r.right(), -1, totals, c, new HashSet<>());
        c.values().removeIf(v -> v == 0);
        return c;
    }

    /** The typed cells a field stands for under {@code totals}, with their signs. */
    static Map<String, Integer> parts(String fieldId, Map<String, Rule> totals) {
        Map<String, Integer> c = new LinkedHashMap<>();
        expand(fieldId, 1, totals, c, new HashSet<>());
        c.values().removeIf(v -> v == 0);
        return c;
    }

    private static void expand(Expression side, int sign, Map<String, Rule> totals, Map<String, Integer> into,
                               Set<String> path) {
        for (Expression.Term t : side.terms()) {
            if (!t.previous()) {
                expand(t.fieldId(), sign * t.sign(), totals, into, path);
            }
        }
    }

    private static void expand(String fieldId, int sign, Map<String, Rule> totals, Map<String, Integer> into,
                               Set<String> path) {
        Rule def = totals.get(fieldId);
        if (def != null && path.add(fieldId)) {
            expand(def.right(), sign, totals, into, path);
            path.remove(fieldId);
        } else {
            into.merge(fieldId, sign, Integer::sum);
        }
    }

    /** The row and column part of a field's label without the sheet: {@code 一、本年新收}, {@code 自然人}. */
    private static String[] split(Field f) {
        String label = f.label().startsWith(f.sheet() + " ") ? f.label().substring(f.sheet().length() + 1) : f.label();
        int slash = label.indexOf(" / ");
        return slash < 0 ? new String[] {label, label} : new String[] {label.substring(0, slash), label.substring(slash + 3)};
    }
}
