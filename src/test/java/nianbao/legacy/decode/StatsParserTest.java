package nianbao.legacy.decode;

import nianbao.legacy.read.TextLine;

import nianbao.model.Provenance;
import nianbao.model.Value;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facade on hostile input: garbage, truncation, shuffling, huge lines, nothing at all. */
class StatsParserTest {

    private static final Schema SCHEMA = Schemas.defaultSchema();
    private static final Path TABS = Path.of("src/test/resources/legacy/corpus/tab_rows/input.txt");

    private static List<TextLine> numbered(List<String> texts) {
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new TextLine(i + 1, texts.get(i)));
        }
        return out;
    }

    private static void assertWellFormed(StatsResult r) {
        assertEquals(SCHEMA.numericFields().size(), r.values().size());
        for (int i = 0; i < r.values().size(); i++) {
            Value v = r.values().get(i);
            assertEquals(SCHEMA.numericFields().get(i).id(), v.fieldId());
            if (v.how() == Provenance.MISSING) {
                assertTrue(v.number() == null && v.note() != null && !v.note().isBlank(), v.toString());
            }
        }
        assertNotNull(r.layout());
        assertNotNull(r.notes());
    }

    @Test
    void returnsAllMissingWithANoteForNullOrEmptyInput() {
        for (List<TextLine> in : java.util.Arrays.asList(null, List.<TextLine>of())) {
            StatsResult r = StatsParser.parse(in, SCHEMA, "empty.txt");
            assertWellFormed(r);
            assertEquals("unknown", r.format());
            assertTrue(r.values().stream().allMatch(v -> v.how() == Provenance.MISSING));
            assertFalse(r.notes().isEmpty());
            assertTrue(r.spans().isEmpty());
        }
    }

    @Test
    void survivesRandomGarbageWithoutInventingNumbers() {
        Random rnd = new Random(42);
        String alphabet = "0123456789 \t|-—()（）一二三四五六七八九十、.总计其他自然人商业企业行政许可规章年月日第页";
        for (int round = 0; round < 20; round++) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                StringBuilder sb = new StringBuilder();
                int n = rnd.nextInt(60);
                for (int j = 0; j < n; j++) {
                    sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
                texts.add(sb.toString());
            }
            StatsResult r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> StatsParser.parse(numbered(texts), SCHEMA, "garbage.txt"));
            assertWellFormed(r);
        }
    }

    @Test
    void truncatedReportKeepsWhatWasPrintedAndLeavesTheRestMissing() throws IOException {
        List<TextLine> all = StatsParserCorpusTest.lines(TABS);
        int cut = 0;
        while (!all.get(cut).text().startsWith("（二）部分公开")) {
            cut++;
        }
        StatsResult r = StatsParser.parse(all.subList(0, cut + 1), SCHEMA, "cut.txt");
        assertWellFormed(r);
        assertEquals("2021", r.format());
        assertEquals(Provenance.READ, r.value("t2.licensing.decisions").how());
        assertEquals(612, r.value("t2.licensing.decisions").number().intValueExact());
        assertEquals(Provenance.READ, r.value("t3.granted.natural").how());
        assertEquals(Provenance.MISSING, r.value("t3.carry_over.total").how());
        assertEquals(Provenance.MISSING, r.value("t4.review.total").how());
        assertTrue(r.value("t3.carry_over.total").note().contains("未找到"), r.value("t3.carry_over.total").note());
    }

    @Test
    void shuffledLinesNeverProduceAReadNumberThatIsWrong() throws IOException {
        List<TextLine> all = StatsParserCorpusTest.lines(TABS);
        StatsResult truth = StatsParser.parse(all, SCHEMA, "t.txt");
        Random rnd = new Random(7);
        for (int round = 0; round < 10; round++) {
            List<TextLine> shuffled = new ArrayList<>(all);
            Collections.shuffle(shuffled, rnd);
            StatsResult r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> StatsParser.parse(shuffled, SCHEMA, "s.txt"));
            assertWellFormed(r);
            // Whole rows (label and numbers on one line) stay intact when lines are shuffled.
            for (Value v : r.values()) {
                if (v.how() == Provenance.READ && v.fieldId().startsWith("t3.")) {
                    assertEquals(0, truth.value(v.fieldId()).number().compareTo(v.number()), v.toString());
                }
            }
        }
    }

    @Test
    void fiveMegabyteLineIsCutAndParsedQuickly() throws IOException {
        List<TextLine> all = new ArrayList<>(StatsParserCorpusTest.lines(TABS));
        all.add(5, new TextLine(999_999, "行政许可\t1 ".repeat(5 * 1024 * 1024 / 6)));
        StatsResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> StatsParser.parse(all, SCHEMA, "big.txt"));
        assertWellFormed(r);
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("超过")), r.notes().toString());
        assertEquals(612, r.value("t2.licensing.decisions").number().intValueExact());
    }

    @Test
    void manyMegabytesOfDigitsOnlyDoNotHang() {
        List<String> texts = new ArrayList<>();
        texts.add("三、收到和处理政府信息公开申请情况");
        for (int i = 0; i < 20_000; i++) {
            texts.add(i % 7 == 0 ? "（七）总计" : "0");
        }
        StatsResult r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> StatsParser.parse(numbered(texts), SCHEMA, "digits.txt"));
        assertWellFormed(r);
    }

    @Test
    void parsesFromManyThreadsAtOnceWithTheSameResult() throws Exception {
        List<TextLine> in = StatsParserCorpusTest.lines(TABS);
        StatsResult one = StatsParser.parse(in, SCHEMA, "t.txt");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<StatsResult>> all = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                all.add(pool.submit(() -> StatsParser.parse(in, SCHEMA, "t.txt")));
            }
            for (java.util.concurrent.Future<StatsResult> f : all) {
                assertEquals(one.values(), f.get().values());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
