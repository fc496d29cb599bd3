package nianbao.legacy.meta;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AgencyChoiceTest {

    static MetaParser.Meta meta(String title, String rejected, String labelled, String compiler) {
        return new MetaParser.Meta(title, rejected, "2022", null, title == null && rejected == null ? 0 : 1, 0, null,
                labelled, labelled == null ? null : "来源", labelled == null ? 0 : 2, compiler, null, 0, null, 0, null, 0, null);
    }

    @Test
    void takesTheTitlesNameWhenTheSignatureAgreesOrIsAbsent() {
        AgencyChoice c = AgencyChoice.of(meta("青山县卫生健康委员会", null, null, null), "江南省临川市青山县卫生健康委员会", 90);
        assertEquals("青山县卫生健康委员会", c.name());
        assertEquals(1, c.line());
        assertNull(c.note());
        assertEquals("石桥镇人民政府", AgencyChoice.of(meta("石桥镇人民政府", null, "石桥镇党政办", null), null, 0).name());
    }

    @Test
    void takesTheSignatureWhenTheTitleNamesNoAgency() {
        AgencyChoice c = AgencyChoice.of(meta(null, "信息公开规定的要求，市科委编制了", null, null), "江临市科学技术委员会", 88);
        assertEquals("江临市科学技术委员会", c.name());
        assertEquals(88, c.line());
        assertNull(c.note());
    }

    @Test
    void takesAFieldOnlyWhenNeitherTitleNorSignatureNamesTheAgency() {
        AgencyChoice c = AgencyChoice.of(meta(null, null, "东川区民政局", null), null, 0);
        assertEquals("东川区民政局", c.name());
        assertEquals(2, c.line());
    }

    @Test
    void prefersTheNameTheOtherEvidenceAgreesWithAndSaysSo() {
        AgencyChoice c = AgencyChoice.of(meta("石门县交通局", null, null, "石门县交通运输局"), "石门县交通运输局", 70);
        assertEquals("石门县交通运输局", c.name());
        assertEquals(70, c.line());
        assertEquals("标题写“石门县交通局”，落款写“石门县交通运输局”，机关名称不一致；取落款的“石门县交通运输局”"
                + "（导语“由石门县交通运输局编制”与之一致），请核对。", c.note());
        c = AgencyChoice.of(meta("平川区", null, null, null), "平川区人民政府办公室", 70);
        assertEquals("平川区", c.name());
        assertEquals("标题写“平川区”，落款写“平川区人民政府办公室”，机关名称不一致；取标题的“平川区”（没有别的旁证，按标题优先），请核对。",
                c.note());
    }

    @Test
    void completesANameThatLeavesOutItsPlaceFromOtherEvidenceAndSaysSo() {
        AgencyChoice c = AgencyChoice.of(meta("市商务局", null, null, null), "江临市商务局", 80);
        assertEquals("江临市商务局", c.name());
        assertEquals(80, c.line());
        assertEquals("标题写“市商务局”，没有写地名；取落款的全称“江临市商务局”，请核对。", c.note());
        c = AgencyChoice.of(meta("市商务局", null, "江临市商务局", null), "市商务局", 80);
        assertEquals("江临市商务局", c.name());
        assertEquals("标题写“市商务局”，没有写地名；取“来源”栏的全称“江临市商务局”，请核对。", c.note());
        assertEquals("江临市商务局", AgencyChoice.of(meta("市商务局", null, null, "江临市商务局"), null, 0).name());
        // nothing gives the whole name, or what does names another agency: kept as printed
        c = AgencyChoice.of(meta("市商务局", null, "江临市人民政府办公室", null), null, 0);
        assertEquals("市商务局", c.name());
        assertNull(c.note());
    }

    @Test
    void isMissingWithTheReasonWhenNothingNamesAnAgency() {
        AgencyChoice c = AgencyChoice.of(meta(null, "信息公开规定的要求，市科委编制了", "本网", null), null, 0);
        assertNull(c.name());
        assertEquals("标题中的“信息公开规定的要求，市科委编制了”含有标点、数字或其他符号，是句子或网页文字的一部分，"
                + "“来源”栏写的“本网”太短，不像机关名称，文末也没有落款机关名称", c.missing());
        assertEquals("没有找到标题，文末也没有落款机关名称", AgencyChoice.of(meta(null, null, null, null), null, 0).missing());
    }
}
