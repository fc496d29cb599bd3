package nianbao.validate;

import nianbao.model.Source;
import nianbao.schema.Severity;

import java.util.List;

/**
 * One problem found in a report.
 *
 * @param ruleId rule or check ID, e.g. {@code T3-RESULT}
 * @param severity error, warning or info
 * @param fieldIds the fields involved, the blamed one first
 * @param source where the blamed value is (file, sheet and cell, or line)
 * @param expected the value the rule expects, or null
 * @param actual the value found, or null
 * @param message the Chinese sentence a clerk acts on
 * @param messageEn the same in English
 */
public record Finding(String ruleId, Severity severity, List<String> fieldIds, Source source, String expected,
                      String actual, String message, String messageEn) {

    public Finding {
        fieldIds = List.copyOf(fieldIds);
    }

    /** The position without file, e.g. {@code 表三!J28}, or empty. */
    public String position() {
        return source.position();
    }

    /** The message in the requested language. */
    public String message(boolean english) {
        return english ? messageEn : message;
    }
}
