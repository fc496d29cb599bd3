package nianbao.xlsx.read;

import nianbao.xlsx.ooxml.Xml;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetTextTest {

    private static final Set<Long> EVERY_CELL = new HashSet<>();

    static {
        for (int r = 0; r < 120; r++) {
            for (int c = 0; c < 30; c++) {
                EVERY_CELL.add(SheetScanner.key(r, c));
            }
        }
    }

    /** Every sheet of every workbook the project ships or tests with, read both ways, gives the same cells. */
    @Test
    void readsEverySheetOfEveryBundledWorkbookExactlyAsTheStaxParserDoes() throws Exception {
        List<Path> books = new ArrayList<>();
        for (String root : new String[] {"examples", "templates", "src/test/resources"}) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(books::add);
            }
        }
        int sheets = 0;
        int fast = 0;
        for (Path book : books) {
            XlsxPackage pkg;
            WorkbookIndex index;
            try {
                pkg = XlsxPackage.open(book, book.toString());
                index = WorkbookIndex.read(pkg, book.toString());
            } catch (Exception deliberatelyBroken) {
                continue; // refusal fixtures
            }
            try (pkg) {
                for (String part : index.sheets().values()) {
                    if (!pkg.has(part)) {
                        continue;
                    }
                    String text;
                    try (InputStream in = pkg.open(part)) {
                        text = Xml.decode(in.readAllBytes());
                    }
                    Map<Long, RawCell> stax;
                    try {
                        stax = SheetScanner.scan(Xml.reader(text), EVERY_CELL, 119);
                    } catch (Exception brokenXml) {
                        continue;
                    }
                    sheets++;
                    Map<Long, RawCell> quick = SheetText.scan(text, EVERY_CELL, 119);
                    if (quick != null) {
                        fast++;
                        assertEquals(stax, quick, book + " " + part);
                    }
                }
            }
        }
        assertTrue(sheets > 50, "sheets compared: " + sheets);
        assertEquals(sheets, fast, "every well-formed bundled sheet takes the fast path");
    }

    @Test
    void readsPrefixedTagsRichInlineStringsSharedFormulasAndCellsWithoutAddresses() {
        String xml = """
                <?xml version="1.0"?><x:worksheet xmlns:x="urn:x"><x:sheetData>
                <x:row r="5"><x:c r="D5" t="s"><x:v>3</x:v></x:c><x:c t="inlineStr" s="2"><x:is><x:r><x:t>十</x:t></x:r>\
                <x:r><x:t xml:space="preserve">二 &amp; _x000D_</x:t></x:r><x:rPh><x:t>じゅう</x:t></x:rPh></x:is></x:c>\
                <x:c r="J5"><x:f t="shared" si="0"/><x:v> 7 </x:v></x:c><x:c r="K5"/></x:row>
                <!-- <x:row r="6"><x:c r="D6"><x:v>99</x:v></x:c></x:row> -->
                </x:sheetData></x:worksheet>""";
        Set<Long> wanted = Set.of(SheetScanner.key(4, 3), SheetScanner.key(4, 4), SheetScanner.key(4, 9),
                SheetScanner.key(4, 10), SheetScanner.key(5, 3));
        Map<Long, RawCell> cells = SheetText.scan(xml, wanted, 5);
        assertEquals(new RawCell("s", "3", false, null), cells.get(SheetScanner.key(4, 3)));
        assertEquals(new RawCell("inlineStr", "十二 & \r", false, null, 2), cells.get(SheetScanner.key(4, 4)));
        assertEquals(new RawCell("n", "7", true, ""), cells.get(SheetScanner.key(4, 9)));
        assertEquals(new RawCell("n", null, false, null), cells.get(SheetScanner.key(4, 10)));
        assertNull(cells.get(SheetScanner.key(5, 3)), "a commented-out row is not data");
    }

    @Test
    void leavesDoctypesCdataAndBrokenTagsToTheFullParser() {
        Set<Long> wanted = Set.of(SheetScanner.key(0, 0));
        assertNull(SheetText.scan("<!DOCTYPE x [<!ENTITY a 'b'>]><worksheet/>", wanted, 0));
        assertNull(SheetText.scan("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v><![CDATA[1]]></v></c>", wanted, 0));
        assertNull(SheetText.scan("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v>", wanted, 0));
        // CDATA or a comment inside a cell that is not even wanted could hide its end tag
        assertNull(SheetText.scan("<worksheet><sheetData><row r=\"1\"><c r=\"B1\"><v><![CDATA[</c>]]></v></c>"
                + "<c r=\"A1\"><v>1</v></c></row></sheetData></worksheet>", wanted, 0));
        assertNull(SheetText.scan("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><!-- x --><v>1</v></c></row></sheetData></worksheet>",
                wanted, 0));
    }

    @Test
    void readsLowerCaseAddressesAndSkipsMalformedOnesByPosition() throws Exception {
        String xml = "<worksheet><sheetData><row r=\"5\"><c r=\"d5\"><v>4</v></c><c r=\"5E\"><v>5</v></c>"
                + "<c r=\"ABCD5\"><v>6</v></c></row></sheetData></worksheet>";
        Map<Long, RawCell> cells = SheetText.scan(xml, Set.of(SheetScanner.key(4, 3), SheetScanner.key(4, 4),
                SheetScanner.key(4, 5)), 4);
        assertEquals("4", cells.get(SheetScanner.key(4, 3)).value());
        assertEquals("5", cells.get(SheetScanner.key(4, 4)).value(), "an address that is not A1 counts as the next cell");
        assertEquals("6", cells.get(SheetScanner.key(4, 5)).value());
        assertEquals(cells, SheetScanner.scan(Xml.reader(xml), Set.of(SheetScanner.key(4, 3), SheetScanner.key(4, 4),
                SheetScanner.key(4, 5)), 4), "as the StAX path reads it");
    }
}
