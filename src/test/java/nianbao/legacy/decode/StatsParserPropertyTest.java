package nianbao.legacy.decode;

import nianbao.legacy.read.TextLine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Value;
import nianbao.schema.Schemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The honesty property on damaged copies of the corpus: page chrome, stray digits, lost numbers,
 * split lines and full-width digits may make values MISSING, but a value that is READ or INFERRED
 * must always be the true one.
 */
class StatsParserPropertyTest {

    private static final Path CORPUS = Path.of("src/test/resources/legacy/corpus");
    private static final String FULL = "０１２３４５６７８９";

    static Stream<String> cases() throws IOException {
        return StatsParserCorpusTest.cases().filter(c -> !c.equals("format_2019") && !c.equals("no_table"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void damagedCopiesNeverYieldAWrongNumber(String name) throws IOException {
        Path dir = CORPUS.resolve(name);
        List<TextLine> clean = StatsParserCorpusTest.lines(dir.resolve("input.txt"));
        JsonNode exp = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        Map<String, String> truth = new HashMap<>();
        exp.path("values").fields().forEachRemaining(e -> truth.put(e.getKey(), e.getValue().asText().replace("~", "")));
        Random rnd = new Random(name.hashCode());
        List<String> wrong = new ArrayList<>();
        for (int round = 0; round < 60; round++) {
            List<String> texts = new ArrayList<>(clean.stream().map(TextLine::text).toList());
            String damage = damage(texts, rnd);
            List<TextLine> lines = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                lines.add(new TextLine(i + 1, texts.get(i)));
            }
            StatsResult r = StatsParser.parse(lines, Schemas.defaultSchema(), "d.txt");
            for (Value v : r.values()) {
                String t = truth.get(v.fieldId());
                if (v.how() != Provenance.MISSING && !t.equals("?") && !Numbers.plain(v.number()).equals(t)) {
                    wrong.add(name + " " + damage + ": " + v.fieldId() + " " + v.how() + " " + Numbers.plain(v.number())
                            + " (true " + t + ") " + v.note());
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong values:\n" + String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
    }

    /** Applies one to three random kinds of damage and says what was done. */
    private static String damage(List<String> texts, Random rnd) {
        StringBuilder what = new StringBuilder();
        int kinds = 1 + rnd.nextInt(3);
        boolean numberFault = false;
        for (int k = 0; k < kinds; k++) {
            int at = rnd.nextInt(texts.size());
            int kind = rnd.nextInt(6);
            if (kind == 1 || kind == 2) {
                // One lost or stray number per copy: two faults in one row can cancel out unseen.
                if (numberFault) {
                    kind = 4;
                }
                numberFault = true;
            }
            switch (kind) {
                case 0 -> {
                    texts.add(at, "第 " + (1 + rnd.nextInt(9)) + " 页 共 9 页");
                    what.append("页码@").append(at).append(' ');
                }
                case 1 -> {
                    texts.add(at, String.valueOf(1 + rnd.nextInt(9)));
                    what.append("散落数字@").append(at).append(' ');
                }
                case 2 -> {
                    String s = texts.get(at);
                    int d = firstDigitCell(s);
                    if (d >= 0) {
                        texts.set(at, s.substring(0, d) + s.substring(d + 1));
                        what.append("删数字@").append(at).append(' ');
                    }
                }
                case 3 -> {
                    String s = texts.get(at);
                    if (s.length() > 12 && !s.matches(".*\\d.*")) {
                        texts.set(at, s.substring(0, s.length() / 2));
                        texts.add(at + 1, s.substring(s.length() / 2));
                        what.append("断行@").append(at).append(' ');
                    }
                }
                case 4 -> {
                    StringBuilder sb = new StringBuilder();
                    for (char c : texts.get(at).toCharArray()) {
                        sb.append(c >= '0' && c <= '9' ? FULL.charAt(c - '0') : c);
                    }
                    texts.set(at, sb.toString());
                    what.append("全角@").append(at).append(' ');
                }
                default -> {
                    texts.add(at, "");
                    texts.add(at, "打印本页");
                    what.append("网页@").append(at).append(' ');
                }
            }
        }
        return what.toString().trim();
    }

    /** Index of a single-digit number standing alone as a cell (deleting it drops one number). */
    private static int firstDigitCell(String s) {
        for (int i = 0; i < s.length(); i++) {
            boolean digit = Character.isDigit(s.charAt(i));
            boolean before = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)) && s.charAt(i - 1) != '.';
            boolean after = i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)) && s.charAt(i + 1) != '.';
            if (digit && before && after && i > 0) {
                return i;
            }
        }
        return -1;
    }
}
