package nianbao.merge.analysis;

import nianbao.analysis.Indicator;
import nianbao.analysis.KeyFigures;
import nianbao.analysis.Totals;
import nianbao.xlsx.write.Charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the 分析 sheet's charts draw, capped so that a chart over thousands of agencies stays readable: the
 * {@value #TOP_NEW} agencies with the most 新收申请, and the 办理结果 composition of all agencies together and of
 * the {@value #TOP_OUTCOMES} with the most requests handled. The titles say how many agencies there are in all.
 */
final class ChartData {

    /** Agencies in the 新收申请 chart. */
    static final int TOP_NEW = 20;
    /** Agencies in the composition chart, after the row for all of them. */
    static final int TOP_OUTCOMES = 15;

    /** One colour per 办理结果 category: granted green, partly light green, denied red, unable orange, declined grey, other blue. */
    static final List<String> OUTCOME_COLORS = List.of("70AD47", "A9D18E", "E15759", "F4B183", "A5A5A5", "5B9BD5");
    static final String NEW_COLOR = "4472C4";

    private ChartData() {
    }

    /** A chart's title and its cells (not yet placed: row and column 0). */
    record Drawn(String title, String header, List<String> categories, List<String> names, List<double[]> values) {
        Charts.Block at(int row, int col) {
            return new Charts.Block(row, col, header, categories, names, values);
        }
    }

    /** The 新收申请 bar chart of these reports, or null when none has the figure. */
    static Drawn newRequests(List<KeyFigures> reports, String year) {
        List<KeyFigures> with = new ArrayList<>();
        for (KeyFigures f : reports) {
            if (f.value(Indicator.NEW) != null) {
                with.add(f);
            }
        }
        if (with.isEmpty()) {
            return null;
        }
        with.sort(Comparator.comparing((KeyFigures f) -> f.value(Indicator.NEW)).reversed());
        List<KeyFigures> top = with.subList(0, Math.min(TOP_NEW, with.size()));
        List<String> names = new ArrayList<>();
        double[] v = new double[top.size()];
        for (int i = 0; i < top.size(); i++) {
            names.add(name(top.get(i)));
            v[i] = top.get(i).value(Indicator.NEW).doubleValue();
        }
        String title = prefix(year) + "本年新收申请" + (with.size() > TOP_NEW
                ? "：最多的 " + TOP_NEW + " 个单位（共 " + with.size() + " 个）" : "（" + with.size() + " 个单位）");
        return new Drawn(title, "新收申请最多的单位", names, List.of("本年新收申请"), List.of(v));
    }

    /** The composition chart: all reports with every category, then the largest; null when none. */
    static Drawn composition(List<KeyFigures> reports, String year) {
        List<KeyFigures> with = new ArrayList<>();
        for (KeyFigures f : reports) {
            if (f.hasOutcomes()) {
                with.add(f);
            }
        }
        if (with.isEmpty()) {
            return null;
        }
        Totals all = Totals.of(with);
        List<String> labels = all.categories();
        with.removeIf(f -> f.categories().size() != labels.size());
        with.sort(Comparator.comparing(ChartData::handled).reversed());
        List<KeyFigures> top = with.subList(0, Math.min(TOP_OUTCOMES, with.size()));
        List<String> rows = new ArrayList<>();
        rows.add("全部（" + all.withOutcomes() + " 个单位）");
        top.forEach(f -> rows.add(name(f)));
        List<double[]> values = new ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            double[] v = new double[rows.size()];
            v[0] = all.outcome(c).doubleValue();
            for (int i = 0; i < top.size(); i++) {
                v[i + 1] = top.get(i).outcome(c).doubleValue();
            }
            values.add(v);
        }
        String title = prefix(year) + "办理结果构成：全部单位" + (all.withOutcomes() > TOP_OUTCOMES
                ? "及办理最多的 " + TOP_OUTCOMES + " 个单位" : "及各单位");
        List<String> names = new ArrayList<>();
        labels.forEach(l -> names.add(l));
        return new Drawn(title, "办理结果（件）", rows, names, values);
    }

    private static BigDecimal handled(KeyFigures f) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int c = 0; c < f.categories().size(); c++) {
            sum = sum.add(f.outcome(c));
        }
        return sum;
    }

    static String name(KeyFigures f) {
        return f.agency() == null || f.agency().isBlank() ? "（未填机关名称）" : f.agency();
    }

    private static String prefix(String year) {
        return year == null ? "" : year + " 年 ";
    }
}
