/**
 * Meta and narrative stage of the import: the report's outline (sections 一 … 六), which format's tables
 * it prints ({@link nianbao.legacy.meta.FormatDetector}), the agency (title, signature or a labelled page
 * field, chosen by {@link nianbao.legacy.meta.AgencyChoice}), the year and the publish date, and the
 * narrative sections, incl. headings glued into crawler lines and sub-headings in the agency's own words.
 */
package nianbao.legacy.meta;
