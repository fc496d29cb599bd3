package nianbao.xlsx.ooxml;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExcelEscapesTest {

    @Test
    void protectsTextThatLooksLikeAnEscapeAsExcelSavesIt() {
        assertEquals("_x005F_x0041_", ExcelEscapes.protect("_x0041_"));
        assertEquals("甲_x005F_x005F_乙_x005F_x000d_", ExcelEscapes.protect("甲_x005F_乙_x000d_"));
    }

    @Test
    void leavesTextWithoutAnEscapeAloneWithoutCopying() {
        String s = "_X0041_ 与 _x12_ 与 _x00G1_";
        assertSame(s, ExcelEscapes.protect(s));
    }

    @Test
    void decodeUndoesProtectForAnyText() {
        for (String s : new String[] {"_x0041_", "__x0041__", "_x005F_x0041_", "a_x0041_x0042_b", "_x000D_\n", "普通文字"}) {
            assertEquals(s, ExcelEscapes.decode(ExcelEscapes.protect(s)), s);
        }
        assertEquals("A\r", ExcelEscapes.decode("_x0041__x000D_"));
    }

    @Test
    void findsAnEscapeOnlyWithFourHexDigitsBetweenUnderscores() {
        assertTrue(ExcelEscapes.escapeAt("x_x00aF_", 1));
        assertFalse(ExcelEscapes.escapeAt("_x00aF", 0));
        assertFalse(ExcelEscapes.escapeAt("_X00AF_", 0));
        assertFalse(ExcelEscapes.escapeAt("_x00AG_", 0));
    }
}
