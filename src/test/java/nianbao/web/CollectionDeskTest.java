package nianbao.web;

import nianbao.Reports;
import nianbao.model.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office's collection desk and the agencies' upload links over HTTP, with the data folder as the store. */
class CollectionDeskTest {

    static final String[] AGENCIES = {"青山县卫生健康委员会", "临江市自然资源和规划局", "云溪区市场监督管理局"};

    @TempDir
    Path dir;

    Web web;

    @BeforeEach
    void start() throws Exception {
        web = Web.start(dir.resolve("data"), 1024 * 1024);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /** Creates the three-agency collection and returns its ID. */
    String create() throws Exception {
        web.login();
        Web.Response r = web.multipart("/office/collections", Map.of("name", "2025年度年报收集", "year", "2025",
                "agencies", String.join("\n", AGENCIES) + "\n\n"));
        assertEquals(303, r.status(), r.text());
        String location = r.header("Location");
        assertTrue(location.matches("/office/c/2025-001"), location);
        return location.substring("/office/c/".length());
    }

    /** The upload links of a collection, in roster order. */
    List<String> links(String id) throws Exception {
        Web.Response r = web.get("/office/c/" + id + "/links");
        assertEquals(200, r.status());
        Matcher m = Pattern.compile("(/u/[A-Za-z0-9_-]{43})</td>").matcher(r.text());
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        assertEquals(3, out.size());
        return out;
    }

    byte[] workbook(int agency, boolean broken) throws Exception {
        String[] files = {"青山县卫生健康委员会-2025.json", "临江市自然资源和规划局-2025.json", "云溪区市场监督管理局-2025.json"};
        return Web.workbook(Web.variant(Web.example(files[agency]), AGENCIES[agency], broken), dir);
    }

    @Test
    void officePagesNeedThePassword() throws Exception {
        Web.Response login = web.get("/office");
        assertEquals(200, login.status());
        assertTrue(login.text().contains("name=\"password\""));
        Web.Response redirect = web.get("/office/c/2025-001");
        assertEquals(303, redirect.status());
        assertEquals("/office", redirect.header("Location"));
        Web.Response post = web.multipart("/office/collections", Map.of("name", "x", "year", "2025", "agencies", "甲"));
        assertEquals(401, post.status());
        assertEquals("请先登录政务公开办账号。", Web.notice(post));
        assertFalse(Files.exists(web.data.resolve("collections/2025-001")));
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithTheTriesLeftAndRepeatedFailuresAreThrottled() throws Exception {
        for (int i = 0; i < Guard.MAX_FAILURES; i++) {
            Web.Response r = web.post("/office/login", Map.of("password", "猜一猜" + i));
            assertEquals(401, r.status());
            assertEquals(i < Guard.MAX_FAILURES - 1 ? "密码不正确，还可以再试 " + (Guard.MAX_FAILURES - 1 - i) + " 次（连续输错 5 次须等 5 分钟）。"
                    : "密码不正确。已连续输错 5 次，请 5 分钟后再试。", Web.notice(r));
            assertTrue(r.text().contains("<form class=\"card narrow\" method=\"post\" action=\"/office/login\">")
                    && r.text().contains("name=\"password\""), "the login form again, not a page with 返回");
        }
        Web.Response locked = web.post("/office/login", Map.of("password", Web.PASSWORD));
        assertEquals(429, locked.status());
        assertEquals("登录失败次数过多，请 5 分钟后再试。", Web.notice(locked));
        assertTrue(locked.text().contains("name=\"password\""));
        assertTrue(Files.readString(web.data.resolve("log.tsv")).contains("登录失败（401）"));
        Web.Response get = web.get("/office/login");
        assertEquals(303, get.status(), "a GET of the form's address (a refresh, a bookmark) leads to the form");
        assertEquals("/office", get.header("Location"));
    }

    @Test
    void aFirstVisitGetsOneCsrfCookieAndItIsTheOneInEveryFormOfThePage() throws Exception {
        // the office's login page has two forms' worth of tokens (the page's own and the layout's): one cookie only
        Web.Response first = web.stranger().get("/office");
        List<String> set = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Guard.CSRF_COOKIE + "=")).toList();
        assertEquals(1, set.size(), set.toString());
        String token = set.get(0).substring(Guard.CSRF_COOKIE.length() + 1, set.get(0).indexOf(';'));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(first.text());
        assertTrue(m.find(), first.text());
        do {
            assertEquals(token, m.group(1));
        } while (m.find());
    }

    @Test
    void loginWithoutTheCsrfTokenIsRefused() throws Exception {
        Web.Response r = web.post("/office/login", Map.of("password", Web.PASSWORD), false);
        assertEquals(403, r.status());
        assertEquals("页面已过期或来源不明（缺少安全校验码），操作没有执行。请刷新页面后重试。", Web.notice(r));
    }

    @Test
    void aPostFromAnotherSiteIsRefusedEvenWithTheToken() throws Exception {
        String body = "password=" + java.net.URLEncoder.encode(Web.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + web.csrf();
        for (String origin : new String[] {"http://evil.example", "https://127.0.0.1:1"}) {
            var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base + "/office/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
            var r = web.http.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode(), origin);
        }
        var same = java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base + "/office/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://" + web.base.substring(7))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        assertEquals(303, web.http.send(same, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode(),
                "the same host behind an HTTPS proxy");
    }

    @Test
    void sessionCookieIsHttpOnlyAndStrict() throws Exception {
        Web.Response r = web.post("/office/login", Map.of("password", Web.PASSWORD));
        assertEquals(303, r.status());
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Guard.SESSION_COOKIE)).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void theDeskShowsSubmittedWithErrorsAndMissing() throws Exception {
        String id = create();
        List<String> links = links(id);
        Web agency1 = web.stranger();
        Web.Response page = agency1.get(links.get(0));
        assertEquals(200, page.status());
        assertTrue(page.text().contains("报送单位：<b>青山县卫生健康委员会</b>"));
        assertFalse(page.text().contains("临江市自然资源和规划局"), "a link shows its own slot only");
        Web.Response up = agency1.submit(links.get(0), Map.of("file", new Web.Part("青山2025.xlsx", workbook(0, false))));
        assertEquals(200, up.status());
        assertTrue(Web.notice(up).startsWith("已收到第 1 版（青山2025.xlsx）。校验通过"), Web.notice(up));

        Web agency2 = web.stranger();
        agency2.get(links.get(1));
        Web.Response bad = agency2.submit(links.get(1), Map.of("file", new Web.Part("临江.xlsx", workbook(1, true))));
        assertEquals(200, bad.status());
        assertTrue(bad.text().contains("T3-ROW"), "the agency sees its findings at once");
        assertTrue(Web.notice(bad).startsWith("已收到第 1 版（临江.xlsx）。有 "), Web.notice(bad));

        Web.Response desk = web.get("/office/c/" + id);
        assertEquals(200, desk.status());
        String html = desk.text();
        assertTrue(row(html, "a001").contains("<span class=\"badge ok\">已提交</span>"), row(html, "a001"));
        assertTrue(row(html, "a002").matches(".*<span class=\"badge err\">有错误（\\d+）</span>.*"), row(html, "a002"));
        assertTrue(row(html, "a003").contains("<span class=\"badge none\">未提交</span>"), row(html, "a003"));

        // the stored files: every version as uploaded, the current copy for merge, the log
        Path c = web.data.resolve("collections").resolve(id);
        assertTrue(Files.isRegularFile(c.resolve("versions/a001/0001.xlsx")));
        assertTrue(Files.isRegularFile(c.resolve("current/a002.xlsx")));
        assertTrue(Files.readString(web.data.resolve("log.tsv")).contains("单位 a002 临江市自然资源和规划局\t上传第 1 版 临江.xlsx"));

        // the summary by merge: 合计 of the two agencies
        Web.Response agg = web.get("/office/c/" + id + "/download/aggregate.xlsx");
        assertEquals(200, agg.status());
        Path f = dir.resolve("agg.xlsx");
        Files.write(f, agg.body());
        Report sum = Reports.read(f);
        Report q = Web.example("青山县卫生健康委员会-2025.json");
        Report l = Web.example("临江市自然资源和规划局-2025.json");
        assertEquals(q.number("t3.new.natural").add(l.number("t3.new.natural")).longValue(), sum.number("t3.new.natural").longValue());
        assertEquals(200, web.get("/office/c/" + id + "/download/summary.xlsx").status());
        Web.Response csv = web.get("/office/c/" + id + "/download/summary.csv");
        assertEquals(200, csv.status());
        List<String> lines = csv.text().strip().lines().toList();
        assertEquals(4, lines.size(), "header, two reports and the agency that has not submitted");
        assertTrue(lines.get(3).startsWith("云溪区市场监督管理局,,,未提交,否（未提交）"), lines.get(3));
        Web.Response status = web.get("/office/c/" + id + "/download/status.csv");
        assertTrue(status.text().contains("003,云溪区市场监督管理局,未提交"), status.text());
    }

    @Test
    void reuploadKeepsEveryVersionAndTheZipHasThemAll() throws Exception {
        String id = create();
        String link = links(id).get(1);
        Web agency = web.stranger();
        agency.multipart(link, Map.of("file", new Web.Part("第一次.xlsx", workbook(1, true))));
        Web.Response second = agency.submit(link, Map.of("file", new Web.Part("第二次.xlsx", workbook(1, false))));
        assertTrue(Web.notice(second).startsWith("已收到第 2 版（第二次.xlsx）。校验通过"), Web.notice(second));
        Web.Response page = agency.get(link);
        assertTrue(page.text().contains("第 2 版") && page.text().contains("第 1 版"));
        assertTrue(row(web.get("/office/c/" + id).text(), "a002").contains("已提交"));
        Web.Response zip = web.get("/office/c/" + id + "/download/submissions.zip");
        assertEquals(200, zip.status());
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                names.add(e.getName());
            }
        }
        assertEquals(List.of("002-临江市自然资源和规划局/第1版.xlsx", "002-临江市自然资源和规划局/第2版.xlsx", "清单.csv"), names);
        Web.Response v1 = web.get("/office/c/" + id + "/a/a002/v/1");
        assertEquals(200, v1.status());
        assertTrue(java.util.Arrays.equals(workbookBytes(id, "a002", 1), v1.body()));
    }

    private byte[] workbookBytes(String id, String slot, int v) throws Exception {
        return Files.readAllBytes(web.data.resolve("collections").resolve(id).resolve("versions").resolve(slot)
                .resolve(String.format("%04d.xlsx", v)));
    }

    @Test
    void aWrongTokenOpensNothing() throws Exception {
        String id = create();
        String link = links(id).get(0);
        String wrong = link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");
        for (String path : new String[] {wrong, "/u/short", "/u/..%2F..%2Foffice-password.hash"}) {
            Web.Response r = web.stranger().get(path);
            assertEquals(404, r.status(), path);
            assertEquals("上传链接无效：请核对链接是否完整（可直接从通知中复制），或联系政务公开办。", Web.notice(r), path);
        }
        Web.Response post = web.stranger().multipart(wrong, Map.of("file", new Web.Part("x.xlsx", workbook(0, false))), false);
        assertEquals(404, post.status());
    }

    @Test
    void aClosedCollectionRefusesUploadsUntilReopened() throws Exception {
        String id = create();
        String link = links(id).get(0);
        assertEquals(303, web.post("/office/c/" + id + "/close", Map.of()).status());
        Web agency = web.stranger();
        assertTrue(agency.get(link).text().contains("本次收集已关闭，不再接受上传。如需更正，请联系政务公开办。"));
        Web.Response r = agency.multipart(link, Map.of("file", new Web.Part("青山.xlsx", workbook(0, false))));
        assertEquals(403, r.status());
        assertEquals("本次收集已关闭，不再接受上传。如需更正，请联系政务公开办重新开放。", Web.notice(r));
        assertFalse(Files.exists(web.data.resolve("collections").resolve(id).resolve("versions/a001")));
        assertEquals(303, web.post("/office/c/" + id + "/reopen", Map.of()).status());
        assertEquals(200, agency.submit(link, Map.of("file", new Web.Part("青山.xlsx", workbook(0, false)))).status());
    }

    @Test
    void closingWithoutCsrfChangesNothing() throws Exception {
        String id = create();
        Web.Response r = web.post("/office/c/" + id + "/close", Map.of(), false);
        assertEquals(403, r.status());
        assertTrue(Files.readString(web.data.resolve("collections").resolve(id).resolve("collection.json")).contains("\"closed\" : false"));
    }

    @Test
    void oneBadUploadChangesNothing() throws Exception {
        String id = create();
        String link = links(id).get(0);
        Web agency = web.stranger();
        agency.multipart(link, Map.of("file", new Web.Part("好.xlsx", workbook(0, false))));
        Path c = web.data.resolve("collections").resolve(id);
        byte[] before = Files.readAllBytes(c.resolve("current/a001.xlsx"));
        Web.Response pdf = agency.multipart(link, Map.of("file", new Web.Part("年报.xlsx", "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(415, pdf.status());
        Web.Response broken = agency.multipart(link, Map.of("file", new Web.Part("坏.xlsx", java.util.Arrays.copyOf(before, 2000))));
        assertEquals(422, broken.status());
        assertTrue(Web.notice(broken).startsWith("无法读取 坏.xlsx"), Web.notice(broken));
        Report other = Web.variant(Web.example("青山县卫生健康委员会-2025.json"), AGENCIES[0], false).toBuilder()
                .number("meta.year", 2024).build();
        Web.Response year = agency.multipart(link, Map.of("file", new Web.Part("2024.xlsx", Web.workbook(other, dir))));
        assertEquals(422, year.status());
        assertEquals("“2024.xlsx”的报告年度为 2024，本次收集的是 2025 年度年报。请核对后重新上传。", Web.notice(year));
        byte[] big = new byte[2 * 1024 * 1024];
        Web.Response tooBig = agency.multipart(link, Map.of("file", new Web.Part("大.xlsx", big)));
        assertEquals(413, tooBig.status());
        assertEquals(List.of("0001.properties", "0001.xlsx"), list(c.resolve("versions/a001")));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(c.resolve("current/a001.xlsx"))));
        assertTrue(list(web.data.resolve("tmp")).stream().noneMatch(n -> n.startsWith("upload-")), list(web.data.resolve("tmp")).toString());
    }

    @Test
    void theStoreSurvivesARestartAndConcurrentUploads() throws Exception {
        String id = create();
        List<String> links = links(id);
        byte[][] books = {workbook(0, false), workbook(1, false), workbook(2, true)};
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int k = i % 3;
            Web client = web.stranger();
            results.add(pool.submit(() -> {
                Web.Response r = client.multipart(links.get(k), Map.of("file", new Web.Part("f.xlsx", books[k])));
                assertTrue(r.header("Location").matches(links.get(k) + "/v/[1-4]"), r.header("Location"));
                return r.status();
            }));
        }
        for (Future<Integer> f : results) {
            assertEquals(303, f.get());
        }
        pool.shutdown();
        web.close();
        web = Web.start(dir.resolve("data"), 1024 * 1024);
        web.login();
        String html = web.get("/office/c/" + id).text();
        assertTrue(html.contains("2025年度年报收集"));
        for (String slot : new String[] {"a001", "a002", "a003"}) {
            assertTrue(row(html, slot).contains("<td>4</td>"), row(html, slot));
            assertEquals(8, list(web.data.resolve("collections").resolve(id).resolve("versions").resolve(slot)).size());
        }
        assertEquals(200, web.stranger().get(links.get(2)).status(), "links still work after a restart");
    }

    @Test
    void rosterFromCsvSkipsTheHeaderAndRefusesRepeats() throws Exception {
        web.login();
        byte[] csv = "机关名称,联系人\r\n白沙县水利局,张三\r\n\"白沙县教育局,本级\",李四\r\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
        Web.Response r = web.multipart("/office/collections", Map.of("name", "名单测试", "year", "2025",
                "roster", new Web.Part("名单.csv", csv)));
        assertEquals(303, r.status());
        Web.Response links = web.get(r.header("Location") + "/links");
        assertTrue(links.text().contains("<td>白沙县水利局</td>") && links.text().contains("<td>白沙县教育局,本级</td>"), links.text());
        Web.Response twice = web.multipart("/office/collections", Map.of("name", "重复", "year", "2025", "agencies", "甲局\n甲局"));
        assertEquals(400, twice.status());
        assertEquals("名单中“甲局”出现了两次，请删去重复的一行。", Web.notice(twice));
    }

    private static String row(String html, String slot) {
        Matcher m = Pattern.compile("<tr data-slot=\"" + slot + "\">(.*?)</tr>").matcher(html);
        assertTrue(m.find(), slot);
        return m.group(1);
    }

    private static List<String> list(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
