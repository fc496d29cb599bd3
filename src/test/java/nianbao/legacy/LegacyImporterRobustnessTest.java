package nianbao.legacy;

import nianbao.legacy.read.DecodedText;

import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Truncated, shuffled, garbage and very large inputs: never a crash or a hang, missing values reported. */
class LegacyImporterRobustnessTest {

    static final Path INPUT = LegacyImporterTest.CASES.resolve("utf8bom-tabs/input.txt");

    static ImportResult importLines(List<String> lines) {
        return LegacyImporter.importText(new DecodedText("x.txt", "text", "UTF-8", DecodedText.number(lines)),
                Schemas.defaultSchema());
    }

    static List<String> corpusLines() throws Exception {
        return new ArrayList<>(DecodedText.splitLines(Files.readString(INPUT, StandardCharsets.UTF_8).substring(1)));
    }

    @Test
    void reportsMissingNumbersForATruncatedReport() throws Exception {
        List<String> lines = corpusLines();
        ImportResult r = importLines(lines.subList(0, lines.size() / 3));
        assertEquals("东湖区文化和旅游局", r.report().agency());
        assertTrue(r.missing() > 100, "missing " + r.missing());
        assertEquals(200, r.read() + r.inferred() + r.missing());
        assertNull(r.report().text("text.problems"));
    }

    @Test
    void survivesShuffledLines() throws Exception {
        for (int seed = 1; seed <= 5; seed++) {
            List<String> lines = corpusLines();
            Collections.shuffle(lines, new Random(seed));
            ImportResult r = importLines(lines);
            assertEquals(200, r.read() + r.inferred() + r.missing());
        }
    }

    @Test
    void givesAReportFullOfMissingForChineseGarbage() {
        Random rnd = new Random(11);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                sb.append((char) (0x4E00 + rnd.nextInt(0x5000)));
            }
            lines.add(sb.toString());
        }
        ImportResult r = importLines(lines);
        assertNull(r.report().agency());
        assertEquals(200, r.missing());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("机关名称")));
    }

    @Test
    void importsATenMegabyteInputWithoutHanging() throws Exception {
        List<String> one = corpusLines();
        List<String> lines = new ArrayList<>();
        while (lines.size() * 60L < 10_000_000L) {
            lines.addAll(one);
        }
        ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> importLines(lines));
        assertEquals("东湖区文化和旅游局", r.report().agency());
    }

    @Test
    void importsOneVeryLongLineWithoutHanging() {
        String line = "一二三四五六七八九十0123456789，。".repeat(400_000);
        ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> importLines(List.of(line)));
        assertEquals(200, r.missing());
    }
}
