package nianbao.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last results a clerk saw (a checked or imported report), kept in memory under a random ID so
 * the page's download links work without writing the clerk's file anywhere. Bounded in number and
 * age: older entries drop out and their links say so.
 *
 * @param <T> what is kept
 */
final class Recent<T> {

    private static final long MAX_AGE_MS = 2L * 60 * 60 * 1000;

    private final int capacity;
    private final Map<String, Entry<T>> entries;

    private record Entry<T>(T value, long at) {
    }

    Recent(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<T>> eldest) {
                return size() > Recent.this.capacity;
            }
        };
    }

    /** Keeps a value and returns its new random ID. */
    synchronized String put(T value) {
        String id = Secrets.token();
        entries.put(id, new Entry<>(value, System.currentTimeMillis()));
        return id;
    }

    /**
     * The value under an ID.
     *
     * @throws WebError 404 when unknown or expired
     */
    synchronized T get(String id) throws WebError {
        Entry<T> e = id == null ? null : entries.get(id);
        if (e == null || System.currentTimeMillis() - e.at() > MAX_AGE_MS) {
            if (e != null) {
                entries.remove(id);
            }
            throw new WebError(404, "这个结果已过期（只保留 2 小时，服务重启后清空），请重新上传文件。");
        }
        return e.value();
    }
}
