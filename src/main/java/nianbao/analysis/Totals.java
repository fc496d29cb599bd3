package nianbao.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The key indicators over many reports, each over the reports that have it: counts summed, shares recomputed
 * from the summed parts (so ten small agencies do not weigh as much as one large one), and the 办理结果
 * composition summed over the reports whose every category has a count. How many reports each figure covers
 * is kept beside it, so a total never hides the reports it left out.
 */
public final class Totals {

    private final int reports;
    private final BigDecimal[] values;
    private final int[] counted;
    private final List<String> categories;
    private final BigDecimal[] outcomes;
    private final int withOutcomes;

    private Totals(int reports, BigDecimal[] values, int[] counted, List<String> categories, BigDecimal[] outcomes,
                   int withOutcomes) {
        this.reports = reports;
        this.values = values;
        this.counted = counted;
        this.categories = categories;
        this.outcomes = outcomes;
        this.withOutcomes = withOutcomes;
    }

    /** The totals of these reports (the categories are the first report's; both formats have the same six). */
    public static Totals of(List<KeyFigures> figures) {
        int n = Indicator.KEY.size();
        BigDecimal[] sums = new BigDecimal[n];
        BigDecimal[] bases = new BigDecimal[n];
        int[] counted = new int[n];
        List<String> labels = new ArrayList<>();
        BigDecimal[] outcomes = new BigDecimal[0];
        int withOutcomes = 0;
        for (KeyFigures f : figures) {
            for (int i = 0; i < n; i++) {
                BigDecimal[] p = f.parts(Indicator.KEY.get(i));
                if (p == null) {
                    continue;
                }
                sums[i] = sums[i] == null ? p[0] : sums[i].add(p[0]);
                if (p[1] != null) {
                    bases[i] = bases[i] == null ? p[1] : bases[i].add(p[1]);
                }
                counted[i]++;
            }
            if (labels.isEmpty()) {
                f.categories().forEach(c -> labels.add(c.label()));
                outcomes = new BigDecimal[labels.size()];
            }
            if (f.hasOutcomes() && sameCategories(f, labels)) {
                for (int c = 0; c < outcomes.length; c++) {
                    outcomes[c] = outcomes[c] == null ? f.outcome(c) : outcomes[c].add(f.outcome(c));
                }
                withOutcomes++;
            }
        }
        BigDecimal[] values = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            if (sums[i] != null) {
                values[i] = Indicator.KEY.get(i).valueOf(sums[i], bases[i]);
            }
        }
        return new Totals(figures.size(), values, counted, List.copyOf(labels), outcomes, withOutcomes);
    }

    private static boolean sameCategories(KeyFigures f, List<String> labels) {
        if (f.categories().size() != labels.size()) {
            return false;
        }
        for (int c = 0; c < labels.size(); c++) {
            if (!f.categories().get(c).label().equals(labels.get(c))) {
                return false;
            }
        }
        return true;
    }

    /** How many reports were given. */
    public int reports() {
        return reports;
    }

    /** An indicator over the reports that have it, or null when none has it. */
    public BigDecimal value(Indicator indicator) {
        return values[index(indicator)];
    }

    /** How many reports an indicator's total covers. */
    public int counted(Indicator indicator) {
        return counted[index(indicator)];
    }

    /** The 办理结果 category labels. */
    public List<String> categories() {
        return categories;
    }

    /** One category summed over {@link #withOutcomes()} reports, or null when none. */
    public BigDecimal outcome(int category) {
        return outcomes[category];
    }

    /** How many reports the composition covers. */
    public int withOutcomes() {
        return withOutcomes;
    }

    private static int index(Indicator indicator) {
        int i = Indicator.KEY.indexOf(indicator);
        if (i < 0) {
            throw new IllegalArgumentException("not a key indicator: " + indicator.key());
        }
        return i;
    }
}
