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
