package nianbao.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The earlier collection a collection is compared with, on its 分析 page and in its summary workbook's 同比
 * sheet: the one the request names ({@code ?previous=ID}, empty for none), or by default the latest collection
 * of the year before. It is looked up among the office's own collections by ID, never used as a path.
 */
final class Earlier {

    private Earlier() {
    }

    /** The office's other collections, newest year first (then the latest created). */
    static List<Collection> candidates(Store store, Collection c) throws IOException {
        List<Collection> out = new ArrayList<>();
        for (Collection e : store.collections()) {
            if (!e.id().equals(c.id())) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingInt(Collection::year).reversed().thenComparing(Collection::created,
                Comparator.reverseOrder()));
        return out;
    }

    /**
     * The collection to compare with, or none.
     *
     * @throws WebError 404 when the request names a collection the office does not have
     */
    static Optional<Collection> chosen(Store store, Context ctx, Collection c) throws WebError, IOException {
        String id = ctx.queryParam("previous");
        List<Collection> earlier = candidates(store, c);
        if (id == null) {
            return earlier.stream().filter(e -> e.year() == c.year() - 1).findFirst();
        }
        if (id.isEmpty()) {
            return Optional.empty();
        }
        for (Collection e : earlier) {
            if (e.id().equals(id)) {
                return Optional.of(e);
            }
        }
        throw new WebError(404, "没有这个收集，无法对比。");
    }
}
