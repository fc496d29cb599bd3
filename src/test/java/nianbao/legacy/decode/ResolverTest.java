package nianbao.legacy.decode;

import nianbao.legacy.read.TextLine;

import nianbao.model.Provenance;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResolverTest {

    @Test
    void alternativesChooseWhichCellsStayEmptyOrWhichNumbersDrop() {
        List<int[]> fewer = RowPlacer.alternatives(2, 3);
        assertEquals(3, fewer.size());
        assertArrayEquals(new int[] {1, 2}, fewer.get(0));
        assertArrayEquals(new int[] {0, 1}, fewer.get(2));
        List<int[]> more = RowPlacer.alternatives(4, 3);
        assertEquals(4, more.size());
        assertArrayEquals(new int[] {-1, 0, 1, 2}, more.get(0));
        assertEquals(0, RowPlacer.alternatives(3, 10).size());
        assertEquals(0, RowPlacer.alternatives(0, 7).size());
    }

    private static StatsResult parse(String... lines) {
        List<TextLine> in = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            in.add(new TextLine(i + 1, lines[i]));
        }
        return StatsParser.parse(in, Schemas.defaultSchema(), "t.txt");
    }

    @Test
    void aStrayNumberInTable4IsDroppedWhenOnlyOnePlacementBalances() {
        List<String> lines = new ArrayList<>(List.of("四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼"));
        lines.add("7"); // a page number the chrome filter cannot tell from a cell
        lines.addAll(Arrays.asList("1", "0", "0", "1", "2", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0"));
        StatsResult r = parse(lines.toArray(String[]::new));
        assertEquals(Provenance.READ, r.value("t4.review.upheld").how());
        assertEquals(1, r.value("t4.review.upheld").number().intValueExact());
        assertEquals(2, r.value("t4.review.total").number().intValueExact());
        assertEquals(Provenance.READ, r.value("t4.suit_after_review.total").how());
    }

    @Test
    void aPlaceholderCellIsFilledOnlyWhenTheRulesForceIt() {
        StatsResult r = parse("三、收到和处理政府信息公开申请情况", "（七）总计\t3\t—\t0\t0\t0\t0\t3",
                "一、本年新收政府信息公开申请数量\t2\t/\t0\t0\t0\t0\t—");
        assertEquals(Provenance.INFERRED, r.value("t3.total.commercial").how());
        assertEquals(0, r.value("t3.total.commercial").number().intValueExact());
        assertTrue(r.value("t3.total.commercial").note().contains("—"), r.value("t3.total.commercial").note());
        assertEquals(Provenance.MISSING, r.value("t3.new.commercial").how());
        assertEquals(Provenance.MISSING, r.value("t3.new.total").how());
    }

    @Test
    void extraNumbersAfterInterruptingTextAreNotTakenWhenTheRowIsComplete() {
        StatsResult r = parse("二、主动公开政府信息情况", "规章", "1", "0", "5", "某某局2025年政府信息公开工作年度报告", "9");
        assertEquals(5, r.value("t2.rules.valid").number().intValueExact());
        assertEquals(Provenance.READ, r.value("t2.rules.valid").how());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("未采用")), r.notes().toString());
    }

    @Test
    void aShortTable2RowIsLeftMissingRatherThanGuessed() {
        StatsResult r = parse("二、主动公开政府信息情况", "规章\t2\t5");
        assertEquals(Provenance.MISSING, r.value("t2.rules.made").how());
        assertEquals(Provenance.MISSING, r.value("t2.rules.valid").how());
    }

    @Test
    void blankCellsOfAnHtmlRowAreZeroOnlyWhereTheRowTotalForcesIt() {
        StatsResult r = parse("三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量\t4\t\t\t\t\t\t4",
                "二、上年结转政府信息公开申请数量\t2\t\t\t\t\t1\t");
        assertEquals(Provenance.READ, r.value("t3.new.natural").how());
        assertEquals(Provenance.INFERRED, r.value("t3.new.commercial").how());
        assertEquals(0, r.value("t3.new.commercial").number().intValueExact());
        assertTrue(r.value("t3.new.commercial").note().contains("空白"), r.value("t3.new.commercial").note());
        assertEquals(Provenance.MISSING, r.value("t3.carried.total").how());
    }

    @Test
    void columnNumbersUnderTheTable4HeaderAreNotTakenForValues() {
        StatsResult r = parse("四、政府信息公开行政复议、行政诉讼情况", "行政复议\t行政诉讼",
                "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\t15",
                "0\t1\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
        assertEquals(0, r.value("t4.review.upheld").number().intValueExact());
        assertEquals(1, r.value("t4.review.total").number().intValueExact());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("栏目序号")), r.notes().toString());
    }

    @Test
    void aRowWrappedOverTwoLinesKeepsAllItsNumbers() {
        StatsResult r = parse("三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量\t4\t1\t0", "0\t0\t0\t5",
                "四、政府信息公开行政复议、行政诉讼情况", "0\t1\t0\t0\t1\t0\t0\t0", "0\t0\t0\t0\t0\t0\t0");
        assertEquals(Provenance.READ, r.value("t3.new.total").how());
        assertEquals(5, r.value("t3.new.total").number().intValueExact());
        assertEquals(Provenance.READ, r.value("t4.review.total").how());
        assertEquals(1, r.value("t4.review.total").number().intValueExact());
    }

    @Test
    void aStrayLineAfterTheTable4ValuesIsLeftOut() {
        StatsResult r = parse("四、政府信息公开行政复议、行政诉讼情况", "0\t1\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "9");
        assertEquals(Provenance.READ, r.value("t4.suit_after_review.total").how());
        assertEquals(0, r.value("t4.suit_after_review.total").number().intValueExact());
        assertEquals(1, r.value("t4.review.total").number().intValueExact());
    }

    @Test
    void anAlignmentGapInsideTheTable4ValuesIsNotACell() {
        StatsResult r = parse("四、政府信息公开行政复议、行政诉讼情况", "0\t1\t0\t0\t1\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t2");
        assertEquals(Provenance.READ, r.value("t4.suit_after_review.total").how());
        assertEquals(2, r.value("t4.suit_after_review.total").number().intValueExact());
        assertEquals(1, r.value("t4.review.total").number().intValueExact());
    }

    @Test
    void rowsWhoseLabelsStandOutOfTableOrderAreNotReadByTheirLabelsAlone() {
        // one cell per line; the labels of （一）予以公开 and （二）部分公开 swapped: labels drifted, or the rows
        // were printed in another order; the rules cannot tell (both rows add up to the same totals)
        nianbao.schema.MatrixTable t3 = (nianbao.schema.MatrixTable) Schemas.defaultSchema().table("t3");
        List<String> lines = new ArrayList<>(List.of("三、收到和处理政府信息公开申请情况"));
        for (int r = 0; r < t3.rows().size(); r++) {
            String key = t3.rows().get(r).key();
            String label = key.equals("granted") ? "（二）部分公开" : key.equals("partial") ? "（一）予以公开" : t3.rows().get(r).label();
            lines.add(label);
            long[] v = switch (key) {
                case "new", "total" -> new long[] {1, 1, 0, 0, 0, 0, 2};
                case "granted" -> new long[] {1, 0, 0, 0, 0, 0, 1};
                case "partial" -> new long[] {0, 1, 0, 0, 0, 0, 1};
                default -> new long[7];
            };
            for (long x : v) {
                lines.add(Long.toString(x));
            }
        }
        StatsResult r = parse(lines.toArray(String[]::new));
        assertEquals(Provenance.MISSING, r.value("t3.granted.natural").how(), r.value("t3.granted.natural").note());
        assertEquals(Provenance.MISSING, r.value("t3.partial.commercial").how());
        // what both readings agree on is read
        assertEquals(Provenance.READ, r.value("t3.granted.total").how());
        assertEquals(Provenance.READ, r.value("t3.total.natural").how());
        assertEquals(1, r.value("t3.total.natural").number().intValueExact());
    }
}
