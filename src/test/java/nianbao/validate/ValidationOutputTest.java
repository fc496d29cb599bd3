package nianbao.validate;

import nianbao.model.Source;
import nianbao.schema.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationOutputTest {

    private static final Finding RESULT = new Finding("T3-RESULT", Severity.ERROR, List.of("t3.total.commercial"),
            Source.cell("a.xlsx", "表三", "E28"), "0", "1", "表三（七）总计行 商业企业列：填报 1，按各项办理结果合计应为 0。",
            "Table 3, row (7) total, column commercial: stated 1, the handling results add up to 0.");
    private static final Finding TEXT = new Finding("TEXT", Severity.WARNING, List.of("text.other"),
            Source.cell("a.xlsx", "正文", "B10"), null, "=HYPERLINK(\"x\")", "正文 六、其他需要报告的事项：只写了“=HYPERLINK(\"x\")”。",
            "Narrative text.other: placeholder.");
    private static final Finding FEE = new Finding("FEE", Severity.WARNING, List.of("t2.fees.amount"),
            Source.cell("a.xlsx", "表二", "B15"), "≤ 1000", "12500", "表二 行政事业性收费：数额异常大。", "Table 2 fee: too large.");
    private static final Finding META = new Finding("META", Severity.ERROR, List.of("meta.agency"),
            Source.cell("a.xlsx", "基本信息", "B3"), null, "", "基本信息 机关名称：未填写。", "Basic information meta.agency: blank.");

    private static final List<FileResult> RUN = List.of(
            FileResult.of("a.xlsx", List.of(RESULT, META, FEE, TEXT)),
            FileResult.of("b.json", List.of()),
            FileResult.unreadable("c.xlsx", "c.xlsx：文件是空的（0 字节）。"));

    private static String write(ValidationOutput.Format format, boolean english) throws IOException {
        StringWriter w = new StringWriter();
        ValidationOutput.write(RUN, format, english, w);
        return w.toString();
    }

    @Test
    void textGroupsBySheetInTableOrderWithErrorsFirstAndSummarises() throws IOException {
        assertEquals("""
                【a.xlsx】
                表二
                  警告  FEE  表二!B15  表二 行政事业性收费：数额异常大。
                表三
                  错误  T3-RESULT  表三!E28  表三（七）总计行 商业企业列：填报 1，按各项办理结果合计应为 0。
                基本信息
                  错误  META  基本信息!B3  基本信息 机关名称：未填写。
                正文
                  警告  TEXT  正文!B10  正文 六、其他需要报告的事项：只写了“=HYPERLINK("x")”。
                小结：2 个错误，2 个警告，0 个提示。

                【b.json】
                  没有发现问题。
                小结：0 个错误，0 个警告，0 个提示。

                【c.xlsx】
                  无法读取：c.xlsx：文件是空的（0 字节）。

                合计：3 个文件，1 个有错误，0 个仅有警告，1 个通过，1 个无法读取；2 个错误，2 个警告，0 个提示。
                """, write(ValidationOutput.Format.TEXT, false));
    }

    @Test
    void textInEnglishUsesEnglishHeadingsAndMessages() throws IOException {
        String out = write(ValidationOutput.Format.TEXT, true);
        assertTrue(out.startsWith("== a.xlsx ==\nTable 2 (表二)\n  WARNING  FEE  表二!B15  Table 2 fee: too large.\n"), out);
        assertTrue(out.contains("Summary: 2 errors, 2 warnings, 0 infos."), out);
        assertTrue(out.endsWith("Total: 3 files — 1 with errors, 0 with warnings only, 1 clean, 1 unreadable; "
                + "2 errors, 2 warnings, 0 infos.\n"), out);
    }

    @Test
    void csvHasABomAHeaderARowPerFindingAndDefusesFormulas() throws IOException {
        String out = write(ValidationOutput.Format.CSV, false);
        assertEquals('\uFEFF', out.charAt(0));
        String[] lines = out.substring(1).split("\r\n");
        assertEquals("\"文件\",\"规则\",\"级别\",\"字段\",\"位置\",\"应为\",\"实为\",\"说明\",\"应核对的格子\",\"该格应为\",\"依据\"", lines[0]);
        assertEquals("\"a.xlsx\",\"T3-RESULT\",\"错误\",\"t3.total.commercial\",\"表三!E28\",\"0\",\"1\","
                + "\"表三（七）总计行 商业企业列：填报 1，按各项办理结果合计应为 0。\",\"\",\"\",\"\"", lines[1]);
        assertTrue(lines[4].contains("\"'=HYPERLINK(\"\"x\"\")\""), lines[4]);
        assertEquals("\"b.json\",\"\",\"通过\",\"\",\"\",\"\",\"\",\"没有发现问题。\",\"\",\"\",\"\"", lines[5]);
        assertEquals("\"c.xlsx\",\"UNREADABLE\",\"错误\",\"\",\"\",\"\",\"\",\"无法读取：c.xlsx：文件是空的（0 字节）。\",\"\",\"\",\"\"",
                lines[6]);
        assertEquals(7, lines.length);
    }

    @Test
    void defusesFormulaStartsButKeepsPlainNegativeNumbers() {
        assertEquals("'=1+1", CsvOutput.defuse("=1+1"));
        assertEquals("'@SUM(A1)", CsvOutput.defuse("@SUM(A1)"));
        assertEquals("'+86 10", CsvOutput.defuse("+86 10"));
        assertEquals("-2", CsvOutput.defuse("-2"));
        assertEquals("'-2+3", CsvOutput.defuse("-2+3"));
        assertEquals("表三", CsvOutput.defuse("表三"));
    }

    @Test
    void jsonCarriesEveryFieldOfEveryFindingAndTheSummary() throws IOException {
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(write(ValidationOutput.Format.JSON, false));
        com.fasterxml.jackson.databind.JsonNode a = root.get("files").get(0);
        assertEquals("errors", a.get("status").asText());
        com.fasterxml.jackson.databind.JsonNode f = a.get("findings").get(0);
        assertEquals("T3-RESULT", f.get("ruleId").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals("t3.total.commercial", f.get("fieldIds").get(0).asText());
        assertEquals("表三", f.get("sheet").asText());
        assertEquals("E28", f.get("cell").asText());
        assertEquals("表三!E28", f.get("position").asText());
        assertEquals("0", f.get("expected").asText());
        assertEquals("1", f.get("actual").asText());
        assertEquals(RESULT.message(), f.get("message").asText());
        assertEquals(RESULT.messageEn(), f.get("messageEn").asText());
        assertEquals("ok", root.get("files").get(1).get("status").asText());
        assertEquals("unreadable", root.get("files").get(2).get("status").asText());
        assertEquals("c.xlsx：文件是空的（0 字节）。", root.get("files").get(2).get("unreadable").asText());
        assertEquals(1, root.get("summary").get("unreadable").asInt());
        assertEquals(2, root.get("summary").get("errors").asInt());
    }
}
