package nianbao.render;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRendererTest {

    static Report report;
    static List<String> lines;

    @BeforeAll
    static void render() throws Exception {
        report = Reports.readJson(Path.of("examples/临江市自然资源和规划局-2025.json"));
        lines = Renderer.of(Format.TXT).renderText(report).lines().toList();
    }

    @Test
    void startsWithTitleAndPublicationDate() {
        assertEquals(List.of("临江市自然资源和规划局2025年政府信息公开工作年度报告", "", "发布日期：2026-01-28", ""), lines.subList(0, 4));
    }

    @Test
    void writesTable3RowsAsLabelCellsThenSevenValues() {
        assertTrue(lines.contains("一、本年新收政府信息公开申请数量\t339\t54\t3\t3\t10\t9\t418"));
        assertTrue(lines.contains("三、本年度办理结果\t（一）予以公开\t142\t21\t2\t1\t3\t4\t173"));
        assertTrue(lines.contains("（三）不予公开\t1.属于国家秘密\t2\t0\t0\t0\t0\t0\t2"));
        assertTrue(lines.contains("3.危及“三安全一稳定”\t1\t0\t0\t0\t0\t0\t1"));
        assertTrue(lines.contains("（七）总计\t334\t53\t3\t2\t10\t10\t412"));
    }

    @Test
    void writesTheHeaderRowsOfTable3AndTable4InOfficialOrder() {
        int corner = lines.indexOf(Regions.CORNER + "\t申请人情况");
        assertEquals(List.of("自然人\t法人或其他组织\t总计", "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"),
                lines.subList(corner + 1, corner + 3));
        int t4 = lines.indexOf("行政复议\t行政诉讼");
        assertEquals("未经复议直接起诉\t复议后起诉", lines.get(t4 + 1));
        assertEquals(15, lines.get(t4 + 2).split("\t").length);
        assertEquals("11\t3\t2\t4\t20\t6\t1\t1\t3\t11\t2\t1\t0\t1\t4", lines.get(t4 + 3));
    }

    @Test
    void keepsABlankValueAsAnEmptyCellNotZero() {
        Report r = report.with(Value.blank("t3.new.research", Source.none()));
        assertTrue(Renderer.of(Format.TXT).renderText(r).contains("一、本年新收政府信息公开申请数量\t339\t54\t\t3\t10\t9\t418\n"));
    }

    @Test
    void keepsNarrativeParagraphsAsSeparateLines() {
        int i = lines.indexOf("五、存在的主要问题及改进情况");
        assertEquals("一是依申请公开办理量大、时限紧，答复规范性有待加强；二是部分规划信息公开的时效性不足。", lines.get(i + 2));
        assertTrue(lines.get(i + 4).startsWith("改进措施："));
    }

    @Test
    void hasNoSignatureSoTheLastTextStaysSection6() {
        assertEquals("人大代表建议和政协提案办理结果公开情况：全年承办人大代表建议27件、政协提案19件，答复全文均已公开。",
                lines.get(lines.size() - 1));
        assertFalse(lines.contains("2026年1月28日"));
    }

    @Test
    void putsCellTextWithTabsOrLineBreaksOnOneLine() {
        assertEquals("甲 乙 丙", TextRenderer.oneLine("甲\t乙\r\n丙"));
    }
}
