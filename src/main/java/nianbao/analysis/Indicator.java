package nianbao.analysis;

import nianbao.schema.Schema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * One key indicator of a report, defined by schema field IDs: a count (the sum of its fields) or a share (the
 * sum of its fields over the sum of its base fields). A report whose format lacks one of the fields, or
 * whose cell is blank or missing, has no value for it: null, never 0.
 *
 * @param key stable key (CSV/JSON, page anchors)
 * @param label the Chinese label
 * @param fields the fields summed
 * @param base for a share, the fields summed for the denominator; empty for a count
 */
public record Indicator(String key, String label, List<String> fields, List<String> base) {

    /** Digits kept in a share (a fraction between 0 and 1). */
    public static final int SHARE_SCALE = 6;

    /** 一、本年新收政府信息公开申请数量. */
    public static final Indicator NEW = count("new", "本年新收申请", "t3.new.total");
    /** （一）予以公开 among 办理结果总计. */
    public static final Indicator GRANTED_SHARE = share("granted_share", "予以公开占比",
            List.of("t3.granted.total"), List.of("t3.total.total"));
    /** （三）不予公开, all eight reasons, among 办理结果总计. */
    public static final Indicator DENIED_SHARE = share("denied_share", "不予公开占比",
            List.of("t3.denied_secret.total", "t3.denied_law.total", "t3.denied_safety.total",
                    "t3.denied_third_party.total", "t3.denied_internal.total", "t3.denied_process.total",
                    "t3.denied_enforcement.total", "t3.denied_inquiry.total"),
            List.of("t3.total.total"));
    /** 行政复议, all results. */
    public static final Indicator REVIEW = count("review", "行政复议", "t4.review.total");
    /** 行政复议 结果纠正. */
    public static final Indicator REVIEW_CORRECTED = count("review_corrected", "复议纠错", "t4.review.corrected");
    /** 行政诉讼, direct and after review. */
    public static final Indicator SUIT = count("suit", "行政诉讼", "t4.suit_direct.total", "t4.suit_after_review.total");
    /** 行政诉讼 结果纠正, direct and after review. */
    public static final Indicator SUIT_CORRECTED = count("suit_corrected", "诉讼纠错",
            "t4.suit_direct.corrected", "t4.suit_after_review.corrected");
    /** 四、结转下年度继续办理. */
    public static final Indicator CARRY_OVER = count("carry_over", "结转下年度", "t3.carry_over.total");

    /** The key indicators, in the order every output shows them. */
    public static final List<Indicator> KEY = List.of(NEW, GRANTED_SHARE, DENIED_SHARE, REVIEW, REVIEW_CORRECTED,
            SUIT, SUIT_CORRECTED, CARRY_OVER);

    public Indicator {
        fields = List.copyOf(fields);
        base = List.copyOf(base);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("an indicator needs fields: " + key);
        }
    }

    private static Indicator count(String key, String label, String... fields) {
        return new Indicator(key, label, List.of(fields), List.of());
    }

    private static Indicator share(String key, String label, List<String> fields, List<String> base) {
        return new Indicator(key, label, fields, base);
    }

    /** True for a share (a fraction of its base), false for a count of items. */
    public boolean isShare() {
        return !base.isEmpty();
    }

    /** The unit shown beside a value: 件 for a count, % for a share. */
    public String unit() {
        return isShare() ? "%" : "件";
    }

    /** True when every field it needs is a field of this format. */
    public boolean availableIn(Schema schema) {
        for (String id : fields) {
            if (schema.field(id).isEmpty()) {
                return false;
            }
        }
        for (String id : base) {
            if (schema.field(id).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The indicator of one report.
     *
     * @param schema the report's format
     * @param numbers a field's number, or null when blank, missing or not a number
     * @return the count, or the share as a fraction (scale {@value #SHARE_SCALE}); null when the format lacks a
     *         field, a field has no number, or a share's base is 0
     */
    public BigDecimal valueOf(Schema schema, Function<String, BigDecimal> numbers) {
        BigDecimal[] p = partsOf(schema, numbers);
        return p == null ? null : valueOf(p[0], p[1]);
    }

    /**
     * What the indicator is made of in one report: the sum of its fields and, for a share, of its base.
     *
     * @return {fields, base} (base null for a count); null when the format lacks a field or a field has no number
     */
    public BigDecimal[] partsOf(Schema schema, Function<String, BigDecimal> numbers) {
        if (!availableIn(schema)) {
            return null;
        }
        BigDecimal sum = sum(fields, numbers);
        if (sum == null) {
            return null;
        }
        if (!isShare()) {
            return new BigDecimal[] {sum, null};
        }
        BigDecimal of = sum(base, numbers);
        return of == null ? null : new BigDecimal[] {sum, of};
    }

    /**
     * The indicator from its parts: the count itself, or the share as a fraction (scale {@value #SHARE_SCALE});
     * null for a share of a base of 0.
     */
    public BigDecimal valueOf(BigDecimal fieldsSum, BigDecimal baseSum) {
        if (!isShare()) {
            return fieldsSum;
        }
        return baseSum.signum() == 0 ? null : fieldsSum.divide(baseSum, SHARE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** The sum of these fields' numbers, or null when one has none. */
    static BigDecimal sum(List<String> ids, Function<String, BigDecimal> numbers) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String id : ids) {
            BigDecimal n = numbers.apply(id);
            if (n == null) {
                return null;
            }
            sum = sum.add(n);
        }
        return sum;
    }
}
