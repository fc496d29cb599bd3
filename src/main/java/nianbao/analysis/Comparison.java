package nianbao.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One agency this year beside its report of an earlier year.
 *
 * @param current this year's figures
 * @param previous the earlier report's figures, or null when there is none to compare with
 * @param note why there is nothing to compare with (没有上年报告, 上年有 2 份同名报告, …), or null when paired
 * @param changes one per key indicator, in {@link Indicator#KEY} order (empty when not paired)
 */
public record Comparison(KeyFigures current, KeyFigures previous, String note, List<Change> changes) {

    public Comparison {
        changes = List.copyOf(changes);
    }

    /** The agency, as this year's report names it. */
    public String agency() {
        return current.agency();
    }

    /** True when there is an earlier report to compare with. */
    public boolean paired() {
        return previous != null;
    }

    /** The changes large by the rule of thumb, in indicator order. */
    public List<Change> large() {
        List<Change> out = new ArrayList<>();
        for (Change c : changes) {
            if (c.large()) {
                out.add(c);
            }
        }
        return out;
    }

    /** True when at least one indicator changed a lot. */
    public boolean flagged() {
        for (Change c : changes) {
            if (c.large()) {
                return true;
            }
        }
        return false;
    }

    /** The change of one indicator, or null when not paired. */
    public Change change(Indicator indicator) {
        for (Change c : changes) {
            if (c.indicator().equals(indicator)) {
                return c;
            }
        }
        return null;
    }

    /** The large changes in a few words: 本年新收申请 增加 82 件（+215.8%）；行政复议 从 0 增加 12 件. */
    public String flags() {
        List<String> parts = new ArrayList<>();
        for (Change c : large()) {
            parts.add(c.indicator().label() + " " + c.words());
        }
        return String.join("；", parts);
    }
}
