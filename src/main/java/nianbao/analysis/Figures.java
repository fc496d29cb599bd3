package nianbao.analysis;

import nianbao.model.Numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the analysis writes its numbers in words and pages: counts plain, shares as per cent with one decimal. */
public final class Figures {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Figures() {
    }

    /** A number in its plain form (no exponent, no trailing zeros); empty for null. */
    public static String plain(BigDecimal n) {
        return Numbers.plain(n);
    }

    /** A share (a fraction) as per cent with one decimal: 0.6052 → 60.5%; empty for null. */
    public static String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        return fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** An indicator's value as shown: a count plain, a share as per cent; empty for null. */
    public static String of(Indicator indicator, BigDecimal value) {
        return indicator.isShare() ? percent(value) : plain(value);
    }
}
