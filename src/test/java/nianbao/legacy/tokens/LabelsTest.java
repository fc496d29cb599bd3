package nianbao.legacy.tokens;

import nianbao.legacy.read.TextLine;

import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelsTest {

    private static final Labels LABELS = Labels.of(Schemas.defaultSchema());

    private static Labels.Match match(String text, String table, boolean header, String subgroup) {
        Token t = Tokenizer.run(List.of(new TextLine(1, text))).tokens.get(0);
        return LABELS.match(t, table, header, subgroup);
    }

    private static String row(String text, String table, String subgroup) {
        Labels.Match m = match(text, table, false, subgroup);
        return m == null ? null : m.label().role() + ":" + m.label().id();
    }

    @Test
    void namesOfficialRowsAndTheirPublishedVariants() {
        assertEquals("ROW:denied_law", row("2.其他法律行政法规禁止公开", "t3", "(三)"));
        assertEquals("ROW:denied_law", row("2.其他法律法规禁止公开", "t3", "(三)"));
        assertEquals("ROW:normative", row("规范性文件", "t2", null));
        assertEquals("ROW:total", row("(七) 总记", "t3", null));
        assertEquals("ROW:partial", row("(二) 部分公开(区分处理的, 只计这一", "t3", null));
        assertEquals("ROW:declined_confirm", row("5.要求行政机关确认或重新出具已 获取信息", "t3", "(五)"));
    }

    @Test
    void tellsTheCarryOverRowFromTheTable4Heading() {
        assertEquals("ROW:carry_over", row("四、结转下年度继续办理", "t3", null));
        assertEquals("SECTION:四", row("四、政府信息公开行政复议、行政诉讼情况", "t3", null));
    }

    @Test
    void shortOtherRowNeedsItsNumberOrItsGroup() {
        assertEquals("ROW:other_other", row("3.其他", "t3", "(六)"));
        assertEquals("ROW:other_other", row("其他", "t3", "(六)"));
        assertEquals("HEADER:其他", match("其他", "t3", true, null).label().role() + ":其他");
    }

    @Test
    void garbledLabelIsNamedByItsPrefixWithinItsGroup() {
        Labels.Match m = match("3.补正后巾请内窖仍不明确", "t3", false, "(四)");
        assertEquals("unable_unclear", m.label().id());
        Labels.Match byPrefix = match("(一)子以公幵", "t3", false, null);
        assertEquals("granted", byPrefix.label().id());
        assertTrue(byPrefix.byPrefix());
    }

    @Test
    void narrativeSentencesAndSubheadingsAreNotLabels() {
        assertNull(match("(一)主动公开情况", null, false, null));
        assertNull(match("全年办理行政许可事项4928项，行政处罚79件，均按时公开。", "t2", false, null));
    }

    @Test
    void theCornerNoteIsRecognisedEvenSharingACell() {
        assertEquals(Labels.Role.CORNER,
                match("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)申请人情况", "t3", true, null).label().role());
    }

    @Test
    void diceIsOneForEqualStringsAndLowForUnrelated() {
        assertEquals(1.0, Labels.dice("行政许可", "行政许可"));
        assertTrue(Labels.dice("行政许可", "重复申请") < 0.1);
    }
}
