package nianbao.merge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvExportTest {

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
        assertEquals("'=1+2", CsvExport.safe("=1+2"));
        assertEquals("'+86 10", CsvExport.safe("+86 10"));
        assertEquals("'-1", CsvExport.safe("-1"));
        assertEquals("'@SUM(A1)", CsvExport.safe("@SUM(A1)"));
        assertEquals("'\tx", CsvExport.safe("\tx"));
        assertEquals("'\rx", CsvExport.safe("\rx"));
        assertEquals("'＝1", CsvExport.safe("＝1"), "full-width equals sign too");
        assertEquals("青山县卫生健康委员会", CsvExport.safe("青山县卫生健康委员会"));
        assertEquals("", CsvExport.safe(null));
    }

    @Test
    void writesNumbersPlainWithoutExponentOrTrailingZeros() {
        assertEquals("12", CsvExport.plain(12.0));
        assertEquals("0.025", CsvExport.plain(0.025));
        assertEquals("12.5", CsvExport.plain(12.5));
        assertEquals("-3", CsvExport.plain(-3));
        assertEquals("12345678901", CsvExport.plain(12345678901.0));
    }
}
