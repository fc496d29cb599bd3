package nianbao.validate;

import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.schema.Check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FEE: the 表二 fee amount looks like 元 rather than 万元 (implausibly large), or requests were
 * dropped for unpaid information processing fees while section 六 is written but says nothing
 * about fees (a blank 六 is left to the TEXT check).
 */
final class FeeCheck {

    static final String AMOUNT = "t2.fees.amount";
    static final String UNPAID = "t3.other_no_fee.total";
    static final String OTHER = "text.other";

    private FeeCheck() {
    }

    static List<Finding> check(Report report, Check check) {
        List<Finding> out = new ArrayList<>();
        BigDecimal amount = report.numberIfPresent(AMOUNT);
        BigDecimal limit = BigDecimal.valueOf(check.number("implausibleAmount", 1000));
        if (amount != null && amount.compareTo(limit) > 0) {
            out.add(Messages.finding(check, "implausible", report, List.of(AMOUNT), "≤ " + Numbers.plain(limit),
                    Numbers.plain(amount), Map.of("value", Numbers.plain(amount), "limit", Numbers.plain(limit))));
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
}
