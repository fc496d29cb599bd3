import nianbao.Reports;
import nianbao.model.Report;
import nianbao.web.WebServer;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of every page of nianbao serve with USERS users at once over loopback, server and
 * clients in this JVM: each user goes ROUNDS times through the clerk's pages (home, template, check
 * and import forms, a check result with its editable report, 重新校验 of that form, an import
 * result), the office's pages (collections, a collection's status with AGENCIES agencies, an
 * agency's detail with its findings and review marks, the 催报 list) and an agency's link page with
 * its form. Prints p50/p95/max per page.
 * Usage: java -cp target/nianbao-cli.jar bench/PagesBench.java [USERS=20] [ROUNDS=10] [AGENCIES=200]
 */
public class PagesBench {

    static final String PASSWORD = "bench-password-2025";
    static String base;
    static final CookieManager COOKIES = new CookieManager();
    static final HttpClient HTTP = HttpClient.newBuilder().cookieHandler(COOKIES)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int agencies = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path work = Files.createTempDirectory("pages-bench");
        Path pw = work.resolve("password.txt");
        Files.writeString(pw, PASSWORD + "\n");
        try (WebServer server = WebServer.start(WebServer.Options.local(work.resolve("data"), pw,
                WebServer.DEFAULT_MAX_UPLOAD), new PrintWriter(System.out))) {
            base = "http://127.0.0.1:" + server.port();
            System.out.printf("users=%d rounds=%d agencies=%d cores=%d%n", users, rounds, agencies,
                    Runtime.getRuntime().availableProcessors());
            Report good = Reports.readJson(Path.of("examples", "临江市自然资源和规划局-2025.json"));
            Report broken = good.toBuilder().number("t3.new.total", good.number("t3.new.total").longValue() + 1).build();
            byte[] goodBook = workbook(good, work);
            byte[] brokenBook = workbook(broken, work);

            get("/template");
            post("/office/login", "password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < agencies; i++) {
                names.add("测试县第" + (i + 1) + "局");
            }
            String collection = multipart("/office/collections", List.of(new Object[] {"_csrf", csrf()},
                    new Object[] {"name", "bench"}, new Object[] {"year", "2025"},
                    new Object[] {"agencies", String.join("\n", names)})).headers().firstValue("Location").orElseThrow()
                    .replace("/office/c/", "");
            Matcher m = Pattern.compile("(/u/[A-Za-z0-9_-]{43})</td>").matcher(text(get("/office/c/" + collection + "/links")));
            List<String> links = new ArrayList<>();
            while (m.find()) {
                links.add(m.group(1));
            }
            // half the agencies submitted, every fourth with an error; one finding marked 需改正
            for (int i = 0; i < agencies / 2; i++) {
                multipart(links.get(i), List.of(new Object[] {"_csrf", csrf()}, new Object[] {"file", i % 4 == 1 ? brokenBook : goodBook}));
            }
            post("/office/c/" + collection + "/a/a002/mark", "key=T3-ROW%40t3.new.total&kind=fix&do=save&note="
                    + URLEncoder.encode("请核对总计。", StandardCharsets.UTF_8) + "&_csrf=" + csrf());
            String checked = multipart("/check", List.of(new Object[] {"_csrf", csrf()}, new Object[] {"file", brokenBook}))
                    .headers().firstValue("Location").orElseThrow();
            String text = new String(Reports.render(good, nianbao.render.Format.TXT), StandardCharsets.UTF_8);
            String imported = multipart("/import", List.of(new Object[] {"_csrf", csrf()}, new Object[] {"text", text}))
                    .headers().firstValue("Location").orElseThrow();

            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("home", "/");
            pages.put("template form", "/template");
            pages.put("check form", "/check");
            pages.put("import form", "/import");
            pages.put("check result + form", checked);
            pages.put("import result + form", imported);
            pages.put("office collections", "/office");
            pages.put("status page", "/office/c/" + collection);
            pages.put("agency detail + marks", "/office/c/" + collection + "/a/a002");
            pages.put("催报 list", "/office/c/" + collection + "/remind");
            pages.put("agency link + form", links.get(1));
            pages.put("重新校验 (POST+GET)", "POST " + checked);

            Map<String, List<Long>> times = new LinkedHashMap<>();
            pages.keySet().forEach(k -> times.put(k, Collections.synchronizedList(new ArrayList<>())));
            run(pages, times, users, 2, false); // warm-up
            times.values().forEach(List::clear);
            long t0 = System.nanoTime();
            run(pages, times, users, rounds, true);
            double wall = (System.nanoTime() - t0) / 1e9;
            int n = 0;
            for (Map.Entry<String, List<Long>> e : times.entrySet()) {
                List<Long> s = new ArrayList<>(e.getValue());
                Collections.sort(s);
                n += s.size();
                System.out.printf("%-24s n=%d p50=%d ms p95=%d ms max=%d ms%n", e.getKey(), s.size(), pct(s, 50), pct(s, 95),
                        s.get(s.size() - 1));
            }
            System.out.printf("%d requests in %.1f s (%.0f/s)%n", n, wall, n / wall);
        }
    }

    static void run(Map<String, String> pages, Map<String, List<Long>> times, int users, int rounds, boolean record)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> fs = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            fs.add(pool.submit(() -> {
                for (int r = 0; r < rounds; r++) {
                    for (Map.Entry<String, String> p : pages.entrySet()) {
                        long s = System.nanoTime();
                        int status;
                        if (p.getValue().startsWith("POST ")) {
                            String path = p.getValue().substring(5);
                            HttpResponse<byte[]> a = post(path, "action=recheck&_csrf=" + csrf());
                            status = a.statusCode() == 303 ? get(a.headers().firstValue("Location").orElseThrow()).statusCode()
                                    : a.statusCode();
                        } else {
                            status = get(p.getValue()).statusCode();
                        }
                        long ms = (System.nanoTime() - s) / 1_000_000;
                        if (status != 200) {
                            throw new IllegalStateException(p.getKey() + ": " + status);
                        }
                        if (record) {
                            times.get(p.getKey()).add(ms);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
    }

    static byte[] workbook(Report r, Path dir) throws Exception {
        Path f = Files.createTempFile(dir, "wb-", ".xlsx");
        Reports.write(r, f);
        return Files.readAllBytes(f);
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static String csrf() {
        for (HttpCookie c : COOKIES.getCookieStore().getCookies()) {
            if (c.getName().equals("nb_csrf")) {
                return c.getValue();
            }
        }
        throw new IllegalStateException("no csrf cookie");
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> post(String path, String form) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> multipart(String path, List<Object[]> parts) throws Exception {
        String boundary = "----bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Object[] p : parts) {
            body.write(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            if (p[1] instanceof byte[] b) {
                body.write(("Content-Disposition: form-data; name=\"" + p[0] + "\"; filename=\"f.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(b);
            } else {
                body.write(("Content-Disposition: form-data; name=\"" + p[0] + "\"\r\n\r\n" + p[1]).getBytes(StandardCharsets.UTF_8));
            }
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
