package nianbao.validate;

import nianbao.model.Report;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FindingKeysTest {

    private static Report example() throws Exception {
        return nianbao.Reports.readJson(Path.of("examples", "青山县卫生健康委员会-2025.json"));
    }

    private static String keyOf(Report r, String ruleId) {
        Finding f = Validator.validate(r).stream().filter(x -> x.ruleId().equals(ruleId)).findFirst().orElseThrow();
        return FindingKeys.of(f, r.schema());
    }

    @Test
    void aBrokenRuleIsKeyedByItsOwnCellWhicheverCellBrokeIt() throws Exception {
        Report good = example();
        Report totalOff = good.toBuilder().number("t3.new.total", good.number("t3.new.total").longValue() + 1).build();
        Report partOff = good.toBuilder().number("t3.new.natural", good.number("t3.new.natural").longValue() + 1).build();
        assertEquals("T3-ROW@t3.new.total", keyOf(totalOff, "T3-ROW"));
        assertEquals("T3-ROW@t3.new.total", keyOf(partOff, "T3-ROW"), "the same rule instance, whichever cell slipped");
    }

    @Test
    void twoRulesPinnedToOneTypedCellKeepTheirOwnKeys() throws Exception {
        // 本年新收/自然人 typed 400 over 339, its row total following as the template's formula does: 表三's
        // balance breaks in the 自然人 column and in the 总计 column, and the narrative's 418 pins 表三!D5 for both
        Report good = nianbao.Reports.readJson(Path.of("examples", "临江市自然资源和规划局-2025.json"));
        long slip = 400 - good.number("t3.new.natural").longValue();
        Report r = good.toBuilder().number("t3.new.natural", 400)
                .number("t3.new.total", good.number("t3.new.total").longValue() + slip).build();
        List<Finding> broken = Validator.validate(r).stream().filter(x -> x.ruleId().equals("T3-BAL")).toList();
        assertEquals(2, broken.size(), broken.toString());
        for (Finding f : broken) {
            assertEquals("t3.new.natural", f.breakdown().pin().cell().fieldId(), "pinned by the narrative");
            assertEquals("t3.new.natural", f.fieldIds().get(0));
        }
        assertEquals(List.of("T3-BAL@t3.total.natural", "T3-BAL@t3.total.total"),
                broken.stream().map(f -> FindingKeys.of(f, r.schema())).toList(), "each the rule's own cell, not the pin");
        assertEquals("t3.total.total", FindingKeys.ruleOf(broken.get(1), r.schema()).left().terms().get(0).fieldId());
    }

    @Test
    void anotherCheckIsKeyedByTheFieldItIsAbout() throws Exception {
        Report r = example().toBuilder().text("t3.new.research", "三").build();
        assertEquals("TYPE@t3.new.research", keyOf(r, "TYPE"));
        assertNotEquals(keyOf(r, "TYPE"), FindingKeys.of(new Finding("TYPE", nianbao.schema.Severity.ERROR,
                List.of("t3.new.legal"), nianbao.model.Source.none(), null, null, "", ""), Schemas.defaultSchema()));
    }

    @Test
    void splitsAKeyIntoRuleAndField() {
        assertEquals("T3-BAL", FindingKeys.rule("T3-BAL@t3.total.natural"));
        assertEquals("t3.total.natural", FindingKeys.field("T3-BAL@t3.total.natural"));
        assertEquals("", FindingKeys.field("X-PREV@"));
    }
}
