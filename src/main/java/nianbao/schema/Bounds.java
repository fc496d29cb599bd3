package nianbao.schema;

import java.math.BigDecimal;

/**
 * The values a numeric field may hold, as its format's schema declares them per type (件数 0 … 10^9, say):
 * anything outside is a typing or copying accident (a date serial, 1.7976931348623157E308, 1e400), reported
 * as a TYPE error at its cell and never summed.
 *
 * @param min the smallest allowed value
 * @param max the largest allowed value
 */
public record Bounds(BigDecimal min, BigDecimal max) {

    public Bounds {
        if (min == null || max == null || min.compareTo(max) > 0) {
            throw new IllegalArgumentException("bounds need min <= max: " + min + " .. " + max);
        }
    }

    /** True when the value lies within the bounds (both ends included). */
    public boolean contains(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    /**
     * The same test on a double, for the merge's hot path; NaN (blank) and the infinities are outside. Exact
     * enough: the bounds are whole numbers far below 2^53.
     */
    public boolean contains(double value) {
        return value >= min.doubleValue() && value <= max.doubleValue();
    }
}
