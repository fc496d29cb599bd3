package nianbao.model;

import nianbao.UnreadableInputException;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

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

    private static final String AGENCY = "青山县卫生健康委员会";

    private static String report() {
        return "{\n  \"schema\": \"gov-info-disclosure/2021\",\n  \"schemaVersion\": \"1.0\",\n"
                + "  \"meta\": {\"meta.agency\": \"" + AGENCY + "\", \"meta.year\": 2025}\n}\n";
    }

    private static String refusal(byte[] bytes) {
        return assertThrows(UnreadableInputException.class, () -> ReportJson.read(bytes, "a.json")).getMessage();
    }

    @Test
    void tenThousandNestedLevelsAreNotAReportAndNoNullPointerException() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertEquals("a.json：嵌套过深，不是年报文件（第 1 行已超过 100 层）。",
                refusal(deep.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        assertTrue(refusal(deepObjects.getBytes(java.nio.charset.StandardCharsets.UTF_8)).startsWith("a.json：嵌套过深，不是年报文件"));
    }

    @Test
    void aNumberOfThousandsOfDigitsIsRefusedWithoutLibraryText() {
        String json = "{\"schema\":\"gov-info-disclosure/2021\",\"values\":{\"t3.new.natural\":" + "9".repeat(2000) + "}}";
        assertEquals("a.json：数字或文字过长（第 1 行附近），不是年报文件。", refusal(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void nanAndInfinityAsPythonWritesThemAreKeptAsTextForTheCheckNotARefusalOfTheFile() throws Exception {
        String json = "{\"schema\":\"gov-info-disclosure/2021\",\"values\":{\"t3.new.natural\": NaN, "
                + "\"t3.new.commercial\": -Infinity, \"t3.new.research\": Infinity, \"t3.new.social\": 1e400}}";
        Report r = ReportJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.json");
        assertEquals("NaN", r.value("t3.new.natural").text());
        assertTrue(r.value("t3.new.natural").isUnparsedNumber());
        assertEquals("-Infinity", r.value("t3.new.commercial").text());
        assertEquals("Infinity", r.value("t3.new.research").text());
        assertEquals(new BigDecimal("1E+400"), r.number("t3.new.social"), "a finite number stays a number (out of range)");
        assertEquals(List.of("表三!D5 NaN", "表三!E5 -Infinity", "表三!F5 Infinity"),
                nianbao.validate.Validator.validate(r).stream().filter(f -> f.ruleId().equals("TYPE") && f.actual() != null
                        && f.message().contains("不是数字")).map(f -> f.position() + " " + f.actual()).toList());
    }

    @Test
    void aSyntaxErrorAtTheEndNamesItsLine() {
        assertEquals("a.json：不是有效的 JSON 文件（第 2 行附近有语法错误）。",
                refusal("{\"schema\":\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void readsAGbkFileWithAChineseAgencyName() throws Exception {
        Report r = ReportJson.read(report().getBytes(java.nio.charset.Charset.forName("GBK")), "a.json");
        assertEquals(AGENCY, r.agency());
        assertEquals(new BigDecimal("2025"), r.numberIfPresent("meta.year"));
    }

    @Test
    void readsUtf16WithAByteOrderMarkAsNotepadSavesIt() throws Exception {
        byte[] body = report().getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertEquals(AGENCY, ReportJson.read(withBom, "a.json").agency());
    }

    @Test
    void refusesDamagedGbkNamingTheLineInsteadOfReadingWrongCharacters() {
        byte[] gbk = report().getBytes(java.nio.charset.Charset.forName("GBK"));
        // cut the agency name's first character in half: the remaining bytes pair up into wrong characters
        int at = indexOf(gbk, AGENCY.substring(0, 2).getBytes(java.nio.charset.Charset.forName("GBK")));
        byte[] cut = new byte[gbk.length - 1];
        System.arraycopy(gbk, 0, cut, 0, at + 1);
        System.arraycopy(gbk, at + 2, cut, at + 1, gbk.length - at - 2);
        String m = refusal(cut);
        assertTrue(m.startsWith("a.json：文件像是 GBK 编码，但第 4 行有残缺或无法识别的字节（"), m);
        assertTrue(m.endsWith("请用记事本或 WPS 打开核对，另存为 UTF-8 编码后再试。"), m);
    }

    @Test
    void refusesAStrayByteInUtf8NamingTheLine() {
        byte[] utf8 = report().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = indexOf(utf8, AGENCY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        utf8[at + 1] = (byte) 0x41; // a UTF-8 character missing its middle byte
        assertEquals("a.json：文件不是 UTF-8 编码：第 4 行有无法识别的字节（0xE9 0x41）。请用记事本或 WPS 另存为 UTF-8 编码后再试。",
                refusal(utf8));
    }

    @Test
    void refusesBig5ThatWouldReadAsWrongGbkCharacters() {
        byte[] big5 = report().getBytes(java.nio.charset.Charset.forName("Big5"));
        assertTrue(refusal(big5).contains("编码"));
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
