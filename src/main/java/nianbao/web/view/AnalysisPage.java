package nianbao.web.view;

import nianbao.analysis.ChartSelection;
import nianbao.analysis.CollectionAnalysis;
import nianbao.analysis.Comparison;
import nianbao.analysis.Figures;
import nianbao.analysis.Indicator;
import nianbao.analysis.KeyFigures;
import nianbao.analysis.LargeChange;
import nianbao.analysis.Totals;
import nianbao.web.view.chart.BarChart;
import nianbao.web.view.chart.StackChart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The desk's 分析 page of one collection: the overview sentences, the two charts, the agencies with a large
 * change against the chosen earlier collection first, then every agency's key indicators.
 *
 * @param id the collection's ID (for links)
 * @param name the collection's name
 * @param year the collection's year
 * @param counts 应报 / 已提交 / 未提交 in words
 * @param earlier the other collections to compare with, newest first
 * @param previousName the compared collection's name, or null
 * @param overview the overview sentences
 * @param newRequests the 新收申请 chart, or null when no report has the figure
 * @param outcomes the composition chart, or null when no report has every category
 * @param rule the rule of thumb for a large change, in words
 * @param flagged the agencies with a large change, in roster order
 * @param headers the indicator columns
 * @param rows every submitted agency (flagged first when compared), then 合计
 * @param notSubmitted the agencies without a report, in roster order
 * @param docx the link to the docx report (with the same comparison)
 * @param summary the link to the summary workbook (its 同比 sheet with the same comparison)
 */
public record AnalysisPage(String id, String name, int year, String counts, List<Option> earlier, String previousName,
                           List<String> overview, BarChart newRequests, StackChart outcomes, String rule,
                           List<Flag> flagged, List<String> headers, List<Row> rows, List<String> notSubmitted,
                           String docx, String summary) {

    /**
     * A collection to compare with.
     *
     * @param id its ID ("" for none)
     * @param label its name and year
     * @param selected true when it is the one compared
     */
    public record Option(String id, String label, boolean selected) {
    }

    /**
     * An agency with a large change.
     *
     * @param agency the agency
     * @param changes each large change in words
     */
    public record Flag(String agency, List<String> changes) {
    }

    /**
     * A row of the indicator table.
     *
     * @param agency the agency (or 合计)
     * @param cells the indicators as printed, — for an absent one
     * @param comparison 同比 in a few words (the large changes, 无大幅变化 or why not compared), or null when no
     *                   earlier collection is compared
     * @param flagged true for an agency with a large change
     * @param total true for the 合计 row
     */
    public record Row(String agency, List<String> cells, String comparison, boolean flagged, boolean total) {
    }

    /**
     * The page of an analysis.
     *
     * @param earlier the collections to choose from, newest first
     * @param query the comparison as a query string ({@code ?previous=…}) for the download links
     */
    public static AnalysisPage of(String id, int year, CollectionAnalysis a, List<Option> earlier, String query) {
        List<String> headers = new ArrayList<>();
        for (Indicator i : Indicator.KEY) {
            headers.add(i.label());
        }
        List<Flag> flagged = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        if (a.compared()) {
            for (Comparison c : a.yearOnYear().flaggedFirst()) {
                List<String> changes = new ArrayList<>();
                c.large().forEach(ch -> changes.add(ch.indicator().label() + " " + Figures.plain(ch.previous()) + " → "
                        + Figures.plain(ch.current()) + "，" + ch.words()));
                if (c.flagged()) {
                    flagged.add(new Flag(ChartSelection.name(c.current()), changes));
                }
                String word = !c.paired() ? "未比较：" + c.note() : c.flagged() ? String.join("；", changes) : "无大幅变化";
                rows.add(row(c.current(), word, c.flagged()));
            }
        } else {
            for (KeyFigures f : a.reports()) {
                rows.add(row(f, null, false));
            }
        }
        Totals t = a.totals();
        List<String> cells = new ArrayList<>();
        for (Indicator i : Indicator.KEY) {
            cells.add(shown(i, t.value(i)));
        }
        rows.add(new Row("合计（" + a.reports().size() + " 个单位）", cells, a.compared() ? "" : null, false, true));
        String counts = "应报 " + a.expected() + " 个单位，已提交 " + a.reports().size() + " 个，未提交 " + a.notSubmitted().size()
                + " 个";
        return new AnalysisPage(id, a.name(), year, counts, earlier, a.previousName(), a.overview(),
                newRequests(a), outcomes(a), LargeChange.RULE, flagged, headers, rows, a.notSubmitted(),
                "/office/c/" + id + "/analysis.docx" + query, "/office/c/" + id + "/download/summary.xlsx" + query);
    }

    private static Row row(KeyFigures f, String comparison, boolean flagged) {
        List<String> cells = new ArrayList<>();
        for (Indicator i : Indicator.KEY) {
            cells.add(shown(i, f.value(i)));
        }
        return new Row(ChartSelection.name(f), cells, comparison, flagged, false);
    }

    private static String shown(Indicator i, BigDecimal v) {
        return v == null ? "—" : Figures.of(i, v);
    }

    private static BarChart newRequests(CollectionAnalysis a) {
        ChartSelection.Ranked top = ChartSelection.mostRequests(a.reports());
        if (top.shown().isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (KeyFigures f : top.shown()) {
            labels.add(ChartSelection.name(f));
            values.add(f.value(Indicator.NEW));
            shown.add(Figures.plain(f.value(Indicator.NEW)) + " 件");
        }
        String note = top.of() < a.reports().size() ? (a.reports().size() - top.of()) + " 个单位没有填报新收申请数，未列入。" : null;
        return BarChart.of(ChartSelection.newRequestsTitle(null, top), note, labels, values, shown);
    }

    private static StackChart outcomes(CollectionAnalysis a) {
        ChartSelection.Composition c = ChartSelection.composition(a.reports());
        if (c == null) {
            return null;
        }
        int of = c.ranked().of();
        String note = of < a.reports().size() ? (a.reports().size() - of) + " 个单位的办理结果不全，未列入。" : null;
        return StackChart.of(ChartSelection.compositionTitle(null, c.ranked()), note, c.categories(), c.labels(),
                c.counts());
    }
}
