package nianbao.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which agencies the charts show, the same in the summary workbook and on the desk: a chart over thousands of
 * agencies is unreadable, so the 新收申请 chart shows the {@value #TOP_NEW} with the most requests and the
 * composition chart all agencies together plus the {@value #TOP_OUTCOMES} that handled the most; the titles say
 * how many there are in all.
 */
public final class ChartSelection {

    /** Agencies in the 新收申请 chart. */
    public static final int TOP_NEW = 20;
    /** Agencies in the composition chart, after the bar for all of them. */
    public static final int TOP_OUTCOMES = 15;

    /**
     * The agencies a chart shows.
     *
     * @param shown the agencies shown, largest first (ties in the order given)
     * @param of how many agencies have the figure at all
     */
    public record Ranked(List<KeyFigures> shown, int of) {
        public Ranked {
            shown = List.copyOf(shown);
        }

        /** True when some agencies are left out. */
        public boolean capped() {
            return shown.size() < of;
        }
    }

    private ChartSelection() {
    }

    /** The agencies with the most 新收申请 (those without the figure left out). */
    public static Ranked mostRequests(List<KeyFigures> reports) {
        List<KeyFigures> with = new ArrayList<>();
        for (KeyFigures f : reports) {
            if (f.value(Indicator.NEW) != null) {
                with.add(f);
            }
        }
        with.sort(Comparator.comparing((KeyFigures f) -> f.value(Indicator.NEW)).reversed());
        return new Ranked(with.subList(0, Math.min(TOP_NEW, with.size())), with.size());
    }

    /** The agencies that handled the most requests, among those whose every 办理结果 category has a count. */
    public static Ranked mostHandled(List<KeyFigures> reports) {
        List<KeyFigures> with = withOutcomes(reports);
        with.sort(Comparator.comparing(ChartSelection::handled).reversed());
        return new Ranked(with.subList(0, Math.min(TOP_OUTCOMES, with.size())), with.size());
    }

    /**
     * What the composition chart draws: a bar for all agencies together, then one per agency that handled most.
     *
     * @param categories the 办理结果 categories, in stacking order
     * @param labels the bars' labels: 全部（N 个单位）, then the agencies
     * @param counts per bar, one count per category
     * @param ranked the agencies shown and how many have every category
     */
    public record Composition(List<String> categories, List<String> labels, List<List<BigDecimal>> counts,
                              Ranked ranked) {
    }

    /** The composition chart of these reports, or null when no report has every category. */
    public static Composition composition(List<KeyFigures> reports) {
        Ranked top = mostHandled(reports);
        if (top.shown().isEmpty()) {
            return null;
        }
        Totals all = Totals.of(withOutcomes(reports));
        List<String> labels = new ArrayList<>();
        List<List<BigDecimal>> counts = new ArrayList<>();
        labels.add("全部（" + all.withOutcomes() + " 个单位）");
        List<BigDecimal> sum = new ArrayList<>();
        for (int c = 0; c < all.categories().size(); c++) {
            sum.add(all.outcome(c));
        }
        counts.add(sum);
        for (KeyFigures f : top.shown()) {
            List<BigDecimal> row = new ArrayList<>();
            for (String category : all.categories()) {
                row.add(f.outcome(category));
            }
            if (!row.contains(null)) { // a format with other categories is not drawn as if it had none
                labels.add(name(f));
                counts.add(row);
            }
        }
        return new Composition(all.categories(), labels, counts, top);
    }

    /** The reports whose every 办理结果 category has a count (in the order given). */
    public static List<KeyFigures> withOutcomes(List<KeyFigures> reports) {
        List<KeyFigures> with = new ArrayList<>();
        for (KeyFigures f : reports) {
            if (f.hasOutcomes()) {
                with.add(f);
            }
        }
        return with;
    }

    /** The sum of a report's 办理结果 categories. */
    public static BigDecimal handled(KeyFigures f) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int c = 0; c < f.categories().size(); c++) {
            sum = sum.add(f.outcome(c));
        }
        return sum;
    }

    /** 2025 年 本年新收申请：最多的 20 个单位（共 312 个）, or （3 个单位） when none is left out. */
    public static String newRequestsTitle(String year, Ranked r) {
        return prefix(year) + "本年新收申请" + (r.capped() ? "：最多的 " + r.shown().size() + " 个单位（共 " + r.of() + " 个）"
                : "（" + r.of() + " 个单位）");
    }

    /** 2025 年 办理结果构成：全部单位及办理最多的 15 个单位, or …及各单位 when none is left out. */
    public static String compositionTitle(String year, Ranked r) {
        return prefix(year) + "办理结果构成：全部单位" + (r.capped() ? "及办理最多的 " + r.shown().size() + " 个单位" : "及各单位");
    }

    /** The name a chart prints for an agency: its name, or （未填机关名称）. */
    public static String name(KeyFigures f) {
        return f.agency() == null || f.agency().isBlank() ? "（未填机关名称）" : f.agency();
    }

    private static String prefix(String year) {
        return year == null ? "" : year + " 年 ";
    }
}
