package nianbao.legacy.decode;

import nianbao.Reports;
import nianbao.legacy.infer.Inference;
import nianbao.legacy.tokens.Token;
import nianbao.model.Report;
import nianbao.schema.Field;
import nianbao.schema.MatrixTable;
import nianbao.schema.Schema;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reading of 表三 by the order of its numbers that breaks the rules: along one column (an agency's slip)
 * it is read as printed; all over the table (its numbers shifted by one lost or added number) nothing of
 * it is read.
 */
class DecoderTest {

    private final Report report = Reports.readJson(Path.of("examples/青山县卫生健康委员会-2025.json"));
    private final Schema schema = report.schema();
    private final MatrixTable t3 = Cells.matrix(schema, "t3");
    private final Inference inf = new Inference(schema, schema.numericFields().stream().map(Field::id).toList());
    private final BigDecimal[] val = new BigDecimal[inf.ids.size()];
    private final boolean[] read = new boolean[val.length];
    private final String[] note = new String[val.length];
    private final int[] cells;
    private final List<BigDecimal> printed = new ArrayList<>();

    DecoderTest() throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (MatrixTable.Axis r : t3.rows()) {
            for (MatrixTable.Axis c : t3.columns()) {
                String id = t3.fieldId(r.key(), c.key());
                ids.add(inf.cell(id));
                printed.add(report.number(id));
            }
        }
        cells = ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private void decode(List<BigDecimal> numbers) {
        BigDecimal[] v = numbers.toArray(new BigDecimal[0]);
        Token[] at = new Token[v.length];
        for (int i = 0; i < v.length; i++) {
            at[i] = new Token(Token.Kind.NUMBER, v[i].toPlainString(), "", "", v[i], false, 100 + i, 1, Token.Sep.SINGLE);
        }
        Decoder.Unit u = new Decoder.Unit(Decoder.Kind.ORDER, "表三（第 100–274 行）", "行标签与数字分开印出，175 个数字",
                cells, List.of(new Decoder.Reading(v, at, "逐行排列")), false);
        new Decoder(inf, val, read, new Token[val.length], note, new boolean[inf.equations.size()],
                new boolean[val.length], new ArrayList<>()).decode(List.of(u));
    }

    @Test
    void anOrderBreakingTheRulesAlongTheTotalColumnIsReadAsPrinted() {
        List<BigDecimal> numbers = new ArrayList<>(printed);
        int m = t3.columns().size();
        for (int i = m - 1; i < numbers.size(); i += m) {
            numbers.set(i, BigDecimal.ZERO); // the agency printed every 总计 as 0
        }
        decode(numbers);
        int first = inf.cell(t3.fieldId("new", t3.columns().get(0).key()));
        assertEquals(printed.get(0), val[first]);
        assertTrue(read[first]);
        assertEquals(BigDecimal.ZERO, val[inf.cell(t3.fieldId("new", "total"))]);
    }

    @Test
    void anOrderBreakingTheRulesAllOverReadsNothing() {
        List<BigDecimal> numbers = new ArrayList<>(printed);
        numbers.remove(3);                    // a number lost in 一、本年新收
        numbers.add(40, new BigDecimal("7")); // and a page number further on
        decode(numbers);
        for (int c : cells) {
            assertNull(val[c], inf.ids.get(c));
        }
        int c = inf.cell(t3.fieldId("carried", "total"));
        assertTrue(note[c].contains("每种读法都与勾稽关系在多行多列矛盾"), note[c]);
    }
}
