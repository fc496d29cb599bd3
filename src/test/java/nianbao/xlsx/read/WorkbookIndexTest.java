package nianbao.xlsx.read;

import nianbao.schema.CellRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookIndexTest {

    @TempDir
    Path dir;

    @Test
    void parsesSingleCellNamesWithQuotedAndPlainSheetNames() {
        assertEquals(new WorkbookIndex.NamedCell("表三", CellRef.parse("J28")), WorkbookIndex.parseRef("'表三'!$J$28"));
        assertEquals(new WorkbookIndex.NamedCell("表三", CellRef.parse("J28")), WorkbookIndex.parseRef("表三!J28"));
        assertEquals(new WorkbookIndex.NamedCell("It's 表", CellRef.parse("A1")), WorkbookIndex.parseRef("'It''s 表'!$A$1"));
        assertEquals(new WorkbookIndex.NamedCell("表二", CellRef.parse("B4")), WorkbookIndex.parseRef("=表二!$B$4"));
    }

    @Test
    void ignoresNamesThatAreNotOneCell() {
        assertNull(WorkbookIndex.parseRef("表三!$D$5:$J$29"));
        assertNull(WorkbookIndex.parseRef("#REF!"));
        assertNull(WorkbookIndex.parseRef("表三!#REF!"));
        assertNull(WorkbookIndex.parseRef("SUM(表三!A1)"));
        assertNull(WorkbookIndex.parseRef("表三!$1:$4"));
    }

    @Test
    void readsSheetsAndCellNamesAndSkipsSheetScopedOrEmptyNames() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>(HandmadeWorkbook.parts());
        parts.put("xl/Book.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                  xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <x:workbookPr date1904="1"/><x:sheets>
                <x:sheet name="表四" sheetId="1" r:id="s5"/><x:sheet name="R&amp;D" sheetId="2" r:id="s1"/>
                </x:sheets><x:definedNames>
                <x:definedName name="_xlnm.Print_Titles" localSheetId="0">表四!$1:$4</x:definedName>
                <x:definedName name='t4_review_upheld'>'表四'!$A$6</x:definedName>
                <x:definedName name="rd" comment="a &gt; b">'R&amp;D'!$B$2</x:definedName>
                <x:definedName name="empty"/>
                </x:definedNames></x:workbook>""");
        Path file = Fixtures.zip(dir.resolve("names.xlsx"), parts);
        try (XlsxPackage pkg = XlsxPackage.open(file, file.toString())) {
            WorkbookIndex index = WorkbookIndex.read(pkg, file.toString());

            assertEquals(List.of("表四", "R&D"), index.sheetNames());
            assertEquals("xl/sheets/e.xml", index.sheets().get("表四"));
            assertTrue(index.date1904());
            assertEquals("xl/strings.xml", index.sharedStrings());
            assertEquals(new WorkbookIndex.NamedCell("表四", CellRef.parse("A6")), index.named("t4_review_upheld"));
            assertEquals(new WorkbookIndex.NamedCell("R&D", CellRef.parse("B2")), index.named("rd"));
            assertFalse(index.names().containsKey("_xlnm.Print_Titles"));
            assertFalse(index.names().containsKey("empty"));
        }
    }

    @Test
    void copiesOfOneTemplateShareOneIndexWhileADifferentWorkbookGetsItsOwn() throws Exception {
        Path a = dir.resolve("a.xlsx");
        Path b = dir.resolve("b.xlsx");
        java.nio.file.Files.copy(Path.of("examples/青山县卫生健康委员会-2025.xlsx"), a);
        java.nio.file.Files.copy(Path.of("examples/临江市自然资源和规划局-2025.xlsx"), b);
        Path other = Fixtures.zip(dir.resolve("other.xlsx"), HandmadeWorkbook.parts());
        try (XlsxPackage pa = XlsxPackage.open(a, "a.xlsx"); XlsxPackage pb = XlsxPackage.open(b, "b.xlsx");
             XlsxPackage po = XlsxPackage.open(other, "other.xlsx")) {
            WorkbookIndex ia = WorkbookIndex.read(pa, "a.xlsx");
            assertTrue(ia == WorkbookIndex.read(pb, "b.xlsx"), "same workbook part, parsed once");
            WorkbookIndex io = WorkbookIndex.read(po, "other.xlsx");
            assertFalse(ia == io);
            assertEquals("'表三'!$J$28", ia.names().get("t3_total_total"));
        }
    }
}
