package nianbao.xlsx.ooxml;

import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class XmlTest {

    @Test
    void decodesExcelControlCharacterEscapes() {
        assertEquals("甲\r\n乙", Xml.decodeEscapes("甲_x000D__x000A_乙"));
        assertEquals("_x000D_", Xml.decodeEscapes("_x005F_x000D_"));
        assertEquals("_xZZZZ_ stays", Xml.decodeEscapes("_xZZZZ_ stays"));
    }

    @Test
    void replacesPredefinedAndNumericEntities() {
        assertEquals("a & b < c > d \" ' 中", Xml.unescape("a &amp; b &lt; c &gt; d &quot; &apos; &#x4E2D;"));
        assertEquals("&unknown; stays", Xml.unescape("&unknown; stays"));
    }

    @Test
    void decodesUtf8WithOrWithoutBomAndUtf16WithBom() {
        assertEquals("<a>表</a>", Xml.decode("\uFEFF<a>表</a>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("<a>表</a>", Xml.decode("<a>表</a>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("<a>表</a>", Xml.decode("\uFEFF<a>表</a>".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals("<a>表</a>", Xml.decode("\uFEFF<a>表</a>".getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void joinsRichTextRunsAndLeavesOutPhoneticGuides() throws Exception {
        XMLStreamReader r = Xml.reader("<si><r><t>一</t></r><r><rPr><b/></rPr><t>二</t></r><rPh><t>イチ</t></rPh></si>");
        r.nextTag();
        assertEquals("一二", Xml.stringItem(r));
    }

    @Test
    void refusesDocumentTypeDeclarationsWithEntities() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>";
        assertThrows(XMLStreamException.class, () -> {
            XMLStreamReader r = Xml.reader(evil);
            while (r.hasNext()) {
                r.next();
            }
        });
    }
}
