package nianbao.web;

import nianbao.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreTest {

    @TempDir
    Path dir;

    private Path upload(Store store, String content) throws Exception {
        Path f = store.temporary("xlsx");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static Submission draft() {
        return new Submission(0, Store.now(), "127.0.0.1", "年报.xlsx", "xlsx", 1, "00", "甲局", 0, 0);
    }

    @Test
    void aCollectionFileChangedOnDiskIsReadAgain() throws Exception {
        Store store = Store.open(dir.resolve("data"));
        Collection c = store.create("收集", 2025, List.of("甲局", "乙局"));
        assertFalse(store.collection(c.id()).orElseThrow().closed());
        Path json = dir.resolve("data/collections").resolve(c.id()).resolve("collection.json");
        AtomicFiles.writeString(json, Files.readString(json).replace("\"closed\" : false", "\"closed\" : true"));
        assertTrue(store.collection(c.id()).orElseThrow().closed());
        Path received = upload(store, "v1");
        WebError e = assertThrows(WebError.class, () -> store.add(c, c.slots().get(0), received, draft()));
        assertEquals(403, e.status());
        try (var files = Files.list(dir.resolve("data/collections").resolve(c.id()).resolve("current"))) {
            assertEquals(0, files.count(), "a refused upload leaves no copy, not even a temporary one");
        }
    }

    @Test
    void aVersionFileLeftWithoutItsRecordIsNeverOverwritten() throws Exception {
        Store store = Store.open(dir.resolve("data"));
        Collection c = store.create("收集", 2025, List.of("甲局"));
        Collection.Slot s = c.slots().get(0);
        assertEquals(1, store.add(c, s, upload(store, "v1"), draft()).version());
        Path versions = dir.resolve("data/collections").resolve(c.id()).resolve("versions").resolve(s.id());
        Files.writeString(versions.resolve("0002.xlsx"), "left by a crash before its record was written");
        Submission v = store.add(c, s, upload(store, "v3"), draft());
        assertEquals(3, v.version());
        assertEquals("left by a crash before its record was written", Files.readString(versions.resolve("0002.xlsx")));
        assertEquals("v3", Files.readString(versions.resolve("0003.xlsx")));
        assertEquals("v3", Files.readString(store.currentDir(c).resolve("a001.xlsx")));
        assertEquals(v, store.latest(c, s).orElseThrow());
    }

    @Test
    void concurrentUploadsOfOneAgencyGetConsecutiveVersionsAndTheLastIsCurrent() throws Exception {
        Store store = Store.open(dir.resolve("data"));
        Collection c = store.create("收集", 2025, List.of("甲局"));
        Collection.Slot s = c.slots().get(0);
        int n = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        List<java.util.concurrent.Future<Submission>> done = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String content = "upload " + i;
            done.add(pool.submit(() -> store.add(c, s, upload(store, content), new Submission(0, Store.now(), "127.0.0.1",
                    content, "xlsx", 1, "00", "甲局", 0, 0))));
        }
        java.util.Set<Integer> numbers = new java.util.TreeSet<>();
        for (var f : done) {
            Submission v = f.get();
            numbers.add(v.version());
            // each version's file holds what was uploaded as that version, and its record says so
            assertEquals(v.originalName(), Files.readString(store.file(c, s, v)));
        }
        pool.shutdown();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, n).boxed().toList(), List.copyOf(numbers));
        List<Submission> versions = store.versions(c, s);
        assertEquals(n, versions.size());
        Submission last = store.latest(c, s).orElseThrow();
        assertEquals(versions.get(n - 1), last);
        assertEquals(last.originalName(), Files.readString(store.currentDir(c).resolve("a001.xlsx")));
        try (var files = Files.list(store.file(c, s, last).getParent())) {
            assertEquals(2 * n, files.count(), "no temporary file is left behind");
        }
    }
}
