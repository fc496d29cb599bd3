package nianbao.web.view;

import java.util.List;

/**
 * The upload links of a collection, to copy and send out.
 *
 * @param id the collection's ID
 * @param name its name
 * @param warning why the links' address may be wrong (no --public-url), or null
 * @param rows one per expected agency
 */
public record LinksPage(String id, String name, String warning, List<Row> rows) {

    public LinksPage {
        rows = List.copyOf(rows);
    }

    /**
     * One agency's link.
     *
     * @param number its place on the roster
     * @param agency its name
     * @param link the whole upload link
     */
    public record Row(String number, String agency, String link) {
    }
}
