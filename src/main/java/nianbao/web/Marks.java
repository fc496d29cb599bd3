package nianbao.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The office's review of the findings, one plain file per collection ({@code marks.json}): per
 * agency, each finding the office marked 需改正 (with a comment to the agency) or 已核实无误 (with a
 * reason), keyed by rule and cell ({@link nianbao.validate.FindingKeys}) so a mark stays with its
 * finding across new versions and is dropped once a version no longer has that finding. Written
 * atomically under the collection's lock.
 */
final class Marks {

    /** What the office decided about a finding. */
    enum Kind {
        /** The agency must correct it; the comment is shown on its link page. */
        FIX("需改正", "待改正"),
        /** Checked and right as it is (e.g. a real re-count); the reason stays on record. */
        OK("已核实无误", "已核实");

        private final String zh;
        private final String status;

        Kind(String zh, String status) {
            this.zh = zh;
            this.status = status;
        }

        /** 需改正 or 已核实无误. */
        String zh() {
            return zh;
        }

        /** How the status page says it: 待改正 or 已核实. */
        String status() {
            return status;
        }

        /** The kind a form names ({@code fix} or {@code ok}), or null. */
        static Kind parse(String s) {
            return "fix".equals(s) ? FIX : "ok".equals(s) ? OK : null;
        }

        String key() {
            return this == FIX ? "fix" : "ok";
        }
    }

    /**
     * One mark.
     *
     * @param key the finding's rule and cell, e.g. {@code T3-ROW@t3.new.total}
     * @param kind 需改正 or 已核实无误
     * @param note the comment to the agency, or the reason it is right
     * @param cell where the finding was shown, e.g. {@code 表三!J5}
     * @param message the finding's sentence when it was marked
     * @param version the version the office looked at
     * @param time when, ISO-8601 with offset
     */
    record Mark(String key, Kind kind, String note, String cell, String message, int version, String time) {
    }

    /** Longest comment or reason accepted. */
    static final int MAX_NOTE = 500;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Store store;

    Marks(Store store) {
        this.store = store;
    }

    /** Every agency's marks in a collection, by slot ID. */
    Map<String, List<Mark>> all(Collection c) throws IOException {
        Path f = file(c);
        if (!Files.isRegularFile(f)) {
            return Map.of();
        }
        return parse(Files.readString(f, StandardCharsets.UTF_8));
    }

    /** One agency's marks. */
    List<Mark> of(Collection c, Collection.Slot s) throws IOException {
        return all(c).getOrDefault(s.id(), List.of());
    }

    /** Sets the mark of a finding (replacing the one it had). */
    void put(Collection c, Collection.Slot s, Mark mark) throws IOException {
        change(c, s, list -> {
            list.removeIf(m -> m.key().equals(mark.key()));
            list.add(mark);
            return List.of();
        });
    }

    /** Takes a finding's mark away; returns it, or null when it had none. */
    Mark remove(Collection c, Collection.Slot s, String key) throws IOException {
        List<Mark> gone = change(c, s, list -> {
            List<Mark> out = list.stream().filter(m -> m.key().equals(key)).toList();
            list.removeAll(out);
            return out;
        });
        return gone.isEmpty() ? null : gone.get(0);
    }

    /**
     * Keeps only the marks whose finding the agency's latest version still has.
     *
     * @param current the keys of the latest version's findings
     * @return the marks dropped because their finding is gone (fixed)
     */
    List<Mark> keepOnly(Collection c, Collection.Slot s, Set<String> current) throws IOException {
        if (of(c, s).stream().allMatch(m -> current.contains(m.key()))) {
            return List.of();
        }
        return change(c, s, list -> {
            List<Mark> out = list.stream().filter(m -> !current.contains(m.key())).toList();
            list.removeAll(out);
            return out;
        });
    }

    private interface Change {
        List<Mark> apply(List<Mark> marks);
    }

    /** Reads, changes and writes the file under the collection's lock; returns what the change reports. */
    private List<Mark> change(Collection c, Collection.Slot s, Change change) throws IOException {
        ReentrantLock lock = store.lock(c.id());
        lock.lock();
        try {
            Map<String, List<Mark>> all = new LinkedHashMap<>();
            all(c).forEach((k, v) -> all.put(k, new ArrayList<>(v)));
            List<Mark> list = all.computeIfAbsent(s.id(), k -> new ArrayList<>());
            List<Mark> out = change.apply(list);
            if (list.isEmpty()) {
                all.remove(s.id());
            }
            AtomicFiles.writeString(file(c), write(all));
            return out;
        } finally {
            lock.unlock();
        }
    }

    private Path file(Collection c) {
        return store.root().resolve("collections").resolve(c.id()).resolve("marks.json");
    }

    static String write(Map<String, List<Mark>> all) {
        ObjectNode root = JSON.createObjectNode();
        all.forEach((slot, marks) -> {
            ArrayNode list = root.putArray(slot);
            for (Mark m : marks) {
                ObjectNode o = list.addObject();
                o.put("key", m.key());
                o.put("kind", m.kind().key());
                o.put("note", m.note());
                o.put("cell", m.cell());
                o.put("message", m.message());
                o.put("version", m.version());
                o.put("time", m.time());
            }
        });
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, List<Mark>> parse(String text) throws IOException {
        JsonNode root = JSON.readTree(text);
        Map<String, List<Mark>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            List<Mark> marks = new ArrayList<>();
            for (JsonNode o : e.getValue()) {
                Kind kind = Kind.parse(o.path("kind").asText());
                if (kind == null) {
                    continue; // a hand edit the server does not know: not shown rather than guessed
                }
                marks.add(new Mark(o.path("key").asText(), kind, o.path("note").asText(), o.path("cell").asText(),
                        o.path("message").asText(), o.path("version").asInt(), o.path("time").asText()));
            }
            out.put(e.getKey(), List.copyOf(marks));
        }
        return out;
    }
}
