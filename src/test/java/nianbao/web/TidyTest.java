package nianbao.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a crash leaves in the data folder, and the next start clearing it (the process-level kill -9 test is {@link KillTest}). */
class TidyTest {

    @TempDir
    Path dir;

    private static Path upload(Store store, String content) throws Exception {
        Path f = store.temporary("xlsx");
        Files.writeString(f, content);
        return f;
    }

    /** The record of an upload whose content is its name (size and digest as the server records them). */
    private static Submission draft(String name) {
        byte[] b = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new Submission(0, Store.now(), "127.0.0.1", name, "xlsx", b.length,
                Secrets.sha256Hex(b), "甲局", 0, 0);
    }

    @Test
    void whatACrashLeftIsClearedAtStartAndCountedInTheLog() throws Exception {
        Path data = dir.resolve("data");
        Store store = Store.open(data);
        Collection c = store.create("收集", 2025, List.of("甲局", "乙局"));
        Collection.Slot s = c.slots().get(0);
        store.add(c, s, upload(store, "v1"), draft("v1"));
        store.close();

        // a crash: uploads being received, temporaries of an older server beside their targets, an upload
        // moved into versions/ with its record but cut off before its status, and a stale current/ copy
        Path col = data.resolve("collections").resolve(c.id());
        Files.writeString(data.resolve("tmp/upload-123.xlsx"), "half");
        Files.createDirectories(data.resolve("tmp/MultiPart-1"));
        Files.writeString(data.resolve("tmp/MultiPart-1/part.tmp"), "half");
        Files.writeString(col.resolve("current/.a002.xlsx.4711.tmp"), "an unconfirmed upload");
        Files.writeString(col.resolve("status/.a001.properties.99.tmp"), "version=9");
        Files.writeString(col.resolve("versions/a001/0002.xlsx"), "v2, never confirmed");
        Files.copy(col.resolve("versions/a001/0001.properties"), col.resolve("versions/a001/0002.properties"));
        Files.writeString(col.resolve("current/a001.xlsx"), "v0");
        Files.writeString(col.resolve("current/a001.json"), "{}");

        store = Store.open(data);
        try {
            String[] log = Files.readString(data.resolve("log.tsv")).strip().split("\n");
            assertTrue(log[log.length - 1].endsWith("\t\t服务器\t启动：删除遗留的临时文件 4 个；服务中断时未保存完的上传 1 个"
                    + "（原文件留在 versions/ 中，不计入）；按已确认的版本重新复制 current/ 中的副本 1 个"), log[log.length - 1]);
            assertEquals(List.of(), list(data.resolve("tmp")));
            assertEquals(List.of("a001.xlsx"), list(col.resolve("current")));
            assertEquals("v1", Files.readString(col.resolve("current/a001.xlsx")));
            assertEquals(List.of("a001.properties"), list(col.resolve("status")));
            assertEquals(List.of("0001.properties", "0001.xlsx", "0002.properties.unconfirmed", "0002.xlsx.unconfirmed"),
                    list(col.resolve("versions/a001")));
            assertEquals(List.of(1), store.versions(c, s).stream().map(Submission::version).toList());
            assertTrue(store.version(c, s, 2).isEmpty());

            // the next upload gets a number of its own, and the cut-off one never shows, also not below it
            Submission v3 = store.add(c, s, upload(store, "v3"), draft("v3"));
            assertEquals(3, v3.version());
            assertEquals(List.of(1, 3), store.versions(c, s).stream().map(Submission::version).toList());
            assertEquals("v2, never confirmed", Files.readString(col.resolve("versions/a001/0002.xlsx.unconfirmed")));
        } finally {
            store.close();
        }

        store = Store.open(data);
        store.close();
        String[] log = Files.readString(data.resolve("log.tsv")).strip().split("\n");
        assertTrue(log[log.length - 1].endsWith("\t启动：删除遗留的临时文件 0 个"), "a clean folder: " + log[log.length - 1]);
    }

    @Test
    void aSecondServerOnTheSameFolderIsRefusedUntilTheFirstStops() throws Exception {
        Path data = dir.resolve("data");
        Store first = Store.open(data);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Store.open(data));
        assertEquals("数据文件夹 " + data + " 正由另一个 nianbao serve 使用；同一个数据文件夹同时只能运行一个服务。", e.getMessage());
        first.close();
        Store.open(data).close();
    }

    @Test
    void aStoreWritesNoTemporaryFileWhereAReaderLooks() throws Exception {
        Store store = Store.open(dir.resolve("data"));
        Collection c = store.create("收集", 2025, List.of("甲局", "乙局", "丙局"));
        Path col = dir.resolve("data/collections").resolve(c.id());
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                try (var walk = Files.walk(col)) {
                    walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith(".") || n.endsWith(".tmp")).forEach(seen::add);
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    // a file renamed away while listed
                }
            }
        });
        watcher.start();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        List<java.util.concurrent.Future<Submission>> all = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Collection.Slot s = c.slots().get(i % 3);
            String content = "upload " + i;
            all.add(pool.submit(() -> store.add(c, s, upload(store, content), draft(content))));
        }
        for (var f : all) {
            f.get();
        }
        store.setClosed(c.id(), true);
        done.set(true);
        watcher.join();
        pool.shutdown();
        store.close();
        assertEquals(java.util.Set.of(), seen, "no temporary file ever appeared in the collection's folders");
        assertEquals(List.of(), list(dir.resolve("data/tmp")));
    }

    private static List<String> list(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theLogOfAStartSaysNothingWasLeftWhenNothingWas() throws Exception {
        Store.open(dir.resolve("data")).close();
        assertFalse(Files.readString(dir.resolve("data/log.tsv")).contains("服务中断"));
    }
}
