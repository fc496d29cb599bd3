package nianbao.validate;

import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.schema.Check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * FEE: the 表二 fee amount looks like 元 rather than 万元, or requests were dropped for unpaid
 * information processing fees while section 六 is written but says nothing about fees (a blank 六
 * is left to the TEXT check). How large is too large depends on what reports: a department's
 * fees above {@code implausibleAmount} 万元 are suspect, while a whole government's or zone's
 * (agency ending in 人民政府 / 管委会 / 行政公署, a bare place name, or data scope 汇总) run to
 * tens of thousands of 万元 and only {@code implausibleAmountWhole} is suspect. With last year's
 * report, an amount {@code jumpFactor} times last year's or more is the strong sign of 元 typed
 * for 万元, whatever the agency.
 */
final class FeeCheck {

    static final String AMOUNT = "t2.fees.amount";
    static final String UNPAID = "t3.other_no_fee.total";
    static final String OTHER = "text.other";
    static final String SCOPE = "meta.data_scope";

    /** Agencies that are a whole government or zone, by how their names end. */
    private static final Pattern WHOLE = Pattern.compile(
            ".*(人民政府|管委会|管理委员会|行政公署|"
            // a bare place name: "某某县", "平潭综合实验区" — departments end in 局, 委员会, 中心, 办公室 …
            + "[省市县旗盟州]|自治区|自治州|自治县|[^管社小]区|街道|乡|镇)");

    private FeeCheck() {
    }

    static List<Finding> check(Report report, Check check) {
        return check(report, null, check);
    }

    static List<Finding> check(Report report, Report previous, Check check) {
        List<Finding> out = new ArrayList<>();
        BigDecimal amount = report.numberIfPresent(AMOUNT);
        if (amount != null) {
            Finding f = amount(report, previous, check, amount);
            if (f != null) {
                out.add(f);
            }
        }
        BigDecimal unpaid = report.numberIfPresent(UNPAID);
        String other = report.text(OTHER);
        // A blank 六 is already a TEXT finding asking for the section; one request to write it is enough.
        if (unpaid != null && unpaid.signum() > 0 && other != null && !other.isBlank()) {
            boolean mentioned = check.list("feeWords").stream().anyMatch(other::contains);
            if (!mentioned) {
                out.add(Messages.finding(check, "noFeeText", report, List.of(OTHER, UNPAID), null,
                        Numbers.plain(unpaid), Map.of("value", Numbers.plain(unpaid))));
            }
        }
        return out;
    }

    private static Finding amount(Report report, Report previous, Check check, BigDecimal amount) {
        String value = Numbers.plain(amount);
        BigDecimal before = previous == null ? null : previous.numberIfPresent(AMOUNT);
        BigDecimal factor = BigDecimal.valueOf(check.number("jumpFactor", 1000));
        if (before != null && before.signum() > 0 && amount.compareTo(before.multiply(factor)) >= 0) {
            BigDecimal times = amount.divide(before, 0, RoundingMode.DOWN);
            return Messages.finding(check, "jump", report, List.of(AMOUNT), "< " + Numbers.plain(before.multiply(factor)), value,
                    Map.of("value", value, "previous", Numbers.plain(before), "times", Numbers.plain(times),
                            "factor", Numbers.plain(factor)));
        }
        boolean whole = isWhole(report);
        BigDecimal limit = BigDecimal.valueOf(whole ? check.number("implausibleAmountWhole", 1_000_000)
                : check.number("implausibleAmount", 1000));
        if (amount.compareTo(limit) <= 0) {
            return null;
        }
        String agency = report.agency() == null || report.agency().isBlank() ? "本机关" : "“" + report.agency().strip() + "”";
        return Messages.finding(check, whole ? "implausibleWhole" : "implausible", report, List.of(AMOUNT),
                "≤ " + Numbers.plain(limit), value, Map.of("value", value, "limit", Numbers.plain(limit),
                        "agency", agency, "yi", Numbers.plain(limit.divide(BigDecimal.valueOf(10_000)))));
    }

    /** True for a whole government's or zone's report: by its agency's name or by its data scope 汇总. */
    static boolean isWhole(Report report) {
        if ("汇总".equals(strip(report.text(SCOPE)))) {
            return true;
        }
        String agency = strip(report.agency());
        return agency != null && WHOLE.matcher(agency).matches();
    }

    private static String strip(String s) {
        return s == null ? null : s.replaceAll("\\s+", "");
    }
}
