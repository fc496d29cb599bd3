package nianbao.web.view.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A 100 % stacked bar chart: for each row (an agency, or all of them) the share of each category, the label
 * above the bar, a legend of the categories above the chart and each segment's count and share on hover.
 *
 * @param title the caption
 * @param note a line under the chart (what was left out), or null
 * @param width the view box width
 * @param height the view box height
 * @param legend the categories with their colours
 * @param rows the bars, top to bottom
 */
public record StackChart(String title, String note, int width, int height, List<Legend> legend, List<Row> rows) {

    /** Colours of the 办理结果 categories in order: granted green, partly light green, denied red, unable orange, declined grey, other blue. */
    public static final List<String> OUTCOME_COLORS = List.of("#70AD47", "#A9D18E", "#E15759", "#F4B183", "#A5A5A5", "#5B9BD5");

    static final int WIDTH = 420;
    static final int ROW = 36;

    /**
     * A category.
     *
     * @param label its label
     * @param color its fill
     */
    public record Legend(String label, String color) {
    }

    /**
     * One bar.
     *
     * @param label the row's label
     * @param labelY baseline of the label
     * @param barY top of the bar
     * @param segments its parts, left to right (categories of 0 left out)
     */
    public record Row(String label, int labelY, int barY, List<Segment> segments) {
        public Row {
            segments = List.copyOf(segments);
        }
    }

    /**
     * One part of a bar.
     *
     * @param x left edge
     * @param width length
     * @param color fill
     * @param tip shown on hover: the category, its count and share
     * @param text the share printed inside when the part is wide enough, else empty
     */
    public record Segment(double x, double width, String color, String tip, String text) {
        /** Where the printed share is centred. */
        public double textX() {
            return Math.round((x + width / 2) * 10) / 10.0;
        }
    }

    public StackChart {
        legend = List.copyOf(legend);
        rows = List.copyOf(rows);
    }

    /**
     * Lays the chart out.
     *
     * @param categories the categories, in stacking order
     * @param labels the rows' labels
     * @param counts per row, one count per category
     */
    public static StackChart of(String title, String note, List<String> categories, List<String> labels,
                                List<List<BigDecimal>> counts) {
        List<Legend> legend = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            legend.add(new Legend(categories.get(c), OUTCOME_COLORS.get(c % OUTCOME_COLORS.size())));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < labels.size(); r++) {
            List<BigDecimal> row = counts.get(r);
            BigDecimal all = BigDecimal.ZERO;
            for (BigDecimal n : row) {
                all = all.add(n);
            }
            List<Segment> segments = new ArrayList<>();
            double x = 0;
            for (int c = 0; c < row.size() && all.signum() > 0; c++) {
                if (row.get(c).signum() == 0) {
                    continue;
                }
                BigDecimal share = row.get(c).multiply(BigDecimal.valueOf(100)).divide(all, 1, RoundingMode.HALF_UP);
                double w = row.get(c).doubleValue() / all.doubleValue() * WIDTH;
                double rounded = Math.round(w * 10) / 10.0;
                segments.add(new Segment(Math.round(x * 10) / 10.0, rounded, legend.get(c).color(),
                        categories.get(c) + "：" + row.get(c).toPlainString() + " 件，" + share.toPlainString() + "%",
                        w >= 34 ? share.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%" : ""));
                x += w;
            }
            int top = r * ROW;
            rows.add(new Row(labels.get(r), top + 13, top + 17, segments));
        }
        return new StackChart(title, note, WIDTH, Math.max(ROW, labels.size() * ROW), legend, rows);
    }
}
