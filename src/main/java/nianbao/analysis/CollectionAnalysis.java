package nianbao.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis of one collection of reports for the office and its leaders: the reports of the agencies on
 * the roster, those that submitted nothing, the totals, and optionally the same agencies in an earlier
 * collection, paired by {@link YearOnYear}. The desk's 分析 page and its docx report both show exactly this.
 *
 * @param name the collection's name, e.g. {@code 2025 年度政府信息公开工作年度报告}
 * @param year the collection's year, or null
 * @param expected how many agencies the roster lists
 * @param reports the submitted reports' figures, in roster order (named by the roster)
 * @param notSubmitted the roster agencies without a report, in roster order
 * @param previousName the earlier collection's name, or null when there is none to compare with
 * @param yearOnYear the reports paired with the earlier collection's, or null when there is none
 */
public record CollectionAnalysis(String name, String year, int expected, List<KeyFigures> reports,
                                 List<String> notSubmitted, String previousName, YearOnYear.Result yearOnYear) {

    public CollectionAnalysis {
        reports = List.copyOf(reports);
        notSubmitted = List.copyOf(notSubmitted);
        if ((previousName == null) != (yearOnYear == null)) {
            throw new IllegalArgumentException("an earlier collection needs its name and its pairs");
        }
    }

    /** The figures over all submitted reports. */
    public Totals totals() {
        return Totals.of(reports);
    }

    /** True when an earlier collection is compared. */
    public boolean compared() {
        return yearOnYear != null;
    }

    /**
     * The agencies with a report in both collections, this year's and the earlier one's figures side by side
     * (same order): totals over them compare like with like, whatever else either collection holds.
     */
    public List<KeyFigures[]> pairs() {
        List<KeyFigures[]> out = new ArrayList<>();
        if (yearOnYear != null) {
            for (Comparison c : yearOnYear.comparisons()) {
                if (c.paired()) {
                    out.add(new KeyFigures[] {c.current(), c.previous()});
                }
            }
        }
        return out;
    }

    /**
     * A few sentences on the collection as a whole, in the style of a 总体情况, for the office to copy into its
     * report to the leaders. Every number is a total shown elsewhere on the page; a figure no report gives is
     * left out rather than written as 0.
     */
    public List<String> overview() {
        List<String> out = new ArrayList<>();
        Totals t = totals();
        out.add("本次收集应报 " + expected + " 个单位，已提交 " + reports.size() + " 个" + (notSubmitted.isEmpty() ? "。"
                : "，未提交 " + notSubmitted.size() + " 个。"));
        BigDecimal fresh = t.value(Indicator.NEW);
        if (fresh != null) {
            out.add("已提交的单位共新收政府信息公开申请 " + Figures.plain(fresh) + " 件" + coverage(t, Indicator.NEW) + "。");
        }
        BigDecimal granted = t.value(Indicator.GRANTED_SHARE);
        BigDecimal denied = t.value(Indicator.DENIED_SHARE);
        if (granted != null && denied != null) {
            out.add("办理结果中，予以公开占 " + Figures.percent(granted) + "，不予公开占 " + Figures.percent(denied) + "。");
        }
        String review = caseCount(t, Indicator.REVIEW, Indicator.REVIEW_CORRECTED, "行政复议");
        String suit = caseCount(t, Indicator.SUIT, Indicator.SUIT_CORRECTED, "行政诉讼");
        if (review != null || suit != null) {
            List<String> parts = new ArrayList<>();
            if (review != null) {
                parts.add(review);
            }
            if (suit != null) {
                parts.add(suit);
            }
            out.add("因政府信息公开引起" + String.join("；", parts) + "。");
        }
        if (yearOnYear != null) {
            out.addAll(comparedSentences());
        }
        return out;
    }

    private List<String> comparedSentences() {
        List<String> out = new ArrayList<>();
        List<KeyFigures[]> pairs = pairs();
        if (pairs.isEmpty()) {
            out.add("与“" + previousName + "”相比，没有两次都提交了报告的单位，无法同比。");
            return out;
        }
        List<KeyFigures> now = new ArrayList<>();
        List<KeyFigures> before = new ArrayList<>();
        for (KeyFigures[] p : pairs) {
            now.add(p[0]);
            before.add(p[1]);
        }
        Totals n = Totals.of(now);
        Totals b = Totals.of(before);
        String head = "与“" + previousName + "”相比，两次都提交了报告的 " + pairs.size() + " 个单位";
        if (n.value(Indicator.NEW) != null && b.value(Indicator.NEW) != null
                && n.counted(Indicator.NEW) == pairs.size() && b.counted(Indicator.NEW) == pairs.size()) {
            Change c = new Change(Indicator.NEW, b.value(Indicator.NEW), n.value(Indicator.NEW));
            out.add(head + "新收申请 " + Figures.plain(c.current()) + " 件，上次 " + Figures.plain(c.previous()) + " 件，"
                    + c.words() + "。");
        } else {
            out.add(head + "中，有的单位缺新收申请数，不作合计比较。");
        }
        out.add("按“" + LargeChange.RULE + "”的经验规则，" + yearOnYear.flagged() + " 个单位有大幅变化"
                + "。");
        return out;
    }

    /** （N 个单位有此项） when some reports lack the figure; empty when all have it. */
    private String coverage(Totals t, Indicator i) {
        return t.counted(i) == reports.size() ? "" : "（" + t.counted(i) + " 个单位填报了此项）";
    }

    private String caseCount(Totals t, Indicator all, Indicator corrected, String label) {
        BigDecimal n = t.value(all);
        if (n == null) {
            return null;
        }
        BigDecimal c = t.value(corrected);
        String s = label + " " + Figures.plain(n) + " 件" + coverage(t, all);
        if (c != null && t.counted(corrected) == t.counted(all)) {
            s += "，其中结果纠正 " + Figures.plain(c) + " 件";
        }
        return s;
    }
}
