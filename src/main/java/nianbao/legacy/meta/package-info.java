/**
 * Meta and narrative stage of the import: the report's outline (sections 一 … 六), which format's tables
 * it prints ({@link nianbao.legacy.meta.FormatDetector}), agency/year/date from the title, and the narrative
 * sections, incl. headings glued into crawler lines.
 */
package nianbao.legacy.meta;
