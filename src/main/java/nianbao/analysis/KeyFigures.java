package nianbao.analysis;

import nianbao.model.Report;
import nianbao.schema.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The key indicators ({@link Indicator#KEY}) and the 办理结果 composition ({@link Outcomes}) of one report, with
 * the agency and year they belong to. Small, so that ten thousand of them cost nothing next to the reports.
 */
public final class KeyFigures {

    private final String agency;
    private final String year;
    private final Schema schema;
    private final BigDecimal[][] parts;
    private final List<Outcomes.Category> categories;
    private final BigDecimal[] outcomes;

    private KeyFigures(String agency, String year, Schema schema, BigDecimal[][] parts,
                       List<Outcomes.Category> categories, BigDecimal[] outcomes) {
        this.agency = agency;
        this.year = year;
        this.schema = schema;
        this.parts = parts;
        this.categories = categories;
        this.outcomes = outcomes;
    }

    /** The figures of a report (its agency and year as the report states them). */
    public static KeyFigures of(Report report) {
        return of(report.agency(), report.year(), report.schema(), report::numberIfPresent);
    }

    /**
     * The figures of a report known only by its numbers.
     *
     * @param agency the agency, or null
     * @param year the year as text, or null
     * @param schema the report's format
     * @param numbers a field's number, or null when blank, missing or not a number
     */
    public static KeyFigures of(String agency, String year, Schema schema, Function<String, BigDecimal> numbers) {
        BigDecimal[][] parts = new BigDecimal[Indicator.KEY.size()][];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Indicator.KEY.get(i).partsOf(schema, numbers);
        }
        List<Outcomes.Category> categories = Outcomes.of(schema);
        BigDecimal[] outcomes = new BigDecimal[categories.size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = categories.get(i).valueOf(numbers);
        }
        return new KeyFigures(agency, year, schema, parts, categories, outcomes);
    }

    /** The agency, or null. */
    public String agency() {
        return agency;
    }

    /** The year as the report states it, or null. */
    public String year() {
        return year;
    }

    /** The year as a number, or null when blank or not a four-digit year. */
    public Integer yearNumber() {
        return year != null && year.matches("\\d{4}") ? Integer.valueOf(year) : null;
    }

    /** The report's format. */
    public Schema schema() {
        return schema;
    }

    /**
     * A key indicator's value: a count, or a share as a fraction; null when absent.
     *
     * @throws IllegalArgumentException for an indicator not in {@link Indicator#KEY}
     */
    public BigDecimal value(Indicator indicator) {
        BigDecimal[] p = parts(indicator);
        return p == null ? null : indicator.valueOf(p[0], p[1]);
    }

    /**
     * What a key indicator is made of: {fields, base} as {@link Indicator#partsOf} gives them, or null when absent.
     *
     * @throws IllegalArgumentException for an indicator not in {@link Indicator#KEY}
     */
    public BigDecimal[] parts(Indicator indicator) {
        int i = Indicator.KEY.indexOf(indicator);
        if (i < 0) {
            throw new IllegalArgumentException("not a key indicator: " + indicator.key());
        }
        return parts[i] == null ? null : parts[i].clone();
    }

    /** The 办理结果 categories of the report's format, in table order. */
    public List<Outcomes.Category> categories() {
        return categories;
    }

    /** The count of one category (same index as {@link #categories()}), or null when a cell has no number. */
    public BigDecimal outcome(int category) {
        return outcomes[category];
    }

    /** The count of the category with this label (e.g. （三）不予公开), or null when absent. */
    public BigDecimal outcome(String label) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).label().equals(label)) {
                return outcomes[i];
            }
        }
        return null;
    }

    /** True when every category has a count, so the composition adds up to the report's 办理结果. */
    public boolean hasOutcomes() {
        if (outcomes.length == 0) {
            return false;
        }
        for (BigDecimal o : outcomes) {
            if (o == null) {
                return false;
            }
        }
        return true;
    }
}
