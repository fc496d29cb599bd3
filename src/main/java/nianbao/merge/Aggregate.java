package nianbao.merge;

import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Rule;
import nianbao.schema.Schema;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sum of all merged reports as one report: summed parts, totals recomputed from them by the
 * schema's total rules, meta 汇总（N 个单位）, narrative empty — ready for {@code render}.
 */
final class Aggregate {

    static final String NOTE = "由汇总后的分项重新计算";

    private Aggregate() {
    }

    /**
     * Builds the aggregate.
     *
     * @param columns the merge's columns (numeric order of {@code sums})
     * @param sums the sum of each numeric field over the merged reports
     * @param count how many reports were merged
     * @param year the year, or null
     */
    static Report build(Columns columns, BigDecimal[] sums, int count, String year) {
        Schema schema = columns.schema();
        Report.Builder b = Report.builder(schema);
        b.text("meta.agency", "汇总（" + count + " 个单位）");
        if (year != null) {
            b.number("meta.year", new BigDecimal(year));
        }
        b.text("meta.data_scope", "汇总");
        for (int i = 0; i < sums.length; i++) {
            b.number(columns.numeric().get(i).id(), sums[i]);
        }
        recomputeTotals(b, schema.totalRules());
        return b.build();
    }

    /**
     * Sets every total field to the sum of its parts; repeated until nothing changes because one total
     * (表三 总计行 总计列) is itself a part of another rule.
     */
    static void recomputeTotals(Report.Builder b, List<Rule> totals) {
        for (int pass = 0; pass <= totals.size(); pass++) {
            boolean changed = false;
            for (Rule rule : totals) {
                if (rule.needsPrevious()) {
                    continue;
                }
                BigDecimal parts = rule.right().evaluate(id -> b.get(id).number(), id -> null);
                String totalId = rule.anchorField();
                BigDecimal stated = b.get(totalId).number();
                if (parts != null && (stated == null || stated.compareTo(parts) != 0
                        || b.get(totalId).how() != Provenance.COMPUTED)) {
                    b.put(new Value(totalId, parts, null, Provenance.COMPUTED, Source.none(), NOTE));
                    changed |= stated == null || stated.compareTo(parts) != 0;
                }
            }
            if (!changed && pass > 0) {
                return;
            }
        }
    }
}
