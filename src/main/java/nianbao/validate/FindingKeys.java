package nianbao.validate;

import nianbao.schema.Expression;
import nianbao.schema.Rule;
import nianbao.schema.Schema;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What stays the same about a finding from one version of a report to the next: its rule and its
 * cell. For a broken consistency rule the cell is the rule's own (the first field of its stated
 * side), not the cell the evidence pins ({@link nianbao.validate.cells.Breakdown#pin}), which may
 * move when other numbers change and may be one cell for two rules; for every other check it is the
 * field the finding is about. Written {@code T3-ROW@t3.new.total}.
 */
public final class FindingKeys {

    private FindingKeys() {
    }

    /** The key of a finding on a report of this schema. */
    public static String of(Finding f, Schema schema) {
        Rule r = ruleOf(f, schema);
        if (r != null) {
            return r.id() + "@" + anchor(r);
        }
        return f.ruleId() + "@" + (f.fieldIds().isEmpty() ? "" : f.fieldIds().get(0));
    }

    /**
     * The consistency rule a finding reports broken, or null for a finding of another check: the rule
     * of that ID over exactly the finding's cells, less the pinned cell when it is not one of the rule's
     * own (a part of a total the rule names).
     */
    public static Rule ruleOf(Finding f, Schema schema) {
        String pin = f.breakdown() == null || f.breakdown().pin() == null ? null : f.breakdown().pin().cell().fieldId();
        for (Rule r : schema.rules()) {
            if (!r.id().equals(f.ruleId())) {
                continue;
            }
            Set<String> own = currentFields(r);
            Set<String> fields = new HashSet<>(f.fieldIds());
            if (pin != null && !own.contains(pin)) {
                fields.remove(pin);
            }
            if (fields.equals(own)) {
                return r;
            }
        }
        return null;
    }

    /** The field a key names (after the {@code @}), or "" when it names none. */
    public static String field(String key) {
        int at = key.indexOf('@');
        return at < 0 ? "" : key.substring(at + 1);
    }

    /** The rule or check a key names (before the {@code @}). */
    public static String rule(String key) {
        int at = key.indexOf('@');
        return at < 0 ? key : key.substring(0, at);
    }

    private static Set<String> currentFields(Rule r) {
        Set<String> out = new HashSet<>();
        for (Expression side : List.of(r.left(), r.right())) {
            for (Expression.Term t : side.terms()) {
                if (!t.previous()) {
                    out.add(t.fieldId());
                }
            }
        }
        return out;
    }

    private static String anchor(Rule r) {
        return r.left().terms().stream().filter(t -> !t.previous()).findFirst()
                .map(Expression.Term::fieldId).orElse(r.anchorField());
    }
}
