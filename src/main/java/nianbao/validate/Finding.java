package nianbao.validate;

import nianbao.model.Numbers;
import nianbao.model.Source;
import nianbao.schema.Severity;
import nianbao.validate.cells.Breakdown;

import java.util.List;

/**
 * One problem found in a report.
 *
 * @param ruleId rule or check ID, e.g. {@code T3-RESULT}
 * @param severity error, warning or info
 * @param fieldIds the fields involved, the blamed one first (for a broken rule, the pinned cell when there is one)
 * @param source where the blamed value is (file, sheet and cell, or line)
 * @param expected the value the rule expects, or null (for a broken rule: the right side's sum)
 * @param actual the value found, or null (for a broken rule: the left side's sum)
 * @param message the Chinese sentence a clerk acts on
 * @param messageEn the same in English
 * @param breakdown for a broken rule, the typed cells of each side and the pinned cell or the
 *                  suspects; null for the other checks
 */
public record Finding(String ruleId, Severity severity, List<String> fieldIds, Source source, String expected,
                      String actual, String message, String messageEn, Breakdown breakdown) {

    public Finding {
        fieldIds = List.copyOf(fieldIds);
    }

    /** A finding of a check that is not a rule over the tables' cells. */
    public Finding(String ruleId, Severity severity, List<String> fieldIds, Source source, String expected,
                   String actual, String message, String messageEn) {
        this(ruleId, severity, fieldIds, source, expected, actual, message, messageEn, null);
    }

    /** The position without file, e.g. {@code 表三!J28}, or empty. */
    public String position() {
        return source.position();
    }

    /** The message in the requested language. */
    public String message(boolean english) {
        return english ? messageEn : message;
    }

    /**
     * What the blamed cell should hold, for a table of findings: the pinned value of a broken rule, nothing
     * for a broken rule no single cell is known for (its sums are no cell's value), else {@link #expected}.
     */
    public String cellExpected() {
        if (breakdown == null) {
            return expected;
        }
        return breakdown.pin() == null ? null : Numbers.plain(breakdown.pin().cell().expected());
    }

    /** What the blamed cell holds, for a table of findings; null where {@link #cellExpected} is. */
    public String cellActual() {
        if (breakdown == null) {
            return actual;
        }
        return breakdown.pin() == null ? null : Numbers.plain(breakdown.pin().cell().actual());
    }
}
