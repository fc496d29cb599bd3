package nianbao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A command stopped by SIGTERM (what Ctrl+C, {@code kill} and a service manager send) removes the temporary
 * files it had staged: a real {@code nianbao merge} in a child JVM is killed while it writes its outputs.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class InterruptTest {

    @TempDir
    Path tmp;

    @Test
    void aMergeKilledWhileWritingLeavesNoTemporaryFileAndNoHalfOutput() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        int files = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            // more inputs each attempt, so that the outputs take longer to write than the signal takes to land
            for (int target = 2000 << attempt; files < target; files++) {
                Files.copy(Path.of("examples", "青山县卫生健康委员会-2025.json"), in.resolve("r" + files + ".json"));
            }
            Path out = Files.createDirectories(tmp.resolve("out" + attempt));
            Path spill = Files.createDirectories(tmp.resolve("java-tmp" + attempt));
            if (killWhileWriting(in, out, spill)) {
                try (Stream<Path> staged = Files.list(out); Stream<Path> spilled = Files.list(spill)) {
                    assertEquals(List.of(), staged.filter(f -> f.getFileName().toString().startsWith(".")).toList(),
                            "staged outputs are removed");
                    assertEquals(List.of(), spilled.toList(), "the JSON Lines spill is removed");
                }
                return;
            }
        }
        fail("the merge of " + files + " files always finished before the signal arrived");
    }

    /**
     * Starts the merge, sends SIGTERM as soon as an output's temporary file appears and waits for the process;
     * true when it was stopped before committing any output (false: too late, try with more inputs).
     */
    private boolean killWhileWriting(Path in, Path out, Path spill) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.io.tmpdir=" + spill, "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "merge", in.toString(),
                "-o", out.resolve("汇总.xlsx").toString(), "--csv", out.resolve("汇总.csv").toString(),
                "--jsonl", out.resolve("汇总.jsonl").toString(), "--quiet");
        pb.redirectErrorStream(true).redirectOutput(tmp.resolve("merge.log").toFile());
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            out.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            Process p = pb.start();
            boolean staged = false;
            while (!staged && p.isAlive()) {
                WatchKey key = watch.poll(50, TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                for (WatchEvent<?> e : key.pollEvents()) {
                    String name = String.valueOf(e.context());
                    staged |= name.startsWith(".") && name.endsWith(".tmp");
                }
                key.reset();
            }
            if (!staged) {
                p.waitFor();
                return false;
            }
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the merge stops on SIGTERM");
            boolean committed = Files.exists(out.resolve("汇总.xlsx")) && Files.exists(out.resolve("汇总.csv"))
                    && Files.exists(out.resolve("汇总.jsonl"));
            if (committed) {
                return false;
            }
            assertEquals(128 + 15, p.exitValue(), "ended by the signal: " + Files.readString(tmp.resolve("merge.log")));
            return true;
        }
    }
}
