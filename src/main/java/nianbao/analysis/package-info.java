/**
 * What the office reads out of many reports: a few key indicators per report, defined through schema field
 * IDs so that both formats are read alike ({@link nianbao.analysis.Indicator}), the composition of 办理结果
 * taken from the schema's rows ({@link nianbao.analysis.Outcomes}), year-on-year pairs per agency with the one
 * documented rule of thumb for a large change ({@link nianbao.analysis.LargeChange}), and agency × year trends.
 * An indicator a format lacks, or whose cells are blank, is absent (null), never 0. Used by the merge summary's
 * 分析 sheets, the desk's 分析 page and {@code compare}.
 */
package nianbao.analysis;
