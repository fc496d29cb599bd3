package nianbao.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportReportsTest {

    /** A report whose 表三 lacks the 其他 column: the rules infer it. */
    static ImportOutcome forced() throws Exception {
        Path in = Path.of("src/test/resources/legacy/corpus/missing_column_forced/input.txt");
        return ImportBatch.one(in, "missing_column_forced", Schemas.defaultSchema());
    }

    static ImportOutcome ok(String c) throws Exception {
        Path in = LegacyImporterTest.input(LegacyImporterTest.CASES.resolve(c));
        return ImportBatch.one(in, c, Schemas.defaultSchema());
    }

    @Test
    void alignsTheSummaryTableForChineseText() throws Exception {
        ImportOutcome pdf = forced();
        List<ImportOutcome> all = List.of(ok("markdown"), pdf, new ImportOutcome("坏.txt", null, "坏.txt：文件是空的（0 字节）。"));
        String[] rows = ImportReports.summary(all).split("\n");
        assertEquals(4, rows.length);
        int width = ImportReports.displayWidth(rows[0]);
        for (String r : rows) {
            assertEquals(width, ImportReports.displayWidth(r), "every row as wide as the header: " + r);
        }
        assertTrue(rows[1].matches("markdown\\s+柳城县人力资源和社会保障局\\s+2025\\s+竖线分隔\\s+200\\s+0\\s+0\\s+0"), rows[1]);
        assertTrue(pdf.result().inferred() > 0, "the table without its 其他 column needs inference");
        assertTrue(rows[2].matches("missing_column_forced\\s+清河县教育局\\s+2025\\s+\\S+\\s+" + pdf.result().read() + "\\s+"
                + pdf.result().inferred() + "\\s+0\\s+0"), rows[2]);
        assertTrue(rows[3].matches("坏.txt\\s+—\\s+—\\s+无法读取\\s+—\\s+—\\s+—\\s+—"), rows[3]);
        assertEquals("输入 3 份：成功 2 份，失败 1 份。", ImportReports.accounting(all));
    }

    @Test
    void writesEveryInferredCellWithPositionLabelAndReasonToJson() throws Exception {
        ImportOutcome pdf = forced();
        JsonNode root = new ObjectMapper().readTree(ImportReports.json(List.of(pdf)));
        JsonNode file = root.path("files").get(0);
        assertEquals("清河县教育局", file.path("agency").asText());
        assertEquals("2021", file.path("format").asText());
        assertEquals(pdf.result().inferred(), file.path("counts").path("inferred").asInt());
        assertEquals(200, file.path("counts").path("read").asInt() + file.path("counts").path("inferred").asInt()
                + file.path("counts").path("missing").asInt());
        JsonNode cell = null;
        for (JsonNode c : file.path("cells")) {
            if (c.path("field").asText().equals("t3.new.other")) {
                cell = c;
            }
        }
        assertEquals("表三!I5", cell.path("position").asText());
        assertEquals("inferred", cell.path("how").asText());
        assertEquals(6, cell.path("value").asInt());
        assertTrue(cell.path("label").asText().contains("本年新收"), cell.toString());
        assertFalse(cell.path("reason").asText().isBlank(), cell.toString());
        assertEquals(1, root.path("total").path("imported").asInt());
    }

    @Test
    void namesTheFormatAndTheFindingsInTheTextReport() throws Exception {
        String t = ImportReports.text(ok("format-2019").result());
        assertTrue(t.contains("格式：2019 年试行格式（国办公开办函〔2019〕60号），未导入数字"), t);
        assertTrue(t.contains("  - " + LegacyImporter.FORMAT_2019), t);
        assertEquals(4, ImportReports.displayWidth("年度"));
    }
}
