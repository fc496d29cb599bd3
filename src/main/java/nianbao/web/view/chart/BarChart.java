package nianbao.web.view.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart, one bar per label, the label above its bar and the value after it (so long agency
 * names need no left margin and the chart stays legible on a phone).
 *
 * @param title the caption
 * @param note a line under the chart (what was left out), or null
 * @param width the view box width
 * @param height the view box height
 * @param bars the bars, top to bottom
 */
public record BarChart(String title, String note, int width, int height, List<Bar> bars) {

    /** View box width. */
    static final int WIDTH = 420;
    /** Height of one label and its bar. */
    static final int ROW = 34;
    /** Room right of the longest bar for its value. */
    static final int VALUE_ROOM = 56;

    /**
     * One bar.
     *
     * @param label the label
     * @param value the value as printed
     * @param labelY baseline of the label
     * @param barY top of the bar
     * @param barWidth length of the bar (at least 1 for a value of 0, so it shows)
     * @param valueX where the value is printed
     */
    public record Bar(String label, String value, int labelY, int barY, double barWidth, double valueX) {
    }

    public BarChart {
        bars = List.copyOf(bars);
    }

    /**
     * Lays the bars out on one scale, the largest value filling the width.
     *
     * @param labels the labels, top to bottom
     * @param values one non-negative value per label
     * @param shown how each value is printed
     */
    public static BarChart of(String title, String note, List<String> labels, List<BigDecimal> values, List<String> shown) {
        BigDecimal max = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            max = max.max(v);
        }
        double span = WIDTH - VALUE_ROOM;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            double w = max.signum() == 0 ? 1 : Math.max(1, values.get(i).doubleValue() / max.doubleValue() * span);
            w = Math.round(w * 10) / 10.0;
            int top = i * ROW;
            bars.add(new Bar(labels.get(i), shown.get(i), top + 13, top + 17, w, w + 5));
        }
        return new BarChart(title, note, WIDTH, Math.max(ROW, labels.size() * ROW), bars);
    }
}
