package nianbao.xlsx.ooxml;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TagsTest {

    @Test
    void findsStartTagsWithOrWithoutPrefixButNotLongerNamesOrEndTags() {
        String xml = "<x:sheets><x:sheet name=\"表一\" r:id=\"a\"/><sheet name='表&amp;二' id=\"b\"></sheet>"
                + "<sheetPr/><!-- <sheet name=\"comment\"/> --></x:sheets>";

        List<Tags.Tag> tags = Tags.find(xml, 0, "sheet");

        assertEquals(2, tags.size());
        assertEquals("表一", tags.get(0).attr("name"));
        assertEquals("a", tags.get(0).attr("id"));
        assertNull(tags.get(0).text());
        assertEquals("表&二", tags.get(1).attr("name"));
        assertEquals("", tags.get(1).text());
    }

    @Test
    void givesTheTextOfAnElementWithEntitiesReplaced() {
        List<Tags.Tag> tags = Tags.find("<definedName name=\"n\">'R&amp;D'!$A$1</definedName>", 0, "definedName");

        assertEquals("'R&D'!$A$1", tags.get(0).text());
    }

    @Test
    void readsAttributesQuotedEitherWayWithAnyPrefix() {
        assertEquals("a", Tags.attribute(" name=\"a\" x:hidden='1'", "name"));
        assertEquals("1", Tags.attribute(" name=\"a\" x:hidden='1'", "hidden"));
        assertEquals("x y", Tags.attribute(" comment = 'x y' name=\"n\"", "comment"));
        assertNull(Tags.attribute(" name=\"a\"", "localSheetId"));
        assertNull(Tags.attribute(" name=\"unterminated", "name"));
    }
}
