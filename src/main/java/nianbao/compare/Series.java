package nianbao.compare;

import nianbao.analysis.YearOnYear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports of one agency in year order, at most one per year.
 *
 * @param agency the agency as its latest report names it (an earlier name if the latest names none)
 * @param reports the reports, earliest year first
 * @param notes what the reader should know about the names (an earlier name, a report naming none)
 */
public record Series(String agency, List<YearReport> reports, List<String> notes) {

    public Series {
        reports = List.copyOf(reports);
        notes = List.copyOf(notes);
    }

    /** Why reports cannot make one series. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        /** What is wrong. */
        public enum Kind {
            /** Fewer than two reports. */
            TOO_FEW,
            /** Two reports of the same year. */
            SAME_YEAR,
            /** Reports naming different agencies. */
            OTHER_AGENCY
        }

        private final Kind kind;

        Refused(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        /** What is wrong. */
        public Kind kind() {
            return kind;
        }
    }

    /**
     * The series of these reports, in any order.
     *
     * @param reports the reports
     * @param renamed true when the reports are known to be of one agency whatever their names say (renamed
     *                after a reorganisation); then each earlier name is noted instead of refused
     * @throws Refused when there are fewer than two reports, two of one year, or (unless {@code renamed})
     *                 reports naming different agencies; the message names the files
     */
    public static Series of(List<YearReport> reports, boolean renamed) throws Refused {
        if (reports.size() < 2) {
            throw new Refused(Refused.Kind.TOO_FEW, "对比至少需要两个年度的报告"
                    + (reports.isEmpty() ? "。" : "，只有 " + reports.get(0).file() + "（" + reports.get(0).year() + " 年）。"));
        }
        List<YearReport> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparingInt(YearReport::year));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).year() == sorted.get(i - 1).year()) {
                throw new Refused(Refused.Kind.SAME_YEAR, sorted.get(i - 1).file() + " 和 " + sorted.get(i).file()
                        + " 都是 " + sorted.get(i).year() + " 年的报告，同一年度只能放一份。");
            }
        }
        Map<String, YearReport> byName = new LinkedHashMap<>();
        for (YearReport r : sorted) {
            if (r.agency() != null) {
                byName.putIfAbsent(YearOnYear.key(r.agency()), r);
            }
        }
        if (byName.size() > 1 && !renamed) {
            List<String> parts = new ArrayList<>();
            byName.values().forEach(r -> parts.add(r.file() + " 为“" + r.agency() + "”"));
            throw new Refused(Refused.Kind.OTHER_AGENCY, "报告不是同一机关的：" + String.join("，", parts) + "。");
        }
        String agency = null;
        for (int i = sorted.size() - 1; i >= 0 && agency == null; i--) {
            agency = sorted.get(i).agency();
        }
        List<String> notes = new ArrayList<>();
        for (YearReport r : sorted) {
            if (r.agency() == null) {
                notes.add(r.year() + " 年的报告（" + r.file() + "）没有写机关名称，按同一机关放进对比。");
            } else if (agency != null && !YearOnYear.key(r.agency()).equals(YearOnYear.key(agency))) {
                notes.add(r.year() + " 年的报告（" + r.file() + "）机关名称为“" + r.agency() + "”，按同一机关（更名）放进对比。");
            }
        }
        return new Series(agency, sorted, notes);
    }

    /** The years, earliest first. */
    public List<Integer> years() {
        return reports.stream().map(YearReport::year).toList();
    }

    /** The latest report. */
    public YearReport latest() {
        return reports.get(reports.size() - 1);
    }
}
