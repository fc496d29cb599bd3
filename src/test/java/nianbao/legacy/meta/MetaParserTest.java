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
}
