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

class SharedStringsTest {

    /** Every shared-string table the project ships or tests with, read both ways, gives the same strings. */
    @Test
    void readsEveryBundledSharedStringTableExactlyAsTheStaxParserDoes() throws Exception {
        List<Path> books = new ArrayList<>();
        for (String root : new String[] {"examples", "templates", "src/test/resources"}) {
            try (Stream<Path> s = Files.walk(Path.of(root))) {
                s.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(books::add);
            }
        }
        Set<Integer> all = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            all.add(i);
        }
        int tables = 0;
        for (Path book : books) {
            try (XlsxPackage pkg = XlsxPackage.open(book, book.toString())) {
                WorkbookIndex index = WorkbookIndex.read(pkg, book.toString());
                if (index.sharedStrings() == null || !pkg.has(index.sharedStrings())) {
                    continue;
                }
                String text;
                try (InputStream in = pkg.open(index.sharedStrings())) {
                    text = Xml.decode(in.readAllBytes());
                }
                Map<Integer, String> stax = SharedStrings.read(Xml.reader(text), all, 1999);
                Map<Integer, String> quick = SharedStrings.scan(text, all, 1999);
                assertEquals(stax, quick, book.toString());
                tables++;
            } catch (nianbao.UnreadableInputException | javax.xml.stream.XMLStreamException deliberatelyBroken) {
                // refusal fixtures
            }
        }
        assertTrue(tables >= 8, "tables compared: " + tables);
    }

    @Test
    void skipsPhoneticGuidesJoinsRichRunsAndStopsAtTheLastWantedItem() {
        String xml = "<x:sst xmlns:x=\"u\"><x:si><x:t>甲</x:t></x:si><x:si/><x:si><x:r><x:t>青山</x:t></x:r>"
                + "<x:r><x:rPr><x:b/></x:rPr><x:t xml:space=\"preserve\">县 &amp; 局_x000D_</x:t></x:r>"
                + "<x:rPh sb=\"0\" eb=\"1\"><x:t>せい</x:t></x:rPh></x:si><x:si><x:t>不读</x:t></x:si></x:sst>";
        Map<Integer, String> m = SharedStrings.scan(xml, Set.of(1, 2), 2);
        assertEquals(Map.of(1, "", 2, "青山县 & 局\r"), m);
        assertNull(SharedStrings.scan("<!DOCTYPE x><sst/>", Set.of(0), 0));
    }
}
