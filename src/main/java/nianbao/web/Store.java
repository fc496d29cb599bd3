package nianbao.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nianbao.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * The {@code --data} folder: plain files an IT person can back up by copying the folder and that
 * {@code nianbao merge} reads directly.
 *
 * <pre>
 * 年报数据/
 *   README.txt                      what is where
 *   office-password.hash            PBKDF2 hash of the office password (when generated)
 *   log.tsv                         append-only: time, address, who, what
 *   collections/2025-001/
 *     collection.json               name, year, open/closed, expected agencies and their link tokens
 *     roster.csv                    the expected agencies (slot, name), for people
 *     versions/a001/0001.xlsx       every upload as received, never modified
 *     versions/a001/0001.properties when, from where, original name, findings
 *     status/a001.properties        the latest version's record
 *     current/a001.xlsx             a copy of the latest version: nianbao merge collections/2025-001/current/
 * </pre>
 *
 * Every change of a collection happens under that collection's lock and every file is written
 * atomically, so concurrent uploads and a crash mid-write leave a consistent folder.
 */
final class Store {

    private static final Pattern COLLECTION_ID = Pattern.compile("\\d{4}-\\d{3}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern VERSION_NUMBER = Pattern.compile("\\d{4}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final Path collections;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** SHA-256 of a token (hex) → collection ID and slot ID. */
    private final Map<String, String[]> tokens = new ConcurrentHashMap<>();
    /** collection.json as last parsed, by collection ID, with the identity of the file it came from. */
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private final Object logLock = new Object();
    private final Object createLock = new Object();

    /** A parsed collection.json and the file's identity (inode, modification time, size) when it was read. */
    private record Parsed(Object fileKey, FileTime modified, long size, Collection collection) {
    }

    /** A slot found by its token. */
    record Located(Collection collection, Collection.Slot slot) {
    }

    private Store(Path root) {
        this.root = root;
        this.collections = root.resolve("collections");
    }

    /** Opens (and on first use creates) the data folder, indexing every upload token. */
    static Store open(Path root) throws IOException {
        Store s = new Store(root);
        Files.createDirectories(s.collections);
        Path readme = root.resolve("README.txt");
        if (!Files.exists(readme)) {
            AtomicFiles.writeString(readme, README);
        }
        for (Collection c : s.collections()) {
            s.index(c);
        }
        return s;
    }

    /** The data folder. */
    Path root() {
        return root;
    }

    /** Every collection, newest first. */
    List<Collection> collections() throws IOException {
        List<Collection> out = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(collections)) {
            for (Path d : dirs) {
                String id = d.getFileName().toString();
                if (COLLECTION_ID.matcher(id).matches() && Files.isRegularFile(d.resolve("collection.json"))) {
                    out.add(read(id));
                }
            }
        }
        out.sort(Comparator.comparing(Collection::id).reversed());
        return out;
    }

    /** The collection with this ID; empty for anything that is not a collection ID made here. */
    Optional<Collection> collection(String id) throws IOException {
        if (id == null || !COLLECTION_ID.matcher(id).matches() || !Files.isRegularFile(dir(id).resolve("collection.json"))) {
            return Optional.empty();
        }
        return Optional.of(read(id));
    }

    /** Creates a collection with a fresh random token for every agency. */
    Collection create(String name, int year, List<String> agencies) throws IOException {
        synchronized (createLock) {
            int seq = 1;
            while (Files.exists(dir(String.format("%04d-%03d", year, seq)))) {
                seq++;
            }
            String id = String.format("%04d-%03d", year, seq);
            List<Collection.Slot> slots = new ArrayList<>();
            StringBuilder roster = new StringBuilder("\uFEFF序号,机关名称\r\n");
            for (int i = 0; i < agencies.size(); i++) {
                String slotId = String.format("a%03d", i + 1);
                slots.add(new Collection.Slot(slotId, agencies.get(i), Secrets.token()));
                roster.append(slotId).append(',').append(Site.csv(agencies.get(i))).append("\r\n");
            }
            Collection c = new Collection(id, name, year, now(), false, slots);
            Files.createDirectories(dir(id).resolve("current"));
            Files.createDirectories(dir(id).resolve("versions"));
            Files.createDirectories(dir(id).resolve("status"));
            AtomicFiles.writeString(dir(id).resolve("roster.csv"), roster.toString());
            write(c);
            index(c);
            return c;
        }
    }

    /** Opens or closes a collection for uploads. */
    Collection setClosed(String id, boolean closed) throws IOException {
        ReentrantLock lock = lock(id);
        lock.lock();
        try {
            Collection c = read(id).withClosed(closed);
            write(c);
            return c;
        } finally {
            lock.unlock();
        }
    }

    /** The collection and slot an upload token opens; compared in constant time. */
    Optional<Located> byToken(String token) throws IOException {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        String[] ref = tokens.get(Secrets.sha256Hex(token.getBytes(StandardCharsets.US_ASCII)));
        if (ref == null) {
            return Optional.empty();
        }
        Optional<Collection> c = collection(ref[0]);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Optional<Collection.Slot> slot = c.get().slot(ref[1]);
        if (slot.isEmpty() || !MessageDigest.isEqual(slot.get().token().getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(new Located(c.get(), slot.get()));
    }

    /** The latest version an agency uploaded, if any. */
    Optional<Submission> latest(Collection c, Collection.Slot s) throws IOException {
        Path status = dir(c.id()).resolve("status").resolve(s.id() + ".properties");
        return Files.isRegularFile(status) ? Optional.of(Submission.read(status)) : Optional.empty();
    }

    /** Every version an agency uploaded, oldest first. */
    List<Submission> versions(Collection c, Collection.Slot s) throws IOException {
        Path d = versionsDir(c, s);
        List<Submission> out = new ArrayList<>();
        if (!Files.isDirectory(d)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(d, "*.properties")) {
            for (Path f : files) {
                out.add(Submission.read(f));
            }
        }
        out.sort(Comparator.comparingInt(Submission::version));
        return out;
    }

    /** The stored file of one version. */
    Path file(Collection c, Collection.Slot s, Submission v) {
        return versionsDir(c, s).resolve(v.fileName());
    }

    /** The folder {@code nianbao merge} reads: the latest version of every agency that uploaded. */
    Path currentDir(Collection c) {
        return dir(c.id()).resolve("current");
    }

    /**
     * Records an upload as the agency's next version: moves the received file into place, writes its
     * record, makes it the current one. Everything is written into temporary files before the
     * collection's lock is taken; under the lock the version number is confirmed and the files are
     * renamed into place, so an upload holds the lock for a handful of renames (with 20 uploads at
     * once on two cores, whatever runs under the lock also waits for a core, and the others wait for it).
     *
     * @param received the uploaded bytes in a temporary file of this store (moved, not copied)
     * @param draft the record; its version number is assigned here
     * @throws WebError 403 when the collection was closed meanwhile
     */
    Submission add(Collection c, Collection.Slot s, Path received, Submission draft) throws IOException, WebError {
        Path vdir = versionsDir(c, s);
        Files.createDirectories(vdir);
        Path current = currentDir(c);
        Submission v = draft.numbered(nextVersion(vdir));
        AtomicFiles.Staged copy = null;
        AtomicFiles.Staged[] records = null;
        try {
            copy = AtomicFiles.stage(current.resolve(s.id() + "." + v.extension()), out -> Files.copy(received, out));
            records = stageRecords(c, s, v);
            ReentrantLock lock = lock(c.id());
            lock.lock();
            try {
                if (read(c.id()).closed()) {
                    throw WebError.closed();
                }
                int n = nextVersion(vdir);
                if (n != v.version()) {
                    // the same agency's other upload took this number meanwhile
                    close(records);
                    v = draft.numbered(n);
                    records = stageRecords(c, s, v);
                }
                move(received, vdir.resolve(v.fileName()));
                records[0].commit();
                records[1].commit();
                copy.commit();
                for (String other : new String[] {"xlsx", "json"}) {
                    if (!other.equals(v.extension())) {
                        Files.deleteIfExists(current.resolve(s.id() + "." + other));
                    }
                }
                return v;
            } finally {
                lock.unlock();
            }
        } finally {
            if (copy != null) {
                copy.close();
            }
            close(records);
        }
    }

    /** The version's record and the agency's status (the same text), written to temporary files. */
    private AtomicFiles.Staged[] stageRecords(Collection c, Collection.Slot s, Submission v) throws IOException {
        byte[] text = v.toText().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.Staged record = AtomicFiles.stage(versionsDir(c, s).resolve(String.format("%04d.properties", v.version())),
                out -> out.write(text));
        try {
            return new AtomicFiles.Staged[] {record,
                AtomicFiles.stage(dir(c.id()).resolve("status").resolve(s.id() + ".properties"), out -> out.write(text))};
        } catch (IOException | RuntimeException e) {
            record.close();
            throw e;
        }
    }

    private static void close(AtomicFiles.Staged[] staged) {
        if (staged != null) {
            for (AtomicFiles.Staged st : staged) {
                st.close();
            }
        }
    }

    /**
     * One more than the highest version number among the files of a version folder, data files
     * included: a data file left without its record by a crash is never overwritten.
     */
    private static int nextVersion(Path vdir) throws IOException {
        int max = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(vdir)) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                int dot = n.indexOf('.');
                if (dot == 4 && VERSION_NUMBER.matcher(n.substring(0, 4)).matches()) {
                    max = Math.max(max, Integer.parseInt(n.substring(0, 4)));
                }
            }
        }
        return max + 1;
    }

    /** A new temporary file inside the data folder (same file system, so the final move is atomic). */
    Path temporary(String extension) throws IOException {
        Path tmp = root.resolve("tmp");
        Files.createDirectories(tmp);
        return Files.createTempFile(tmp, "upload-", "." + extension);
    }

    /** Appends one line to {@code log.tsv}: time, address, who, what. */
    void log(String address, String who, String what) {
        String line = now() + '\t' + clean(address) + '\t' + clean(who) + '\t' + clean(what) + '\n';
        synchronized (logLock) {
            try {
                Files.writeString(root.resolve("log.tsv"), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The current time as stored: ISO-8601 to the second with offset. */
    static String now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private Path dir(String id) {
        return collections.resolve(id);
    }

    private Path versionsDir(Collection c, Collection.Slot s) {
        return dir(c.id()).resolve("versions").resolve(s.id());
    }

    ReentrantLock lock(String id) {
        return locks.computeIfAbsent(id, k -> new ReentrantLock());
    }

    /**
     * The collection as stored. Every upload needs it (to find the slot, to see whether the
     * collection was closed), and 1,000 agencies make a 100 KB file; so the parsed form is kept and
     * reused while the file is the same one (same inode, time and size: every write replaces the
     * file by a rename, so a change is always seen, also one made by hand).
     */
    private Collection read(String id) throws IOException {
        Path file = dir(id).resolve("collection.json");
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        Parsed p = parsed.get(id);
        if (p != null && a.fileKey() != null && a.fileKey().equals(p.fileKey()) && a.lastModifiedTime().equals(p.modified())
                && a.size() == p.size()) {
            return p.collection();
        }
        Collection c = JSON.readValue(Files.readAllBytes(file), Collection.class);
        parsed.put(id, new Parsed(a.fileKey(), a.lastModifiedTime(), a.size(), c));
        return c;
    }

    private void write(Collection c) throws IOException {
        AtomicFiles.write(dir(c.id()).resolve("collection.json"), JSON.writeValueAsBytes(c));
    }

    private void index(Collection c) {
        for (Collection.Slot s : c.slots()) {
            tokens.put(Secrets.sha256Hex(s.token().getBytes(StandardCharsets.US_ASCII)), new String[] {c.id(), s.id()});
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }


    private static final String README = """
            nianbao serve 的数据文件夹（请整个文件夹一起备份，不要单独改动其中的文件）

            collections/<编号>/collection.json   一次收集：名称、年度、是否已关闭、应报单位及其上传链接令牌
            collections/<编号>/roster.csv        应报单位名单（序号、机关名称）
            collections/<编号>/versions/<序号>/   各单位每次上传的原文件（0001.xlsx、0002.xlsx……，从不改动）及上传记录（.properties）
            collections/<编号>/current/          各单位最新一版的副本，可直接汇总：nianbao merge collections/<编号>/current/ -o 汇总.xlsx
            collections/<编号>/status/           各单位最新一版的上传记录
            log.tsv                               操作日志（时间、地址、操作人、操作），只追加
            office-password.hash                  政务公开办登录密码的哈希值（删除后重启会生成新密码）
            """;
}
