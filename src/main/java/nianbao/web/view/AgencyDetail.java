package nianbao.web.view;

import nianbao.validate.Finding;

import java.util.List;

/**
 * One agency of a collection as the office sees it: its status, every version, and the latest
 * version's findings, each to be marked 需改正 or 已核实无误.
 *
 * @param collectionId the collection's ID
 * @param collectionName its name
 * @param agency the agency's name on the roster
 * @param status 已提交, 有错误（N） or 未提交
 * @param notices what the office should know first (another agency's name in the workbook …)
 * @param versions every version, newest first
 * @param reviews the latest version's findings with their marks; empty when there is none
 * @param unreadable true when the latest version could not be read again
 * @param markAction where a mark form posts
 * @param csrf the forms' CSRF token
 */
public record AgencyDetail(String collectionId, String collectionName, String agency, Badge status, List<Notice> notices,
                           List<Version> versions, List<Review> reviews, boolean unreadable, String markAction,
                           String csrf) {

    public AgencyDetail {
        notices = List.copyOf(notices);
        versions = List.copyOf(versions);
        reviews = List.copyOf(reviews);
    }

    /** The latest version's findings. */
    public List<Finding> findings() {
        return reviews.stream().map(Review::finding).toList();
    }
}
