package nianbao.web;

import nianbao.model.Report;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk's 分析 page and its Word report over HTTP: two collections of the same agencies, 2024 and 2025; 甲县财政局
 * went from 13 to 59 new requests (flagged), 乙县教育局 stayed at 59, 丙县民政局 sent nothing in 2025.
 */
class AnalysisPagesTest {

    static final String JIA = "甲县财政局";
    static final String YI = "乙县教育局";
    static final String BING = "丙县民政局";

    @TempDir
    Path dir;

    Web web;
    String now;
    String before;

    @BeforeEach
    void start() throws Exception {
        web = Web.start(dir.resolve("data"), 1024 * 1024);
        web.login();
        before = collection("2024年度全县年报", 2024);
        List<String> links = links(before);
        upload(links.get(0), report("青山县卫生健康委员会-2025.json", JIA, 2024)); // 13 new requests
        upload(links.get(1), report("云溪区市场监督管理局-2025.json", YI, 2024)); // 59
        upload(links.get(2), report("云溪区市场监督管理局-2025.json", BING, 2024));
        now = collection("2025年度全县年报", 2025);
        links = links(now);
        upload(links.get(0), report("云溪区市场监督管理局-2025.json", JIA, 2025)); // 59: more than doubled, +46
        upload(links.get(1), report("云溪区市场监督管理局-2025.json", YI, 2025));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private String collection(String name, int year) throws Exception {
        Web.Response r = web.multipart("/office/collections", Map.of("name", name, "year", Integer.toString(year),
                "agencies", JIA + "\n" + YI + "\n" + BING));
        assertEquals(303, r.status(), r.text());
        return r.header("Location");
    }

    private List<String> links(String collection) throws Exception {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(/u/[A-Za-z0-9_-]{43})</td>").matcher(web.get(collection + "/links").text());
        while (m.find()) {
            out.add(m.group(1));
        }
        assertEquals(3, out.size());
        return out;
    }

    private static Report report(String example, String agency, int year) {
        return Web.variant(Web.example(example), agency, false).toBuilder().number("meta.year", year).build();
    }

    private void upload(String link, Report r) throws Exception {
        Web.Response up = web.stranger().submit(link, Map.of("file", new Web.Part("年报.xlsx", Web.workbook(r, dir))));
        assertEquals(200, up.status(), up.text());
        assertTrue(Web.notice(up).contains("已收到第 1 版"), Web.notice(up));
    }

    @Test
    void comparesWithLastYearsCollectionByDefaultAndListsTheFlaggedAgencyFirst() throws Exception {
        Web.Response r = web.get(now + "/analysis");
        assertEquals(200, r.status(), r.text());
        String page = r.text();
        assertTrue(page.contains("<span>应报 3 个单位，已提交 2 个，未提交 1 个</span><span>对比：2024年度全县年报</span>"), page);
        assertTrue(page.contains("与“2024年度全县年报”相比，两次都提交了报告的 2 个单位新收申请 118 件，上次 72 件，增加 46 件（+63.9%）。"),
                page);
        assertTrue(page.contains("<tr class=\"flagged\"><td>甲县财政局</td><td><span class=\"change\">本年新收申请 13 → 59，增加 46 件（+353.8%）</span>"),
                page);
        int jia = page.indexOf("<td>甲县财政局</td><td class=\"num\">59</td>");
        int yi = page.indexOf("<td>乙县教育局</td><td class=\"num\">59</td>");
        assertTrue(jia > 0 && yi > jia, "the flagged agency first in the indicator table");
        assertTrue(page.contains("<p>未提交（1 个）：丙县民政局</p>"), page);
        assertTrue(page.contains("<option value=\"\">不对比</option>"), page);
        assertTrue(Pattern.compile("<option value=\"[^\"]+\" selected>2024年度全县年报（2024 年度）</option>").matcher(page).find(), page);
    }

    @Test
    void drawsTheChartsAsInlineSvgWithNothingFromOutside() throws Exception {
        Web.Response r = web.get(now + "/analysis");
        String page = r.text();
        assertEquals(WebServer.CSP, r.header("Content-Security-Policy"));
        assertTrue(page.contains("<figcaption>本年新收申请（2 个单位）</figcaption>"), page);
        assertTrue(page.contains("<text x=\"0\" y=\"13\" class=\"label\">甲县财政局</text>"), page);
        assertTrue(page.contains("<rect x=\"0\" y=\"17\" width=\"364.0\" height=\"13\" fill=\"#4472C4\"><title>甲县财政局：59 件</title></rect>"),
                page);
        assertTrue(page.contains("<figcaption>办理结果构成：全部单位及各单位</figcaption>"), page);
        assertTrue(page.contains("全部（2 个单位）　（一）予以公开：56 件，46.7%"), page);
        assertFalse(page.contains("<script>") || page.contains("src=\"http") || page.contains("href=\"http"), page);
    }

    @Test
    void withoutAComparisonThereIsNoYearOnYearAndAnotherIdIsRefusedWithoutBeingUsed() throws Exception {
        String page = web.get(now + "/analysis?previous=").text();
        assertFalse(page.contains("同比大幅变化的单位"), page);
        assertTrue(page.contains("<option value=\"\" selected>不对比</option>"), page);
        Web.Response bad = web.get(now + "/analysis?previous=..%2F..%2Fsecrets");
        assertEquals(404, bad.status());
        assertTrue(bad.text().contains("没有这个收集，无法对比。"), bad.text());
    }

    @Test
    void theWordReportHasTheSameAnalysis() throws Exception {
        Web.Response r = web.get(now + "/analysis.docx");
        assertEquals(200, r.status(), r.text());
        assertTrue(r.header("Content-Disposition").contains(".docx"), r.header("Content-Disposition"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String t = text.getText();
            assertTrue(t.startsWith("2025年度全县年报汇总分析"), t);
            assertTrue(t.contains("两次都提交了报告的 2 个单位新收申请 118 件，上次 72 件，增加 46 件（+63.9%）"), t);
            assertTrue(t.contains("甲县财政局\t本年新收申请 13 → 59，增加 46 件（+353.8%）"), t);
            assertTrue(t.contains("未提交的单位：丙县民政局。"), t);
        }
    }

    @Test
    void onlyTheOfficeSeesIt() throws Exception {
        Web stranger = web.stranger();
        Web.Response r = stranger.get(now + "/analysis");
        assertEquals(303, r.status());
        assertEquals("/office", r.header("Location"));
        assertEquals(303, stranger.get(now + "/analysis.docx").status());
        assertEquals(404, web.get("/office/c/nope/analysis").status());
    }

    @Test
    void theDesksSummaryWorkbookHasTheSameYearOnYearSheet() throws Exception {
        Web.Response r = web.get(now + "/download/summary.xlsx");
        assertEquals(200, r.status(), r.text());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            var s = wb.getSheet("同比");
            assertEquals(JIA, s.getRow(2).getCell(0).getStringCellValue(), "the flagged agency first");
            assertEquals("本年新收申请 增加 46 件（+353.8%）", s.getRow(2).getCell(3).getStringCellValue());
            assertEquals(YI, s.getRow(3).getCell(0).getStringCellValue());
            assertTrue(wb.getSheet("分析") != null);
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(
                web.get(now + "/download/summary.xlsx?previous=").body()))) {
            assertEquals(null, wb.getSheet("同比"), "no comparison asked for");
        }
    }
}
