package nianbao.legacy.decode;

import nianbao.legacy.tokens.Token;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitsTest {

    private static Token run(String digits) {
        return new Token(Token.Kind.NUMBER, digits, "", "", new BigDecimal(digits), true, 1, 1, Token.Sep.SINGLE);
    }

    private static List<String> labels(Splits s) {
        return s.cuts.stream().map(Splits.Cut::label).toList();
    }

    @Test
    void everyCutIntoTheRowsCellsWithoutLeadingZeros() {
        Splits s = Splits.of(List.of(run("12375")), new boolean[3], null, 1000);
        assertEquals(List.of("1/2/375", "1/23/75", "1/237/5", "12/3/75", "12/37/5", "123/7/5"), labels(s));
        assertEquals(6, s.textual);
        // 0000000 is seven zeros and nothing else; 105 cannot be 1/05
        assertEquals(List.of("0/0/0/0/0/0/0"), labels(Splits.of(List.of(run("0000000")), new boolean[7], null, 1000)));
        assertEquals(List.of("10/5"), labels(Splits.of(List.of(run("105")), new boolean[2], null, 1000)));
    }

    @Test
    void theRulesKeepTheCutsThatFit() {
        // made − repealed + last year's 66 = valid
        Splits s = Splits.of(List.of(run("12375")), new boolean[3],
                v -> v[0] == null || v[2] == null || v[0].subtract(v[1]).add(BigDecimal.valueOf(66)).compareTo(v[2]) == 0, 1000);
        assertEquals(List.of("12/3/75"), labels(s));
        assertEquals(6, s.textual);
        assertEquals("1/2/375", s.first.label());
    }

    @Test
    void aMinusOnlyStartsACellThatMayBeNegative() {
        // 2019: 上一年项目数量 2648 | 本年增/减 −18 | 处理决定数量 538, printed 2648-18538
        boolean[] signed = {false, true, false};
        Splits s = Splits.of(List.of(run("2648"), run("-18538")), signed, null, 1000);
        assertEquals(List.of("2648/-1/8538", "2648/-18/538", "2648/-185/38", "2648/-1853/8"), labels(s));
        assertTrue(Splits.of(List.of(run("2648"), run("-18538")), new boolean[3], null, 1000).cuts.isEmpty());
    }

    @Test
    void theBudgetCutsTheEnumerationShortAndSaysSo() {
        Splits s = Splits.of(List.of(run("1234567891234567891234")), new boolean[7], null, 100);
        assertTrue(s.cutShort);
        Splits all = Splits.of(List.of(run("1234567")), new boolean[7], null, 10_000);
        assertFalse(all.cutShort);
        assertEquals(List.of("1/2/3/4/5/6/7"), labels(all));
    }
}
