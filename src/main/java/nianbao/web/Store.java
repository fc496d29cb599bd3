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
 *   serve.lock                      locked while a server uses the folder (one server per folder)
 *   tmp/                            every temporary file: uploads being received, files being written
 *   collections/2025-001/
 *     collection.json               name, year, open/closed, expected agencies and their link tokens
 *     roster.csv                    the expected agencies (slot, name), for people
 *     versions/a001/0001.xlsx       every upload as received, never modified
 *     versions/a001/0001.properties when, from where, original name, findings
 *     status/a001.properties        the latest confirmed version's record
 *     current/a001.xlsx             a copy of the latest confirmed version: nianbao merge collections/2025-001/current/
 *     marks.json                    the office's review marks (需改正 / 已核实无误) by agency and finding ({@link Marks})
 * </pre>
 *
 * Every change of a collection happens under that collection's lock and every file is written into
 * {@code tmp/} first and renamed into place, so no reader of {@code collections/} ever sees a
 * temporary file, and concurrent uploads and a crash mid-write leave a consistent folder. An upload is
 * confirmed when its record becomes the agency's {@code status/} record: that is the last rename before
 * the answer, and what every page, download and summary goes by; a version file a crash left above
 * it is never shown, counted or overwritten. {@link Tidy} clears what a crash left behind at start.
 */
final class Store {

    private static final Pattern COLLECTION_ID = Pattern.compile("\\d{4}-\\d{3}");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern VERSION_NUMBER = Pattern.compile("\\d{4}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final Path collections;
    private final Path tmp;
    private final java.nio.channels.FileChannel lockFile;
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

    private Store(Path root, java.nio.channels.FileChannel lockFile) {
        this.root = root;
        this.collections = root.resolve("collections");
        this.tmp = root.resolve("tmp");
        this.lockFile = lockFile;
    }

    /**
     * Opens (and on first use creates) the data folder, indexing every upload token, and clears what
     * a crash left behind (see {@link Tidy}), saying so in {@code log.tsv}.
     *
     * @throws IllegalArgumentException with a Chinese message when another server uses the folder
     */
    static Store open(Path root) throws IOException {
        Files.createDirectories(root.resolve("collections"));
        Files.createDirectories(root.resolve("tmp"));
        java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(root.resolve("serve.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        Store s;
        try {
            if (tryLock(channel) == null) {
                throw new IllegalArgumentException("数据文件夹 " + root + " 正由另一个 nianbao serve 使用；"
                        + "同一个数据文件夹同时只能运行一个服务。");
            }
            s = new Store(root, channel);
            Path readme = root.resolve("README.txt");
            if (!Files.exists(readme)) {
                s.writeFile(readme, README.getBytes(StandardCharsets.UTF_8));
            }
            for (Collection c : s.collections()) {
                s.index(c);
            }
            Tidy.Result tidied = Tidy.atStart(s);
            s.log("", "服务器", "启动：" + tidied);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return s;
    }

    private static java.nio.channels.FileLock tryLock(java.nio.channels.FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null; // held by a server of this same JVM
        }
    }

    /** Lets another server use the folder. */
    void close() {
        try {
            lockFile.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    /** The data folder. */
    Path root() {
        return root;
    }

    /** Where every temporary file of the store is written (never read by anything). */
    Path tmp() {
        return tmp;
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
            writeFile(dir(id).resolve("roster.csv"), roster.toString().getBytes(StandardCharsets.UTF_8));
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
        Path status = statusFile(c, s);
        return Files.isRegularFile(status) ? Optional.of(Submission.read(status)) : Optional.empty();
    }

    /**
     * Every confirmed version an agency uploaded, oldest first: a version a crash left above the
     * agency's status record was never confirmed and is left out.
     */
    List<Submission> versions(Collection c, Collection.Slot s) throws IOException {
        Path d = versionsDir(c, s);
        List<Submission> out = new ArrayList<>();
        Optional<Submission> latest = latest(c, s);
        if (latest.isEmpty() || !Files.isDirectory(d)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(d, "*.properties")) {
            for (Path f : files) {
                Submission v = Submission.read(f);
                if (v.version() <= latest.get().version()) {
                    out.add(v);
                }
            }
        }
        out.sort(Comparator.comparingInt(Submission::version));
        return out;
    }

    /** One confirmed version of an agency, by number. */
    Optional<Submission> version(Collection c, Collection.Slot s, int n) throws IOException {
        Optional<Submission> latest = latest(c, s);
        Path record = versionsDir(c, s).resolve(String.format("%04d.properties", n));
        if (n < 1 || latest.isEmpty() || n > latest.get().version() || !Files.isRegularFile(record)) {
            return Optional.empty();
        }
        return Optional.of(Submission.read(record));
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
     * record, makes it the agency's status (the moment it is confirmed) and copies it to
     * {@code current/}. Everything is written into temporary files in {@code tmp/} before the
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
            copy = AtomicFiles.stage(current.resolve(s.id() + "." + v.extension()), tmp, out -> Files.copy(received, out));
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
                Path stored = vdir.resolve(v.fileName());
                move(received, stored);
                try {
                    records[0].commit();
                    records[1].commit(); // the status record: from here on the version is confirmed
                } catch (IOException | RuntimeException e) {
                    // not confirmed: never to be listed, also not once a later version is
                    Tidy.setAside(stored, vdir.resolve(String.format("%04d.properties", v.version())));
                    throw e;
                }
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
                tmp, out -> out.write(text));
        try {
            return new AtomicFiles.Staged[] {record,
                AtomicFiles.stage(statusFile(c, s), tmp, out -> out.write(text))};
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
        Files.createDirectories(tmp);
        return Files.createTempFile(tmp, "upload-", "." + extension);
    }

    /** Writes a file atomically, its temporary file in {@code tmp/}. */
    void writeFile(Path target, byte[] content) throws IOException {
        try (AtomicFiles.Staged staged = AtomicFiles.stage(target, tmp, out -> out.write(content))) {
            staged.commit();
        }
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

    /** The folder of a collection. */
    Path dir(String id) {
        return collections.resolve(id);
    }

    /** The folder of an agency's versions. */
    Path versionsDir(Collection c, Collection.Slot s) {
        return dir(c.id()).resolve("versions").resolve(s.id());
    }

    private Path statusFile(Collection c, Collection.Slot s) {
        return dir(c.id()).resolve("status").resolve(s.id() + ".properties");
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
        writeFile(dir(c.id()).resolve("collection.json"), JSON.writeValueAsBytes(c));
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
            collections/<编号>/status/           各单位最新一版的上传记录（写入这里才算收到；汇总以此为准）
            collections/<编号>/current/          各单位最新一版的副本（文件名是序号，不是机关名称），也可以直接汇总：
                                                  nianbao merge collections/<编号>/current/ -o 汇总.xlsx
                                                  这样汇总按工作簿里写的机关名称计；网页上下载的汇总表按名单计，以网页为准
            collections/<编号>/marks.json        政务公开办对各单位校验问题的审核标记（需改正及给单位的意见、已核实无误及理由），
                                                  按单位、规则和单元格记；单位上传的新版本里问题已改正时自动删除
            tmp/                                  正在接收、正在写入的临时文件；服务启动时清空
            serve.lock                            服务运行时锁定，防止两个服务同时使用这个文件夹
            log.tsv                               操作日志（时间、地址、操作人、操作），只追加
            office-password.hash                  政务公开办登录密码的哈希值（删除后重启会生成新密码）
            """;
}
