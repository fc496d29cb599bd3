package nianbao.legacy.meta;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyNameTest {

    @Test
    void acceptsBodiesOfGovernmentOfficesInstitutionsAndPlaces() {
        for (String name : new String[] {"重庆市江津区卫生健康委员会", "江北省人民政府办公厅", "平潭综合实验区", "柳湾区", "石桥镇人民政府",
            "东湖街道办事处", "江临市科学技术委员会", "区卫健委", "江临市公安局交通警察支队", "国家统计局", "江临市第一人民医院",
            "江临市人民政府办公室（市政府研究室）", "江临县政务公开办公室", "澄湖高新技术产业开发区管委会", "中共江临市委宣传部",
            "和平区教育局", "将乐县林业局", "于都县民政局", "如东县商务局", "经济技术开发区管委会", "江临市机构编制委员会办公室",
            "政协江临市委员会", "江临市科协", "江临市突发事件预警信息发布中心",
            "依兰县人民政府", "依安县教育局"}) {
            assertNull(AgencyName.whyNot(name), name);
        }
    }

    @Test
    void rejectsSentenceFragmentsWithTheReason() {
        assertEquals("含有标点、数字或其他符号，是句子或网页文字的一部分", AgencyName.whyNot("信息公开规定的要求，市科委编制了"));
        assertEquals("是句子或网页栏目的文字，不是机关名称", AgencyName.whyNot("现将本机关"));
        assertEquals("是句子或网页栏目的文字，不是机关名称", AgencyName.whyNot("由江临市审计局"));
        assertEquals("是句子或网页栏目的文字，不是机关名称", AgencyName.whyNot("依据江临市审计局"));
        assertEquals("结尾不像机关名称", AgencyName.whyNot("江临市审计局全体人员"));
        assertEquals("太短，不像机关名称", AgencyName.whyNot("无"));
        assertFalse(AgencyName.plausible("本单位无收取信息处理费等其他需要报告的事项"));
    }

    @Test
    void rejectsPageChrome() {
        assertFalse(AgencyName.plausible("政府信息公开年报"));
        assertFalse(AgencyName.plausible("政府信息公开年报平潭综合实验区"));
        assertFalse(AgencyName.plausible("江临市人民政府门户网站"));
        assertFalse(AgencyName.plausible("首页"));
        assertFalse(AgencyName.plausible("政务公开"));
    }

    @Test
    void cleansBreadcrumbsSiteTitlesLabelsAndAGluedColumnOffTheName() {
        assertEquals("平潭综合实验区", AgencyName.clean("政府信息公开年报平潭综合实验区"));
        assertEquals("柳湾区", AgencyName.clean("首页 > 政务公开 > 政府信息公开年报柳湾区"));
        assertEquals("江临市水务局", AgencyName.clean("江临市人民政府门户网站-江临市水务局"));
        assertEquals("北林区", AgencyName.clean("标题: 北林区"));
        assertEquals("云岭省统计局", AgencyName.clean("**云岭省统计局**"));
        assertEquals("江临市审计局", AgencyName.clean("《江临市审计局关于"));
        assertEquals("江临市审计局", AgencyName.clean("关于印发《江临市审计局"));
        assertEquals("江临市审计局", AgencyName.clean("江临市审计局——"));
        assertEquals("江北省人民政府办公厅", AgencyName.clean("![](images/logo.png)江北省人民政府办公厅"));
        assertEquals("江北省人民政府办公厅", AgencyName.clean("<p align=\"center\">江北省人民政府办公厅"));
        // prose punctuation before the words: a sentence, never cut down to a name
        assertEquals("根据条例，江临市审计局", AgencyName.clean("根据条例，江临市审计局"));
        // nothing a name follows: the words stay as they are, and are no name
        assertEquals("政府信息公开年报", AgencyName.clean("政府信息公开年报"));
    }

    @Test
    void sameAgencyWithOrWithoutItsRegionInFront() {
        assertTrue(AgencyName.same("江南省临川市青山县卫生健康委员会", "青山县卫生健康委员会"));
        assertTrue(AgencyName.same("石门县交通运输局", "石门县交通运输局"));
        assertFalse(AgencyName.same("石门县交通局", "石门县交通运输局"));
        assertFalse(AgencyName.same("平川区", "平川区人民政府办公室"));
        assertFalse(AgencyName.same("某委员会", "委员会"));
        // the signature keeps the level and leaves out the place
        assertTrue(AgencyName.same("江临市财政局", "市财政局"));
        assertTrue(AgencyName.same("雁南县卫生健康委员会", "县卫生健康委员会"));
        assertFalse(AgencyName.same("江临市财政局", "财政局"));
    }
}
