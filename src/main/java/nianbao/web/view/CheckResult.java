package nianbao.web.view;

import nianbao.validate.Finding;

import java.util.List;

/**
 * A checked report on the clerk's 校验结果 page: what validation found, the report as an editable
 * form, and its preview.
 *
 * @param fileName the file as the clerk named it
 * @param agency the agency named in the report, or null
 * @param year the report year, or null
 * @param findings what validation found, errors first
 * @param form the report as an editable form
 * @param preview the report as the HTML renderer's fragment (already escaped by the renderer), or null
 * @param refusal why the last action was not done (e.g. no Word file while errors remain), or null
 */
public record CheckResult(String fileName, String agency, String year, List<Finding> findings, ReportForm form,
                          String preview, String refusal) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    /** True when errors keep the publishable documents back. */
    public boolean blocked() {
        return View.errors(findings) > 0;
    }
}
