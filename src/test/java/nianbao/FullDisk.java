package nianbao;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real, full file system for tests of "disk full": a 64 KB tmpfs mounted on a temporary folder and
 * filled up. Mounting needs root (CI runs as root); elsewhere the test using it is skipped, not passed.
 */
public final class FullDisk implements AutoCloseable {

    private final Path dir;

    private FullDisk(Path dir) {
        this.dir = dir;
    }

    /** Mounts and fills the file system, or skips the calling test when it cannot be mounted here. */
    public static FullDisk mount(Path parent) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(parent.resolve("满盘"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.toString()),
                "cannot mount a tmpfs here (not root?): the disk-full test needs a real full file system");
        FullDisk disk = new FullDisk(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve("占位"))) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // "No space left on device": filled
        }
        return disk;
    }

    /** The folder on the full file system. */
    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", dir.toString());
    }

    private static boolean run(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noSuchCommand) {
            return false;
        }
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
