package nianbao.compare;

import nianbao.analysis.Change;
import nianbao.model.Numbers;
import nianbao.schema.FieldType;

import java.math.BigDecimal;

/**
 * The change of one line between two adjacent reports of the series (not necessarily adjacent years).
 *
 * @param fromYear the earlier report's year
 * @param toYear the later report's year
 * @param change the change as the analysis computes it (difference, per cent of the earlier value)
 * @param large true when the change is large by the analysis's rule of thumb (counts of items only)
 */
public record Step(int fromYear, int toYear, Change change, boolean large) {

    /** True when both reports have a number. */
    public boolean comparable() {
        return change.comparable();
    }

    /** The difference signed (+38, -5, 0); empty when not comparable. */
    public String differenceText() {
        BigDecimal d = change.difference();
        if (d == null) {
            return "";
        }
        return (d.signum() > 0 ? "+" : "") + Numbers.plain(d);
    }

    /**
     * The change in per cent of the earlier value (+10.0%, -11.6%); 新增 from 0 to more; — from 0 to 0; empty
     * when not comparable or for a signed count (a change of a change has no sensible per cent).
     */
    public String percentText(FieldType type) {
        if (!comparable() || type == FieldType.SIGNED_COUNT) {
            return "";
        }
        BigDecimal p = change.percent();
        if (p == null) {
            return change.current().signum() > 0 ? "新增" : "—";
        }
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%";
    }

    /** The change in per cent as a fraction (0.1 for +10.0%), for a workbook cell; null when there is none. */
    public BigDecimal percentFraction(FieldType type) {
        if (!comparable() || type == FieldType.SIGNED_COUNT || change.percent() == null) {
            return null;
        }
        return change.percent().movePointLeft(2);
    }

    /** The column heading of the change: 2021年比上年 for the year before, 2021年比2019年 across a gap. */
    public String heading() {
        return heading(fromYear, toYear);
    }

    /** The column heading of a change between two years. */
    public static String heading(int fromYear, int toYear) {
        return toYear - fromYear == 1 ? toYear + "年比上年" : toYear + "年比" + fromYear + "年";
    }
}
