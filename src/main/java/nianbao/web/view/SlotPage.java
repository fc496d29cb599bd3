package nianbao.web.view;

import nianbao.validate.Finding;

import java.util.List;

/**
 * An agency's own page, opened by its link: what it sent and what was found, the office's
 * comments, the report as a form to correct and hand in again, the upload form and every version.
 *
 * @param collectionName the collection's name
 * @param year its report year
 * @param agency the agency's name on the roster
 * @param closed true once the office has closed the collection
 * @param notices about the version shown (received, not the latest, another agency's name …)
 * @param fileName the shown version's file name, or null when nothing was sent yet
 * @param reportAgency the agency the shown version names, or null
 * @param reportYear the year the shown version names, or null
 * @param findings what validation found in the shown version
 * @param comments the office's 需改正 marks on the latest version
 * @param form the shown version as an editable form to hand in again, or null
 * @param uploadAction where the upload form posts
 * @param csrf the forms' CSRF token
 * @param versions every version, newest first
 */
public record SlotPage(String collectionName, int year, String agency, boolean closed, List<Notice> notices,
                       String fileName, String reportAgency, String reportYear, List<Finding> findings,
                       List<Comment> comments, ReportForm form, String uploadAction, String csrf, List<Version> versions) {

    public SlotPage {
        notices = List.copyOf(notices);
        findings = List.copyOf(findings);
        comments = List.copyOf(comments);
        versions = List.copyOf(versions);
    }

    /**
     * One comment of the office.
     *
     * @param cell where the finding is, e.g. {@code 表三!J5}
     * @param finding the finding's sentence as the office saw it
     * @param note what the office asks the agency to do
     * @param time when the office wrote it, shown as 2026-01-20 14:05
     */
    public record Comment(String cell, String finding, String note, String time) {
    }
}
