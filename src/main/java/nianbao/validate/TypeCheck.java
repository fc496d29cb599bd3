package nianbao.validate;

import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Bounds;
import nianbao.schema.Check;
import nianbao.schema.Field;
import nianbao.schema.FieldType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * TYPE: every statistics cell holds a number of the right kind — counts whole and ≥ 0, signed counts
 * (本年增/减) whole, amounts ≥ 0, each within the bounds its schema declares (件数 ≤ 10^9) — and is not blank
 * (unless blanks count as zero). Text such as “十二” is quoted back; a date (a count cell formatted as a date
 * reads as one) is named as a date.
 * A blank an import marked missing says so, with the import's reason, instead of asking for 0.
 */
final class TypeCheck {

    /** A date as the workbook reader shows a date-formatted cell, or as a clerk types one. */
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(\\s+\\d{1,2}:\\d{2}(:\\d{2})?)?");

    private TypeCheck() {
    }

    /** Why an imported number is missing, as the import said; a plain word when it said nothing. */
    private static String reason(Value v) {
        String note = v.note() == null ? "" : v.note().strip();
        while (note.endsWith("。")) {
            note = note.substring(0, note.length() - 1);
        }
        return note.isEmpty() ? "原文中没有找到" : note;
    }

    static List<Finding> check(Report report, Check check, boolean blankAsZero) {
        List<Finding> out = new ArrayList<>();
        Map<String, List<Field>> blanksByTable = new LinkedHashMap<>();
        Map<String, Integer> sizeByTable = new LinkedHashMap<>();
        List<Finding> blankFindings = new ArrayList<>();
        for (Field f : report.schema().numericFields()) {
            sizeByTable.merge(f.tableId(), 1, Integer::sum);
            Value v = report.value(f.id());
            if (v.isBlank()) {
                blanksByTable.computeIfAbsent(f.tableId(), k -> new ArrayList<>()).add(f);
                if (!blankAsZero) {
                    blankFindings.add(v.how() == Provenance.MISSING
                            ? Messages.finding(check, "missing", report, List.of(f.id()), null, "", Map.of("reason", reason(v)))
                            : Messages.finding(check, "blank", report, List.of(f.id()), "0", "", Map.of()));
                }
                continue;
            }
            if (v.isUnparsedNumber() && DATE.matcher(v.text().strip()).matches()) {
                out.add(Messages.finding(check, "date", report, List.of(f.id()), null, v.text(),
                        Map.of("value", v.text().strip())));
                continue;
            }
            BigDecimal absurd = v.isUnparsedNumber() ? Numbers.intractable(v.text()) : null;
            if (absurd != null && absurd.precision() - absurd.scale() <= 0 && f.type().isWhole()) {
                // 1e-999999999 in a count: a fraction, said as such
                String shown = Numbers.plain(absurd);
                out.add(Messages.finding(check, "fraction", report, List.of(f.id()), "整数", shown, Map.of("value", shown)));
                continue;
            }
            if (absurd != null && absurd.precision() - absurd.scale() > 0) {
                // a number with more digits than anyone can mean (JSON 1e999999999): beyond the bounds, said so
                Bounds bounds = report.schema().bounds(f);
                String min = Numbers.plain(bounds.min());
                String max = Numbers.plain(bounds.max());
                String shown = Numbers.plain(absurd);
                out.add(Messages.finding(check, "outOfRange", report, List.of(f.id()), min + " … " + max, shown,
                        Map.of("value", shown, "min", min, "max", max)));
                continue;
            }
            if (v.isUnparsedNumber()) {
                BigDecimal guess = ChineseNumbers.parse(v.text().trim());
                String hint = guess == null ? "" : "（如 " + Numbers.plain(guess) + "）";
                String hintEn = guess == null ? "" : " (e.g. " + Numbers.plain(guess) + ")";
                out.add(Messages.finding(check, "notNumber", report, List.of(f.id()),
                        guess == null ? null : Numbers.plain(guess), v.text(),
                        Map.of("value", v.text(), "hint", hint, "hint_en", hintEn)));
                continue;
            }
            BigDecimal n = v.number();
            Bounds bounds = report.schema().bounds(f);
            if (n.signum() < 0 && f.type() != FieldType.SIGNED_COUNT) {
                out.add(Messages.finding(check, "negative", report, List.of(f.id()), "≥ 0", Numbers.plain(n),
                        Map.of("value", Numbers.plain(n))));
            } else if (!bounds.contains(n)) {
                String min = Numbers.plain(bounds.min());
                String max = Numbers.plain(bounds.max());
                out.add(Messages.finding(check, "outOfRange", report, List.of(f.id()), min + " … " + max,
                        Numbers.plain(n), Map.of("value", Numbers.plain(n), "min", min, "max", max)));
            } else if (f.type().isWhole() && n.stripTrailingZeros().scale() > 0) {
                out.add(Messages.finding(check, "fraction", report, List.of(f.id()), "整数", Numbers.plain(n),
                        Map.of("value", Numbers.plain(n))));
            }
        }
        if (blankAsZero) {
            return out;
        }
        // A table left entirely blank is one problem for the clerk, not 175 separate ones.
        for (Map.Entry<String, List<Field>> e : blanksByTable.entrySet()) {
            List<Field> blanks = e.getValue();
            if (blanks.size() == sizeByTable.get(e.getKey())) {
                blankFindings.removeIf(fd -> fd.fieldIds().get(0).startsWith(e.getKey() + "."));
                Value first = report.value(blanks.get(0).id());
                boolean missing = blanks.stream().allMatch(f -> report.value(f.id()).how() == Provenance.MISSING);
                blankFindings.add(Messages.finding(check, missing ? "missingTable" : "blankTable", report,
                        blanks.stream().map(Field::id).toList(), missing ? null : "0", "",
                        Map.of("table", Messages.tableZh(e.getKey()), "table_en", Messages.tableEn(e.getKey()),
                                "count", String.valueOf(blanks.size()), "reason", reason(first))));
            }
        }
        out.addAll(blankFindings);
        return out;
    }
}
