package nianbao.compare;

import nianbao.schema.Rule;
import nianbao.schema.Severity;
import nianbao.validate.Finding;
import nianbao.validate.Validator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The validator's cross-year checks between two adjacent reports of a series (the rules that read last year's
 * report: X-CARRY, X-STOCK). A rule the schema rates an error (X-CARRY: 二、上年结转 is last year's 四、结转下年度)
 * is a problem; one it rates lower (X-STOCK: agencies re-count their documents after 清理, so 现行有效件数 may
 * rightly differ) is information. Years that are not adjacent are not checked: the rules speak of last year.
 *
 * @param previousYear the earlier report's year
 * @param year the later report's year
 * @param problems the findings rated errors, on the later report
 * @param information the findings rated lower
 */
public record CrossYear(int previousYear, int year, List<Finding> problems, List<Finding> information) {

    public CrossYear {
        problems = List.copyOf(problems);
        information = List.copyOf(information);
    }

    /** True when the reports are of consecutive years (and so were checked). */
    public boolean checked() {
        return year - previousYear == 1;
    }

    /** The checks between every two adjacent reports of a series, in year order. */
    static List<CrossYear> of(Series series) {
        List<CrossYear> out = new ArrayList<>();
        for (int i = 1; i < series.reports().size(); i++) {
            YearReport prev = series.reports().get(i - 1);
            YearReport cur = series.reports().get(i);
            List<Finding> problems = new ArrayList<>();
            List<Finding> information = new ArrayList<>();
            if (cur.year() - prev.year() == 1) {
                Set<String> crossYear = new HashSet<>();
                for (Rule r : cur.report().schema().rules()) {
                    if (r.needsPrevious()) {
                        crossYear.add(r.id());
                    }
                }
                for (Finding f : Validator.validate(cur.report(), prev.report(), Validator.Options.defaults())) {
                    if (crossYear.contains(f.ruleId())) {
                        (f.severity() == Severity.ERROR ? problems : information).add(f);
                    }
                }
            }
            out.add(new CrossYear(prev.year(), cur.year(), problems, information));
        }
        return out;
    }
}
