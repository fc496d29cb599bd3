package nianbao.render;

import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.FieldType;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellsTest {

    static final Schema SCHEMA = Schemas.defaultSchema();

    @Test
    void printsCountsAsWholeNumbers() {
        assertEquals("418", Cells.number(new BigDecimal("418.0"), FieldType.COUNT));
        assertEquals("0", Cells.number(BigDecimal.ZERO, FieldType.COUNT));
        assertEquals("1200", Cells.number(new BigDecimal("1.2E+3"), FieldType.COUNT));
    }

    @Test
    void printsAmountsWithoutTrailingZeroNoise() {
        assertEquals("12.5", Cells.number(new BigDecimal("12.5000"), FieldType.AMOUNT));
        assertEquals("0.025", Cells.number(new BigDecimal("0.025"), FieldType.AMOUNT));
        assertEquals("3", Cells.number(new BigDecimal("3.00"), FieldType.AMOUNT));
    }

    @Test
    void roundsAmountsToFourDecimals() {
        assertEquals("0.1235", Cells.number(new BigDecimal("0.12345"), FieldType.AMOUNT));
        assertEquals("0", Cells.number(new BigDecimal("0.00004"), FieldType.AMOUNT));
    }

    @Test
    void leavesABlankValueBlank() {
        Report r = Report.builder(SCHEMA).build();
        assertEquals("", Cells.value(r, SCHEMA.require("t3.new.natural")));
    }

    @Test
    void showsATextThatIsNotANumberAsWritten() {
        Report r = Report.builder(SCHEMA).put(Value.text("t3.new.natural", " 十二 ", Source.none())).build();
        assertEquals("十二", Cells.value(r, SCHEMA.require("t3.new.natural")));
    }
}
