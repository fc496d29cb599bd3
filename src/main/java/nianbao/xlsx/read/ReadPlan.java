package nianbao.xlsx.read;

import nianbao.schema.Expression;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What reading needs from a schema, worked out once per schema rather than once per file: the
 * fields with their defined names, and for each total field the rules whose stated side it is.
 * Immutable and shared between threads.
 *
 * @param schema the schema
 * @param fields every field, in schema order
 * @param names each field's defined name, same order
 * @param totals total field ID → the sums it is the stated side of (this year only)
 */
record ReadPlan(Schema schema, List<Field> fields, List<String> names, Map<String, List<Sum>> totals) {

    /**
     * A total rule with the defined names of its parts, as a template formula writes them.
     *
     * @param rule the rule
     * @param names the parts' defined names in upper case, or null when a part is subtracted (no
     *              plain-sum formula can be the rule's)
     */
    record Sum(Rule rule, Set<String> names) {
    }

    /** Plans are one per schema and used as map keys per file: identity, not a deep hash of the schema. */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Keyed by schema ID: hashing a whole schema record per file would cost more than the lookup saves. */
    private static final Map<String, ReadPlan> PLANS = new ConcurrentHashMap<>();

    /** The plan of a schema (built on first use). */
    static ReadPlan of(Schema schema) {
        ReadPlan p = PLANS.computeIfAbsent(schema.id(), k -> build(schema));
        return p.schema == schema ? p : build(schema); // another schema object with the same ID: not cached
    }

    private static ReadPlan build(Schema schema) {
        List<Field> fields = schema.fields();
        List<String> names = new ArrayList<>(fields.size());
        for (Field f : fields) {
            names.add(f.definedName());
        }
        Map<String, List<Sum>> totals = new HashMap<>();
        for (Rule rule : schema.totalRules()) {
            if (rule.left().terms().size() == 1 && !rule.needsPrevious()) {
                totals.computeIfAbsent(rule.anchorField(), k -> new ArrayList<>()).add(new Sum(rule, names(rule)));
            }
        }
        totals.replaceAll((k, v) -> List.copyOf(v));
        return new ReadPlan(schema, List.copyOf(fields), List.copyOf(names), Map.copyOf(totals));
    }

    private static Set<String> names(Rule rule) {
        Set<String> names = new HashSet<>();
        for (Expression.Term t : rule.right().terms()) {
            if (t.sign() < 0) {
                return null;
            }
            names.add(t.fieldId().replace('.', '_').toUpperCase(Locale.ROOT));
        }
        return Set.copyOf(names);
    }
}
