package nianbao.web;

import nianbao.model.Report;
import nianbao.model.ReportJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code nianbao serve} as a process: agencies upload at once, the server is killed with SIGKILL in
 * the middle, started again on the same folder, and then every roster agency counts with its last
 * confirmed version — the one whose 303 the agency got, or the one it was sending when the server died
 * if that one was confirmed on disk — and no temporary file is left. Loopback only; a few seconds.
 */
class KillTest {

    static final int AGENCIES = 6;
    static final Pattern STARTED = Pattern.compile("年报网页服务已启动：http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;

    Process server;
    final StringBuilder serverOutput = new StringBuilder();

    @AfterEach
    void stopServer() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** What one agency's client saw: the marks it sent and got confirmed, and the one in flight when the server died. */
    static final class Agency {
        final String link;
        final int index;
        volatile int confirmed;
        volatile int sending;

        Agency(String link, int index) {
            this.link = link;
            this.index = index;
        }
    }

    @Test
    @Timeout(120)
    void afterAKillDuringUploadsTheSummaryCountsTheLastConfirmedVersionOfEveryAgency() throws Exception {
        Path data = dir.resolve("年报数据");
        Path pw = Web.password(data);
        int port = start(data, pw);
        Client office = new Client(port);
        office.login();
        HttpResponse<String> created = office.multipart("/office/collections", Map.of("name", "2025年度年报收集", "year", "2025",
                "agencies", String.join("\n", names())));
        assertEquals(303, created.statusCode(), created.body());
        String collection = created.headers().firstValue("Location").orElseThrow();
        Matcher m = Pattern.compile("(/u/[A-Za-z0-9_-]{43})</td>").matcher(office.get(collection + "/links").body());
        List<Agency> agencies = new ArrayList<>();
        while (m.find()) {
            agencies.add(new Agency(m.group(1), agencies.size()));
        }
        assertEquals(AGENCIES, agencies.size());

        for (int round = 1; round <= 2; round++) {
            uploadUntilKilled(port, agencies);
            int left = leftovers(data);
            port = start(data, pw);
            String[] log = Files.readString(data.resolve("log.tsv")).strip().split("\n");
            assertTrue(log[log.length - 1].contains("\t服务器\t启动：删除遗留的临时文件 " + left + " 个"), log[log.length - 1]);
            assertEquals(0, leftovers(data), "round " + round + ": no temporary file is left");
            office = new Client(port);
            office.login();
            checkSummary(office, collection, agencies, data);
        }
        // and the server goes on: the next upload of every agency is its next version
        Client agency = new Client(port);
        for (Agency a : agencies) {
            int mark = a.confirmed + 10;
            HttpResponse<String> r = agency.upload(a.link, report(a.index, mark));
            assertEquals(303, r.statusCode(), r.body());
            a.confirmed = mark;
            a.sending = mark;
        }
        checkSummary(office, collection, agencies, data);
    }

    /**
     * Every agency uploads one version after another until the server is killed: 0.2–0.6 s after each
     * has had an upload of this round confirmed.
     */
    private void uploadUntilKilled(int port, List<Agency> agencies) throws Exception {
        AtomicBoolean dead = new AtomicBoolean();
        int[] before = agencies.stream().mapToInt(a -> a.confirmed).toArray();
        List<Thread> clients = new ArrayList<>();
        for (Agency a : agencies) {
            Thread t = new Thread(() -> {
                Client c = new Client(port);
                while (!dead.get()) {
                    int mark = a.sending + 1;
                    a.sending = mark;
                    try {
                        HttpResponse<String> r = c.upload(a.link, report(a.index, mark));
                        if (r.statusCode() != 303) {
                            throw new AssertionError("upload " + mark + " of agency " + a.index + ": " + r.statusCode() + " " + r.body());
                        }
                        a.confirmed = mark;
                    } catch (IOException e) {
                        return; // the server died under this upload: not confirmed
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (agencies.stream().anyMatch(a -> a.confirmed <= before[a.index]) && System.nanoTime() < until) {
            Thread.sleep(20); // until every agency has one upload confirmed in this round
        }
        Thread.sleep(200 + (long) (Math.random() * 400));
        server.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(server.waitFor(10, TimeUnit.SECONDS));
        dead.set(true);
        for (Thread t : clients) {
            t.join(30_000);
        }
        for (Agency a : agencies) {
            assertTrue(a.confirmed > before[a.index] && a.sending - a.confirmed <= 1, "agency " + a.index
                    + " had an upload of this round confirmed before the kill: " + a.confirmed + "/" + a.sending);
        }
    }

    /**
     * The office's summary (CSV) and status page after a restart: one row per roster agency, in roster
     * order, each with the version the server confirmed — the last one the agency saw confirmed, or
     * the one it was sending when the server died — and that version's numbers.
     */
    private void checkSummary(Client office, String collection, List<Agency> agencies, Path data) throws Exception {
        String page = office.get(collection).body();
        HttpResponse<String> csv = office.get(collection + "/download/summary.csv");
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> rows = csv.body().strip().lines().skip(1).toList();
        assertEquals(AGENCIES, rows.size(), csv.body());
        for (Agency a : agencies) {
            Matcher row = Pattern.compile("<tr data-slot=\"a00" + (a.index + 1) + "\">.*?<td>(\\d+)</td><td><a").matcher(page);
            assertTrue(row.find(), page);
            int version = Integer.parseInt(row.group(1));
            Submission latest = Submission.read(data.resolve("collections").resolve(collection.substring("/office/c/".length()))
                    .resolve("status").resolve(String.format("a%03d.properties", a.index + 1)));
            assertEquals(version, latest.version());
            int mark = Integer.parseInt(latest.originalName().replaceAll("\\D+", " ").strip().split(" ")[1]);
            assertTrue(mark == a.confirmed || mark == a.sending,
                    "agency " + a.index + ": the server counts mark " + mark + ", the client saw " + a.confirmed + " confirmed and was sending " + a.sending);
            a.confirmed = mark; // what the server confirmed is what counts from now on
            a.sending = mark;
            String line = rows.get(a.index);
            assertTrue(line.startsWith(names().get(a.index) + ",2025,第" + version + "版（第" + (a.index + 1) + "局-" + mark + ".json）,"),
                    "roster order, the confirmed version: " + line);
            assertTrue(line.contains("," + mark(a.index, mark) + ","), "the numbers of version " + version + " (mark " + mark + "): " + line);
        }
    }

    /** Files nobody should ever read: anything in tmp/, and hidden or .tmp files anywhere in the collections. */
    private static int leftovers(Path data) throws IOException {
        int n = 0;
        try (Stream<Path> tmp = Files.walk(data.resolve("tmp"))) {
            n += (int) tmp.filter(Files::isRegularFile).count();
        }
        try (Stream<Path> all = Files.walk(data.resolve("collections"))) {
            n += (int) all.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(f -> f.startsWith(".") || f.endsWith(".tmp")).count();
        }
        return n;
    }

    private static List<String> names() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < AGENCIES; i++) {
            out.add("测试县第" + (i + 1) + "局");
        }
        return out;
    }

    /** The number an upload carries in 表三 一（一）自然人, telling the versions apart in the summary. */
    private static long mark(int agency, int mark) {
        return 100_000L * (agency + 1) + mark;
    }

    private static Map.Entry<String, byte[]> report(int agency, int mark) {
        Report base = Web.example("临江市自然资源和规划局-2025.json");
        long natural = mark(agency, mark);
        long delta = natural - base.number("t3.new.natural").longValue();
        Report r = base.toBuilder().text("meta.agency", names().get(agency)).number("t3.new.natural", natural)
                .number("t3.new.total", base.number("t3.new.total").longValue() + delta).build();
        return Map.entry("第" + (agency + 1) + "局-" + mark + ".json", ReportJson.write(r).getBytes(StandardCharsets.UTF_8));
    }

    /** Starts {@code nianbao serve} in a JVM of its own and returns its port. */
    private int start(Path data, Path pw) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-cp", cp,
                "nianbao.cli.Main", "serve", "--port", "0", "--data", data.toString(), "--admin-password-file", pw.toString())
                .redirectErrorStream(true);
        server = pb.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Process p = server;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    synchronized (serverOutput) {
                        serverOutput.append(line).append('\n');
                    }
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            Matcher m = line == null ? null : STARTED.matcher(line);
            if (m != null && m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (line == null && !server.isAlive()) {
                break;
            }
        }
        synchronized (serverOutput) {
            throw new AssertionError("the server did not start:\n" + serverOutput);
        }
    }

    /** A cookie-keeping client of the server process. */
    static final class Client {
        final String base;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String csrf;

        Client(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (csrf == null) {
                Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(r.body());
                csrf = m.find() ? m.group(1) : null;
            }
            return r;
        }

        void login() throws IOException, InterruptedException {
            get("/office");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/office/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("password=" + URLEncoder.encode(Web.PASSWORD, StandardCharsets.UTF_8)
                            + "&_csrf=" + csrf)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(303, r.statusCode(), r.body());
        }

        HttpResponse<String> multipart(String path, Map<String, String> fields) throws IOException, InterruptedException {
            StringBuilder b = new StringBuilder("--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
            fields.forEach((k, v) -> b.append("--XX\r\nContent-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n")
                    .append(v).append("\r\n"));
            b.append("--XX--\r\n");
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=XX")
                    .POST(HttpRequest.BodyPublishers.ofString(b.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> upload(String link, Map.Entry<String, byte[]> file) throws IOException, InterruptedException {
            if (csrf == null) {
                get(link);
            }
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            b.writeBytes(("--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--XX\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"" + file.getKey() + "\"\r\n"
                    + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            b.writeBytes(file.getValue());
            b.writeBytes("\r\n--XX--\r\n".getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(URI.create(base + link)).header("Content-Type", "multipart/form-data; boundary=XX")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(b.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
