package nianbao.web.view;

import java.util.List;

/**
 * The 催报 list of a collection: the agencies that have not submitted and those with a finding to
 * correct, each with its link, and the same as text for a notice.
 *
 * @param id the collection's ID
 * @param name its name
 * @param rows one per agency to remind, in roster order
 * @param text the list as the text of a notice, ready to copy
 */
public record RemindPage(String id, String name, List<Row> rows, String text) {

    public RemindPage {
        rows = List.copyOf(rows);
    }

    /**
     * One agency to remind.
     *
     * @param number its place on the roster
     * @param agency its name
     * @param reason 未提交, or 待改正（N 处）
     * @param link its upload link
     */
    public record Row(String number, String agency, String reason, String link) {
    }
}
