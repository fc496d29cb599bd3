package nianbao.validate;

import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Check;
import nianbao.schema.Field;
import nianbao.schema.FieldType;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * META: the 基本信息 sheet — required fields present, the year a plausible four-digit year, the
 * publish date (when given) a real date after the report year ends, a choice one of its options.
 */
final class MetaCheck {

    /** 2026-01-08, 2026/1/8, 2026.1.8, 2026年1月8日, optionally followed by a time of day. */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s*(?:T|\\s)\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?");

    private MetaCheck() {
    }

    static List<Finding> check(Report report, Check check, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        Integer year = null;
        for (Field f : report.schema().meta()) {
            Value v = report.value(f.id());
            if (v.isBlank()) {
                if (f.required()) {
                    out.add(Messages.finding(check, "missing", report, List.of(f.id()), null, "", Map.of()));
                }
                continue;
            }
            String raw = v.text() != null ? v.text().trim() : Numbers.plain(v.number());
            if (f.type() == FieldType.YEAR) {
                int min = (int) check.number("minYear", 2008);
                int max = today.getYear() + (int) check.number("maxYearAhead", 1);
                BigDecimal n = v.number() != null ? v.number() : Numbers.parse(raw.replace("年", ""));
                if (n == null || n.stripTrailingZeros().scale() > 0 || n.intValue() < min || n.intValue() > max) {
                    out.add(Messages.finding(check, "year", report, List.of(f.id()), min + "–" + max, raw,
                            Map.of("value", raw, "min", String.valueOf(min), "max", String.valueOf(max))));
                } else {
                    year = n.intValue();
                }
            } else if (f.type() == FieldType.DATE) {
                date(report, check, f, raw, year, out);
            } else if (f.type() == FieldType.CHOICE && !f.options().contains(raw)) {
                String options = String.join("、", f.options());
                out.add(Messages.finding(check, "choice", report, List.of(f.id()), options, raw,
                        Map.of("value", raw, "options", options)));
            }
        }
        return out;
    }

    /** The publish date is a real date after the report year ends (the year is null when itself invalid). */
    private static void date(Report report, Check check, Field f, String raw, Integer year, List<Finding> out) {
        LocalDate date = parseDate(raw);
        if (date == null) {
            out.add(Messages.finding(check, "date", report, List.of(f.id()), "yyyy-MM-dd", raw, Map.of("value", raw)));
        } else if (year != null && date.getYear() <= year) {
            out.add(Messages.finding(check, "dateInYear", report, List.of(f.id(), "meta.year"), "> " + year + "-12-31",
                    date.toString(), Map.of("value", date.toString(), "year", String.valueOf(year),
                            "next", String.valueOf(year + 1))));
        }
    }

    /** Parses the date forms clerks write; null when it is not one valid calendar date. */
    static LocalDate parseDate(String raw) {
        String s = raw.trim().replace('／', '/').replace('－', '-').replace('．', '.');
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
