package nianbao.legacy.decode;

import nianbao.legacy.tokens.Scanner;
import nianbao.legacy.tokens.Token;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequencesTest {

    private int line;

    /** A run of numbers after text of the given kind. */
    private Sequences.Run run(Scanner.Gap after, long... values) {
        List<Token> out = new ArrayList<>();
        for (long v : values) {
            line++;
            out.add(new Token(Token.Kind.NUMBER, Long.toString(v), "", "", BigDecimal.valueOf(v), false, line, 1,
                    Token.Sep.SINGLE));
        }
        return new Sequences.Run(out, after);
    }

    private static long cell(Decoder.Reading r, int row, int col, int m) {
        return r.values()[row * m + col].longValueExact();
    }

    @Test
    void rowsEachAfterALabelReadOneWayOnly() {
        // 3 rows × 2 columns, each row's numbers after a label: no band fits, so rows it is
        Sequences s = Sequences.of(List.of(run(Scanner.Gap.LABEL, 1, 2), run(Scanner.Gap.LABEL, 3, 4),
                run(Scanner.Gap.LABEL, 5, 6)), 3, 2);
        assertEquals(1, s.readings.size());
        assertEquals("逐行排列", s.readings.get(0).label());
        assertEquals(4, cell(s.readings.get(0), 1, 1, 2));
    }

    @Test
    void aBlockWithoutLabelsAmongItsNumbersReadsByRowsOrByColumns() {
        Sequences s = Sequences.of(List.of(run(Scanner.Gap.LABEL, 1, 2, 3, 4, 5, 6)), 3, 2);
        assertEquals(2, s.readings.size());
        Decoder.Reading byColumn = s.readings.stream().filter(r -> r.label().equals("逐列排列")).findFirst().orElseThrow();
        assertEquals(4, cell(byColumn, 0, 1, 2)); // 1 2 3 | 4 5 6: the first row is 1 and 4
        assertEquals(3, cell(byColumn, 2, 0, 2));
    }

    @Test
    void columnsBetweenTheirHeaderWordsAreOneBandColumnByColumn() {
        // 自然人 1 2 3 总计 4 5 6: the header words stand between the columns, no row may start after them
        Sequences s = Sequences.of(List.of(run(Scanner.Gap.LABEL, 1, 2, 3), run(Scanner.Gap.COLUMN, 4, 5, 6)), 3, 2);
        assertEquals(1, s.readings.size());
        assertEquals(4, cell(s.readings.get(0), 0, 1, 2));
        assertEquals(6, cell(s.readings.get(0), 2, 1, 2));
    }

    @Test
    void bandsOfRowsInRunsOfTheirOwnComeEachColumnByColumnOrRowByRow() {
        // two bands of two rows, each its own run after its labels: 2 × 2 ways
        Sequences s = Sequences.of(List.of(run(Scanner.Gap.LABEL, 1, 2, 3, 4), run(Scanner.Gap.LABEL, 5, 6, 7, 8)), 4, 2);
        assertEquals(4, s.readings.size());
        assertTrue(s.readings.stream().anyMatch(r -> r.label().startsWith("分段逐列")), s.readings.toString());
    }

    @Test
    void numbersThatFillNoWholeRowGiveNoReading() {
        Sequences s = Sequences.of(List.of(run(Scanner.Gap.LABEL, 1, 2, 3), run(Scanner.Gap.LABEL, 4, 5)), 3, 2);
        assertTrue(s.readings.isEmpty());
    }
}
