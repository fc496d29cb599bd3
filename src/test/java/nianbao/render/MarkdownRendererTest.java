package nianbao.render;

import nianbao.Reports;
import nianbao.model.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    static Report report;
    static List<String> lines;

    @BeforeAll
    static void render() throws Exception {
        report = Reports.readJson(Path.of("examples/临江市自然资源和规划局-2025.json"));
        lines = Renderer.of(Format.MD).renderText(report).lines().toList();
    }

    @Test
    void flattensTable3HeadersIntoOneRowJoinedByMiddleDot() {
        assertTrue(lines.contains("| " + Regions.CORNER + " |  |  | 自然人 | 法人或其他组织·商业企业 | 法人或其他组织·科研机构 "
                + "| 法人或其他组织·社会公益组织 | 法人或其他组织·法律服务机构 | 法人或其他组织·其他 | 总计 |"));
        assertTrue(lines.contains("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"));
    }

    @Test
    void writesGroupLabelsOnTheFirstRowOfTheirGroupOnly() {
        assertTrue(lines.contains("| 三、本年度办理结果 | （一）予以公开 |  | 142 | 21 | 2 | 1 | 3 | 4 | 173 |"));
        assertTrue(lines.contains("|  | （三）不予公开 | 1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |"));
        assertTrue(lines.contains("|  |  | 2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |"));
        assertTrue(lines.contains("| 四、结转下年度继续办理 |  |  | 19 | 4 | 0 | 1 | 1 | 0 | 25 |"));
    }

    @Test
    void flattensTable4IntoFifteenColumns() {
        String header = lines.stream().filter(l -> l.startsWith("| 行政复议·结果维持")).findFirst().orElseThrow();
        assertEquals(15, header.split(" \\| ", -1).length);
        assertTrue(header.contains("| 行政诉讼·未经复议直接起诉·结果纠正 |"));
        assertTrue(header.endsWith("| 行政诉讼·复议后起诉·总计 |"));
        assertTrue(lines.contains("| 11 | 3 | 2 | 4 | 20 | 6 | 1 | 1 | 3 | 11 | 2 | 1 | 0 | 1 | 4 |"));
    }

    @Test
    void writesEachTable2BlockAsASmallTableUnderItsCaption() {
        int caption = lines.indexOf("**第二十条第（五）项**");
        assertEquals(List.of("**第二十条第（五）项**", "", "| 信息内容 | 本年处理决定数量 |", "| --- | ---: |", "| 行政许可 | 2468 |", ""),
                lines.subList(caption, caption + 6));
    }

    @Test
    void usesHeadingLevelsForTitleSectionsAndSubHeadings() {
        assertEquals("# 临江市自然资源和规划局2025年政府信息公开工作年度报告", lines.get(0));
        assertTrue(lines.contains("## 三、收到和处理政府信息公开申请情况"));
        assertTrue(lines.contains("### （五）监督保障情况"));
    }

    @Test
    void escapesTextThatWouldBecomeMarkup() {
        Report r = report.toBuilder().text("text.other", "1. 第一项\n# 不是标题\n*星号*与_下划线_\n- 不是列表").build();
        List<String> out = Renderer.of(Format.MD).renderText(r).lines().toList();
        assertTrue(out.contains("1\\. 第一项"), out.toString());
        assertTrue(out.contains("\\# 不是标题"));
        assertTrue(out.contains("\\*星号\\*与\\_下划线\\_"));
        assertTrue(out.contains("\\- 不是列表"));
    }

    @Test
    void escapesPipesInsideTableCells() {
        assertEquals("A\\|B", MarkdownRenderer.inline("A|B").replace("|", "\\|"));
        assertEquals("\\[注\\]", MarkdownRenderer.inline("[注]"));
    }
}
