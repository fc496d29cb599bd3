package nianbao.validate;

import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Check;
import nianbao.schema.Field;
import nianbao.schema.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a report against its schema: the linear 勾稽 rules (T3-ROW, T3-RESULT, T3-BAL, T4-SUM,
 * X-CARRY, X-STOCK) and the built-in checks the schema declares (TYPE, META, NARR, FEE, TEXT, YOY,
 * X-PREV).
 */
public final class Validator {

    /**
     * How to validate.
     *
     * @param blankAsZero treat blank numeric cells as 0 (no "请填写 0" findings)
     * @param today the date the year and publish-date checks measure against
     */
    public record Options(boolean blankAsZero, LocalDate today) {

        public Options {
            Objects.requireNonNull(today, "today");
        }

        /** Options with the given blank handling, measured against today's date. */
        public Options(boolean blankAsZero) {
            this(blankAsZero, LocalDate.now());
        }

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
     * @return the findings, errors first, then warnings, then infos; within a severity in schema
     *         order (type and meta checks, the rules, then the other checks)
     */
    public static List<Finding> validate(Report report, Report previous, Options options) {
        Schema schema = report.schema();
        List<Finding> out = new ArrayList<>();
        check(schema, "TYPE").ifPresent(c -> out.addAll(TypeCheck.check(report, c, options.blankAsZero())));
        check(schema, "META").ifPresent(c -> out.addAll(MetaCheck.check(report, c, options.today())));
        Report usable = withinBounds(report);
        Report usablePrevious = previous == null ? null : withinBounds(previous);
        // the text's numbers are NARR's findings and, for a broken rule, evidence of which cell is wrong
        NarrativeCheck.Scan narrative = check(schema, "NARR").map(c -> NarrativeCheck.scan(usable, c))
                .orElse(new NarrativeCheck.Scan(List.of(), List.of()));
        out.addAll(RuleEngine.check(usable, usablePrevious, options.blankAsZero(), narrative.statements()));
        out.addAll(narrative.findings());
        check(schema, "FEE").ifPresent(c -> out.addAll(FeeCheck.check(usable, usablePrevious, c)));
        check(schema, "TEXT").ifPresent(c -> out.addAll(TextCheck.check(report, c)));
        if (previous != null) {
            check(schema, "X-PREV").ifPresent(c -> out.addAll(PreviousCheck.check(report, previous, c)));
            check(schema, "YOY").ifPresent(c -> out.addAll(YearOnYearCheck.check(usable, usablePrevious, c)));
        }
        out.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(out);
    }

    /**
     * The report with every number outside its schema's bounds kept only as text, so the rules and checks
     * after TYPE leave it alone: TYPE names it once at its cell, instead of every sum it enters quoting an
     * absurd total. The report itself when all numbers are within bounds (nearly always).
     */
    static Report withinBounds(Report report) {
        Report out = report;
        for (Field f : report.schema().numericFields()) {
            Value v = report.value(f.id());
            if (v.number() != null && !report.schema().bounds(f).contains(v.number())) {
                out = out.with(new Value(f.id(), null, Numbers.plain(v.number()), v.how(), v.source(), v.note()));
            }
        }
        return out;
    }

    private static Optional<Check> check(Schema schema, String id) {
        return schema.check(id);
    }
}
