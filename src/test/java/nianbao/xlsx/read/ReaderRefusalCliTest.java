package nianbao.xlsx.read;

import nianbao.cli.Main;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Black-box: bad workbooks given to {@code nianbao validate} give one Chinese line each and exit 3, no stack trace. */
class ReaderRefusalCliTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private List<Path> badFiles() throws Exception {
        List<Path> bad = new ArrayList<>();
        bad.add(Files.createFile(dir.resolve("空文件.xlsx")));
        bad.add(Files.writeString(dir.resolve("表格.xlsx"), "机关名称,年度\n某县,2025\n", StandardCharsets.UTF_8));
        Path xls = dir.resolve("旧版.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream o = Files.newOutputStream(xls)) {
            wb.createSheet("表三");
            wb.write(o);
        }
        bad.add(xls);
        byte[] whole = Fixtures.bytes(Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED));
        bad.add(Files.write(dir.resolve("截断.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 3)));
        return bad;
    }

    @Test
    void validateRefusesEachBadWorkbookWithOneChineseLineAndExitThree() throws Exception {
        for (Path bad : badFiles()) {
            Run r = run("validate", bad.toString());

            assertEquals(3, r.code(), bad + "\n" + r.err());
            String err = r.err().strip();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains(bad.toString()), err);
            assertFalse(err.contains("Exception") || err.contains("\tat "), err);
            assertTrue(err.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), err);
        }
    }

    @Test
    void validateReadsAGoodWorkbookAfterRefusingNone() throws Exception {
        Path good = Fixtures.save(Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_NO_CACHE), dir.resolve("好.xlsx"));

        Run r = run("validate", good.toString());

        assertEquals(0, r.code(), r.out() + r.err());
    }
}
