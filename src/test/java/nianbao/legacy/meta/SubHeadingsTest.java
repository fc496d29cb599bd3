package nianbao.legacy.meta;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubHeadingsTest {

    @Test
    void stripsEveryHeadingVariantFromTheBody() {
        assertEquals("正文。", SubHeadings.subBody("主动公开情况。正文。"));
        assertEquals("正文。", SubHeadings.subBody("主动公开：正文。"));
        assertEquals("", SubHeadings.subBody("主动公开工作情况"));
        assertEquals("", SubHeadings.subBody("依申请公开情况"));
        assertEquals("2025年共公开信息10条。", SubHeadings.subBody("主动公开情况2025年共公开信息10条。"));
    }

    @Test
    void namesTheFieldsAHeadingSpeaksOfWhateverWordsSurroundThem() {
        assertEquals(List.of(0), SubHeadings.fieldsNamed("系统化推进主动公开"));
        assertEquals(List.of(3), SubHeadings.fieldsNamed("拓展公开渠道，做强政府网站"));
        assertEquals(List.of(2, 4), SubHeadings.fieldsNamed("常态化开展监督管理"));
        assertEquals(List.of(), SubHeadings.fieldsNamed("完善公开制度规范"));
    }

    @Test
    void aHeadingStandsAsOneAloneOnItsLineOrAsAShortClauseRunOnIntoItsBody() {
        assertEquals(17, SubHeadings.headingWords("完善公开制度规范，加强政府信息管理", true));
        assertEquals(9, SubHeadings.headingWords("系统化推进主动公开。", true));
        assertEquals(8, SubHeadings.headingWords("完善公开制度规范。修订办法。", false));
        // a sentence of a list: commas before its full stop, nothing under it
        assertEquals(-1, SubHeadings.headingWords("加强组织领导，成立领导小组。", false));
        assertEquals(-1, SubHeadings.headingWords("完善公开制度规范，加强政府信息管理", false));
        // two short phrases closed by a full stop, the body run on after them
        assertEquals(17, SubHeadings.headingWords("完善公开制度规范，加强政府信息管理。修订办法。", false));
        // digits, three phrases or a long clause are a sentence
        assertEquals(-1, SubHeadings.headingWords("规范办理申请，全年受理9件。均已办结。", false));
        assertEquals(-1, SubHeadings.headingWords("加强领导，健全制度，强化培训。修订办法。", false));
        assertEquals(-1, SubHeadings.headingWords("按照市政府统一部署要求全面推进政务公开，完善制度。修订办法。", false));
    }
}
