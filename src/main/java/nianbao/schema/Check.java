package nianbao.schema;

import java.util.List;
import java.util.Map;

/**
 * A built-in check that is not a linear equation (TYPE, META, NARR, FEE, TEXT, YOY): its ID,
 * severity, message templates and parameters are declared in the schema, its logic lives in the
 * validator.
 *
 * @param id check ID
 * @param severity how serious a finding is
 * @param params every other property of the declaration (messages, thresholds, word lists)
 */
public record Check(String id, Severity severity, Map<String, Object> params) {

    public Check {
        params = Map.copyOf(params);
    }

    /** A text parameter, or the fallback when absent. */
    public String text(String key, String fallback) {
        Object v = params.get(key);
        return v == null ? fallback : v.toString();
    }

    /** A numeric parameter, or the fallback when absent. */
    public double number(String key, double fallback) {
        Object v = params.get(key);
        return v instanceof Number n ? n.doubleValue() : fallback;
    }

    /** A list-of-text parameter, empty when absent. */
    public List<String> list(String key) {
        Object v = params.get(key);
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
