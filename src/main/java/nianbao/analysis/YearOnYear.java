package nianbao.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs this year's reports with an earlier year's by agency name (spaces ignored, full-width too), never by
 * guess: an agency whose name has two earlier reports, or whose earlier report is not of an earlier year, is
 * left unpaired with a note saying why.
 */
public final class YearOnYear {

    /**
     * The pairs and what was left over.
     *
     * @param comparisons one per report of this year, in the order given
     * @param unmatched earlier reports whose agency has no report this year, in the order given
     */
    public record Result(List<Comparison> comparisons, List<KeyFigures> unmatched) {
        public Result {
            comparisons = List.copyOf(comparisons);
            unmatched = List.copyOf(unmatched);
        }

        /** How many agencies were paired. */
        public int paired() {
            return (int) comparisons.stream().filter(Comparison::paired).count();
        }

        /** How many agencies changed a lot by the rule of thumb. */
        public int flagged() {
            return (int) comparisons.stream().filter(Comparison::flagged).count();
        }

        /** The comparisons with the flagged agencies first (each part in the given order). */
        public List<Comparison> flaggedFirst() {
            List<Comparison> out = new ArrayList<>(comparisons);
            out.sort(Comparator.comparing((Comparison c) -> !c.flagged()));
            return out;
        }
    }

    private YearOnYear() {
    }

    /**
     * Pairs the reports.
     *
     * @param current this year's reports (one per agency)
     * @param previous the earlier year's reports
     */
    public static Result compare(List<KeyFigures> current, List<KeyFigures> previous) {
        Map<String, List<KeyFigures>> byAgency = new LinkedHashMap<>();
        for (KeyFigures p : previous) {
            if (p.agency() != null && !p.agency().isBlank()) {
                byAgency.computeIfAbsent(key(p.agency()), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, Boolean> used = new HashMap<>();
        List<Comparison> out = new ArrayList<>(current.size());
        for (KeyFigures c : current) {
            String k = c.agency() == null ? "" : key(c.agency());
            List<KeyFigures> found = byAgency.getOrDefault(k, List.of());
            if (!found.isEmpty()) {
                used.put(k, true);
            }
            if (found.isEmpty()) {
                out.add(new Comparison(c, null, "没有上年报告", List.of()));
            } else if (found.size() > 1) {
                out.add(new Comparison(c, null, "上年有 " + found.size() + " 份同名报告，无法确定用哪一份", List.of()));
            } else if (!earlier(found.get(0), c)) {
                out.add(new Comparison(c, null, "上年报告的年度为 " + orUnknown(found.get(0).year())
                        + "，不早于本年（" + orUnknown(c.year()) + "）", List.of()));
            } else {
                out.add(pair(c, found.get(0)));
            }
        }
        List<KeyFigures> unmatched = new ArrayList<>();
        for (KeyFigures p : previous) {
            if (p.agency() == null || p.agency().isBlank() || !used.containsKey(key(p.agency()))) {
                unmatched.add(p);
            }
        }
        return new Result(out, unmatched);
    }

    /** The comparison of two reports of one agency, whatever their names say. */
    public static Comparison pair(KeyFigures current, KeyFigures previous) {
        List<Change> changes = new ArrayList<>(Indicator.KEY.size());
        for (Indicator i : Indicator.KEY) {
            changes.add(new Change(i, previous.value(i), current.value(i)));
        }
        return new Comparison(current, previous, null, changes);
    }

    /** An agency name as compared: without spaces of any width. */
    public static String key(String agency) {
        StringBuilder sb = new StringBuilder(agency.length());
        for (int i = 0; i < agency.length(); i++) {
            char c = agency.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when the earlier report's year is known to be before this one's, or either year is unknown. */
    private static boolean earlier(KeyFigures previous, KeyFigures current) {
        Integer p = previous.yearNumber();
        Integer c = current.yearNumber();
        return p == null || c == null || p < c;
    }

    private static String orUnknown(String year) {
        return year == null ? "未填" : year;
    }
}
