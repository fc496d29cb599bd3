package nianbao.web.view;

import nianbao.validate.Finding;

import java.util.List;

/**
 * A checked report on the clerk's 校验结果 page.
 *
 * @param fileName the file as the clerk named it
 * @param agency the agency named in the report, or null
 * @param year the report year, or null
 * @param findings what validation found, errors first
 * @param downloadBase the path the downloads hang from ({@code /check/ID/})
 * @param preview the report as the HTML renderer's fragment (already escaped by the renderer)
 */
public record CheckResult(String fileName, String agency, String year, List<Finding> findings, String downloadBase,
                          String preview) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    /** True when errors keep the publishable documents back. */
    public boolean blocked() {
        return View.errors(findings) > 0;
    }
}
