package nianbao.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkupTest {

    @Test
    void escapesTheFiveMarkupCharactersForHtmlAndXmlAlike() {
        assertEquals("&lt;b&gt;甲&amp;乙&lt;/b&gt; &quot;丙&quot; &#39;丁&#39;", Markup.escape("<b>甲&乙</b> \"丙\" '丁'"));
    }

    @Test
    void turnsLineBreaksAndTabsIntoSpacesAndDropsWhatXmlCannotHold() {
        assertEquals("一 二 三 四", Markup.escape("一\n二\t三\r四"));
        assertEquals("甲乙丙", Markup.escape("甲\u0000乙\u000B\uFFFE丙\uFFFF"));
    }

    @Test
    void keepsCharactersOutsideTheBasicPlane() {
        assertEquals("𠀀字", Markup.escape("𠀀字"));
    }
}
