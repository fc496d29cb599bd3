package nianbao.render;

import nianbao.Reports;
import nianbao.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportLayoutTest {

    static Report qingshan;
    static Report yunxi;

    @BeforeAll
    static void read() throws Exception {
        qingshan = Reports.readJson(Path.of("examples/青山县卫生健康委员会-2025.json"));
        yunxi = Reports.readJson(Path.of("examples/云溪区市场监督管理局-2025.json"));
    }

    @Test
    void leadNamesTheStatuteTheFormatDocumentTheSectionsAndTheDataPeriod() {
        String lead = ReportLayout.lead(qingshan);
        assertTrue(lead.startsWith("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发"
                + "〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，由江南省临川市青山县卫生健康委员会编制。"), lead);
        assertTrue(lead.contains("全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
                + "存在的主要问题及改进情况、其他需要报告的事项。"));
        assertTrue(lead.contains("本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。"));
        assertTrue(lead.endsWith("如对本报告有疑问，请联系：青山县卫生健康委员会办公室，地址：青山县城关镇健康路8号，电话：0791-86512345。"), lead);
    }

    @Test
    void leadNamesTheRegionBeforeTheAgencyThatCompiledTheReport() {
        assertTrue(ReportLayout.lead(yunxi).contains("要求，由江南省临江市云溪区市场监督管理局编制。全文包括"), ReportLayout.lead(yunxi));
        Report noRegion = yunxi.toBuilder().text("meta.region", " ").build();
        assertTrue(ReportLayout.lead(noRegion).contains("要求，由云溪区市场监督管理局编制。全文包括"), ReportLayout.lead(noRegion));
        Report noAgency = yunxi.toBuilder().text("meta.agency", "").build();
        assertTrue(ReportLayout.lead(noAgency).contains("（国办公开办函〔2021〕30号）要求编制。全文包括"), ReportLayout.lead(noAgency));
    }

    @Test
    void leadOfASummaryReportSaysItSumsUpTheUnitsOfTheRegion() {
        Report summary = yunxi.toBuilder().text("meta.data_scope", "汇总").build();
        assertTrue(ReportLayout.lead(summary).contains("要求，汇总江南省临江市云溪区各有关单位政府信息公开工作情况编制而成。全文包括"),
                ReportLayout.lead(summary));
        Report noRegion = summary.toBuilder().text("meta.region", null).build();
        assertTrue(ReportLayout.lead(noRegion).contains("要求，汇总各有关单位政府信息公开工作情况编制而成。"), ReportLayout.lead(noRegion));
    }

    @Test
    void leadLeavesOutTheContactWhenThereIsNone() {
        String lead = ReportLayout.lead(yunxi);
        assertFalse(lead.contains("联系"));
        assertTrue(lead.endsWith("至2025年12月31日止。"));
    }

    @Test
    void leadDoesNotDoubleTheFullStopOfAContact() {
        Report r = yunxi.toBuilder().text("meta.contact", "办公室，电话：12345。").build();
        assertTrue(ReportLayout.lead(r).endsWith("请联系：办公室，电话：12345。"));
    }

    @Test
    void omitsABlankOptionalOverview() {
        List<ReportLayout.Block> blocks = ReportLayout.of(yunxi).blocks();
        int section1 = blocks.indexOf(new ReportLayout.Heading(1, "一、总体情况"));
        assertEquals(new ReportLayout.Heading(2, "（一）主动公开情况"), blocks.get(section1 + 1));
    }

    @Test
    void keepsTheHeadingOfABlankRequiredTextWithNothingUnderIt() {
        Report r = yunxi.toBuilder().text("text.overview_platform", "  ").build();
        List<ReportLayout.Block> blocks = ReportLayout.of(r).blocks();
        int i = blocks.indexOf(new ReportLayout.Heading(2, "（四）政府信息公开平台建设情况"));
        assertEquals(new ReportLayout.Heading(2, "（五）监督保障情况"), blocks.get(i + 1));
    }

    @Test
    void putsTheOverviewBeforeTheFirstSubHeading() {
        List<ReportLayout.Block> blocks = ReportLayout.of(qingshan).blocks();
        int section1 = blocks.indexOf(new ReportLayout.Heading(1, "一、总体情况"));
        assertEquals(new ReportLayout.Paragraph(qingshan.text("text.overview"), false), blocks.get(section1 + 1));
        assertEquals(new ReportLayout.Heading(2, "（一）主动公开情况"), blocks.get(section1 + 2));
    }

    @Test
    void followsTheSchemaSectionsWithTablesUnderTwoThreeAndFour() {
        List<String> order = ReportLayout.of(qingshan).blocks().stream()
                .filter(b -> b instanceof ReportLayout.Heading h && h.level() == 1 || b instanceof ReportLayout.TableBlock)
                .map(b -> b instanceof ReportLayout.Heading h ? h.text().substring(0, 1) : ((ReportLayout.TableBlock) b).grid().tableId())
                .toList();
        assertEquals(List.of("一", "二", "t2", "三", "t3", "四", "t4", "五", "六"), order);
    }

    @Test
    void printsAYearReadAsDecimalWithoutFraction() {
        Report r = yunxi.toBuilder().number("meta.year", new java.math.BigDecimal("2025.0")).build();
        ReportLayout.Title title = (ReportLayout.Title) ReportLayout.of(r).blocks().get(0);
        assertEquals("云溪区市场监督管理局2025年政府信息公开工作年度报告", title.text());
        assertTrue(ReportLayout.lead(r).contains("自2025年1月1日起至2025年12月31日止。"));
    }

    @Test
    void splitsParagraphsOnLineBreaksAndDropsBlankLines() {
        assertEquals(List.of("第一段。", "第二段。", "第三段。"), ReportLayout.paragraphs("第一段。\r\n\n　　第二段。\n  \n第三段。\r"));
        assertEquals(List.of(), ReportLayout.paragraphs(null));
    }

    @Test
    void endsWithTheAgencyAndTheDateInChinese() {
        List<ReportLayout.Block> blocks = ReportLayout.of(qingshan).blocks();
        assertEquals(new ReportLayout.Signature("青山县卫生健康委员会", ReportLayout.chineseDate(qingshan.text("meta.publish_date"))),
                blocks.get(blocks.size() - 1));
        assertEquals("2026年1月6日", ReportLayout.chineseDate("2026-01-06"));
        assertEquals("2026年初", ReportLayout.chineseDate("2026年初"));
    }
}
