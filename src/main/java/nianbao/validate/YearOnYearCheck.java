package nianbao.validate;

import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.schema.Check;
import nianbao.schema.Field;
import nianbao.schema.FieldType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * YOY: a count that changed more than tenfold against last year's report, for a clerk to confirm.
 * Only 表二's counts and the 总计 columns of 表三 and 表四 are compared: the per-applicant cells
 * swing too much to be worth a note, and counts below the {@code minimum} are ignored.
 */
final class YearOnYearCheck {

    private YearOnYearCheck() {
    }

    static List<Finding> check(Report report, Report previous, Check check) {
        BigDecimal factor = BigDecimal.valueOf(check.number("factor", 10));
        BigDecimal minimum = BigDecimal.valueOf(check.number("minimum", 10));
        List<Finding> out = new ArrayList<>();
        for (Field f : report.schema().numericFields()) {
            if (f.type() != FieldType.COUNT || !compared(f)) {
                continue;
            }
            BigDecimal now = report.number(f.id());
            BigDecimal before = previous.numberIfPresent(f.id());
            if (now == null || before == null || now.max(before).compareTo(minimum) < 0) {
                continue;
            }
            if (now.compareTo(before.multiply(factor)) > 0 || before.compareTo(now.multiply(factor)) > 0) {
                String n = Numbers.plain(now);
                String p = Numbers.plain(before);
                out.add(Messages.finding(check, "message", report, List.of(f.id()), null, n,
                        Map.of("actual", n, "previous", p, "factor", Numbers.plain(factor))));
            }
        }
        return out;
    }

    private static boolean compared(Field f) {
        return "t2".equals(f.tableId()) || Objects.equals(f.colKey(), "total");
    }
}
