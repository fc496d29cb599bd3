package nianbao;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files atomically: into a temporary file beside the target, then renamed over it. A
 * target that is a device or pipe ({@code /dev/null}, a FIFO) is written into directly instead.
 */
public final class AtomicFiles {

    /** What an ordinary new file gets with the usual umask 022; a temporary file starts owner-only. */
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> ORDINARY =
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");

    /** Writes the content of an output stream. */
    @FunctionalInterface
    public interface Writer {
        /** Writes everything to {@code out}; do not close it. */
        void write(OutputStream out) throws IOException;
    }

    /** Temporary files staged and not yet committed or discarded, for {@link #cleanUpOnShutdown()}. */
    private static final java.util.Set<Path> PENDING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static final java.util.concurrent.atomic.AtomicBoolean HOOKED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Set once the JVM is shutting down: a file staged after the cleanup began removes itself at once. */
    private static volatile boolean shuttingDown;

    /** Temporary files being created right now, between {@code createTempFile} and their registration. */
    private static final java.util.concurrent.atomic.AtomicInteger CREATING = new java.util.concurrent.atomic.AtomicInteger();

    private AtomicFiles() {
    }

    /**
     * Makes the JVM delete every temporary file still staged when it shuts down (Ctrl+C, {@code kill}, the end
     * of {@code main}), so an interrupted command leaves no {@code .name.*.tmp} beside its outputs. A
     * {@code kill -9} or a power cut cannot be caught: readers skip such leftovers instead. Idempotent.
     */
    public static void cleanUpOnShutdown() {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deletePending, "nianbao-atomic-files-cleanup"));
        }
    }

    /**
     * The shutdown cleanup. Other threads keep running while hooks run, so a writer may be creating its
     * temporary file right now: it sees {@link #shuttingDown} after registering and removes the file itself; a
     * creation under way is waited for (briefly) and swept again.
     */
    private static void deletePending() {
        shuttingDown = true;
        PENDING.forEach(AtomicFiles::deleteQuietly);
        long until = System.nanoTime() + 200_000_000L;
        while (CREATING.get() > 0 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        PENDING.forEach(AtomicFiles::deleteQuietly);
    }

    /** Writes bytes to {@code target} atomically. */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Writes UTF-8 text to {@code target} atomically. */
    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Runs the writer into a temporary file in the target's directory and renames it to the target;
     * on failure the temporary file is removed and the target is left as it was.
     *
     * @throws UnwritableOutputException when the target cannot be written (no such folder, no
     *     permission, disk full): the message names {@code target} as given, never the temporary file
     * @throws IOException what the writer itself throws for other reasons, unchanged
     */
    public static void write(Path target, Writer writer) throws IOException {
        try (Staged s = stage(target, writer)) {
            s.commit();
        }
    }

    /**
     * The first half of {@link #write(Path, Writer)}: writes the content into a temporary file beside
     * the target and leaves it there until {@link Staged#commit()} renames it over the target. Lets a
     * caller write outside a lock and take the lock only for the rename.
     *
     * @throws UnwritableOutputException when the temporary file cannot be written
     * @throws IOException what the writer itself throws for other reasons, unchanged
     */
    public static Staged stage(Path target, Writer writer) throws IOException {
        return stage(target, null, writer);
    }

    /**
     * {@link #stage(Path, Writer)} with the temporary file in another folder of the same file system
     * (a folder no reader of the target's folder looks into), so that not even a hidden {@code .tmp}
     * file ever appears beside the target.
     *
     * @param tempDir where the temporary file is written, or null for the target's own folder
     */
    public static Staged stage(Path target, Path tempDir, Writer writer) throws IOException {
        Path abs = throughLinks(target.toAbsolutePath());
        Path dir = abs.getParent();
        Path tmp = null;
        boolean done = false;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            boolean device = Files.exists(abs) && !Files.isRegularFile(abs) && !Files.isDirectory(abs);
            if (!device) {
                CREATING.incrementAndGet();
                try {
                    // checked after announcing the creation: either the cleanup sees this creation and waits for
                    // it, or this thread sees that the cleanup has begun and creates nothing it could miss
                    if (shuttingDown) {
                        throw new IOException("正在退出，不再写入。");
                    }
                    tmp = Files.createTempFile(tempDir != null ? tempDir : dir, "." + abs.getFileName() + ".", ".tmp");
                    PENDING.add(tmp);
                } finally {
                    CREATING.decrementAndGet();
                }
                if (shuttingDown) {
                    throw new IOException("正在退出，不再写入。");
                }
                shareLikeANewFile(tmp, abs);
            }
            // a device or pipe (-o /dev/null, a FIFO) is written into, as a shell redirection does: renaming a
            // file over it would replace /dev/null itself when run as root
            // the temporary file is opened, never created again: the shutdown cleanup may have removed it between
            // its creation and here (a signal right after the file appeared), and it must stay removed
            try (TrackingStream out = new TrackingStream(device
                    ? Files.newOutputStream(abs, java.nio.file.StandardOpenOption.WRITE)
                    : Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.WRITE,
                            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING))) {
                try {
                    writer.write(out);
                } catch (IOException | RuntimeException e) {
                    if (out.failure == null && e instanceof IOException io) {
                        throw new WriterFailed(io);
                    }
                    if (out.failure == null) {
                        throw (RuntimeException) e;
                    }
                    // the file failed (disk full…): that is the reason, whatever the writer wrapped it in
                    throw out.failure;
                }
            }
            done = true;
            return new Staged(target, abs, tmp);
        } catch (WriterFailed e) {
            throw e.ioe;
        } catch (IOException e) {
            throw unwritable(target, dir, e);
        } finally {
            if (!done && tmp != null) {
                deleteQuietly(tmp);
                PENDING.remove(tmp);
            }
        }
    }

    /** A fully written temporary file beside its target, waiting to be renamed over it; closing discards it unless committed. */
    public static final class Staged implements AutoCloseable {
        private final Path target;
        private final Path abs;
        private final Path tmp;
        private boolean committed;

        private Staged(Path target, Path abs, Path tmp) {
            this.target = target;
            this.abs = abs;
            this.tmp = tmp;
        }

        /**
         * Renames the temporary file over the target: atomically where the file system can, so a
         * reader sees the old file or the new one, never a part.
         *
         * @throws UnwritableOutputException when the rename fails; the target is left as it was
         */
        public void commit() throws IOException {
            if (tmp == null) {
                return; // written straight into a device or pipe
            }
            try {
                try {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
                }
                committed = true;
                PENDING.remove(tmp);
            } catch (IOException e) {
                throw unwritable(target, abs.getParent(), e);
            }
        }

        /** Removes the temporary file if it was not committed. */
        @Override
        public void close() {
            if (!committed && tmp != null) {
                deleteQuietly(tmp);
                PENDING.remove(tmp);
            }
        }
    }

    /**
     * The file a link points to, so that the file is replaced and the link kept (as a shell
     * redirection writes through a link); {@code -o /dev/stdout} thus never replaces the link in /dev.
     * A link to nothing is replaced by the new file.
     */
    private static Path throughLinks(Path abs) {
        if (!Files.isSymbolicLink(abs)) {
            return abs;
        }
        try {
            return abs.toRealPath();
        } catch (IOException dangling) {
            return abs;
        }
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // the temporary file stays behind; the failure already reported matters more
        }
    }

    /** Why {@code target} could not be written, in Chinese, without the temporary file's name. */
    static UnwritableOutputException unwritable(Path target, Path dir, IOException e) {
        if (e instanceof UnwritableOutputException u) {
            return u;
        }
        String reason;
        // a write or close reports the system's reason as a plain IOException's message, a file operation as FileSystemException's
        String sys = e instanceof FileSystemException f ? (f.getReason() != null ? f.getReason() : "")
                : e.getMessage() != null ? e.getMessage() : "";
        if (e instanceof AccessDeniedException || sys.contains("Permission denied")) {
            reason = "没有写入权限。";
        } else if (sys.contains("No space left") || sys.contains("Disk quota exceeded")) {
            reason = "磁盘空间不足。";
        } else if (sys.contains("File too large")) {
            reason = "文件超过了该磁盘允许的大小。";
        } else if (sys.contains("Read-only file system")) {
            reason = "所在位置只读。";
        } else if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                || sys.contains("Not a directory")) {
            reason = "路径中有一段是文件而不是文件夹。";
        } else if (e instanceof NoSuchFileException || sys.contains("No such file")) {
            reason = dir != null && Files.isDirectory(dir) ? "该文件夹里不能新建文件。" : "文件夹不存在，也无法创建。";
        } else if (e instanceof DirectoryNotEmptyException || (dir != null && Files.isDirectory(target))) {
            reason = "同名的文件夹已存在。";
        } else {
            reason = diskFull(dir) ? "磁盘空间不足。" : "写入时磁盘或网络盘出错，请换一个位置再试。";
        }
        return new UnwritableOutputException(target.toString(), reason, e);
    }

    /** True when the folder's disk has (almost) no room left: a write failing there failed for that reason. */
    private static boolean diskFull(Path dir) {
        try {
            return dir != null && Files.getFileStore(dir).getUsableSpace() < 64 * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** An exception of the writer itself (not of the file), carried past the write-failure handling. */
    private static final class WriterFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient IOException ioe;

        WriterFailed(IOException ioe) {
            super(ioe);
            this.ioe = ioe;
        }
    }

    /** Remembers whether the file itself failed, to tell a full disk from an exception of the writer. */
    private static final class TrackingStream extends java.io.FilterOutputStream {
        IOException failure;

        TrackingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }

    /**
     * Gives the temporary file the permissions of the file it replaces, or those of an ordinary new
     * file: otherwise every output would end up readable by its owner only (createTempFile's 0600),
     * which on a shared folder hides the summary from colleagues. No-op where POSIX permissions do not exist.
     */
    private static void shareLikeANewFile(Path tmp, Path target) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                    ? Files.getPosixFilePermissions(target) : ORDINARY;
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // Windows, or a file system without POSIX permissions: the default is fine there
        }
    }
}
