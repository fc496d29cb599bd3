package nianbao.web;

import java.util.List;
import java.util.Optional;

/**
 * One collection of reports the office runs: a name, the report year, whether uploads are still
 * accepted, and the expected agencies, each with its own upload token.
 *
 * @param id folder name under {@code collections/}, made by the server (never from user input)
 * @param name the office's name for it, e.g. 2025年度全县政府信息公开工作年度报告
 * @param year the report year every upload must carry
 * @param created creation time, ISO-8601 with offset
 * @param closed true when the office has closed it: no more uploads
 * @param slots the expected agencies in the order given
 */
record Collection(String id, String name, int year, String created, boolean closed, List<Slot> slots) {

    Collection {
        slots = List.copyOf(slots);
    }

    /**
     * One expected agency.
     *
     * @param id folder and file name of its uploads ({@code a001}…), made by the server
     * @param agency the agency name as the office listed it
     * @param token the secret in its upload link (43 URL-safe characters, 256 random bits)
     */
    record Slot(String id, String agency, String token) {
    }

    /** The slot with this server-made ID. */
    Optional<Slot> slot(String slotId) {
        return slots.stream().filter(s -> s.id().equals(slotId)).findFirst();
    }

    /** The same collection opened or closed. */
    Collection withClosed(boolean isClosed) {
        return new Collection(id, name, year, created, isClosed, slots);
    }
}
