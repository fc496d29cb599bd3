package nianbao.merge.analysis;

import nianbao.analysis.Indicator;
import nianbao.analysis.KeyFigures;
import nianbao.analysis.LargeChange;
import nianbao.analysis.Totals;
import nianbao.xlsx.write.Charts;
import nianbao.xlsx.write.XlsxStream;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 分析 sheet: one row per report counted in the summary with its key indicators, the totals over all of
 * them (with how many reports each covers), and to the right two native bar charts (新收申请 by agency, the
 * 办理结果 composition) above the cells they draw. A blank cell is a figure the report does not give (its
 * format lacks it, or the cell is blank): never 0.
 */
public final class AnalysisSheet {

    /** The sheet's name. */
    public static final String NAME = "分析";

    private static final String[] FIXED = {"机关", "年度"};
    /** The first column of the charts and their cells, after a narrow gap. */
    private static final int CHART_COL = FIXED.length + 8 + 1;
    /** Columns the charts span. */
    private static final int CHART_WIDTH = 9;

    private AnalysisSheet() {
    }

    /**
     * Writes the sheet.
     *
     * @param x the workbook being written
     * @param reports the reports counted in the summary, in its order
     * @param year the year the charts show (reports of other years are in the table only), or null for all
     */
    public static void write(XlsxStream x, List<KeyFigures> reports, String year) throws IOException {
        List<Indicator> shown = Indicator.KEY;
        int width = FIXED.length + shown.size();
        List<KeyFigures> charted = new ArrayList<>();
        for (KeyFigures f : reports) {
            if (year == null || year.equals(f.year())) {
                charted.add(f);
            }
        }
        ChartData.Drawn newRequests = ChartData.newRequests(charted, year);
        ChartData.Drawn composition = ChartData.composition(charted, year);

        // charts stacked to the right of the table, the cells they draw below them
        List<ChartData.Drawn> drawn = new ArrayList<>();
        for (ChartData.Drawn d : new ChartData.Drawn[] {newRequests, composition}) {
            if (d != null) {
                drawn.add(d);
            }
        }
        int[] heights = new int[drawn.size()];
        int blockRow = 1;
        for (int i = 0; i < drawn.size(); i++) {
            ChartData.Drawn d = drawn.get(i);
            heights[i] = Math.max(14, (int) Math.ceil(d.categories().size() * 1.3) + (d.names().size() > 1 ? 8 : 5));
            blockRow += heights[i] + 1;
        }
        List<Charts.Chart> charts = new ArrayList<>();
        List<Charts.Block> blocks = new ArrayList<>();
        int top = 0;
        for (int i = 0; i < drawn.size(); i++) {
            ChartData.Drawn d = drawn.get(i);
            Charts.Block b = d.at(blockRow, CHART_COL);
            boolean stacked = d.names().size() > 1;
            charts.add(new Charts.Chart(d.title(), stacked ? Charts.Kind.PERCENT_STACKED : Charts.Kind.CLUSTERED, b,
                    stacked ? ChartData.OUTCOME_COLORS : List.of(ChartData.NEW_COLOR),
                    new int[] {CHART_COL, top}, new int[] {CHART_COL + CHART_WIDTH, top + heights[i]}));
            blocks.add(b);
            top += heights[i] + 1;
            blockRow = b.lastRow() + 2;
        }

        int[] widths = new int[CHART_COL + 1 + 6];
        widths[0] = 30;
        widths[1] = 6;
        for (int c = FIXED.length; c < width; c++) {
            widths[c] = 11;
        }
        widths[width] = 2;
        widths[CHART_COL] = 30;
        for (int c = CHART_COL + 1; c < widths.length; c++) {
            widths[c] = 11;
        }
        XlsxStream.Sheet s = x.sheet(new XlsxStream.Layout(NAME, widths, 1, 1,
                new XlsxStream.Print(true, false, "1:1", "A:A")));

        Totals totals = Totals.of(reports);
        int last = reports.size() + 4;
        for (Charts.Block b : blocks) {
            last = Math.max(last, b.lastRow());
        }
        for (int r = 0; r <= last; r++) {
            s.row(r == 0 ? 32 : 0);
            if (r == 0) {
                s.text(0, FIXED[0], XlsxStream.HEADER);
                s.text(1, FIXED[1], XlsxStream.HEADER);
                for (int c = 0; c < shown.size(); c++) {
                    s.text(FIXED.length + c, shown.get(c).label(), XlsxStream.HEADER);
                }
            } else if (r <= reports.size()) {
                KeyFigures f = reports.get(r - 1);
                s.text(0, f.agency(), XlsxStream.PLAIN);
                year(s, 1, f.year());
                for (int c = 0; c < shown.size(); c++) {
                    value(s, FIXED.length + c, shown.get(c), f.value(shown.get(c)), false);
                }
            } else if (r == reports.size() + 1) {
                s.text(0, "全部（" + reports.size() + " 份）", XlsxStream.BOLD);
                for (int c = 0; c < shown.size(); c++) {
                    value(s, FIXED.length + c, shown.get(c), totals.value(shown.get(c)), true);
                }
            } else if (r == reports.size() + 2) {
                s.text(0, "其中有此项的报告（份）", XlsxStream.PLAIN);
                for (int c = 0; c < shown.size(); c++) {
                    s.number(FIXED.length + c, totals.counted(shown.get(c)), XlsxStream.PLAIN);
                }
            } else if (r == reports.size() + 3) {
                s.text(0, "说明：空白表示报告没有此项（格式没有或未填写），不按 0 计；占比 = 件数 ÷ 办理结果总计，"
                        + "“全部”的占比由各单位件数相加后计算。图表只列部分单位时，标题写明共有多少个单位。"
                        + "同比的大幅变化规则：" + LargeChange.RULE + "。", XlsxStream.PLAIN);
            }
            for (Charts.Block b : blocks) {
                Charts.writeRow(s, b, r, XlsxStream.PLAIN, XlsxStream.HEADER);
            }
        }
        if (!charts.isEmpty()) {
            s.drawing(Charts.build(NAME, charts));
        }
        s.end("A1:" + XlsxStream.columnName(width - 1) + Math.max(reports.size() + 1, 1), List.of());
    }

    static void year(XlsxStream.Sheet s, int col, String year) throws IOException {
        if (year != null && year.matches("\\d{4}")) {
            s.number(col, Integer.parseInt(year), XlsxStream.PLAIN);
        } else {
            s.text(col, year, XlsxStream.PLAIN);
        }
    }

    /** A count as a number, a share as a per-cent number; nothing when absent. */
    static void value(XlsxStream.Sheet s, int col, Indicator i, BigDecimal v, boolean bold) throws IOException {
        if (v == null) {
            if (bold) {
                s.text(col, null, XlsxStream.BOLD);
            }
            return;
        }
        s.number(col, v.doubleValue(), i.isShare() ? XlsxStream.PERCENT : bold ? XlsxStream.BOLD : XlsxStream.PLAIN);
    }
}
