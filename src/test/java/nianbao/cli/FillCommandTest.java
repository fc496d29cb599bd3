package nianbao.cli;

import nianbao.Reports;
import nianbao.model.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FillCommandTest {

    @TempDir
    Path tmp;

    @Test
    void fillsTheTemplateFromAReportJson() throws Exception {
        Path in = Path.of("examples", "青山县卫生健康委员会-2025.json");
        Path out = tmp.resolve("填好的.xlsx");
        CliRun r = CliRun.of("fill", in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("已生成"), r.out());
        assertEquals(ReportJson.write(Reports.readJson(in)), ReportJson.write(Reports.read(out)));
    }

    @Test
    void refusesBrokenJsonWithOneChineseLineAndWritesNothing() throws Exception {
        Path in = tmp.resolve("坏的.json");
        Files.writeString(in, "{\"schema\": \"gov-info-disclosure/2021\", \"values\": {");
        Path out = tmp.resolve("out.xlsx");
        CliRun r = CliRun.of("fill", in.toString(), "-o", out.toString());
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("坏的.json"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        Path in = tmp.resolve("empty.json");
        Files.write(in, new byte[0]);
        CliRun r = CliRun.of("fill", in.toString(), "-o", tmp.resolve("o.xlsx").toString());
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertTrue(r.oneLineError() && r.err().contains("0 字节"), r.err());
    }

    @Test
    void requiresAnOutputFile() {
        CliRun r = CliRun.of("fill", "examples/青山县卫生健康委员会-2025.json");
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("用法错误"), r.err());
    }

    @Test
    void neverOverwritesItsInput() throws Exception {
        Path in = tmp.resolve("a.xlsx");
        Files.copy(Path.of("examples", "青山县卫生健康委员会-2025.xlsx"), in);
        byte[] before = Files.readAllBytes(in);
        CliRun r = CliRun.of("fill", in.toString(), "-o", in.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains("不会覆盖输入"), r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(in)));
    }

    @Test
    void refusesAnOutputThatIsNotXlsx() {
        CliRun r = CliRun.of("fill", "examples/青山县卫生健康委员会-2025.json", "-o", tmp.resolve("out.json").toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.err().contains(".xlsx"), r.err());
    }

    @Test
    void explainsATextTooLongForOneCellInOneLine() throws Exception {
        Path in = tmp.resolve("long.json");
        String json = Files.readString(Path.of("examples", "青山县卫生健康委员会-2025.json"));
        json = json.replaceFirst("\"text.other\": \"[^\"]*\"", "\"text.other\": \"" + "很长".repeat(20000) + "\"");
        Files.writeString(in, json);
        Path out = tmp.resolve("o.xlsx");
        CliRun r = CliRun.of("fill", in.toString(), "-o", out.toString());
        assertEquals(ExitCodes.UNREADABLE, r.code());
        assertTrue(r.oneLineError() && r.err().contains("32767"), r.err());
        assertFalse(Files.exists(out));
    }
}
