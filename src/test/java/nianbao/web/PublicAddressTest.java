package nianbao.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --public-url} (the links, the Secure cookie, the Origin check) and {@code --trusted-proxy} (the login throttle). */
class PublicAddressTest {

    @TempDir
    Path dir;

    Web web;

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
    }

    private Web start(String publicUrl, List<String> proxies) throws Exception {
        Path data = dir.resolve("data");
        web = Web.start(new WebServer.Options("127.0.0.1", 0, data, Web.password(data), WebServer.DEFAULT_MAX_UPLOAD,
                publicUrl == null ? null : WebServer.publicUrl(publicUrl), proxies));
        return web;
    }

    private String createCollection() throws Exception {
        Web.Response r = web.multipart("/office/collections", Map.of("name", "收集", "year", "2025", "agencies", "甲县财政局"));
        assertEquals(303, r.status(), r.text());
        return r.header("Location");
    }

    @Test
    void linksUseThePublicUrlWhateverHostTheRequestNames() throws Exception {
        start("https://nianbao.example.gov.cn/", List.of());
        web.login();
        String collection = createCollection();
        String session = web.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(Guard.SESSION_COOKIE))
                .findFirst().orElseThrow().getValue();
        String page = rawGet(collection + "/links", "evil.example", Guard.SESSION_COOKIE + "=" + session);
        assertTrue(page.startsWith("HTTP/1.1 200"), page.lines().findFirst().orElse(""));
        assertTrue(page.matches("(?s).*<td class=\"mono\">https://nianbao\\.example\\.gov\\.cn/u/[A-Za-z0-9_-]{43}</td>.*"), page);
        assertFalse(page.contains("evil.example"), "the Host header never becomes a link");
        assertFalse(page.contains("链接用的是您打开本页时用的地址"));
    }

    /** A GET over a socket with a Host header of our choosing (java.net.http does not let a caller set it). */
    private String rawGet(String path, String host, String cookie) throws Exception {
        try (Socket s = new Socket("127.0.0.1", web.server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nCookie: " + cookie + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            try (InputStream in = s.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void withoutAPublicUrlTheLinksPageSaysWhichAddressItUsed() throws Exception {
        start(null, List.of());
        web.login();
        String links = web.get(createCollection() + "/links").text();
        assertTrue(links.contains("链接用的是您打开本页时用的地址（" + web.base + "）。请确认各单位的电脑能打开这个地址；"
                + "如果不能，请让管理员用 --public-url 指定各单位访问本服务的地址后重新启动。"), links);
        assertTrue(links.contains("<td class=\"mono\">" + web.base + "/u/"));
    }

    @Test
    void theForwardedSchemeCountsOnlyFromATrustedProxy() throws Exception {
        start(null, List.of("127.0.0.1"));
        web.login();
        String collection = createCollection();
        HttpRequest req = HttpRequest.newBuilder(URI.create(web.base + collection + "/links")).header("X-Forwarded-Proto", "https").build();
        assertTrue(web.http.send(req, HttpResponse.BodyHandlers.ofString()).body().contains("<td class=\"mono\">https://127.0.0.1:"));
        web.close();
        start(null, List.of());
        web.login();
        req = HttpRequest.newBuilder(URI.create(web.base + collection + "/links")).header("X-Forwarded-Proto", "https").build();
        assertTrue(web.http.send(req, HttpResponse.BodyHandlers.ofString()).body().contains("<td class=\"mono\">http://127.0.0.1:"));
    }

    @Test
    void cookiesAreSecureExactlyWhenThePublicUrlIsHttps() throws Exception {
        start("https://nianbao.example.gov.cn", List.of());
        Web.Response r = web.post("/office/login", Map.of("password", Web.PASSWORD));
        assertEquals(303, r.status());
        for (String cookie : r.headers().allValues("Set-Cookie")) {
            assertTrue(cookie.endsWith("; Path=/; HttpOnly; SameSite=Strict; Secure"), cookie);
        }
        web.close();
        start("http://10.1.2.3:8080", List.of());
        r = web.post("/office/login", Map.of("password", Web.PASSWORD));
        for (String cookie : r.headers().allValues("Set-Cookie")) {
            assertFalse(cookie.contains("Secure"), cookie);
        }
    }

    @Test
    void aFormFromThePublicAddressPassesTheOriginCheck() throws Exception {
        start("https://nianbao.example.gov.cn", List.of());
        String body = "password=" + java.net.URLEncoder.encode(Web.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + web.csrf();
        for (String[] origin : new String[][] {{"https://nianbao.example.gov.cn", "303"}, {"https://evil.example", "403"}}) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(web.base + "/office/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin[0])
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            assertEquals(Integer.parseInt(origin[1]), web.http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode(), origin[0]);
        }
    }

    @Test
    void behindATrustedProxyOnePersonsWrongPasswordsLockOutOnlyThatPerson() throws Exception {
        start(null, List.of("127.0.0.1"));
        for (int i = 0; i < Guard.MAX_FAILURES; i++) {
            // a forged first entry does not help: the proxy appends the real address
            assertEquals(401, login("猜错了", "6.6.6." + i + ", 192.168.1.20"), "try " + i);
        }
        assertEquals(429, login(Web.PASSWORD, "192.168.1.20"), "the one who typed wrong waits");
        assertEquals(303, login(Web.PASSWORD, "192.168.1.21"), "a colleague behind the same proxy logs in");
        String log = Files.readString(web.data.resolve("log.tsv"));
        assertTrue(log.contains("\t192.168.1.20\t政务公开办\t登录失败（401）") && log.contains("\t192.168.1.21\t政务公开办\t登录\n"), log);
    }

    @Test
    void withoutATrustedProxyTheForwardedHeaderCannotDodgeTheThrottle() throws Exception {
        start(null, List.of());
        for (int i = 0; i < Guard.MAX_FAILURES; i++) {
            assertEquals(401, login("猜错了", "10.0.0." + i));
        }
        assertEquals(429, login(Web.PASSWORD, "10.0.0.99"));
    }

    private int login(String password, String forwardedFor) throws Exception {
        Web client = web.stranger();
        String body = "password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + client.csrf();
        HttpRequest req = HttpRequest.newBuilder(URI.create(web.base + "/office/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aPublicUrlIsASchemeAHostAndAPortOnly() {
        assertEquals("https://nianbao.example.gov.cn", WebServer.publicUrl(" https://nianbao.example.gov.cn/ ").toString());
        assertEquals("http://10.1.2.3:8080", WebServer.publicUrl("http://10.1.2.3:8080").toString());
        for (String bad : new String[] {"nianbao.example.gov.cn", "ftp://x.example", "https://x.example/nianbao", "https://x.example/?a=1",
            "https://user@x.example", "https://", "http://x.example#top"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebServer.publicUrl(bad), bad);
            assertEquals("--public-url 应为各单位打开本服务用的地址，只写协议、主机和端口，如 https://nianbao.example.gov.cn 或 "
                    + "http://10.1.2.3:8080：" + bad, e.getMessage());
        }
    }
}
