package nianbao.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarksTest {

    @TempDir
    Path dir;

    private static Marks.Mark mark(String key, Marks.Kind kind, String note) {
        return new Marks.Mark(key, kind, note, "表三!J5", "表三“一、本年新收”行 总计列：填报 14，按六类申请人合计应为 13。", 1,
                "2026-01-20T10:00:00+08:00");
    }

    @Test
    void aMarkIsKeptPerAgencyReplacedByTheNextOnTheSameFindingAndRemovable() throws Exception {
        Store store = Store.open(dir.resolve("data"));
        Collection c = store.create("收集", 2025, List.of("甲局", "乙局"));
        Marks marks = new Marks(store);
        Collection.Slot a = c.slots().get(0);
        Collection.Slot b = c.slots().get(1);
        marks.put(c, a, mark("T3-ROW@t3.new.total", Marks.Kind.FIX, "请按原始台账核对总计。"));
        marks.put(c, b, mark("X-STOCK@t2.rules.valid", Marks.Kind.OK, "本年开展规章清理，重新统计。"));
        marks.put(c, a, mark("T3-ROW@t3.new.total", Marks.Kind.OK, "已电话核实。"));
        assertEquals(List.of(mark("T3-ROW@t3.new.total", Marks.Kind.OK, "已电话核实。")), marks.of(c, a));
        assertEquals("本年开展规章清理，重新统计。", marks.of(c, b).get(0).note());
        String file = Files.readString(dir.resolve("data/collections").resolve(c.id()).resolve("marks.json"));
        assertTrue(file.contains("\"a002\"") && file.contains("\"kind\" : \"ok\""), file);
        assertEquals("T3-ROW@t3.new.total", marks.remove(c, a, "T3-ROW@t3.new.total").key());
        assertNull(marks.remove(c, a, "T3-ROW@t3.new.total"));
        assertEquals(List.of(), marks.of(c, a));
        assertEquals(Set.of("a002"), marks.all(c).keySet());
    }

    @Test
    void theDataFoldersReadmeExplainsEveryEntryOfACollectionFolderMarksIncluded() throws Exception {
        Store store = Store.open(dir.resolve("data"));
        Collection c = store.create("收集", 2025, List.of("甲局"));
        Path received = store.temporary("xlsx");
        Files.writeString(received, "v1");
        store.add(c, c.slots().get(0), received,
                new Submission(0, Store.now(), "127.0.0.1", "年报.xlsx", "xlsx", 2, "00", "甲局", 0, 0));
        new Marks(store).put(c, c.slots().get(0), mark("T3-ROW@t3.new.total", Marks.Kind.FIX, "请核对。"));
        String readme = Files.readString(dir.resolve("data/README.txt"));
        List<String> entries = new ArrayList<>();
        try (var files = Files.list(dir.resolve("data/collections").resolve(c.id()))) {
            files.forEach(f -> entries.add(f.getFileName().toString()));
        }
        assertTrue(entries.contains("marks.json"), entries.toString());
        for (String e : entries) {
            String named = Files.isDirectory(dir.resolve("data/collections").resolve(c.id()).resolve(e)) ? e + "/" : e;
            assertTrue(readme.contains("collections/<编号>/" + named), named + " is not explained in README.txt");
        }
        assertTrue(readme.contains("需改正") && readme.contains("已核实无误"), readme);
    }

    @Test
    void keepOnlyDropsTheMarksWhoseFindingIsGone() throws Exception {
        Store store = Store.open(dir.resolve("data"));
        Collection c = store.create("收集", 2025, List.of("甲局"));
        Marks marks = new Marks(store);
        Collection.Slot a = c.slots().get(0);
        marks.put(c, a, mark("T3-ROW@t3.new.total", Marks.Kind.FIX, "请核对。"));
        marks.put(c, a, mark("TYPE@t3.new.legal", Marks.Kind.FIX, "请填数字。"));
        List<Marks.Mark> gone = marks.keepOnly(c, a, Set.of("TYPE@t3.new.legal", "T3-BAL@t3.total.natural"));
        assertEquals(List.of("T3-ROW@t3.new.total"), gone.stream().map(Marks.Mark::key).toList());
        assertEquals(List.of("TYPE@t3.new.legal"), marks.of(c, a).stream().map(Marks.Mark::key).toList());
        assertEquals(List.of(), marks.keepOnly(c, a, Set.of("TYPE@t3.new.legal")));
    }

    @Test
    void concurrentMarksOfOneCollectionAreAllKept() throws Exception {
        Store store = Store.open(dir.resolve("data"));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            names.add("单位" + i);
        }
        Collection c = store.create("收集", 2025, names);
        Marks marks = new Marks(store);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (Collection.Slot s : c.slots()) {
            done.add(pool.submit(() -> {
                marks.put(c, s, mark("T3-ROW@t3.new.total", Marks.Kind.FIX, s.agency()));
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertEquals(20, marks.all(c).size());
    }

    @Test
    void aMarkOfAKindTheServerDoesNotKnowIsNotShown() throws Exception {
        var parsed = Marks.parse("{\"a001\":[{\"key\":\"T3-ROW@t3.new.total\",\"kind\":\"maybe\"},"
                + "{\"key\":\"TYPE@t3.new.legal\",\"kind\":\"fix\",\"note\":\"请填数字。\",\"version\":2}]}");
        assertEquals(List.of("TYPE@t3.new.legal"), parsed.get("a001").stream().map(Marks.Mark::key).toList());
        assertEquals(2, parsed.get("a001").get(0).version());
    }
}
