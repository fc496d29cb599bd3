package nianbao.legacy.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTest {

    @Test
    void halfWidthKeepsLengthSoColumnsStayValid() {
        String in = "（七）总计　１２｜３";
        String out = Text.half(in);
        assertEquals(in.length(), out.length());
        assertEquals("(七)总计 12|3", out);
    }

    @Test
    void prefixesAreRecognisedInTheirPrintedForms() {
        assertEquals(3, Text.prefixLength("(三)不予公开", 0));
        assertEquals(2, Text.prefixLength("四、结转下年度继续办理", 0));
        assertEquals(2, Text.prefixLength("1.属于国家秘密", 0));
        assertEquals(3, Text.prefixLength("(1)属于国家秘密", 0));
        assertEquals(0, Text.prefixLength("1.5", 0));
        assertEquals(0, Text.prefixLength("行政许可", 0));
        assertEquals("3.", Text.canonicalPrefix("(3)"));
        assertEquals("(三)", Text.canonicalPrefix("(三)"));
        assertEquals("1.", Text.canonicalPrefix("1、"));
    }

    @Test
    void keyDropsPunctuationAndFixesTheTotalOcrSlip() {
        assertEquals("危及三安全一稳定", Text.key("危及“三安全一稳定”"));
        assertEquals("总计", Text.key("总记"));
        assertEquals("部分公开区分处理的只计这一情形不计其他情形", Text.key("部分公开(区分处理的,只计这一情形,不计其他情形)"));
    }

    @Test
    void pageFurnitureAndWebChromeAreChromeButBareNumbersAreNot() {
        assertTrue(Text.isChrome("第3页共8页"));
        assertTrue(Text.isChrome("—5—"));
        assertTrue(Text.isChrome("-12-"));
        assertTrue(Text.isChrome("3/8"));
        assertTrue(Text.isChrome("蒙公网安备15020302000445号"));
        assertTrue(Text.isChrome("发布日期:2026-01-0814:25:08"));
        assertFalse(Text.isChrome("5"));
        assertFalse(Text.isChrome("行政许可"));
        assertFalse(Text.isChrome("0"));
    }
}
