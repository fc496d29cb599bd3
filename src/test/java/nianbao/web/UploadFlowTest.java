package nianbao.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * How the browser moves through an upload: POST-redirect-GET to a page of the stored version, the
 * refusals (a control character in a file name, a failure of the server with its reference) and
 * their ways back.
 */
class UploadFlowTest {

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

    /** A two-agency collection; returns its ID and the two upload links. */
    private List<String> collection() throws Exception {
        web.login();
        Web.Response r = web.multipart("/office/collections", Map.of("name", "收集", "year", "2025",
                "agencies", "青山县卫生健康委员会\n临江市自然资源和规划局"));
        assertEquals(303, r.status(), r.text());
        String id = r.header("Location").substring("/office/c/".length());
        Matcher m = Pattern.compile("(/u/[A-Za-z0-9_-]{43})</td>").matcher(web.get("/office/c/" + id + "/links").text());
        List<String> out = new ArrayList<>(List.of(id));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private byte[] workbook(boolean broken) throws Exception {
        return Web.workbook(Web.variant(Web.example("青山县卫生健康委员会-2025.json"), "青山县卫生健康委员会", broken), dir);
    }

    @Test
    void anUploadIsAnsweredWithARedirectToItsVersionAndARefreshStoresNothing() throws Exception {
        List<String> c = collection();
        String link = c.get(1);
        Web agency = web.stranger();
        Web.Response post = agency.multipart(link, Map.of("file", new Web.Part("青山2025.xlsx", workbook(false))));
        assertEquals(303, post.status());
        assertEquals(link + "/v/1", post.header("Location"));
        Path versions = web.data.resolve("collections").resolve(c.get(0)).resolve("versions/a001");
        for (int i = 0; i < 2; i++) { // the page, then a refresh of it
            Web.Response page = agency.get(post.header("Location"));
            assertEquals(200, page.status());
            assertTrue(Web.notice(page).startsWith("已收到第 1 版（青山2025.xlsx）。校验通过，政务公开办已能看到。上传时间："), Web.notice(page));
            assertTrue(page.text().contains("没有发现问题"), "the findings of the stored version");
        }
        assertEquals(List.of("0001.properties", "0001.xlsx"), list(versions));

        Web.Response second = agency.submit(link, Map.of("file", new Web.Part("改过的.xlsx", workbook(true))));
        assertTrue(Web.notice(second).startsWith("已收到第 2 版（改过的.xlsx）。有 "), Web.notice(second));
        assertTrue(second.text().contains("T3-ROW"));
        Web.Response first = agency.get(link + "/v/1");
        assertTrue(Web.notice(first).contains("这不是最新一版：政务公开办以第 2 版为准。"), Web.notice(first));
        assertTrue(first.text().contains("href=\"" + link + "/v/1\">第 1 版</a>"), "every version links to its page");
        for (String wrong : new String[] {"/v/3", "/v/0", "/v/x", "/v/-1"}) {
            assertEquals(404, agency.get(link + wrong).status(), wrong);
        }
        assertEquals(404, agency.get(c.get(2) + "/v/1").status(), "another agency's link opens none of these versions");

        // after a restart the page reads the stored version again: the same findings
        web.close();
        web = Web.start(dir.resolve("data"), 1024 * 1024);
        Web.Response again = web.stranger().get(link + "/v/2");
        assertTrue(Web.notice(again).startsWith("已收到第 2 版（改过的.xlsx）。有 "), Web.notice(again));
        assertEquals(findings(second.text()), findings(again.text()));
    }

    /** The findings table of a page. */
    private static String findings(String html) {
        Matcher m = Pattern.compile("<table class=\"grid findings\">.*?</table>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), html);
        return m.group();
    }

    @Test
    void theClerksCheckAndImportAreRedirectsToTheirResultPages() throws Exception {
        Web.Response check = web.multipart("/check", Map.of("file", new Web.Part("青山.xlsx", workbook(false))));
        assertEquals(303, check.status());
        assertTrue(check.header("Location").matches("/check/[A-Za-z0-9_-]{43}"), check.header("Location"));
        Web.Response page = web.get(check.header("Location"));
        assertEquals(200, page.status());
        assertTrue(page.text().contains("<h1>校验结果</h1>") && page.text().contains("文件：青山.xlsx"));
        Web.Response recheck = web.post(check.header("Location"), Map.of("action", "recheck"));
        assertEquals(303, recheck.status(), "重新校验 of the form is a redirect too");
        assertTrue(recheck.header("Location").matches("/check/[A-Za-z0-9_-]{43}")
                && !recheck.header("Location").equals(check.header("Location")), recheck.header("Location"));
        assertTrue(web.get(recheck.header("Location")).text().contains("<h1>校验结果</h1>"));
        String text = new String(nianbao.Reports.render(Web.example("云溪区市场监督管理局-2025.json"), nianbao.render.Format.TXT),
                StandardCharsets.UTF_8);
        Web.Response imported = web.multipart("/import", Map.of("text", text));
        assertEquals(303, imported.status());
        assertTrue(imported.header("Location").matches("/import/[A-Za-z0-9_-]{43}"), imported.header("Location"));
        assertTrue(web.get(imported.header("Location")).text().contains("<h1>导入结果</h1>"));
    }

    @Test
    void aFileNameWithALineBreakOrAnotherControlCharacterIs400AndStoresNothing() throws Exception {
        List<String> c = collection();
        String link = c.get(1);
        Web agency = web.stranger();
        agency.get(link);
        byte[] book = workbook(false);
        // as RFC 5987 sends it (decoded by the server), and raw inside the part's header
        for (String disposition : new String[] {"filename*=UTF-8''%E9%9D%92%E5%B1%B1%0A2025.xlsx",
            "filename=\"x.xlsx\"; filename*=UTF-8''a%0Db.xlsx", "filename*=UTF-8''a%E2%80%AEslx.exe", "filename=\"青山\n2025.xlsx\""}) {
            Web.Response r = raw(agency, link, disposition, book);
            assertEquals(400, r.status(), disposition);
            if (disposition.contains("\n")) {
                // the server reads no further in a broken body: it says it closes the connection, so no client reuses it
                assertEquals("close", r.header("Connection"), disposition);
            }
            assertTrue(Web.notice(r).matches("文件名“.*”中有换行或其他控制字符，请把文件改名后重新上传。")
                    || Web.notice(r).equals("上传的内容不完整或格式不对（例如文件名中有换行等控制字符），请检查文件名后重新上传。"), Web.notice(r));
        }
        assertEquals("文件名“青山?2025.xlsx”中有换行或其他控制字符，请把文件改名后重新上传。",
                Web.notice(raw(agency, link, "filename*=UTF-8''%E9%9D%92%E5%B1%B1%0A2025.xlsx", book)));
        assertFalse(Files.exists(web.data.resolve("collections").resolve(c.get(0)).resolve("versions/a001")));
        assertTrue(list(web.data.resolve("tmp")).isEmpty(), list(web.data.resolve("tmp")).toString());
        assertEquals("", web.err.toString(), "a refusal, not a failure of the server");
    }

    /** A multipart upload whose file part has this Content-Disposition tail, as sent by hand. */
    private static Web.Response raw(Web client, String path, String disposition, byte[] file) throws Exception {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(("--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + client.csrf() + "\r\n--XX\r\n"
                + "Content-Disposition: form-data; name=\"file\"; " + disposition
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(file);
        b.write("\r\n--XX--\r\n".getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(client.base + path)).header("Content-Type", "multipart/form-data; boundary=XX")
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray())).build();
        HttpResponse<byte[]> r = client.http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        return new Web.Response(r.statusCode(), r.headers(), r.body());
    }

    @Test
    void aFailureOfTheServerShowsAReferenceThatStderrAndTheLogCarryWithoutTheToken() throws Exception {
        List<String> c = collection();
        String token = c.get(1).substring(3);
        Path json = web.data.resolve("collections").resolve(c.get(0)).resolve("collection.json");
        Files.writeString(json, "{ \"id\" : \"2025-001\", \"name\" : "); // broken by hand (a bad restore)
        for (String path : new String[] {"/office/c/" + c.get(0), c.get(1)}) {
            Web.Response r = (path.startsWith("/u/") ? web.stranger() : web).get(path);
            assertEquals(500, r.status(), path);
            Matcher ref = Pattern.compile("服务器处理这个请求时出错，操作没有完成。请稍后再试；如果一再出现，请联系管理员并告知参考编号 "
                    + "([A-Z2-9]{4}-[A-Z2-9]{4})。").matcher(Web.notice(r));
            assertTrue(ref.matches(), Web.notice(r));
            assertFalse(r.text().contains("Exception") || r.text().contains(web.data.toString()), "no internals on the page");
            String err = web.err.toString();
            assertTrue(err.contains("内部错误 参考编号 " + ref.group(1) + "：GET " + Incidents.mask(path) + "（来自 127.0.0.1）"), err);
            assertTrue(err.contains("JsonEOFException") && err.contains("\tat nianbao.web.Store.read"), "the stack trace on stderr");
            String log = Files.readString(web.data.resolve("log.tsv"));
            assertTrue(log.contains("\t127.0.0.1\t服务器\t内部错误 参考编号 " + ref.group(1) + "：GET " + Incidents.mask(path) + "：JsonEOFException"), log);
        }
        assertTrue(web.err.toString().contains("GET /u/（上传链接）"));
        assertFalse(web.err.toString().contains(token) || Files.readString(web.data.resolve("log.tsv")).contains(token),
                "an upload token never reaches a log");
    }

    @Test
    void everyRefusalOfAFormLeadsBackToAPage() throws Exception {
        List<String> c = collection();
        String id = c.get(0);
        for (String post : new String[] {"/office/collections", "/office/c/" + id + "/close", "/office/c/" + id + "/reopen",
            "/office/logout", "/office/login", c.get(1), "/check", "/import", "/template"}) {
            Web.Response r = web.post(post, Map.of(), false); // without the CSRF token (or not multipart): refused
            assertTrue(r.status() == 403 || r.status() == 400, post + " " + r.status());
            Matcher back = Pattern.compile("<a class=\"button secondary\" href=\"([^\"]+)\">返回</a>").matcher(r.text());
            assertTrue(back.find(), post);
            Web.Response page = web.get(back.group(1));
            assertEquals(200, page.status(), post + " → " + back.group(1));
        }
        assertEquals("/office/c/" + id, WebServer.formPage("/office/c/" + id + "/close"));
    }

    private static List<String> list(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
