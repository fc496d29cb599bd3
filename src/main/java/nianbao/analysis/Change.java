package nianbao.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One indicator of one agency in two years.
 *
 * @param indicator the indicator
 * @param previous last year's value, or null when absent
 * @param current this year's value, or null when absent
 */
public record Change(Indicator indicator, BigDecimal previous, BigDecimal current) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** True when both years have a value. */
    public boolean comparable() {
        return previous != null && current != null;
    }

    /**
     * The change: items for a count, percentage points for a share; null when not comparable.
     */
    public BigDecimal difference() {
        if (!comparable()) {
            return null;
        }
        BigDecimal d = current.subtract(previous);
        return indicator.isShare() ? d.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP) : d;
    }

    /** The change of a count in per cent of last year's (one decimal); null for a share, from 0 or not comparable. */
    public BigDecimal percent() {
        if (!comparable() || indicator.isShare() || previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).multiply(HUNDRED).divide(previous, 1, RoundingMode.HALF_UP);
    }

    /** True when a count changed by the rule of thumb ({@link LargeChange}); never for a share. */
    public boolean large() {
        return !indicator.isShare() && LargeChange.isLarge(previous, current);
    }

    /**
     * The change in words: 增加 82 件（+215.8%）, 减少 3 件（-10.0%）, 从 0 增加 12 件, 上升 2.5 个百分点, 持平;
     * empty when not comparable.
     */
    public String words() {
        BigDecimal d = difference();
        if (d == null) {
            return "";
        }
        if (d.signum() == 0) {
            return "持平";
        }
        if (indicator.isShare()) {
            return (d.signum() > 0 ? "上升 " : "下降 ") + d.abs().toPlainString() + " 个百分点";
        }
        String amount = Figures.plain(d.abs());
        BigDecimal p = percent();
        String verb = d.signum() > 0 ? "增加 " : "减少 ";
        return p == null ? "从 0 " + verb + amount + " 件"
                : verb + amount + " 件（" + (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%）";
    }
}
