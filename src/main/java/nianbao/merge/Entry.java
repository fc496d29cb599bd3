package nianbao.merge;

import nianbao.schema.Severity;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the merge keeps of one report once read and validated: a compact row (meta texts and a
 * {@code double[]} of the numeric fields, NaN for blank) and its findings, so 10,000 inputs never
 * need 10,000 {@code Report} objects in memory.
 *
 * @param file the input as named (in roster mode: the slot's label)
 * @param agency meta.agency, or null; in roster mode the roster's name
 * @param year meta.year as text, or null
 * @param meta texts of {@link Columns#meta()}, null for blank
 * @param values numbers of {@link Columns#numeric()}, NaN for blank
 * @param unparsed texts found where a number belongs (same indexes as values), or null when there are none
 * @param errors number of error findings
 * @param warnings number of warning findings
 * @param issues every finding
 * @param jsonOffset where this report's JSON line starts in the spill file, or -1
 * @param jsonLength its length in bytes
 * @param columns the columns of the report's format, which {@code meta} and {@code values} follow
 * @param agencyInFile in roster mode, the workbook's own 机关名称 when it differs from the roster's; else null
 * @param badValues the numeric cells holding something else than a number within the schema's bounds (text, a
 *                  date, 1e400): a report with any is left out of the totals; empty for nearly every report
 */
record Entry(String file, String agency, String year, String[] meta, double[] values, String[] unparsed,
             int errors, int warnings, List<Issue> issues, long jsonOffset, int jsonLength, Columns columns,
             String agencyInFile, List<BadValue> badValues) {

    /** A row with no report behind it (a roster agency that submitted nothing, or whose file is unreadable). */
    static Entry blank(String file, String agency, Columns columns) {
        String[] meta = new String[columns.meta().size()];
        double[] values = new double[columns.numeric().size()];
        java.util.Arrays.fill(values, Double.NaN);
        return new Entry(file, agency, null, meta, values, null, 0, 0, List.of(), -1, 0, columns, null, List.of());
    }

    /**
     * One finding, reduced to what the 问题清单 shows.
     *
     * @param ruleId rule or check ID
     * @param severity how serious
     * @param cell position such as 表三!J28, or empty
     * @param message the Chinese sentence
     * @param mark the office's review of it on the collection desk (需改正：… or 已核实无误：…), or ""
     */
    record Issue(String ruleId, Severity severity, String cell, String message, String mark) {
    }

    /**
     * A numeric cell whose content cannot be summed.
     *
     * @param cell position such as 表三!D5, or empty
     * @param value the content as stated (a number out of bounds with its exponent: 1E+400)
     * @param reason the TYPE finding's sentence
     */
    record BadValue(String cell, String value, String reason) {
    }

    /** 通过, or "N 个错误 M 个警告". */
    String verdict() {
        return verdict(errors, warnings);
    }

    static String verdict(int errors, int warnings) {
        return errors == 0 && warnings == 0 ? "通过" : errors + " 个错误 " + warnings + " 个警告";
    }

    /** The number at an index as an exact decimal, or null when blank. */
    BigDecimal number(int i) {
        double d = values[i];
        return Double.isNaN(d) ? null : BigDecimal.valueOf(d);
    }
}
