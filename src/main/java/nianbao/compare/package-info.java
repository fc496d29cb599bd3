/**
 * One agency across the years: its reports of several years (filled workbooks, JSON, or published reports
 * imported on the fly) read into one series, every number of 表二/三/四 side by side by year with the change
 * between adjacent reports, the cross-year checks of the validator between adjacent years, and draft sentences
 * for 一、总体情况. Reports of the two formats are set side by side through the schema files alone: a field ID
 * both formats have is one line, a field one format splits into several ({@code sameAs}) is summed, and what
 * only one format has is shown for its years alone. Changes and the rule for a large one come from
 * {@code nianbao.analysis}; the documents are written by {@code nianbao.render}.
 */
package nianbao.compare;
