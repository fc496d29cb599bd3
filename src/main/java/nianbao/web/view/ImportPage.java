package nianbao.web.view;

import nianbao.legacy.ImportResult;

/**
 * An imported published report on the 导入结果 page.
 *
 * @param result what the importer made of it
 * @param reportHref the link of the import report (.txt)
 * @param form the imported report as an editable form, each value marked read, inferred or missing
 */
public record ImportPage(ImportResult result, String reportHref, ReportForm form) {
}
