package nianbao.render;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlRendererTest {

    static Report report;
    static String page;
    static List<String> tables = new ArrayList<>();

    @BeforeAll
    static void render() throws Exception {
        report = Reports.readJson(Path.of("examples/云溪区市场监督管理局-2025.json"));
        page = Renderer.of(Format.HTML).renderText(report);
        Matcher m = Pattern.compile("<table.*?</table>", Pattern.DOTALL).matcher(page);
        while (m.find()) {
            tables.add(m.group());
        }
    }

    @Test
    void mergesTable2LikeTheNationalFormat() {
        List<String> expected = Regions.withValues(Regions.T2, label -> switch (label) {
            case "行政许可" -> "4127";
            case "行政处罚" -> "268";
            case "行政强制" -> "31";
            default -> "0.025";
        });
        assertEquals(3, tables.size());
        assertEquals(expected, Regions.ofHtml(tables.get(0)));
    }

    @Test
    void mergesTable3LikeTheNationalFormat() {
        assertEquals(Regions.T3, Regions.ofHtml(tables.get(1)));
    }

    @Test
    void mergesTable4LikeTheNationalFormat() {
        assertEquals(Regions.T4, Regions.ofHtml(tables.get(2)));
    }

    @Test
    void putsTheHeaderRowsInTheadSoPrintingRepeatsThem() {
        String t3 = tables.get(1);
        String head = t3.substring(t3.indexOf("<thead>"), t3.indexOf("</thead>"));
        assertEquals(3, head.split("<tr>", -1).length - 1);
        assertTrue(head.contains(">申请人情况</th>"));
        assertFalse(tables.get(0).contains("<thead>"), "表二's blocks carry their own headers");
    }

    @Test
    void standalonePageHasA4PrintLayoutAndNoExternalAssets() {
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assertTrue(page.contains("<meta charset=\"UTF-8\">"));
        assertTrue(page.contains("@page{size:A4;margin:37mm 26mm 35mm 28mm;}"));
        assertTrue(page.contains("<title>云溪区市场监督管理局2025年政府信息公开工作年度报告</title>"));
        assertFalse(page.contains("<link"));
        assertFalse(page.contains("src="));
        assertFalse(page.contains("http"));
    }

    @Test
    void fragmentIsJustTheReportDivWithInlineStyles() {
        String fragment = Renderer.of(Format.HTML, true).renderText(report);
        assertTrue(fragment.startsWith("<div class=\"nianbao-report\" style=\""), fragment.substring(0, 60));
        assertTrue(fragment.endsWith("</div>\n"));
        assertFalse(fragment.contains("<style"));
        assertFalse(fragment.contains("<html"));
        assertFalse(fragment.contains("<body"));
        // Every element the report writes carries its own style, so the host page's CSS cannot restyle it.
        Matcher tags = Pattern.compile("<(h1|h2|h3|p|table|th|td)[ >]").matcher(fragment);
        Matcher styled = Pattern.compile("<(h1|h2|h3|p|table|th|td)[^>]* style=\"").matcher(fragment);
        assertEquals(tags.results().count(), styled.results().count());
        assertTrue(page.contains(fragment), "the page embeds the same fragment");
    }

    @Test
    void escapesMarkupInNarrativeText() {
        Report r = report.toBuilder().text("text.other", "“<b>加粗</b>” & 'x' \"y\"").build();
        String html = Renderer.of(Format.HTML, true).renderText(r);
        assertTrue(html.contains("“&lt;b&gt;加粗&lt;/b&gt;” &amp; &#39;x&#39; &quot;y&quot;"), html);
        assertFalse(html.contains("<b>"));
    }

    @Test
    void usesOfficialHeadingLevelsAndKeepsEveryParagraph() {
        assertTrue(page.contains(">一、总体情况</h2>"));
        assertTrue(page.contains(">（一）主动公开情况</h3>"));
        assertTrue(page.contains(">存在问题：依申请公开答复文书说理不够充分；部分栏目更新不及时。</p>"));
        assertTrue(page.contains(">改进措施：加强答复文书集体审核，建立栏目更新周报制度。</p>"));
        for (var s : Schemas.defaultSchema().sections()) {
            assertTrue(page.contains(">" + s.title() + "</h2>"), s.title());
        }
    }

    @Test
    void leavesABlankValueCellEmpty() {
        Report r = report.toBuilder().put(nianbao.model.Value.blank("t4.review.other", nianbao.model.Source.none())).build();
        List<String> t4Cells = new ArrayList<>();
        Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(Renderer.of(Format.HTML, true).renderText(r)
                .replaceAll("(?s).*<table data-table=\"t4\"", ""));
        while (m.find()) {
            t4Cells.add(m.group(1));
        }
        assertEquals(List.of("2", "1", "", "0", "3"), t4Cells.subList(0, 5));
    }
}
