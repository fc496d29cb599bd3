package nianbao.analysis;

import java.math.BigDecimal;

/**
 * The rule of thumb for a change worth the office's attention, the same in every output: a count that at
 * least doubled or fell to half or less, and by at least {@value #MIN_ITEMS} items. Both parts matter: 1 → 3
 * tripled but is noise; 400 → 430 is 30 more but ordinary. From 0, any rise of {@value #MIN_ITEMS} or more
 * counts as doubled. Shares are compared in percentage points and never flagged: the rule is about items.
 * (This is not the validator's YOY check, which catches typing slips at ten times or a tenth.)
 */
public final class LargeChange {

    /** The smallest change, in items, that can be large. */
    public static final int MIN_ITEMS = 10;
    /** The factor: at least this many times last year's count, or at most its share. */
    public static final int FACTOR = 2;
    /** The rule in words, as outputs print it. */
    public static final String RULE = "同比至少翻一番或减少一半，且增减不少于 " + MIN_ITEMS + " 件";

    private static final BigDecimal MIN = BigDecimal.valueOf(MIN_ITEMS);
    private static final BigDecimal TIMES = BigDecimal.valueOf(FACTOR);

    private LargeChange() {
    }

    /**
     * Whether a count changed a lot.
     *
     * @param previous last year's count, or null
     * @param current this year's count, or null
     * @return false when either is absent
     */
    public static boolean isLarge(BigDecimal previous, BigDecimal current) {
        if (previous == null || current == null || current.subtract(previous).abs().compareTo(MIN) < 0) {
            return false;
        }
        return current.compareTo(previous.multiply(TIMES)) >= 0 || current.multiply(TIMES).compareTo(previous) <= 0;
    }
}
