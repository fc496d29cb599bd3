package nianbao.legacy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

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
        return NarrativeParser.parse(c, Outline.of(c), List.of(), false, "某县某局", "某县某局2025年政府信息公开工作年度报告");
    }

    static String text(NarrativeParser.Result r, String field) {
        NarrativeParser.Part p = r.parts().get(field);
        return p == null ? null : p.text();
    }

    @Test
    void stripsEveryHeadingVariantFromTheBody() {
        assertEquals("正文。", NarrativeParser.subBody("主动公开情况。正文。"));
        assertEquals("正文。", NarrativeParser.subBody("主动公开：正文。"));
        assertEquals("", NarrativeParser.subBody("主动公开工作情况"));
        assertEquals("", NarrativeParser.subBody("依申请公开情况"));
        assertEquals("2025年共公开信息10条。", NarrativeParser.subBody("主动公开情况2025年共公开信息10条。"));
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
}
