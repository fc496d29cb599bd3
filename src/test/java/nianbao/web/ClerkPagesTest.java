package nianbao.web;

import nianbao.Reports;
import nianbao.model.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clerk's pages over HTTP: every page, every download, every refusal with its exact status and sentence. */
class ClerkPagesTest {

    @TempDir
    static Path dir;

    static Web web;

    @BeforeAll
    static void start() throws Exception {
        web = Web.start(dir.resolve("data"), 1024 * 1024);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void homePageListsTheFourStepsWithSecurityHeaders() throws Exception {
        Web.Response r = web.get("/");
        assertEquals(200, r.status());
        String html = r.text();
        for (String step : new String[] {"下载填报模板", "在 Excel 或 WPS 中填写", "校验并生成年报", "报送"}) {
            assertTrue(html.contains("<b>" + step + "</b>"), step);
        }
        assertTrue(r.header("Content-Security-Policy").contains("script-src 'self'"));
        assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertFalse(r.header("Content-Security-Policy").matches(".*script-src[^;]*unsafe-inline.*"), "no inline script");
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertFalse(html.contains("<script>"), "no inline script");
        assertFalse(html.contains("http://") || html.contains("https://"), "no external resource");
    }

    @Test
    void assetsComeFromTheJarAndNothingElseIsServed() throws Exception {
        assertEquals(200, web.get("/assets/app.css").status());
        assertTrue(web.get("/assets/app.js").text().contains("data-copy"));
        Web.Response r = web.get("/assets/..%2Fnianbao%2Fweb%2FWebServer.class");
        assertEquals(404, r.status());
        assertEquals("找不到这个页面。", Web.notice(r));
    }

    @Test
    void templateDownloadCarriesAgencyAndYear() throws Exception {
        assertEquals(200, web.get("/template").status());
        Web.Response r = web.multipart("/template", Map.of("agency", "白沙县水利局", "year", "2025"));
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Disposition").contains("filename*=UTF-8''"), r.header("Content-Disposition"));
        Path f = dir.resolve("template.xlsx");
        Files.write(f, r.body());
        Report t = Reports.read(f);
        assertEquals("白沙县水利局", t.agency());
        assertEquals("2025", t.year());
    }

    @Test
    void templateWithLastYearsReportPrefillsTheCarryOver() throws Exception {
        Report last = Web.example("青山县卫生健康委员会-2025.json");
        Web.Response r = web.multipart("/template", Map.of("previous", new Web.Part("2025.xlsx", Web.workbook(last, dir))));
        assertEquals(200, r.status());
        Path f = dir.resolve("template2026.xlsx");
        Files.write(f, r.body());
        Report t = Reports.read(f);
        assertEquals("青山县卫生健康委员会", t.agency());
        assertEquals("2026", t.year());
        assertEquals(0, last.number("t3.carried.total").compareTo(t.number("t3.carry_over.total")));
    }

    @Test
    void templateRefusesAYearThatIsNotOne() throws Exception {
        Web.Response r = web.multipart("/template", Map.of("year", "二〇二五"));
        assertEquals(400, r.status());
        assertEquals("报告年度应为四位数年份（2008–2100），收到“二〇二五”。", Web.notice(r));
    }

    @Test
    void checkShowsFindingsWithCellExpectedAndActualAndBlocksTheDocx() throws Exception {
        Report broken = Web.variant(Web.example("青山县卫生健康委员会-2025.json"), "青山县卫生健康委员会", true);
        Web.Response r = web.submit("/check", Map.of("file", new Web.Part("青山.xlsx", Web.workbook(broken, dir))));
        assertEquals(200, r.status());
        String html = r.text();
        assertTrue(html.contains("T3-ROW"), html);
        Matcher row = Pattern.compile("<tr class=\"err\">.*?T3-ROW</td><td class=\"mono nowrap\">(表三![A-Z]+\\d+)</td>"
                + "<td class=\"num\">(\\d+)</td><td class=\"num\">(\\d+)</td>").matcher(html);
        assertTrue(row.find(), "a T3-ROW error row with cell, 应填, 实填");
        long total = broken.number("t3.new.total").longValue();
        assertEquals(Long.toString(total - 1), row.group(2));
        assertEquals(Long.toString(total), row.group(3));
        assertTrue(html.indexOf("badge err") < html.indexOf("badge warn") || !html.contains("badge warn"), "errors first");
        assertTrue(html.contains("有错误的年报不生成发布稿：请先改正，再点“重新校验”。"));
        assertTrue(html.contains("<td class=\"v-read bad\" data-field=\"t3.new.total\" title=\"读取（表三!J5）。表三“一、本年新收”行 总计列"), "the failing cell marked, the reason in its title");
        assertTrue(html.contains("class=\"nianbao-report\""), "preview");
        String id = id(html);
        Web.Response docx = web.post("/check/" + id, Map.of("action", "docx"));
        assertEquals(409, docx.status());
        assertTrue(Web.notice(docx).lines().findFirst().orElseThrow().matches("这份年报有 \\d 个校验错误，改正后才能生成发布稿。"), Web.notice(docx));
        assertTrue(docx.text().contains("id=\"report-form\""), "the form again, to correct it");
        assertEquals(200, web.post("/check/" + id, Map.of("action", "json")).status());
    }

    @Test
    void checkShowsThePinnedCellWithItsValuesAndNoValuesWhereNoCellIsPinned() throws Exception {
        // 表三 一、本年新收/自然人 typed 400 instead of 339; the narrative says 418 requests were received
        Report slip = Web.example("临江市自然资源和规划局-2025.json").toBuilder()
                .number("t3.new.natural", 400).number("t3.new.total", 479).build();
        String html = web.submit("/check", Map.of("file", new Web.Part("临江.xlsx", Web.workbook(slip, dir)))).text();
        assertTrue(html.contains("<td class=\"mono\">T3-BAL</td><td class=\"mono nowrap\">表三!D5</td>"
                + "<td class=\"num\">339</td><td class=\"num\">400</td>"), html);
        assertTrue(html.contains("按正文“收到政府信息公开申请418件”，表三!D5“一、本年新收 / 自然人”应为 339（现填 400）。"), html);
        Report silent = slip.toBuilder().text("text.overview_on_request", "依申请公开工作平稳有序。").build();
        html = web.submit("/check", Map.of("file", new Web.Part("临江.xlsx", Web.workbook(silent, dir)))).text();
        // no evidence: the rule's own cell, no 应填/实填 (414 and 353 are sums nobody typed), the cells that could be wrong
        assertTrue(html.contains("<td class=\"mono\">T3-BAL</td><td class=\"mono nowrap\">表三!D28</td>"
                + "<td class=\"num\"></td><td class=\"num\"></td>"), html);
        assertTrue(html.contains("可能填错的格子有 23 个，任何一个都可能，请逐格核对"), html);
    }

    @Test
    void checkOfAConsistentReportOffersEveryDownload() throws Exception {
        byte[] xlsx = Files.readAllBytes(Path.of("examples", "临江市自然资源和规划局-2025.xlsx"));
        Web.Response r = web.submit("/check", Map.of("file", new Web.Part("临江.xlsx", xlsx)));
        assertEquals(200, r.status());
        String id = id(r.text());
        Web.Response docx = web.post("/check/" + id, Map.of("action", "docx"));
        assertEquals(200, docx.status());
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, java.util.Arrays.copyOf(docx.body(), 4));
        for (String fmt : new String[] {"html", "md", "txt"}) {
            Web.Response t = web.post("/check/" + id, Map.of("action", fmt));
            assertEquals(200, t.status(), fmt);
            assertTrue(t.text().contains("临江市自然资源和规划局"), fmt);
        }
        Web.Response json = web.post("/check/" + id, Map.of("action", "json"));
        assertTrue(json.text().contains("\"meta.agency\" : \"临江市自然资源和规划局\""), json.text().substring(0, 200));
        Web.Response book = web.post("/check/" + id, Map.of("action", "xlsx"));
        Path f = dir.resolve("临江-下载.xlsx");
        Files.write(f, book.body());
        assertEquals(Reports.read(Path.of("examples", "临江市自然资源和规划局-2025.xlsx")), Reports.read(f), "nothing changed, nothing lost");
        Web.Response gone = web.post("/check/nonexistent", Map.of("action", "docx"));
        assertEquals(404, gone.status());
        assertEquals("这个结果已过期（只保留 2 小时，服务重启后清空），请重新上传文件。", Web.notice(gone));
        assertEquals(403, web.stranger().post("/check/" + id, Map.of("action", "xlsx"), false).status(), "no form without its CSRF token");
    }

    @Test
    void aCellCorrectedInTheFormIsCheckedAgainAndIsInTheDownloads() throws Exception {
        Report good = Web.example("青山县卫生健康委员会-2025.json");
        Report broken = Web.variant(good, "青山县卫生健康委员会", true);
        String id = id(web.submit("/check", Map.of("file", new Web.Part("青山.xlsx", Web.workbook(broken, dir)))).text());
        String right = good.number("t3.new.total").toPlainString();
        Web.Response again = web.follow(web.post("/check/" + id, Map.of("t3.new.total", right, "action", "recheck")));
        assertEquals(200, again.status());
        assertEquals("没有发现问题：勾稽关系、基本信息和正文检查全部通过。", Web.notice(again));
        assertTrue(again.text().contains("name=\"t3.new.total\" value=\"" + right + "\""), "the form shows the corrected value");
        String next = id(again.text());
        Path f = dir.resolve("改正后.xlsx");
        Files.write(f, web.post("/check/" + next, Map.of("action", "xlsx")).body());
        Report downloaded = Reports.read(f);
        assertEquals(0, good.number("t3.new.total").compareTo(downloaded.number("t3.new.total")));
        assertEquals(List.of(), Reports.validate(downloaded).stream().filter(x -> x.severity() == nianbao.schema.Severity.ERROR).toList());
        Web.Response docx = web.post("/check/" + id, Map.of("t3.new.total", right, "action", "docx"));
        assertEquals(200, docx.status(), "the corrected values make the Word file at once");
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, java.util.Arrays.copyOf(docx.body(), 4));
    }

    @Test
    void theFormsValuesAreCheckedLikeAnUploadedJsonsAndNothingPostedIsAPath() throws Exception {
        byte[] xlsx = Files.readAllBytes(Path.of("examples", "临江市自然资源和规划局-2025.xlsx"));
        String id = id(web.submit("/check", Map.of("file", new Web.Part("临江.xlsx", xlsx))).text());
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("t3.new.natural", "十二");
        form.put("t3.new.commercial", "-3");
        form.put("../../office-password.hash", "x");
        form.put("schema", "../../../etc/passwd");
        form.put("action", "recheck");
        Web.Response r = web.follow(web.post("/check/" + id, form));
        assertEquals(200, r.status());
        String html = r.text();
        assertTrue(html.contains("填写的“十二”不是数字"), "a word in a count cell is a TYPE error");
        assertTrue(html.contains("填报 -3，不能为负数"), "a negative count is a TYPE error");
        assertTrue(html.contains("class=\"v-read bad\" data-field=\"t3.new.natural\""), "the cell is marked");
        assertTrue(html.contains("name=\"t3.new.natural\" value=\"十二\""), "what was typed is kept to be corrected");
        assertFalse(html.contains("office-password") || html.contains("passwd"), "unknown names are ignored");
        String text = "正".repeat(FormInput.MAX_CELL_CHARS + 1);
        Web.Response tooLong = web.post("/check/" + id, Map.of("text.other", text, "action", "recheck"));
        assertEquals(422, tooLong.status());
        assertEquals("“六、其他需要报告的事项”有 32768 个字，超过一个单元格能容纳的 32767 个字，请删减后再提交。", Web.notice(tooLong));
    }

    @Test
    void anImportedReportsUntouchedCellsKeepHowTheyWereObtained() throws Exception {
        Report r = Web.example("云溪区市场监督管理局-2025.json");
        String text = new String(Reports.render(r, nianbao.render.Format.TXT), StandardCharsets.UTF_8);
        // a copy that lost the last item of 表三's results, its 总计 row and the carry-over (as crawled pages do)
        List<String> lines = new java.util.ArrayList<>(text.lines().toList());
        int total = lines.indexOf(lines.stream().filter(x -> x.startsWith("（七）总计")).findFirst().orElseThrow());
        lines.subList(total - 1, total + 2).clear();
        String html = web.submit("/import", Map.of("text", String.join("\n", lines))).text();
        Matcher missing = Pattern.compile("<td class=\"v-missing[^\"]*\" data-field=\"([^\"]+)\"").matcher(html);
        List<String> missingIds = new java.util.ArrayList<>();
        while (missing.find()) {
            missingIds.add(missing.group(1));
        }
        assertTrue(missingIds.size() >= 2, missingIds.toString());
        String typed = missingIds.get(0);
        Web.Response json = web.post("/check/" + id(html), Map.of(typed, "7", "action", "json"));
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.text());
        assertEquals(7, tree.path("values").path(typed).asInt(), "the typed number");
        assertTrue(tree.path("provenance").path(typed).isMissingNode(), "a typed number counts as read");
        for (String id : missingIds.subList(1, missingIds.size())) {
            assertEquals("missing", tree.path("provenance").path(id).path("how").asText(), id + " stays missing, with its reason");
            assertFalse(tree.path("provenance").path(id).path("note").asText().isEmpty(), id);
        }
    }

    @Test
    void whatTheUserSentIsEscapedWhereverThePageShowsIt() throws Exception {
        String agency = "\"><script src=/x.js></script>县局";
        Report r = Web.variant(Web.example("青山县卫生健康委员会-2025.json"), agency, true);
        Web.Response page = web.submit("/check", Map.of("file", new Web.Part("<img src=x>.xlsx", Web.workbook(r, dir))));
        assertEquals(200, page.status());
        String html = page.text();
        assertFalse(html.contains("<script src=/x.js>") || html.contains("<img src=x>"), "no markup from the upload");
        assertTrue(html.contains("<span>文件：&lt;img src=x&gt;.xlsx</span>"), "the file name as text");
        assertTrue(html.contains("<span>机关：\"&gt;&lt;script src=/x.js&gt;&lt;/script&gt;县局</span>"), "the agency as text");
    }

    @Test
    void aPdfIsRefusedBySniffingNotByName() throws Exception {
        Web.Response r = web.multipart("/check", Map.of("file", new Web.Part("年报.xlsx", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(415, r.status());
        assertEquals("“年报.xlsx”是PDF 文件，不是年报工作簿。这里只接受用填报模板填好的 .xlsx 工作簿或 JSON 文件；已发布的旧年报请到“导入往年年报”。",
                Web.notice(r));
    }

    @Test
    void aCorruptWorkbookGetsTheReadersSentenceWithoutAnyPath() throws Exception {
        byte[] broken = java.util.Arrays.copyOf(Files.readAllBytes(Path.of("examples", "临江市自然资源和规划局-2025.xlsx")), 3000);
        Web.Response r = web.multipart("/check", Map.of("file", new Web.Part("C:\\Users\\王\\坏.xlsx", broken)));
        assertEquals(422, r.status());
        String n = Web.notice(r);
        assertTrue(n.startsWith("无法读取 坏.xlsx"), n);
        assertFalse(r.text().contains(dir.toString()) || r.text().contains("upload-") || r.text().contains("Exception"), r.text());
        assertTrue(Files.list(web.data.resolve("tmp")).noneMatch(p -> p.getFileName().toString().startsWith("upload-")),
                "the temporary copy is gone");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Web.Response r = web.multipart("/check", Map.of("file", new Web.Part("空.xlsx", new byte[0])));
        assertEquals(400, r.status());
        assertEquals("“空.xlsx”是空文件（0 字节），请重新选择文件。", Web.notice(r));
    }

    @Test
    void anOversizedUploadIs413() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024];
        big[0] = 'P';
        big[1] = 'K';
        Web.Response r = web.multipart("/check", Map.of("file", new Web.Part("大.xlsx", big)));
        assertEquals(413, r.status());
        assertEquals("文件太大：上传的文件不能超过 1 MB。年报工作簿一般只有几十 KB，请确认选对了文件。", Web.notice(r));
    }

    @Test
    void aGigabyteUploadIsRefusedWithoutBeingRead() throws Exception {
        // Only the headers and a few bytes are sent: the server must answer from the declared length.
        java.net.URI uri = java.net.URI.create(web.base);
        try (java.net.Socket s = new java.net.Socket(uri.getHost(), uri.getPort())) {
            s.setSoTimeout(10_000);
            String head = "POST /check HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 1073741824\r\n\r\n--x\r\n";
            s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            byte[] answer = s.getInputStream().readNBytes(4096);
            String text = new String(answer, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("HTTP/1.1 413"), text);
            assertTrue(text.contains("文件太大"), text);
            assertFalse(text.contains("Exception") || text.contains(web.data.toString()), text);
        }
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
        byte[] xlsx = Files.readAllBytes(Path.of("examples", "临江市自然资源和规划局-2025.xlsx"));
        Web.Response r = web.stranger().multipart("/check", Map.of("file", new Web.Part("临江.xlsx", xlsx)), false);
        assertEquals(403, r.status());
        assertEquals("页面已过期或来源不明（缺少安全校验码），操作没有执行。请刷新页面后重试。", Web.notice(r));
    }

    @Test
    void importOfPastedTextShowsTheTablesMarkedReadInferredMissing() throws Exception {
        Report r = Web.example("云溪区市场监督管理局-2025.json");
        String text = Reports.render(r, nianbao.render.Format.TXT).length > 0
                ? new String(Reports.render(r, nianbao.render.Format.TXT), StandardCharsets.UTF_8) : "";
        Web.Response page = web.submit("/import", Map.of("text", text));
        assertEquals(200, page.status());
        String html = page.text();
        assertTrue(html.contains("data-table=\"t2\"") && html.contains("data-table=\"t3\"") && html.contains("data-table=\"t4\""));
        assertTrue(html.contains("class=\"v-read\" data-field=\"t3.new.total\""), "read cells classed");
        assertTrue(html.contains("云溪区市场监督管理局"));
        Web.Response wb = web.post("/check/" + id(html), Map.of("action", "xlsx"));
        assertEquals(200, wb.status());
        Path f = dir.resolve("imported.xlsx");
        Files.write(f, wb.body());
        assertEquals(0, r.number("t3.new.total").compareTo(Reports.read(f).number("t3.new.total")));
        Matcher m = Pattern.compile("href=\"/import/([^/]+)/report\"").matcher(html);
        assertTrue(m.find());
        Web.Response report = web.get("/import/" + m.group(1) + "/report");
        assertEquals(200, report.status());
        assertTrue(report.text().contains("云溪区市场监督管理局"));
    }

    @Test
    void importWithLastYearsReportNamesTheStockCandidateButDecidesNothing() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/legacy/layouts/crawler_ordinal_glued/input.txt"))
                .replace("行政规范性文件0016", "行政规范性文件12375");
        Path last = dir.resolve("last.json");
        Reports.writeJson(Report.builder(nianbao.schema.Schemas.defaultSchema())
                .text("meta.agency", "西陵区住房和城乡建设局").number("meta.year", 2024)
                .number("t2.normative.valid", 66).build(), last);
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("file", new Web.Part("西陵2025.txt", text.getBytes(StandardCharsets.UTF_8)));
        form.put("previous", new Web.Part("西陵2024.json", Files.readAllBytes(last)));
        Web.Response page = web.submit("/import", form);
        assertEquals(200, page.status(), page.text());
        String html = page.text();
        // last year's stock is no identity (agencies re-count): its candidate is named, nothing is filled
        assertTrue(html.contains("有 3 个表二数字只看本文无法确定；按上年年报（西陵2024.json）的现行有效件数推算出的数写在其说明里"), html);
        assertFalse(html.contains(dir.toString()) || html.contains("/tmp/"), "no file-system path in the page");
        Path f = dir.resolve("with-last.xlsx");
        Files.write(f, web.post("/check/" + id(html), Map.of("action", "xlsx")).body());
        assertNull(Reports.read(f).number("t2.normative.valid"));

        Map<String, Object> bad = new java.util.LinkedHashMap<>();
        bad.put("file", new Web.Part("西陵2025.txt", text.getBytes(StandardCharsets.UTF_8)));
        bad.put("previous", new Web.Part("上年.json", "{坏".getBytes(StandardCharsets.UTF_8)));
        Web.Response refused = web.multipart("/import", bad);
        assertEquals(422, refused.status());
        assertTrue(Web.notice(refused).startsWith("无法读取 上年.json"), Web.notice(refused));
    }

    @Test
    void importWithNothingIsRefused() throws Exception {
        Web.Response r = web.multipart("/import", Map.of("text", "  "));
        assertEquals(400, r.status());
        assertEquals("请选择年报文件，或把年报全文粘贴到文本框中。", Web.notice(r));
    }

    @Test
    void importOfAnImageIsRefusedWithTheImportersSentence() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        Web.Response r = web.multipart("/import", Map.of("file", new Web.Part("扫描件.png", png)));
        assertEquals(422, r.status());
        assertEquals("无法读取 扫描件.png：这是压缩包或图片，不是年报文本；请提供 .txt、.html、.docx 或 .pdf 文件。", Web.notice(r));
    }

    @Test
    void unknownPagesAndMethodsGetChinesePages() throws Exception {
        Web.Response r = web.get("/no/such/page");
        assertEquals(404, r.status());
        assertEquals("找不到这个页面。", Web.notice(r));
    }

    /** The ID of a checked report, from the action of its form. */
    static String id(String html) {
        Matcher m = Pattern.compile("action=\"/check/([^/\"]+)\"").matcher(html);
        assertTrue(m.find(), "the report's form");
        return m.group(1);
    }
}
