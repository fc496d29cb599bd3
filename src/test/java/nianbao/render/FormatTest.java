package nianbao.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatTest {

    @Test
    void parsesNamesAndExtensionsInAnyCase() {
        assertEquals(Format.DOCX, Format.parse("DOCX"));
        assertEquals(Format.HTML, Format.parse(".html"));
        assertEquals(Format.HTML, Format.parse("htm"));
        assertEquals(Format.MD, Format.parse("markdown"));
        assertEquals(Format.TXT, Format.parse(" txt "));
    }

    @Test
    void refusesAnUnknownFormatInChinese() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Format.parse("pdf"));
        assertEquals("不支持的格式 “pdf”，可选：docx、html、md、txt。", e.getMessage());
    }

    @Test
    void onlyDocxIsBinary() {
        assertFalse(Format.DOCX.isText());
        assertTrue(Format.MD.isText());
        assertEquals("docx", Format.DOCX.extension());
    }
}
