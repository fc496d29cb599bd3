package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetaParserTest {

    static MetaParser.Meta meta(String... lines) {
        List<Outline.Cleaned> c = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            c.add(new Outline.Cleaned(i + 1, Chrome.clean(lines[i])));
        }
        c.add(new Outline.Cleaned(lines.length + 1, "一、总体情况"));
        return MetaParser.parse(c, lines.length);
    }

    @Test
    void readsAgencyAndYearFromAWholeTitle() {
        MetaParser.Meta m = meta("重庆市江津区卫生健康委员会2025年政府信息公开工作年度报告");
        assertEquals("重庆市江津区卫生健康委员会", m.agency());
        assertEquals("2025", m.year());
        assertEquals(1, m.titleLine());
    }

    @Test
    void readsATitleWithSpacesAroundTheYear() {
        MetaParser.Meta m = meta("新乡县卫生健康委员会 2025 年政府信息公开工作年度报告");
        assertEquals("新乡县卫生健康委员会", m.agency());
        assertEquals("2025", m.year());
    }

    @Test
    void readsATitleBrokenAcrossLines() {
        MetaParser.Meta m = meta("某区卫生健康委员会 2024 年政府信息公开工作年", "度报告");
        assertEquals("某区卫生健康委员会", m.agency());
        assertEquals("2024", m.year());
    }

    @Test
    void takesTheAgencyFromTheLineBeforeTheYear() {
        MetaParser.Meta m = meta("昆都仑区卫生健康委员会", "2025年政府信息公开工作年度报告");
        assertEquals("昆都仑区卫生健康委员会", m.agency());
        assertEquals("2025", m.year());
    }

    @Test
    void skipsBreadcrumbsAndReadsThePublishDateWithoutItsTime() {
        MetaParser.Meta m = meta("某区卫生健康委员会", "当前位置: 某区卫生健康委员会>政务公开>政府信息公开年报",
                "某区卫生健康委员会2025年政府信息公开工作年度报告", "发布日期:2026-01-08 14:25:08");
        assertEquals("某区卫生健康委员会", m.agency());
        assertEquals("2026-01-08", m.publishDate());
        assertEquals(4, m.dateLine());
    }

    @Test
    void readsTheContactFromTheLegalBasisPreamble() {
        MetaParser.Meta m = meta("某区卫生健康委员会", "2025年政府信息公开工作年度报告",
                "本年度报告根据《条例》要求编制。如对本报告有任何疑问,请与某区卫生健康委员会联系(地址:市民大厅7号楼304办公室,电话:5305955)");
        assertEquals("某区卫生健康委员会，地址:市民大厅7号楼304办公室,电话:5305955", m.contact());
        assertEquals(3, m.contactLine());
    }

    @Test
    void leavesAgencyUnknownWithoutATitle() {
        MetaParser.Meta m = meta("本年度报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。");
        assertNull(m.agency());
        assertEquals("2025", m.year());
    }

    @Test
    void readsTheDataScopeFromAPreambleThatSumsUpManyUnits() {
        MetaParser.Meta m = meta("澄湖综合实验区2024年政府信息公开工作年度报告",
                "本报告根据条例要求，汇总澄湖综合实验区各有关单位政府信息公开工作情况编制而成。");
        assertEquals("汇总澄湖综合实验区各有关单位政府信息公开工作情况编制", m.summary());
        assertEquals(2, m.summaryLine());
        assertNull(meta("某县某局2025年政府信息公开工作年度报告", "本报告由某县某局编制，数据汇总截至2025年12月31日。").summary());
    }

    @Test
    void readsTheRegionFromTheNameOfTheAgencyThatCompiledTheReport() {
        MetaParser.Meta m = meta("澄湖县水利局2025年政府信息公开工作年度报告",
                "本报告根据《条例》要求，由江南省临川市澄湖县水利局编制。全文包括总体情况。");
        assertEquals("江南省临川市澄湖县", m.region());
        assertEquals(2, m.regionLine());
        assertEquals("由江南省临川市澄湖县水利局编制", m.regionFrom());
    }

    @Test
    void readsTheRegionWhoseUnitsASummaryReportSumsUp() {
        MetaParser.Meta m = meta("澄湖县人民政府办公室2025年政府信息公开工作年度报告",
                "本报告根据《条例》要求，汇总江南省临川市澄湖县各有关单位政府信息公开工作情况编制而成。");
        assertEquals("江南省临川市澄湖县", m.region());
        assertEquals("汇总江南省临川市澄湖县各有关单位", m.regionFrom());
        assertEquals("汇总江南省临川市澄湖县各有关单位政府信息公开工作情况编制", m.summary());
    }

    @Test
    void findsNoRegionInWholeCityOrInTheAgencysOwnName() {
        assertNull(meta("澄湖县人民政府办公室2025年政府信息公开工作年度报告",
                "本报告汇总全县各有关单位政府信息公开工作情况编制而成。").region());
        assertNull(meta("某区卫生健康委员会2025年政府信息公开工作年度报告",
                "本年度报告根据《条例》要求,由某区卫生健康委员会编制。").region());
        assertNull(meta("昆都仑区卫生健康委员会2025年政府信息公开工作年度报告",
                "本年度报告根据《条例》要求,由昆区卫生健康委员会编制。").region());
    }

    @Test
    void neverGluesABreadcrumbAboveTheTitleOntoTheName() {
        MetaParser.Meta m = meta("首页", ">", "政务公开", ">", "政府信息公开年报", "柳湾区2022年度政府信息公开工作年度报告", "时间：2023-01-18 16:34");
        assertEquals("柳湾区", m.agency());
        assertEquals(6, m.titleLine());
        assertEquals("2023-01-18", m.publishDate());
        assertEquals(7, m.dateLine());
        assertEquals("柳湾区", meta("政府信息公开年报柳湾区2022年度政府信息公开工作年度报告").agency());
    }

    @Test
    void rejectsASentenceFragmentBeforeTheYearAndSaysWhatItWas() {
        MetaParser.Meta m = meta("根据《中华人民共和国政府信息公开条例》和《江临市政府信息公开规定》的要求，市科委编制了2021年政府信息公开工作年度报告。");
        assertNull(m.agency());
        assertEquals("根据中华人民共和国政府信息公开条例和江临市政府信息公开规定的要求，市科委编制了", m.rejected());
        assertEquals("2021", m.year());
    }

    @Test
    void joinsATitleWrappedInsideTheAgencysName() {
        MetaParser.Meta m = meta("江临市青峰县人力资源和社会", "保障局2022年政府信息公开工作年度报告");
        assertEquals("江临市青峰县人力资源和社会保障局", m.agency());
        assertEquals(2, m.titleLine());
    }

    @Test
    void takesTheAgencyBelowAYearOnlyTitleWhenTheLineAboveIsChrome() {
        assertEquals("江临市统计局", meta("政府信息公开年报", "2022年政府信息公开工作年度报告", "江临市统计局").agency());
        assertNull(meta("政府信息公开年报", "2022年政府信息公开工作年度报告", "发布时间：2023-01-18").agency());
    }

    @Test
    void readsATitleWithoutAYearWhenNoTitleHasOne() {
        MetaParser.Meta m = meta("江临市审计局政府信息公开工作年度报告", "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。");
        assertEquals("江临市审计局", m.agency());
        assertEquals("2022", m.year());
        m = meta("江临市审计局政府信息公开工作年度报告", "（2022年度）");
        assertEquals("江临市审计局", m.agency());
        assertEquals("2022", m.year());
        // a Word title of two lines, the year alone on the first
        m = meta("2022年度", "江临市审计局政府信息公开工作年度报告");
        assertEquals("江临市审计局", m.agency());
        assertEquals("2022", m.year());
    }

    @Test
    void takesTheAgencyUnderATitleThatIsTheFirstLine() {
        assertEquals("雁南县退役军人事务局", meta("2022年政府信息公开工作年度报告", "雁南县退役军人事务局").agency());
    }

    @Test
    void readsTheSourceFieldAndTheCompilerAsFurtherEvidence() {
        MetaParser.Meta m = meta("石门县交通局2022年政府信息公开工作年度报告", "来源：石门县交通运输局  浏览次数：12",
                "本报告由石门县交通运输局编制。");
        assertEquals("石门县交通运输局", m.labelled());
        assertEquals("来源", m.labelledAs());
        assertEquals(2, m.labelledLine());
        assertEquals("石门县交通运输局", m.compiler());
    }

    @Test
    void readsATitleACrawlerGluedToTheFirstSentence() {
        MetaParser.Meta m = meta("北林区2022年度政府信息公开工作年度报告 本报告根据《中华人民共和国政府信息公开条例》要求编制，"
                + "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
                + "存在的主要问题及改进情况、其他需要报告的事项。");
        assertEquals("北林区", m.agency());
        assertEquals("2022", m.year());
    }

    @Test
    void takesALaterTitleWhenTheFirstNamesNoAgency() {
        MetaParser.Meta m = meta("现将本机关2022年政府信息公开工作年度报告公布如下。", "江临市审计局2022年政府信息公开工作年度报告");
        assertEquals("江临市审计局", m.agency());
        assertEquals(2, m.titleLine());
        m = meta("政府信息公开指南", "2023年度政府信息公开年报", "2022年度政府信息公开年报", "江临市审计局2022年政府信息公开工作年度报告");
        assertEquals("江临市审计局", m.agency());
        assertEquals("2022", m.year());
        m = meta("本机关2022年政府信息公开工作年度报告。");
        assertNull(m.agency());
        assertEquals("本机关", m.rejected());
    }

    @Test
    void takesTheTitleRightAboveTheReportOverAPagesLinksAboveIt() {
        MetaParser.Meta m = meta("政府信息公开年报", "江临市人民政府2022年政府信息公开工作年度报告", "2021年度政府信息公开工作年度报告",
                "当前位置：首页 > 政府信息公开年报", "江临市应急管理局2022年政府信息公开工作年度报告", "发布时间：2023-01-30");
        assertEquals("江临市应急管理局", m.agency());
        assertEquals(5, m.titleLine());
        m = meta("2021年度政府信息公开工作年度报告", "2020年度政府信息公开工作年度报告", "2022年政府信息公开工作年度报告");
        assertNull(m.agency());
        assertEquals("2022", m.year());
        assertEquals(3, m.titleLine());
    }

    @Test
    void aSentenceThatNamesAReportIsNoTitle() {
        MetaParser.Meta m = meta("《平川县人民政府办公室关于2021年度政府信息公开工作年度报告编制工作的通知》要求，现将有关情况报告如下：");
        assertNull(m.agency());
        assertEquals(0, m.titleLine());
        assertNull(meta("现将本机关2022年政府信息公开工作年度报告公布如下。").rejected());
        assertEquals("平川县统计局", meta("平川县统计局2021年政府信息公开工作年度报告发布时间：2022-01-13").agency());
    }

    @Test
    void readsTheYearFromTheStatedPeriodWhenNoTitleHasOne() {
        assertEquals("2022", meta("本报告所列数据统计时限为2022年1月1日至2022年12月31日。").year());
    }

    @Test
    void readsADatePrintedAfterTheTitleInItsLine() {
        MetaParser.Meta m = meta("江临市审计局2022年政府信息公开工作年度报告　2023-01-20 09:30");
        assertEquals("2023-01-20", m.publishDate());
        assertEquals(1, m.dateLine());
        assertEquals("2023-01-20", meta("江临市审计局2022年政府信息公开工作年度报告（2023年1月20日）").publishDate());
        assertNull(meta("江临市审计局政府信息公开工作年度报告（2022年度）").publishDate());
    }

    @Test
    void readsTheAgencyOfARedHeadedNoticeThatIssuesTheReport() {
        MetaParser.Meta m = meta("江临市审计局文件", "江审发〔2023〕3号", "江临市审计局关于印发2022年政府信息公开工作年度报告的通知",
                "各科室：", "现将《江临市审计局2022年政府信息公开工作年度报告》印发给你们，请遵照执行。");
        assertEquals("江临市审计局", m.agency());
        assertEquals(3, m.titleLine());
        assertEquals("江临市审计局", meta("（2022年度）江临市审计局政府信息公开工作年度报告").agency());
        assertEquals("江临市审计局", meta("江临市审计局关于2022年度政府信息公开工作的报告").agency());
    }
}
