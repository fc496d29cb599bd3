package nianbao.xlsx.layout;

import nianbao.Reports;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.ReportJson;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import nianbao.xlsx.write.TemplateWriter;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The 2019 trial format's template filled by another program: {@code openpyxl-filled.xlsx} was written
 * by openpyxl through the defined names of {@code nianbao template --schema 2019} (see
 * {@code regenerate.sh}), {@code libreoffice-resaved.xlsx} is that file re-saved by LibreOffice.
 */
class Interop2019Test {

    private static final Path DIR = Path.of("src", "test", "resources", "xlsx", "interop-2019");
    private static final Schema SCHEMA = Schemas.byKey("2019").orElseThrow();

    @TempDir
    Path tmp;

    @Test
    void theTemplateGeneratedNowHasTheDefinedNamesTheOtherProgramFilled() throws Exception {
        Path template = tmp.resolve("2019.xlsx");
        TemplateWriter.write(SCHEMA, TemplateWriter.Options.none(), template);
        try (XSSFWorkbook fresh = open(template); XSSFWorkbook filled = open(DIR.resolve("openpyxl-filled.xlsx"))) {
            for (Field f : SCHEMA.fields()) {
                XSSFName a = fresh.getName(f.definedName());
                XSSFName b = filled.getName(f.definedName());
                assertNotNull(a, f.definedName());
                assertNotNull(b, f.definedName());
                assertEquals(a.getRefersToFormula(), b.getRefersToFormula(), f.definedName());
                assertEquals(Form.absolute(f.sheet(), f.cell()), a.getRefersToFormula(), f.definedName());
            }
            assertEquals("gov-info-disclosure/2019", filled.getSheet("_schema").getRow(0).getCell(1).getStringCellValue());
        }
    }

    @Test
    void openpyxlFilledWorkbookExportsEveryValueWrittenWithTotalsFromTheirFormulas() throws Exception {
        Report want = Reports.readJson(DIR.resolve("input.json"));
        Report back = Reports.read(DIR.resolve("openpyxl-filled.xlsx"));
        assertEquals(SCHEMA.id(), back.schema().id());
        Set<String> totals = SCHEMA.totalRules().stream().map(Rule::anchorField).collect(Collectors.toSet());
        for (Field f : SCHEMA.fields()) {
            if (want.number(f.id()) != null) {
                assertNotNull(back.number(f.id()), f.id());
                assertEquals(0, want.number(f.id()).compareTo(back.number(f.id())), f.id());
            } else {
                assertEquals(want.value(f.id()).text(), back.value(f.id()).text(), f.id());
            }
            assertEquals(totals.contains(f.id()) ? Provenance.COMPUTED : Provenance.READ, back.value(f.id()).how(), f.id());
        }
        assertEquals(-3, back.number("t2.licensing.items_change").intValue());
        assertEquals("386.52", back.number("t2.procurement.amount").toPlainString());
    }

    @Test
    void libreOfficeResavedWorkbookExportsExactlyTheJsonWritten() throws Exception {
        assertEquals(Files.readString(DIR.resolve("input.json")).replace("\": ", "\" : "),
                ReportJson.write(Reports.read(DIR.resolve("libreoffice-resaved.xlsx"))));
    }

    @Test
    void jsonAndWorkbookRoundTripIdentically() throws Exception {
        Report json = Reports.readJson(Path.of("examples", "柳溪市人力资源和社会保障局-2020.json"));
        Path xlsx = tmp.resolve("back.xlsx");
        Reports.write(json, xlsx);
        Report back = Reports.read(xlsx);
        assertEquals(ReportJson.write(json), ReportJson.write(back));
        Path again = tmp.resolve("again.json");
        Files.writeString(again, ReportJson.write(back));
        assertEquals(json, Reports.readJson(again));
        // the bundled workbook is the same report
        assertEquals(ReportJson.write(json), ReportJson.write(Reports.read(Path.of("examples",
                "柳溪市人力资源和社会保障局-2020.xlsx"))));
    }

    private static XSSFWorkbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }
}
