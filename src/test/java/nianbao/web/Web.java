package nianbao.web;

import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.model.Report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A running server on a free port over a temporary data folder, and a cookie-keeping HTTP client for it. */
final class Web implements AutoCloseable {

    static final String PASSWORD = "测试用密码-office-2025";

    final Path data;
    final WebServer server;
    final String base;
    /** What the server wrote to its stderr. */
    final StringWriter err;
    /**
     * The client's cookies, kept as a browser at the https public address behind a TLS proxy keeps them:
     * a {@code Secure} cookie is sent back over this test's plain http too (the answers' Set-Cookie
     * headers are unchanged; tests read the attributes there).
     */
    final CookieManager cookies = new CookieManager() {
        @Override
        public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
            Map<String, java.util.List<String>> plain = new LinkedHashMap<>();
            headers.forEach((k, v) -> plain.put(k, k != null && k.equalsIgnoreCase("Set-Cookie")
                    ? v.stream().map(c -> c.replace("; Secure", "")).toList() : v));
            super.put(uri, plain);
        }
    };
    final HttpClient http;

    /** An uploaded file part. */
    record Part(String fileName, byte[] bytes) {
    }

    /** A response. */
    record Response(int status, java.net.http.HttpHeaders headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private Web(Path data, WebServer server, StringWriter err) {
        this.data = data;
        this.server = server;
        this.err = err;
        this.base = "http://127.0.0.1:" + server.port();
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Starts a server over {@code data} with the test password (small upload limit when given). */
    static Web start(Path data, long maxUpload) throws IOException {
        return start(WebServer.Options.local(data, password(data), maxUpload));
    }

    /** Starts a server with these options (the data folder's password file: {@link #password}). */
    static Web start(WebServer.Options options) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        WebServer s = WebServer.start(options, new PrintWriter(out), new PrintWriter(err));
        return new Web(options.data(), s, err);
    }

    /** The test password in a file beside the data folder. */
    static Path password(Path data) throws IOException {
        Path pw = data.resolveSibling(data.getFileName() + "-password.txt");
        Files.writeString(pw, PASSWORD + "\n");
        return pw;
    }

    static Web start(Path data) throws IOException {
        return start(data, WebServer.DEFAULT_MAX_UPLOAD);
    }

    /** A fresh client (no cookies) against the same server. */
    Web stranger() {
        return new Web(data, server, err);
    }

    Response get(String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).GET().build();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), r.headers(), r.body());
    }

    /** The CSRF token of this client (visiting the home page first if it has none). */
    String csrf() throws IOException, InterruptedException {
        for (HttpCookie c : cookies.getCookieStore().getCookies()) {
            if (c.getName().equals(Guard.CSRF_COOKIE)) {
                return c.getValue();
            }
        }
        Response r = get("/template");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(r.text());
        if (!m.find()) {
            throw new AssertionError("no CSRF field on /template");
        }
        return m.group(1);
    }

    /** An URL-encoded form POST; {@code _csrf} added unless {@code withCsrf} is false. */
    Response post(String path, Map<String, String> fields, boolean withCsrf) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (withCsrf) {
            all.put("_csrf", csrf());
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : all.entrySet()) {
            sb.append(sb.length() == 0 ? "" : "&").append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(sb.toString())).build();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), r.headers(), r.body());
    }

    Response post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return post(path, fields, true);
    }

    /** A multipart POST: values are Strings or {@link Part}s; {@code _csrf} added unless {@code withCsrf} is false. */
    Response multipart(String path, Map<String, Object> parts, boolean withCsrf) throws IOException, InterruptedException {
        Map<String, Object> all = new LinkedHashMap<>();
        if (withCsrf) {
            all.put("_csrf", csrf());
        }
        all.putAll(parts);
        String boundary = "----nianbaoTest" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> e : all.entrySet()) {
            body.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (e.getValue() instanceof Part p) {
                body.write(("Content-Disposition: form-data; name=\"" + e.getKey() + "\"; filename=\"" + p.fileName()
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(p.bytes());
            } else {
                body.write(("Content-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue())
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), r.headers(), r.body());
    }

    Response multipart(String path, Map<String, Object> parts) throws IOException, InterruptedException {
        return multipart(path, parts, true);
    }

    /**
     * A multipart POST as a browser sends a form: a 303 answer (POST-redirect-GET) is followed, and the
     * page it leads to returned; any other answer is returned as it is.
     */
    Response submit(String path, Map<String, Object> parts) throws IOException, InterruptedException {
        return follow(multipart(path, parts, true));
    }

    /** The page a 303 answer leads to (POST-redirect-GET), or the answer itself when it is not a 303. */
    Response follow(Response r) throws IOException, InterruptedException {
        return r.status() == 303 ? get(r.header("Location")) : r;
    }

    /** Logs this client in as the office. */
    void login() throws IOException, InterruptedException {
        Response r = post("/office/login", Map.of("password", PASSWORD));
        if (r.status() != 303) {
            throw new AssertionError("login failed: " + r.status() + " " + r.text());
        }
    }

    /** The text of the page's notice box(es). */
    static String notice(Response r) {
        Matcher m = Pattern.compile("<p class=\"notice [a-z]+\" role=\"[a-z]+\">([^<]*)</p>").matcher(r.text());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append(sb.length() == 0 ? "" : "\n").append(m.group(1));
        }
        return sb.toString();
    }

    @Override
    public void close() {
        server.close();
    }

    // ---- fixtures ----

    /** An example report (consistent) by file name in examples/. */
    static Report example(String name) {
        try {
            return Reports.readJson(Path.of("examples", name));
        } catch (UnreadableInputException e) {
            throw new AssertionError(e);
        }
    }

    /** The report as workbook bytes, written by the project's own writer. */
    static byte[] workbook(Report r, Path dir) throws IOException {
        Path f = Files.createTempFile(dir, "wb-", ".xlsx");
        Reports.write(r, f);
        return Files.readAllBytes(f);
    }

    /** The report renamed, and optionally with 表三 一 总计 off by one (a T3-ROW error). */
    static Report variant(Report r, String agency, boolean broken) {
        Report.Builder b = r.toBuilder().text("meta.agency", agency);
        if (broken) {
            b.number("t3.new.total", r.number("t3.new.total").longValue() + 1);
        }
        return b.build();
    }
}
