package nianbao.web.view;

/**
 * One uploaded version as the pages list it.
 *
 * @param number 1, 2, 3…
 * @param time when it came, shown as 2026-01-20 14:05
 * @param address where it came from (the office's page only)
 * @param originalName the file name the browser sent
 * @param agencyInFile the agency the report names
 * @param result 通过, 通过，N 个警告 or N 个错误
 * @param href where it opens: the file (office) or its page (agency)
 */
public record Version(int number, String time, String address, String originalName, String agencyInFile, Badge result,
                      String href) {
}
