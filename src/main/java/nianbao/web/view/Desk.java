package nianbao.web.view;

import java.util.List;

/**
 * One collection's status page (报送情况): the tally, the actions, the downloads and one row per
 * expected agency.
 *
 * @param id the collection's ID
 * @param name its name
 * @param year its report year
 * @param closed true once closed
 * @param created when it was created, shown as 2026-01-20 14:05
 * @param csrf the forms' CSRF token
 * @param tally the counts at the top
 * @param rows one per expected agency, in roster order
 */
public record Desk(String id, String name, int year, boolean closed, String created, String csrf, Tally tally,
                   List<Row> rows) {

    public Desk {
        rows = List.copyOf(rows);
    }

    /**
     * The counts at the top of the page.
     *
     * @param expected agencies on the roster
     * @param submitted whose latest version has no error
     * @param withErrors whose latest version has errors
     * @param missing that have not submitted
     * @param toFix with a finding the office marked 需改正
     * @param verified with a finding the office marked 已核实无误
     */
    public record Tally(int expected, int submitted, int withErrors, int missing, int toFix, int verified) {
    }

    /**
     * One expected agency.
     *
     * @param slot its slot ID ({@code a001})
     * @param number its place on the roster ({@code 001})
     * @param agency its name on the roster
     * @param status 已提交, 有错误（N） or 未提交
     * @param mismatch 机关名称不符：… when the workbook names another agency, else null
     * @param review 待改正（N）/ 已核实（N） from the office's marks, or null
     * @param time when its latest version came, or —
     * @param version its latest version's number, or —
     */
    public record Row(String slot, String number, String agency, Badge status, String mismatch, Badge review,
                      String time, String version) {
    }
}
