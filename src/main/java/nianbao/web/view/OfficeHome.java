package nianbao.web.view;

import java.util.List;

/**
 * The office's 收集与汇总 page once logged in: its collections and the form for a new one.
 *
 * @param csrf the forms' CSRF token
 * @param collections every collection, newest first
 * @param year the report year the new-collection form suggests (last year)
 */
public record OfficeHome(String csrf, List<Row> collections, int year) {

    public OfficeHome {
        collections = List.copyOf(collections);
    }

    /**
     * One collection.
     *
     * @param id its ID (a path segment the server made)
     * @param name the office's name for it
     * @param year its report year
     * @param expected how many agencies it expects
     * @param closed true once closed
     * @param created when it was created, shown as 2026-01-20 14:05
     */
    public record Row(String id, String name, int year, int expected, boolean closed, String created) {
    }
}
