package nianbao.cli;

import com.opencsv.CSVReader;
import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {

    private static final Path XLSX = Path.of("examples", "临江市自然资源和规划局-2025.xlsx");
    private static final Path JSON = Path.of("examples", "临江市自然资源和规划局-2025.json");

    @TempDir
    Path tmp;

    @Test
    void exportsJsonToStandardOutput() throws Exception {
        CliRun r = CliRun.of("export", XLSX.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(ReportJson.write(Reports.readJson(JSON)), r.out());
    }

    @Test
    void exportsCsvFileWithBomFieldIdHeaderAndOneDataRow() throws Exception {
        Path out = tmp.resolve("年报.csv");
        CliRun r = CliRun.of("export", XLSX.toString(), "--format", "csv", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        List<String[]> rows = rows(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(2, rows.size());
        Report report = Reports.readJson(JSON);
        assertEquals(report.schema().fields().size(), rows.get(0).length);
        assertEquals("meta.agency", rows.get(0)[0]);
        assertEquals("临江市自然资源和规划局", rows.get(1)[0]);
        int i = List.of(rows.get(0)).indexOf("t3.new.natural");
        assertEquals(report.number("t3.new.natural").toPlainString(), rows.get(1)[i]);
        int fee = List.of(rows.get(0)).indexOf("t2.fees.amount");
        assertEquals("12.5", rows.get(1)[fee]);
        int text = List.of(rows.get(0)).indexOf("text.problems");
        assertEquals(report.text("text.problems"), rows.get(1)[text], "multi-line text survives quoting");
    }

    @Test
    void exportsOfficialChineseLabelsWithHeaderZh() throws Exception {
        CliRun r = CliRun.of("export", XLSX.toString(), "--format", "csv", "--header", "zh");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().startsWith("\uFEFF"), "no BOM on standard output");
        String[] header = rows(r.out()).get(0);
        assertEquals("机关名称", header[0]);
        assertTrue(List.of(header).contains("表三 （七）总计 / 商业企业"), List.of(header).toString());
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() throws Exception {
        Path in = Path.of("src", "test", "resources", "xlsx", "interop", "libreoffice-resaved.xlsx");
        CliRun r = CliRun.of("export", in.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String[]> rows = rows(r.out());
        int contact = List.of(rows.get(0)).indexOf("meta.contact");
        assertEquals("'+86 0745-5512306（白沙县交通运输局办公室）", rows.get(1)[contact]);
    }

    @Test
    void refusesAFileThatIsNotAWorkbookWithOneChineseLine() throws Exception {
        Path bad = tmp.resolve("不是表格.xlsx");
        Files.writeString(bad, "这不是一个 xlsx 文件");
        CliRun r = CliRun.of("export", bad.toString(), "--format", "json");
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("不是表格.xlsx"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void refusesAMissingFile() {
        CliRun r = CliRun.of("export", tmp.resolve("nope.xlsx").toString());
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertTrue(r.oneLineError(), r.err());
    }

    @Test
    void rejectsAnUnknownFormat() {
        CliRun r = CliRun.of("export", XLSX.toString(), "--format", "pdf");
        assertEquals(ExitCodes.USAGE, r.code());
    }

    private static List<String[]> rows(String csv) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(csv))) {
            return reader.readAll();
        }
    }
}
