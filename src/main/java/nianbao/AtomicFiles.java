package nianbao;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes output files atomically: into a temporary file beside the target, then renamed over it. */
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

    private AtomicFiles() {
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
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        shareLikeANewFile(tmp, abs);
        boolean done = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
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
