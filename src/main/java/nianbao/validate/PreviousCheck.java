package nianbao.validate;

import nianbao.model.Report;
import nianbao.schema.Check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * X-PREV: the report given as last year's is from the year before and the same agency; otherwise
 * the cross-year rules compare the wrong numbers and the clerk should know.
 */
final class PreviousCheck {

    private PreviousCheck() {
    }

    static List<Finding> check(Report report, Report previous, Check check) {
        List<Finding> out = new ArrayList<>();
        BigDecimal year = report.number("meta.year");
        BigDecimal prevYear = previous.number("meta.year");
        if (year != null && prevYear != null && year.subtract(prevYear).compareTo(BigDecimal.ONE) != 0) {
            String y = year.toBigInteger().toString();
            String p = prevYear.toBigInteger().toString();
            out.add(Messages.finding(check, "year", report, List.of("meta.year"), String.valueOf(year.intValue() - 1),
                    p, Map.of("year", y, "previous", p)));
        }
        String agency = normalise(report.agency());
        String prevAgency = normalise(previous.agency());
        if (!agency.isEmpty() && !prevAgency.isEmpty() && !agency.equals(prevAgency)) {
            out.add(Messages.finding(check, "agency", report, List.of("meta.agency"), report.agency().strip(),
                    previous.agency().strip(), Map.of("agency", report.agency().strip(), "previous", previous.agency().strip())));
        }
        return out;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
