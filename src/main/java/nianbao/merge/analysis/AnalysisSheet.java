package nianbao.merge.analysis;

import nianbao.analysis.Indicator;
import nianbao.analysis.KeyFigures;
import nianbao.analysis.Totals;
import nianbao.xlsx.write.Charts;
import nianbao.xlsx.write.XlsxStream;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 分析 sheet, read top down: a title and a note, two native bar charts across the table's width (新收申请 by
 * agency, the 办理结果 composition), then one row per report counted in the summary with its key indicators and
 * the totals over all of them, or per year when they are of several years (with how many reports each
 * covers). The cells the charts draw sit to the right of the charts, outside the print area. A blank cell is a
 * figure the report does not give (its format lacks it, or the cell is blank): never 0.
 */
public final class AnalysisSheet {

    /** The sheet's name. */
    public static final String NAME = "分析";

    private static final String[] FIXED = {"机关", "年度"};
    /** The chart cells' first column, after the table and a narrow gap. */
    private static final int BLOCK_COL = FIXED.length + Indicator.KEY.size() + 1;
    /** Rows above the charts: the title and two lines of notes. */
    private static final int CHART_ROW = 3;
    /** Table rows that print on the same page as the table's header. */
    private static final int TABLE_KEPT = 5;

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
        List<ChartData.Drawn> drawn = new ArrayList<>();
        for (ChartData.Drawn d : new ChartData.Drawn[] {ChartData.newRequests(charted, year),
            ChartData.composition(charted, year)}) {
            if (d != null) {
                drawn.add(d);
            }
        }
        // the charts one below the other across the table's columns; the cells they draw beside them
        List<Charts.Chart> charts = new ArrayList<>();
        List<Charts.Block> blocks = new ArrayList<>();
        int top = CHART_ROW;
        int blockRow = CHART_ROW;
        int[] tops = new int[drawn.size() + 1];
        int[] heights = new int[drawn.size() + 1];
        for (ChartData.Drawn d : drawn) {
            boolean stacked = d.names().size() > 1;
            int height = Math.max(14, (int) Math.ceil(d.categories().size() * 1.4) + (stacked ? 8 : 5));
            Charts.Block b = d.at(blockRow, BLOCK_COL);
            charts.add(new Charts.Chart(d.title(), stacked ? Charts.Kind.PERCENT_STACKED : Charts.Kind.CLUSTERED, b,
                    stacked ? ChartData.OUTCOME_COLORS : List.of(ChartData.NEW_COLOR),
                    new int[] {0, top}, new int[] {width, top + height}));
            blocks.add(b);
            tops[charts.size() - 1] = top;
            heights[charts.size() - 1] = height;
            top += height + 1;
            blockRow = b.lastRow() + 2;
        }
        int header = charts.isEmpty() ? CHART_ROW + 1 : top;
        int lastData = header + reports.size();
        List<TotalRows> totals = totals(reports);
        tops[drawn.size()] = header;
        heights[drawn.size()] = Math.min(reports.size(), TABLE_KEPT) + 2; // header and first rows stay together
        int last = lastData + 2 * totals.size();
        for (Charts.Block b : blocks) {
            last = Math.max(last, b.lastRow());
        }

        int[] widths = new int[BLOCK_COL + 1 + ChartData.OUTCOME_COLORS.size()];
        widths[0] = 30;
        widths[1] = 6;
        for (int c = FIXED.length; c < width; c++) {
            widths[c] = 11;
        }
        widths[width] = 2;
        widths[BLOCK_COL] = 30;
        for (int c = BLOCK_COL + 1; c < widths.length; c++) {
            widths[c] = 14;
        }
        // the table's header repeats on the pages it runs over (not on the charts' pages above it)
        XlsxStream.Sheet s = x.sheet(new XlsxStream.Layout(NAME, widths, 0, 0, new XlsxStream.Print(true, true,
                (header + 1) + ":" + (header + 1), null, "A1:" + XlsxStream.columnName(width - 1) + (last + 1))));
        for (int r = 0; r <= last; r++) {
            s.row(r == header ? 32 : 0);
            if (r == 0) {
                s.text(0, "各单位关键指标（计入合计的 " + reports.size() + " 份报告）", XlsxStream.BOLD);
            } else if (r == 1) {
                s.text(0, "空白表示报告没有此项（格式没有或未填写），不按 0 计；占比 = 件数 ÷ 办理结果总计，"
                        + "“全部”的占比由各单位件数相加后计算" + (totals.size() > 1 ? "；不同年度分别合计。" : "。"),
                        XlsxStream.PLAIN);
            } else if (r == 2) {
                s.text(0, "图表只列部分单位时，标题写明共有多少个单位；图表所用的数据在图表右侧（不打印）。", XlsxStream.PLAIN);
            } else if (r == header) {
                s.text(0, FIXED[0], XlsxStream.HEADER);
                s.text(1, FIXED[1], XlsxStream.HEADER);
                for (int c = 0; c < shown.size(); c++) {
                    s.text(FIXED.length + c, shown.get(c).label(), XlsxStream.HEADER);
                }
            } else if (r > header && r <= lastData) {
                KeyFigures f = reports.get(r - header - 1);
                s.text(0, f.agency(), XlsxStream.PLAIN);
                year(s, 1, f.year());
                for (int c = 0; c < shown.size(); c++) {
                    value(s, FIXED.length + c, shown.get(c), f.value(shown.get(c)), false);
                }
            } else if (r > lastData && r <= last) {
                TotalRows t = totals.get((r - lastData - 1) / 2);
                if ((r - lastData) % 2 == 1) {
                    s.text(0, t.label(), XlsxStream.BOLD);
                    for (int c = 0; c < shown.size(); c++) {
                        value(s, FIXED.length + c, shown.get(c), t.totals().value(shown.get(c)), true);
                    }
                } else {
                    s.text(0, "其中有此项的报告（份）", XlsxStream.PLAIN);
                    for (int c = 0; c < shown.size(); c++) {
                        s.number(FIXED.length + c, t.totals().counted(shown.get(c)), XlsxStream.PLAIN);
                    }
                }
            }
            for (Charts.Block b : blocks) {
                Charts.writeRow(s, b, r, XlsxStream.PLAIN, XlsxStream.HEADER);
            }
        }
        if (!charts.isEmpty()) {
            s.drawing(Charts.build(NAME, charts));
        }
        s.pageBreaks(PageBreaks.rows(tops, heights), List.of());
        s.end(XlsxStream.columnName(0) + (header + 1) + ":" + XlsxStream.columnName(width - 1) + (lastData + 1), List.of());
    }

    /** A total row's label and figures. */
    private record TotalRows(String label, Totals totals) {
    }

    /**
     * The totals under the table: over all reports, or, when they are of several years, one per year (an
     * agency's two years added together would count it twice).
     */
    private static List<TotalRows> totals(List<KeyFigures> reports) {
        Map<String, List<KeyFigures>> byYear = new TreeMap<>();
        for (KeyFigures f : reports) {
            byYear.computeIfAbsent(f.year() == null ? "" : f.year(), k -> new ArrayList<>()).add(f);
        }
        if (byYear.size() <= 1) {
            return List.of(new TotalRows("全部（" + reports.size() + " 份）", Totals.of(reports)));
        }
        List<TotalRows> out = new ArrayList<>();
        for (Map.Entry<String, List<KeyFigures>> e : byYear.entrySet()) {
            String year = e.getKey().isEmpty() ? "年度未填" : e.getKey() + " 年";
            out.add(new TotalRows(year + "全部（" + e.getValue().size() + " 份）", Totals.of(e.getValue())));
        }
        return out;
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
