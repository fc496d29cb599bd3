package nianbao.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The launcher's training run: every command it runs succeeds, and it leaves nothing behind. */
class WarmupTest {

    private static List<String> warmupFolders() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("nianbao-warmup")).toList();
        }
    }

    @Test
    void runsTheEverydayCommandsQuietlyAndCleansUp() throws Exception {
        List<String> before = warmupFolders();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true));
        List<Integer> codes;
        try {
            codes = Warmup.run("examples/青山县卫生健康委员会-2025.xlsx", "examples/青山县卫生健康委员会-2025.json");
        } finally {
            System.setOut(out);
        }
        // validate, render txt, render docx, import, fill, template, merge, compare html, compare xlsx: all ran
        // through (validate's example has findings of level warning at most)
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0), codes);
        assertEquals("", printed.toString());
        assertEquals(before, warmupFolders());
    }
}
