package nianbao.schema;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One consistency rule instance, already expanded for one row, column or group:
 * {@code left = right} must hold.
 *
 * @param id rule family ID, e.g. {@code T3-BAL}
 * @param severity how serious a break is
 * @param left the stated side (for a total rule, the single total field)
 * @param right the computed side
 * @param total true when {@code left} is one field that is the total of {@code right}
 *              (the template fills it with a formula)
 * @param message Chinese message template with {@code {left}} and {@code {right}} still open
 * @param messageEn English message template
 * @param subject label of the row/column/group this instance is about, e.g. {@code 商业企业}
 */
public record Rule(String id, Severity severity, Expression left, Expression right, boolean total,
                   String message, String messageEn, String subject) {

    /** True when the rule compares with last year's report. */
    public boolean needsPrevious() {
        return left.usesPrevious() || right.usesPrevious();
    }

    /**
     * True when last year's report, of the given format, has every field this rule reads from it: a
     * 2019-format report has no 现行有效件数, so X-STOCK cannot run against it while X-CARRY can.
     */
    public boolean previousFieldsIn(Schema previous) {
        for (Expression side : java.util.List.of(left, right)) {
            for (Expression.Term t : side.terms()) {
                if (t.previous() && previous.field(t.fieldId()).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The field a finding points at first: the first field of the stated side. */
    public String anchorField() {
        return left.terms().get(0).fieldId();
    }

    /** The Chinese (or English) sentence for a break with the given values. */
    public String format(boolean english, BigDecimal leftValue, BigDecimal rightValue) {
        String template = english ? messageEn : message;
        return template.replace("{left}", plain(leftValue)).replace("{right}", plain(rightValue));
    }

    private static String plain(BigDecimal v) {
        if (v == null) {
            return "（空）";
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    @Override
    public String toString() {
        return id + "[" + subject + "]: " + left + " = " + right;
    }

    static String fill(String template, Map<String, String> vars) {
        String out = template;
        for (Map.Entry<String, String> e : vars.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }
}
