package nianbao.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Agency × year: the key indicators of each agency in each year its reports cover, for reports of several
 * years merged together. Agencies are matched as {@link YearOnYear} matches them (name, spaces ignored).
 *
 * @param years every year met, ascending
 * @param rows one per agency, in the order they first appear
 * @param leftOut reports not in the table, each with why (年度未填, 同一单位同一年度已有一份)
 */
public record Trend(List<Integer> years, List<Row> rows, List<String> leftOut) {

    /**
     * One agency across the years.
     *
     * @param agency the name as its first report writes it
     * @param byYear year → that year's figures
     */
    public record Row(String agency, Map<Integer, KeyFigures> byYear) {
        public Row {
            byYear = java.util.Collections.unmodifiableMap(new TreeMap<>(byYear));
        }

        /** The figures of one year, or null when the agency has no report of that year. */
        public KeyFigures in(int year) {
            return byYear.get(year);
        }
    }

    public Trend {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
        leftOut = List.copyOf(leftOut);
    }

    /** The trend of these reports (at most one per agency and year is expected; a second one is left out). */
    public static Trend of(List<KeyFigures> reports) {
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<Integer, KeyFigures>> by = new LinkedHashMap<>();
        List<String> leftOut = new ArrayList<>();
        for (KeyFigures f : reports) {
            Integer y = f.yearNumber();
            String who = f.agency() == null || f.agency().isBlank() ? null : f.agency();
            if (who == null) {
                leftOut.add("机关名称未填的报告（" + (y == null ? "年度未填" : y + " 年") + "）");
                continue;
            }
            if (y == null) {
                leftOut.add(who + "：年度未填");
                continue;
            }
            String k = YearOnYear.key(who);
            names.putIfAbsent(k, who);
            Map<Integer, KeyFigures> row = by.computeIfAbsent(k, x -> new TreeMap<>());
            if (row.putIfAbsent(y, f) != null) {
                leftOut.add(who + "：" + y + " 年已有一份报告");
                continue;
            }
            years.add(y);
        }
        List<Row> rows = new ArrayList<>();
        by.forEach((k, row) -> rows.add(new Row(names.get(k), row)));
        return new Trend(new ArrayList<>(years), rows, leftOut);
    }
}
