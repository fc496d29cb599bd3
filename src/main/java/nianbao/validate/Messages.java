package nianbao.validate;

import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.schema.Check;
import nianbao.schema.Severity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds findings of the built-in checks from the message templates the schema declares for them. */
final class Messages {

    private Messages() {
    }

    /**
     * A finding of a built-in check.
     *
     * @param check the check declaration (severity and templates)
     * @param key template key; {@code key_en} is the English template
     * @param report the report, for the position of the blamed field
     * @param fieldIds the fields involved, the blamed one first
     * @param expected what the check expects, or null
     * @param actual what was found, or null
     * @param vars values for the templates' {@code {name}} placeholders
     */
    static Finding finding(Check check, String key, Report report, List<String> fieldIds, String expected,
                           String actual, Map<String, String> vars) {
        return finding(check, check.severity(), key, report, fieldIds, expected, actual, vars);
    }

    /** A finding of a built-in check at another severity than the check's own (a remark of a warning check). */
    static Finding finding(Check check, Severity severity, String key, Report report, List<String> fieldIds,
                           String expected, String actual, Map<String, String> vars) {
        Map<String, String> all = new LinkedHashMap<>(vars);
        if (!fieldIds.isEmpty()) {
            String id = fieldIds.get(0);
            all.putIfAbsent("label", report.schema().require(id).label());
            all.putIfAbsent("field", id);
        }
        Source source = fieldIds.isEmpty() ? Source.none() : RuleEngine.sourceOf(report, fieldIds.get(0));
        return new Finding(check.id(), severity, fieldIds, source, expected, actual,
                fill(template(check, key), all), fill(template(check, key + "_en"), all));
    }

    private static String template(Check check, String key) {
        String t = check.text(key, null);
        if (t == null) {
            // a schema of another format version that predates a message falls back to the default schema's wording
            t = nianbao.schema.Schemas.defaultSchema().check(check.id()).map(c -> c.text(key, null)).orElse(null);
        }
        if (t == null) {
            // A broken schema file is a programming error, not a problem in the user's report.
            throw new IllegalStateException("schema check " + check.id() + " declares no message '" + key + "'");
        }
        return t;
    }

    static String fill(String template, Map<String, String> vars) {
        String out = template;
        for (Map.Entry<String, String> e : vars.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        }
        return out;
    }

    /** The Chinese name of a statistics table or sheet ID, e.g. {@code t3} → 表三. */
    static String tableZh(String tableId) {
        return switch (tableId) {
            case "t2" -> "表二";
            case "t3" -> "表三";
            case "t4" -> "表四";
            default -> tableId;
        };
    }

    /** The English name of a statistics table, e.g. {@code t3} → Table 3. */
    static String tableEn(String tableId) {
        return switch (tableId) {
            case "t2" -> "Table 2";
            case "t3" -> "Table 3";
            case "t4" -> "Table 4";
            default -> tableId;
        };
    }
}
