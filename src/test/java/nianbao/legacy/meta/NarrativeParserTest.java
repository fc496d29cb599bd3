package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NarrativeParserTest {

    static NarrativeParser.Result parse(String text) {
        List<Outline.Cleaned> c = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String s = Chrome.clean(lines[i]);
            if (!s.isEmpty()) {
                c.add(new Outline.Cleaned(i + 1, s));
            }
        }
        c = GluedSections.split(c);
        return NarrativeParser.parse(c, Outline.of(c), List.of(), false, "某县某局", "某县某局2025年政府信息公开工作年度报告");
    }

    static String text(NarrativeParser.Result r, String field) {
        NarrativeParser.Part p = r.parts().get(field);
        return p == null ? null : p.text();
    }

    /** The five sub-sections of 一 hold these texts, in order. */
    static void assertSubsections(NarrativeParser.Result r, String... texts) {
        for (int k = 0; k < texts.length; k++) {
            assertEquals(texts[k], text(r, NarrativeParser.SUBSECTIONS[k]), NarrativeParser.SUBSECTIONS[k]);
        }
    }

    /** 一 was not split: none of its sub-sections holds text. */
    static void assertNoSubsections(NarrativeParser.Result r) {
        for (String f : NarrativeParser.SUBSECTIONS) {
            assertNull(text(r, f), f);
        }
    }

    @Test
    void splitsOverviewIntoSubsectionsAndKeepsTheLeadParagraph() {
        NarrativeParser.Result r = parse("""
                一、总体情况
                2025年，我局认真贯彻条例。
                （一）主动公开情况。全年公开信息10条。
                一是公开政策文件。
                二是公开办事指南。
                (二)依申请公开
                全年收到申请1件。
                （三）政府信息管理情况：落实审核制度。
                （四）政府信息公开平台建设情况
                网站运行平稳。
                （五）监督保障情况。纳入考核。
                二、主动公开政府信息情况
                """);
        assertEquals("2025年，我局认真贯彻条例。", text(r, "text.overview"));
        assertEquals("全年公开信息10条。\n一是公开政策文件。\n二是公开办事指南。", text(r, "text.overview_proactive"));
        assertEquals("全年收到申请1件。", text(r, "text.overview_on_request"));
        assertEquals("落实审核制度。", text(r, "text.overview_management"));
        assertEquals("网站运行平稳。", text(r, "text.overview_platform"));
        assertEquals("纳入考核。", text(r, "text.overview_supervision"));
    }

    @Test
    void putsAllOfSectionOneInOverviewWhenItHasNoSubsections() {
        NarrativeParser.Result r = parse("一、总体情况\n一是加强领导。\n二是完善制度。\n五、存在的主要问题及改进情况\n问题。\n");
        assertEquals("一是加强领导。\n二是完善制度。", text(r, "text.overview"));
        assertNull(text(r, "text.overview_proactive"));
    }

    @Test
    void keepsNumberedItemsInsideProblemsAndOther() {
        NarrativeParser.Result r = parse("""
                五、存在的主要问题及改进情况
                （一）存在问题：更新不及时。
                （二）改进情况：建立通报制度。
                六、其他需要报告的事项
                本机关未收取信息处理费。
                某县某局
                2026年1月15日
                扫一扫在手机打开当前页
                主办：某县人民政府
                """);
        assertEquals("（一）存在问题：更新不及时。\n（二）改进情况：建立通报制度。", text(r, "text.problems"));
        assertEquals("本机关未收取信息处理费。", text(r, "text.other"));
        assertEquals("2026-01-15", r.signatureDate());
    }

    @Test
    void ignoresTableRowsThatLookLikeSectionHeadings() {
        NarrativeParser.Result r = parse("""
                一、总体情况
                概述。
                三、收到和处理政府信息公开申请情况
                三、本年度办理结果\t（一）予以公开\t1
                四、结转下年度继续办理\t0
                四、政府信息公开行政复议、行政诉讼情况
                五、存在的主要问题及改进情况
                问题。
                六、其他需要报告的事项
                无。
                """);
        assertEquals("概述。", text(r, "text.overview"));
        assertEquals("问题。", text(r, "text.problems"));
        assertEquals("无。", text(r, "text.other"));
    }

    @Test
    void dropsThePageHeaderThatRepeatsTheTitle() {
        NarrativeParser.Result r = parse("""
                某县某局2025年政府信息公开工作年度报告
                五、存在的主要问题及改进情况
                问题一。
                某县某局 2025 年政府信息公开工作年度报告
                - 2 -
                问题二。
                """);
        assertEquals("问题一。\n问题二。", text(r, "text.problems"));
    }

    @Test
    void joinsPdfLinesWrappedAtThePageWidth() {
        List<Outline.Cleaned> body = List.of(new Outline.Cleaned(1, "全年主动公开信息\t531条，其中建设项目环评审批信息"),
                new Outline.Cleaned(2, "96条。"), new Outline.Cleaned(3, "第二段。"));
        String t = NarrativeParser.paragraphs(body, 30);
        assertEquals("全年主动公开信息531条，其中建设项目环评审批信息96条。\n第二段。", t);
        assertFalse(t.contains("\t"));
    }

    @Test
    void mapsSubHeadingsByWhatTheySayWhateverWordsSurroundThem() {
        NarrativeParser.Result r = parse("""
                一、总体情况
                （一）主动公开方面
                甲。
                （二）规范化办理依申请公开
                乙。
                （三）政府信息管理工作
                丙。
                （四）平台建设方面
                丁。
                （五）政府信息公开监督保障情况。戊。
                二、主动公开政府信息情况
                """);
        assertSubsections(r, "甲。", "乙。", "丙。", "丁。", "戊。");
        assertNull(r.keptWhole());
    }

    @Test
    void keepsSectionOneWholeWhenItsOwnSubHeadingsCannotBeMappedOneToOne() {
        String one = """
                一、总体情况
                2025年概述。
                （一）标准化推进主动公开
                甲。
                （二）规范化办理依申请公开
                乙。
                （三）精细化建设公开平台
                丙。
                （四）常态化开展监督管理
                丁。
                二、主动公开政府信息情况
                """;
        NarrativeParser.Result r = parse(one);
        assertEquals("2025年概述。\n（一）标准化推进主动公开\n甲。\n（二）规范化办理依申请公开\n乙。\n（三）精细化建设公开平台\n丙。"
                + "\n（四）常态化开展监督管理\n丁。", text(r, "text.overview"));
        assertNoSubsections(r);
        assertTrue(r.keptWhole().contains("（四）常态化开展监督管理"), r.keptWhole());
        assertTrue(r.notes().get(0).contains("全文导入“总体情况概述”"), r.notes().toString());
    }

    @Test
    void mapsFiveOwnWordSubHeadingsByTheirNumeralsWhereTheirWordsNameNoField() {
        NarrativeParser.Result r = parse("""
                一、总体情况
                概述。
                （一）系统化推进主动公开
                甲。
                （二）规范化办理依申请公开
                乙。
                （三）完善公开制度规范，加强制度执行
                丙。
                （四）拓展公开渠道，做强政府网站
                丁。
                ### (五) 及时回应关切，自觉接受评价。
                戊。
                二、主动公开政府信息情况
                """);
        assertEquals("概述。", text(r, "text.overview"));
        assertSubsections(r, "甲。", "乙。", "丙。", "丁。", "戊。");
        assertNull(r.keptWhole());
        assertEquals(List.of("原文“一、总体情况”的小标题是自拟的（（一）系统化推进主动公开、（二）规范化办理依申请公开、（三）完善公开制度规范、"
                + "（四）拓展公开渠道、（五）及时回应关切），按序号对应（一）至（五）导入。"), r.notes());
    }

    @Test
    void mapsRunOnOwnWordHeadingsByTheirNumeralsButNotNumberedSentences() {
        NarrativeParser.Result r = parse("""
                一、总体情况
                （一）系统化推进主动公开。甲。
                （二）规范化办理依申请公开。乙。
                （三）完善公开制度规范。丙。
                （四）拓展公开渠道。丁。
                （五）及时回应关切。戊。
                """);
        assertEquals("丙。", text(r, "text.overview_management"));
        assertEquals("戊。", text(r, "text.overview_supervision"));
        // a list of five sentences, nothing under them: no headings, kept whole
        r = parse("""
                一、总体情况
                （一）加强组织领导，成立领导小组。
                （二）健全工作制度，修订审核办法。
                （三）强化队伍建设，开展培训2次。
                （四）坚持问题导向，整改栏目3个。
                （五）注重宣传引导，发放资料500份。
                """);
        assertNoSubsections(r);
        assertTrue(text(r, "text.overview").startsWith("（一）加强组织领导，成立领导小组。\n（二）"), text(r, "text.overview"));
    }

    @Test
    void saysWhichSubSectionIsWrittenTogetherWithAnotherUnderOneHeading() {
        NarrativeParser.Result r = parse("""
                一、总体情况
                （一）主动公开情况。甲。
                （二）依申请公开情况。乙。
                （三）政府信息管理情况。丙。
                （四）政府信息公开平台建设、监督保障情况。丁。
                二、主动公开政府信息情况
                """);
        assertSubsections(r, "甲。", "乙。", "丙。", "丁。", null);
        assertEquals(Map.of("text.overview_supervision", "（四）政府信息公开平台建设、监督保障情况"), r.together());
    }

    @Test
    void keepsSectionOneWholeWhenNumeralsAndWordsWouldPutTwoSubHeadingsInOneField() {
        NarrativeParser.Result r = parse("""
                一、总体情况
                （一）系统化推进主动公开
                甲。
                （二）规范化办理依申请公开
                乙。
                （三）拓展公开渠道，做强政府网站
                丙。
                （四）夯实工作基础，提升公开质效
                丁。
                （五）及时回应关切，自觉接受监督
                戊。
                """);
        assertNoSubsections(r);
        assertTrue(r.keptWhole().contains("（四）夯实工作基础"), r.keptWhole());
    }

    @Test
    void takesTheSignatureUnderTheLastSectionAndSaysWhereThePageFooterStarts() {
        NarrativeParser.Result r = parse("""
                一、总体情况
                概述。
                五、存在的主要问题及改进情况
                问题。
                六、其他需要报告的事项
                无其他需要报告的事项。
                江临市科学技术委员会
                2022年1月26日
                【打印本页】【关闭窗口】
                主办：江临市人民政府办公室
                """);
        assertEquals("无其他需要报告的事项。", text(r, "text.other"));
        assertEquals("江临市科学技术委员会", r.signedName());
        assertEquals(7, r.signedLine());
        assertEquals("2022-01-26", r.signatureDate());
        assertEquals(8, r.signatureLine());
        assertEquals(8, r.footer());
    }

    @Test
    void aNumeralPicksBetweenTwoFieldsAHeadingNames() {
        // 监督管理 names 管理 and 监督: as （五） it is 监督保障, as （三） 信息管理
        NarrativeParser.Result r = parse("""
                一、总体情况
                （一）主动公开
                甲。
                （二）依申请公开
                乙。
                （三）信息管理
                丙。
                （四）平台建设
                丁。
                （五）监督管理
                戊。
                """);
        assertEquals("戊。", text(r, "text.overview_supervision"));
        assertEquals("丙。", text(r, "text.overview_management"));
    }

    @Test
    void readsMarkdownHeadingMarksLeftInPlainText() {
        NarrativeParser.Result r = parse("""
                ## 一、总体情况
                ### （一）主动公开情况
                甲。
                ### （二）依申请公开情况
                乙。
                ### （三）政府信息管理情况
                丙。
                ### （四）政府信息公开平台建设情况
                丁。
                ### **（五）监督保障情况**
                戊。
                ## 五、存在的主要问题和改进措施
                问题。
                ## 六、其他需要报告的事项
                无收费。
                """);
        assertEquals("丁。", text(r, "text.overview_platform"));
        assertEquals("戊。", text(r, "text.overview_supervision"));
        assertEquals("问题。", text(r, "text.problems"));
        assertEquals("无收费。", text(r, "text.other"));
    }

    @Test
    void splitsACrawlerLineAtHeadingsButNotAtEnumerationsInsideSentences() {
        NarrativeParser.Result r = parse("本报告根据条例编制。 一、总体情况 2025年概述，依照第二十条第（一）项公开。 （一）主动公开方面 "
                + "全年公开10条，主要做法如下：（一）建立台账；（二）按时更新。 （二）依申请公开方面 未收到申请。 （三）政府信息管理方面 "
                + "落实审核。 （四）平台建设方面 网站平稳。 （五）监督保障方面 一是压实责任。二是纳入考核。 二、主动公开政府信息情况第二十条第（一）项 "
                + "信息内容 规章000 五、存在的主要问题及改进情况 更新不及时。 六、其他需要报告的事项 本机关未收取信息处理费。");
        assertEquals("2025年概述，依照第二十条第（一）项公开。", text(r, "text.overview"));
        assertEquals("全年公开10条，主要做法如下：（一）建立台账；（二）按时更新。", text(r, "text.overview_proactive"));
        assertEquals("未收到申请。", text(r, "text.overview_on_request"));
        assertEquals("落实审核。", text(r, "text.overview_management"));
        assertEquals("网站平稳。", text(r, "text.overview_platform"));
        assertEquals("一是压实责任。二是纳入考核。", text(r, "text.overview_supervision"));
        assertEquals("更新不及时。", text(r, "text.problems"));
        assertEquals("本机关未收取信息处理费。", text(r, "text.other"));
    }

    @Test
    void findsTopHeadingsWrittenDifferentlyAndRunOnIntoTheirFirstSentence() {
        NarrativeParser.Result r = parse("""
                一、总体情况
                概述。
                五、问题及改进：信息更新不够及时，下一步将建立定期检查制度，确保栏目内容及时准确，切实提升公开质量和群众满意度。
                六、其它需要报告的事项
                无。
                """);
        assertEquals("信息更新不够及时，下一步将建立定期检查制度，确保栏目内容及时准确，切实提升公开质量和群众满意度。", text(r, "text.problems"));
        assertEquals("无。", text(r, "text.other"));
    }
}
