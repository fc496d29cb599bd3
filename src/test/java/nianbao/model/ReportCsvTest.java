package nianbao.model;

import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCsvTest {

    @Test
    void neutralisesFormulaLikeTextButNotNumbers() {
        assertEquals("'=SUM(A1)", ReportCsv.neutralise("=SUM(A1)"));
        assertEquals("'+86 123", ReportCsv.neutralise("+86 123"));
        assertEquals("'-x", ReportCsv.neutralise("-x"));
        assertEquals("'@cmd", ReportCsv.neutralise("@cmd"));
        assertEquals("本机关", ReportCsv.neutralise("本机关"));
        Report r = Report.builder(Schemas.defaultSchema()).number("t3.new.natural", 3).text("meta.agency", "=1+1").build();
        String csv = ReportCsv.write(r, false);
        assertTrue(csv.startsWith("meta.agency,"), csv);
        assertTrue(csv.contains("\r\n'=1+1,"), csv);
    }

    @Test
    void writesBlankFieldsAsEmptyCells() {
        Report r = Report.builder(Schemas.defaultSchema()).build();
        String[] lines = ReportCsv.write(r, false).split("\r\n");
        assertEquals(2, lines.length);
        assertTrue(lines[1].matches(",+"), lines[1]);
    }
}
