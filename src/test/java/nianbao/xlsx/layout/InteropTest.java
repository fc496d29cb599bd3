package nianbao.xlsx.layout;

import nianbao.Reports;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.ReportJson;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workbooks written by other programs: the template filled through its defined names by openpyxl
 * ({@code fill_with_openpyxl.py}), and that file re-saved by LibreOffice. Both are committed fixtures
 * because CI has neither program.
 */
class InteropTest {

    private static final Path DIR = Path.of("src", "test", "resources", "xlsx", "interop");

    @TempDir
    Path tmp;

    private static Report expected() throws Exception {
        return Reports.readJson(DIR.resolve("input.json"));
    }

    @Test
    void libreOfficeResavedWorkbookExportsExactlyTheValuesWritten() throws Exception {
        Report back = Reports.read(DIR.resolve("libreoffice-resaved.xlsx"));
        assertEquals(ReportJson.write(expected()), ReportJson.write(back));
    }

    @Test
    void libreOfficeKeepsTheDefinedNamesAndTheSchemaMarker() throws Exception {
        try (InputStream in = Files.newInputStream(DIR.resolve("libreoffice-resaved.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Field f : expected().schema().fields()) {
                assertNotNull(wb.getName(f.definedName()), f.definedName());
            }
            assertEquals("gov-info-disclosure/2021", wb.getSheet("_schema").getRow(0).getCell(1).getStringCellValue());
            assertTrue(wb.getSheet("表三").getProtect());
        }
    }

    @Test
    void openpyxlFilledWorkbookGivesBackEveryValueWithTotalsComputedFromTheirFormulas() throws Exception {
        Report want = expected();
        Report back = Reports.read(DIR.resolve("openpyxl-filled.xlsx"));
        Set<String> totals = want.schema().totalRules().stream().map(Rule::anchorField).collect(Collectors.toSet());
        for (Field f : want.schema().fields()) {
            if (want.number(f.id()) != null) {
                assertNotNull(back.number(f.id()), f.id());
                assertEquals(0, want.number(f.id()).compareTo(back.number(f.id())), f.id());
            } else {
                assertEquals(want.value(f.id()).text(), back.value(f.id()).text(), f.id());
            }
            // openpyxl writes formulas without cached results, so the reader computes the totals
            assertEquals(totals.contains(f.id()) ? Provenance.COMPUTED : Provenance.READ, back.value(f.id()).how(), f.id());
        }
    }

    @Test
    void openpyxlFilledWorkbookTotalsComeOutRightOnceItsFormulasAreEvaluated() throws Exception {
        Path evaluated = tmp.resolve("evaluated.xlsx");
        try (InputStream in = Files.newInputStream(DIR.resolve("openpyxl-filled.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            try (OutputStream out = Files.newOutputStream(evaluated)) {
                wb.write(out);
            }
        }
        assertEquals(ReportJson.write(expected()), ReportJson.write(Reports.read(evaluated)));
    }
}
