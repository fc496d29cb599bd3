package nianbao.xlsx.read;

import nianbao.model.Provenance;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellValuesTest {

    private static final Schema SCHEMA = Schemas.defaultSchema();
    private static final Source SRC = Source.cell("a.xlsx", "表三", "D5");

    private static Value convert(String fieldId, String type, String value) {
        return convert(fieldId, new RawCell(type, value, false), false);
    }

    private static Value convert(String fieldId, RawCell c, boolean date1904) {
        Field f = SCHEMA.require(fieldId);
        return CellValues.convert(f, c, SRC, date1904);
    }

    @Test
    void removesTheBinaryNoiseOfStoredDoubles() {
        assertEquals(new BigDecimal("0.3"), convert("t2.fees.amount", "n", "0.30000000000000004").number());
        assertEquals(new BigDecimal("12"), convert("t3.new.natural", "n", "12.0").number());
        assertEquals(new BigDecimal("1500"), convert("t3.new.natural", "n", "1.5E3").number());
    }

    @Test
    void readsCountsTypedAsText() {
        assertEquals(new BigDecimal("12"), convert("t3.new.natural", "inlineStr", " １２ ").number());
        assertEquals(new BigDecimal("3"), convert("t3.new.natural", "str", "3件").number());
    }

    @Test
    void keepsAnErrorValueAsUnparsedTextWithANote() {
        Value v = convert("t3.new.natural", "e", "#REF!");
        assertTrue(v.isUnparsedNumber());
        assertTrue(v.note().contains("#REF!"));
    }

    @Test
    void marksAFormulaWithoutACachedResultAsMissing() {
        Value v = convert("t3.new.natural", new RawCell("n", null, true), false);
        assertEquals(Provenance.MISSING, v.how());
        assertNull(v.number());
    }

    @Test
    void keepsAbsentCellsBlank() {
        Value v = convert("t3.new.natural", null, false);
        assertTrue(v.isBlank());
        assertEquals(Provenance.READ, v.how());
        assertEquals(SRC, v.source());
    }

    @Test
    void readsYearsAsNumbersFromNumbersOrText() {
        assertEquals(new BigDecimal("2025"), convert("meta.year", "n", "2025").number());
        assertEquals(new BigDecimal("2025"), convert("meta.year", "s", "2025年度").number());
        assertEquals("二〇二五", convert("meta.year", "s", "二〇二五").text());
    }

    @Test
    void turnsDateSerialsIntoIsoDatesInBothDateSystems() {
        assertEquals("2026-01-15", convert("meta.publish_date", new RawCell("n", "46037", false), false).text());
        assertEquals("2026-01-15", convert("meta.publish_date", new RawCell("n", "46037.75", false), false).text());
        assertEquals("2026-01-15", convert("meta.publish_date", new RawCell("n", String.valueOf(46037 - 1462), false), true).text());
        assertEquals("2026-01-15", convert("meta.publish_date", "d", "2026-01-15T00:00:00").text());
        assertEquals("2026-01-15", convert("meta.publish_date", "s", "２０２６．１．１５").text());
    }

    @Test
    void keepsTextFieldsTypedAsNumbersAsTheirPlainDigits() {
        assertEquals("87654321", convert("meta.contact", "n", "87654321").text());
    }

    @Test
    void normalisesLineBreaksAndTrimsTexts() {
        assertEquals("第一段。\n第二段。", convert("text.other", "s", "\r\n 第一段。\r\n第二段。 \n").text());
        assertTrue(convert("meta.agency", "s", "  ").isBlank());
    }
}
