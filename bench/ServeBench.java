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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of nianbao serve over loopback, server and clients in this JVM:
 * 1. upload → findings page latency with CONCURRENCY clients uploading filled workbooks at once
 *    (bounded: UPLOADS uploads after a warm-up), p50/p95/max: the POST, its 303 and the GET of the
 *    version's page, as a browser does;
 * 2. the office page, the summary workbook and the CSV for a collection of AGENCIES submissions;
 * 3. heap after a full GC with 20 % and with 100 % of the agencies submitted (flat = independent of count).
 * Usage: java -cp target/nianbao-cli.jar bench/ServeBench.java [AGENCIES=1000] [CONCURRENCY=20] [UPLOADS=400]
 * With {@code pages} first, every page with 20 users at once instead ({@link PagesBench}).
 */
public class ServeBench {

    static final String PASSWORD = "bench-password-2025";
    static String base;
    static final CookieManager COOKIES = new CookieManager();
    static final HttpClient HTTP = HttpClient.newBuilder().cookieHandler(COOKIES)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("pages")) {
            PagesBench.measure(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        int agencies = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int uploads = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        Path work = Files.createTempDirectory("serve-bench");
        Path pw = work.resolve("password.txt");
        Files.writeString(pw, PASSWORD + "\n");
        try (WebServer server = WebServer.start(WebServer.Options.local(work.resolve("data"), pw,
                WebServer.DEFAULT_MAX_UPLOAD), new PrintWriter(System.out))) {
            base = "http://127.0.0.1:" + server.port();
            System.out.printf("agencies=%d concurrency=%d uploads=%d cores=%d heap max=%d MB%n", agencies, concurrency,
                    uploads, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

            long t0 = System.nanoTime();
            Report proto = Reports.readJson(Path.of("examples", "临江市自然资源和规划局-2025.json"));
            List<String> names = new ArrayList<>();
            List<byte[]> books = new ArrayList<>();
            for (int i = 0; i < agencies; i++) {
                String name = "测试县第" + (i + 1) + "局";
                names.add(name);
                Path f = work.resolve("wb-" + i + ".xlsx");
                Reports.write(proto.toBuilder().text("meta.agency", name).build(), f);
                books.add(Files.readAllBytes(f));
                Files.delete(f);
            }
            System.out.printf("wrote %d workbooks in %.1f s%n", agencies, (System.nanoTime() - t0) / 1e9);

            get("/template");
            post("/office/login", "password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf());
            HttpResponse<byte[]> created = multipart("/office/collections", List.of(
                    new Object[] {"_csrf", csrf()}, new Object[] {"name", "bench"}, new Object[] {"year", "2025"},
                    new Object[] {"agencies", String.join("\n", names)}));
            String collection = created.headers().firstValue("Location").orElseThrow().replace("/office/c/", "");
            Matcher m = Pattern.compile("(/u/[A-Za-z0-9_-]{43})</td>").matcher(text(get("/office/c/" + collection + "/links")));
            List<String> links = new ArrayList<>();
            while (m.find()) {
                links.add(m.group(1));
            }

            // 1. concurrent uploads: warm-up, then the measured uploads spread over the first slots
            AtomicInteger next = new AtomicInteger();
            runUploads(links, books, concurrency, Math.min(100, uploads), next, null);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long u0 = System.nanoTime();
            runUploads(links, books, concurrency, uploads, next, latencies);
            double wall = (System.nanoTime() - u0) / 1e9;
            double cpuPerUpload = (os.getProcessCpuTime() - cpu0) / 1e6 / uploads;
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("upload → findings page, %d concurrent: n=%d p50=%d ms p95=%d ms max=%d ms (%.1f uploads/s)%n",
                    concurrency, sorted.size(), pct(sorted, 50), pct(sorted, 95), sorted.get(sorted.size() - 1),
                    sorted.size() / wall);
            // CPU time of this JVM (server and clients) per measured upload: less sensitive to other load than the latency
            System.out.printf("CPU per upload (server and clients in this JVM): %.1f ms%n", cpuPerUpload);

            // 3a. heap with a fifth submitted
            fillUpTo(links, books, agencies / 5, concurrency);
            office(collection, "20 %");
            long heapFifth = heapAfterGc();
            // 2. all submitted
            fillUpTo(links, books, agencies, concurrency);
            office(collection, "100 %");
            long heapAll = heapAfterGc();
            System.out.printf("heap after GC: %d MB with %d submissions, %d MB with %d%n", heapFifth >> 20, agencies / 5,
                    heapAll >> 20, agencies);
        }
    }

    static void office(String collection, String label) throws Exception {
        for (String[] what : new String[][] {{"office page", "/office/c/" + collection},
            {"summary.xlsx", "/office/c/" + collection + "/download/summary.xlsx"},
            {"summary.csv", "/office/c/" + collection + "/download/summary.csv"}}) {
            long best = Long.MAX_VALUE;
            long worst = 0;
            int bytes = 0;
            for (int i = 0; i < 3; i++) {
                long s = System.nanoTime();
                HttpResponse<byte[]> r = get(what[1]);
                long ms = (System.nanoTime() - s) / 1_000_000;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(what[0] + ": " + r.statusCode());
                }
                bytes = r.body().length;
                best = Math.min(best, ms);
                worst = Math.max(worst, ms);
            }
            System.out.printf("%s submitted: %-13s %d–%d ms (%d KB)%n", label, what[0], best, worst, bytes >> 10);
        }
    }

    /** Uploads {@code count} workbooks from {@code threads} clients, each to the next slot in turn. */
    static void runUploads(List<String> links, List<byte[]> books, int threads, int count, AtomicInteger next,
                           List<Long> latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> fs = new ArrayList<>();
        AtomicInteger left = new AtomicInteger(count);
        for (int t = 0; t < threads; t++) {
            fs.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    int k = next.getAndIncrement() % links.size();
                    long s = System.nanoTime();
                    HttpResponse<byte[]> posted = multipart(links.get(k), List.of(new Object[] {"_csrf", csrf()},
                            new Object[] {"file", books.get(k)}));
                    if (posted.statusCode() != 303) {
                        throw new IllegalStateException("upload " + k + ": " + posted.statusCode());
                    }
                    // as a browser does: the upload's answer is a redirect to the page of the stored version
                    HttpResponse<byte[]> r = get(posted.headers().firstValue("Location").orElseThrow());
                    long ms = (System.nanoTime() - s) / 1_000_000;
                    if (r.statusCode() != 200 || !text(r).contains("已收到第")) {
                        throw new IllegalStateException("upload " + k + ": page " + r.statusCode());
                    }
                    if (latencies != null) {
                        latencies.add(ms);
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

    /** Makes sure the first {@code n} slots have at least one upload. */
    static void fillUpTo(List<String> links, List<byte[]> books, int n, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger(0);
        runUploads(links.subList(0, n), books, threads, n, next, null);
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
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
                body.write(("Content-Disposition: form-data; name=\"" + p[0] + "\"; filename=\"report.xlsx\"\r\n"
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

/**
 * Benchmark of every page of nianbao serve with USERS users at once over loopback, server and
 * clients in this JVM: each user goes ROUNDS times through the clerk's pages (home, template, check
 * and import forms, a check result with its editable report, 重新校验 of that form, an import
 * result), the office's pages (collections, a collection's status with AGENCIES agencies, an
 * agency's detail with its findings and review marks, the 催报 list) and an agency's link page with
 * its form. Prints p50/p95/max per page.
 * Usage: java -cp target/nianbao-cli.jar bench/ServeBench.java pages [USERS=20] [ROUNDS=10] [AGENCIES=200]
 * (one file with the upload benchmark, whose HTTP helpers it uses: the launcher runs a single source file)
 */
final class PagesBench {

    static void measure(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int agencies = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Path work = Files.createTempDirectory("pages-bench");
        Path pw = work.resolve("password.txt");
        Files.writeString(pw, ServeBench.PASSWORD + "\n");
        try (WebServer server = WebServer.start(WebServer.Options.local(work.resolve("data"), pw,
                WebServer.DEFAULT_MAX_UPLOAD), new PrintWriter(System.out))) {
            ServeBench.base = "http://127.0.0.1:" + server.port();
            System.out.printf("users=%d rounds=%d agencies=%d cores=%d%n", users, rounds, agencies,
                    Runtime.getRuntime().availableProcessors());
            Report good = Reports.readJson(Path.of("examples", "临江市自然资源和规划局-2025.json"));
            Report broken = good.toBuilder().number("t3.new.total", good.number("t3.new.total").longValue() + 1).build();
            byte[] goodBook = workbook(good, work);
            byte[] brokenBook = workbook(broken, work);

            ServeBench.get("/template");
            expect(ServeBench.post("/office/login", "password=" + URLEncoder.encode(ServeBench.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + ServeBench.csrf()),
                    "login");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < agencies; i++) {
                names.add("测试县第" + (i + 1) + "局");
            }
            String collection = ServeBench.multipart("/office/collections", List.of(new Object[] {"_csrf", ServeBench.csrf()},
                    new Object[] {"name", "bench"}, new Object[] {"year", "2025"},
                    new Object[] {"agencies", String.join("\n", names)})).headers().firstValue("Location").orElseThrow()
                    .replace("/office/c/", "");
            Matcher m = Pattern.compile("(/u/[A-Za-z0-9_-]{43})</td>").matcher(ServeBench.text(ServeBench.get("/office/c/" + collection + "/links")));
            List<String> links = new ArrayList<>();
            while (m.find()) {
                links.add(m.group(1));
            }
            // half the agencies submitted, every fourth with an error; one finding marked 需改正
            for (int i = 0; i < agencies / 2; i++) {
                expect(ServeBench.multipart(links.get(i), List.of(new Object[] {"_csrf", ServeBench.csrf()},
                        new Object[] {"file", i % 4 == 1 ? brokenBook : goodBook})), "upload " + i);
            }
            expect(ServeBench.post("/office/c/" + collection + "/a/a002/mark", "key=T3-ROW%40t3.new.total&kind=fix&do=save&note="
                    + URLEncoder.encode("请核对总计。", StandardCharsets.UTF_8) + "&_csrf=" + ServeBench.csrf()), "the mark");
            if (!ServeBench.text(ServeBench.get("/office/c/" + collection + "/a/a002")).contains("请核对总计。")) {
                throw new IllegalStateException("the agency's detail page does not show the mark");
            }
            String checked = ServeBench.multipart("/check", List.of(new Object[] {"_csrf", ServeBench.csrf()}, new Object[] {"file", brokenBook}))
                    .headers().firstValue("Location").orElseThrow();
            String text = new String(Reports.render(good, nianbao.render.Format.TXT), StandardCharsets.UTF_8);
            String imported = ServeBench.multipart("/import", List.of(new Object[] {"_csrf", ServeBench.csrf()}, new Object[] {"text", text}))
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
                System.out.printf("%-24s n=%d p50=%d ms p95=%d ms max=%d ms%n", e.getKey(), s.size(), ServeBench.pct(s, 50), ServeBench.pct(s, 95),
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
                            HttpResponse<byte[]> a = ServeBench.post(path, "action=recheck&_csrf=" + ServeBench.csrf());
                            status = a.statusCode() == 303 ? ServeBench.get(a.headers().firstValue("Location").orElseThrow()).statusCode()
                                    : a.statusCode();
                        } else {
                            status = ServeBench.get(p.getValue()).statusCode();
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

    /** A state-changing request of the set-up must have been accepted (303 to its page), or the figures mean nothing. */
    static void expect(HttpResponse<byte[]> r, String what) {
        if (r.statusCode() != 303) {
            throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + ServeBench.text(r));
        }
    }

    static byte[] workbook(Report r, Path dir) throws Exception {
        Path f = Files.createTempFile(dir, "wb-", ".xlsx");
        Reports.write(r, f);
        return Files.readAllBytes(f);
    }
}
