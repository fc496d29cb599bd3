package nianbao.merge.analysis;

import nianbao.analysis.ChartSelection;
import nianbao.analysis.Indicator;
import nianbao.analysis.KeyFigures;
import nianbao.xlsx.write.Charts;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells the 分析 sheet's two charts draw, for the agencies {@link ChartSelection} picks: 新收申请 of the
 * agencies with the most, and the 办理结果 composition of all agencies together and of those that handled most.
 */
final class ChartData {

    /** One colour per 办理结果 category: granted green, partly light green, denied red, unable orange, declined grey, other blue. */
    static final List<String> OUTCOME_COLORS = List.of("70AD47", "A9D18E", "E15759", "F4B183", "A5A5A5", "5B9BD5");
    static final String NEW_COLOR = "4472C4";

    private ChartData() {
    }

    /** A chart's title and its cells (not yet placed). */
    record Drawn(String title, String header, List<String> categories, List<String> names, List<double[]> values) {
        Charts.Block at(int row, int col) {
            return new Charts.Block(row, col, header, categories, names, values);
        }
    }

    /** The 新收申请 bar chart of these reports, or null when none has the figure. */
    static Drawn newRequests(List<KeyFigures> reports, String year) {
        ChartSelection.Ranked top = ChartSelection.mostRequests(reports);
        if (top.shown().isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        double[] v = new double[top.shown().size()];
        for (int i = 0; i < v.length; i++) {
            names.add(ChartSelection.name(top.shown().get(i)));
            v[i] = top.shown().get(i).value(Indicator.NEW).doubleValue();
        }
        return new Drawn(ChartSelection.newRequestsTitle(year, top), "新收申请最多的单位", names, List.of("本年新收申请"),
                List.of(v));
    }

    /** The composition chart: all reports with every category, then those that handled most; null when none. */
    static Drawn composition(List<KeyFigures> reports, String year) {
        ChartSelection.Composition c = ChartSelection.composition(reports);
        if (c == null) {
            return null;
        }
        List<double[]> values = new ArrayList<>();
        for (int k = 0; k < c.categories().size(); k++) {
            double[] v = new double[c.labels().size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = c.counts().get(i).get(k).doubleValue();
            }
            values.add(v);
        }
        return new Drawn(ChartSelection.compositionTitle(year, c.ranked()), "办理结果（件）", c.labels(), c.categories(),
                values);
    }
}
