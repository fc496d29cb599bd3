package nianbao.validate;

import nianbao.model.Report;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RuleEngineTest {

    private final Schema schema = Schemas.defaultSchema();

    private Report.Builder allZero() {
        Report.Builder b = Report.builder(schema).file("示例.xlsx");
        for (Field f : schema.numericFields()) {
            b.number(f.id(), 0);
        }
        return b;
    }

    @Test
    void aConsistentAllZeroReportBreaksNoRule() {
        assertEquals(List.of(), RuleEngine.check(allZero().build(), null, false));
    }

    @Test
    void publishedOneInTotalRowBreaksExactlyThreeRules() {
        Report r = allZero().number("t3.total.commercial", 1).build();
        List<Finding> f = RuleEngine.check(r, null, false);
        assertEquals(List.of("T3-ROW", "T3-RESULT", "T3-BAL"), f.stream().map(Finding::ruleId).toList());
        Finding result = f.get(1);
        assertEquals("表三!E28", result.position());
        assertEquals("1", result.actual());
        assertEquals("0", result.expected());
        assertEquals("表三（七）总计行 商业企业列：填报 1，按各项办理结果合计应为 0。明细：表三!E28 （七）总计 1；表三!E7:E27 共 21 格，都为 0。"
                + "只有改 表三!E28 能让各项勾稽关系同时成立：表三!E28“（七）总计 / 商业企业”应为 0（现填 1）。", result.message());
        assertEquals("表三!E28", f.get(0).position()); // T3-ROW of the 总计 row too blames the typed 1
    }

    @Test
    void skipsRulesWithBlankCellsUnlessBlankCountsAsZero() {
        Report r = Report.builder(schema).number("t3.total.commercial", 1).build();
        assertEquals(0, RuleEngine.check(r, null, false).size());
        assertEquals(3, RuleEngine.check(r, null, true).size());
    }

    @Test
    void comparesCarryOverWithLastYearOnlyWhenGiven() {
        Report last = allZero().number("t3.carry_over.natural", 2).number("t3.carry_over.total", 2)
                .number("t3.new.natural", 2).number("t3.new.total", 2).build();
        Report now = allZero().build();
        List<Finding> f = RuleEngine.check(now, last, false);
        assertEquals(List.of("X-CARRY", "X-CARRY"), f.stream().map(Finding::ruleId).toList());
        assertEquals("表三!D6", f.get(0).position());
        assertNull(f.get(0).breakdown().pin()); // the 自然人 column balances: 上年结转 alone cannot be the slip
        assertEquals(0, RuleEngine.check(now, null, false).size());
    }
}
