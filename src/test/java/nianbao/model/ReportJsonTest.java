package nianbao.model;

import nianbao.UnreadableInputException;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportJsonTest {

    @Test
    void roundTripsNumbersTextsBlanksAndProvenance() throws Exception {
        Report r = Report.builder(Schemas.defaultSchema())
                .text("meta.agency", "青山县卫生健康委员会").number("meta.year", 2025)
                .text("text.other", "本机关未收取信息处理费。\n第二段。")
                .number("t3.new.natural", 12).number("t2.fees.amount", new BigDecimal("1.2500"))
                .put(Value.inferred("t3.total.other", BigDecimal.ZERO, Source.line("a.txt", 40, 0), "由总计推出"))
                .build();
        String json = ReportJson.write(r);
        assertTrue(json.contains("\"t2.fees.amount\" : 1.25"), json);
        assertTrue(json.contains("\"meta.year\" : 2025"), json);
        Report back = ReportJson.read(json, "a.json");
        assertEquals(r, back);
        assertEquals(Provenance.INFERRED, back.value("t3.total.other").how());
        assertEquals("由总计推出", back.value("t3.total.other").note());
        assertNull(back.number("t3.new.commercial"));
        assertEquals(json, ReportJson.write(back));
    }

    @Test
    void refusesUnknownSchemaAndUnknownFieldsNamingTheFile() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class,
                () -> ReportJson.read("{\"schema\":\"gov-info-disclosure/2030\"}", "new.json"));
        assertEquals("new.json：不支持的格式版本“gov-info-disclosure/2030”，本工具支持 “gov-info-disclosure/2019”（版本 1.0）、"
                + "“gov-info-disclosure/2021”（版本 1.0）。", e.getMessage());
        e = assertThrows(UnreadableInputException.class,
                () -> ReportJson.read("{\"schema\":\"gov-info-disclosure/2021\",\"values\":{\"t9.x\":1}}", "x.json"));
        assertTrue(e.getMessage().startsWith("x.json：未知字段“t9.x”"), e.getMessage());
        e = assertThrows(UnreadableInputException.class, () -> ReportJson.read("{oops", "bad.json"));
        assertTrue(e.getMessage().startsWith("bad.json：不是有效的 JSON 文件"), e.getMessage());
    }

    @Test
    void readsNumbersWrittenAsTextLeniently() {
        assertEquals(new BigDecimal("12"), Numbers.parse(" １２ "));
        assertEquals(new BigDecimal("1234"), Numbers.parse("1,234件"));
        assertEquals(new BigDecimal("0.5"), Numbers.parse("0.5万元"));
        assertNull(Numbers.parse("十二"));
        assertNull(Numbers.parse(""));
        assertEquals("1.5", Numbers.plain(new BigDecimal("1.500")));
        assertEquals("300", Numbers.plain(new BigDecimal("3E+2")));
    }
}
