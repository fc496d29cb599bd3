package nianbao.validate;

import nianbao.model.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Checks a report against its schema's rules and checks. */
public final class Validator {

    /**
     * How to validate.
     *
     * @param blankAsZero treat blank numeric cells as 0 (no "请填写 0" findings)
     */
    public record Options(boolean blankAsZero) {
        /** The defaults: blanks are errors. */
        public static Options defaults() {
            return new Options(false);
        }
    }

    private Validator() {
    }

    /** Validates a report on its own. */
    public static List<Finding> validate(Report report) {
        return validate(report, null, Options.defaults());
    }

    /**
     * Validates a report, with last year's report for the cross-year checks.
     *
     * @param report this year's report
     * @param previous last year's report, or null
     * @param options validation options
     * @return the findings, errors first, then in schema order
     */
    public static List<Finding> validate(Report report, Report previous, Options options) {
        List<Finding> out = new ArrayList<>(RuleEngine.check(report, previous, options.blankAsZero()));
        out.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(out);
    }
}
