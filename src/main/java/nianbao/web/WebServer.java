package nianbao.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import nianbao.web.pages.JterefusedGenerated;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * {@code nianbao serve}: the embedded web server (Javalin on Jetty) with the clerk's pages, the
 * agencies' upload links and the office's collection desk, over the {@code --data} folder.
 */
public final class WebServer implements AutoCloseable {

    /** Default upload limit: 20 MB (a filled workbook is some tens of KB). */
    public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

    /** Content-Security-Policy of every response: only this server's script and style; no framing. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
            + "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** The scripts and styles served from the jar, by name. */
    private static final Map<String, String> ASSETS = Map.of(
            "app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8");

    /**
     * How to run.
     *
     * @param host address to bind ({@code 127.0.0.1} unless told otherwise)
     * @param port TCP port (0 picks a free one, for tests)
     * @param data the data folder
     * @param passwordFile a file whose first line is the office password, or null to use (or make) the stored hash
     * @param maxUpload largest accepted upload in bytes
     * @param publicUrl the address the agencies open ({@code --public-url}, checked by {@link #publicUrl}), or null
     * @param trustedProxies addresses or ranges of reverse proxies whose {@code X-Forwarded-For} counts
     */
    public record Options(String host, int port, Path data, Path passwordFile, long maxUpload, URI publicUrl,
                          List<String> trustedProxies) {

        public Options {
            trustedProxies = List.copyOf(trustedProxies);
        }

        /** Options for a server on this machine only, without a proxy (tests, benchmarks). */
        public static Options local(Path data, Path passwordFile, long maxUpload) {
            return new Options("127.0.0.1", 0, data, passwordFile, maxUpload, null, List.of());
        }
    }

    /**
     * The public address as typed: {@code http} or {@code https}, a host, an optional port, nothing else.
     *
     * @throws IllegalArgumentException with a Chinese message saying what is wrong
     */
    public static URI publicUrl(String typed) {
        String t = typed.strip();
        URI u;
        try {
            u = new URI(t.endsWith("/") ? t.substring(0, t.length() - 1) : t);
        } catch (URISyntaxException e) {
            u = null;
        }
        if (u == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null
                || u.getRawUserInfo() != null || !(u.getRawPath() == null || u.getRawPath().isEmpty())
                || u.getRawQuery() != null || u.getRawFragment() != null) {
            throw new IllegalArgumentException("--public-url 应为各单位打开本服务用的地址，只写协议、主机和端口，"
                    + "如 https://nianbao.example.gov.cn 或 http://10.1.2.3:8080：" + typed);
        }
        return u;
    }

    /** Request attribute set once a refusal page is written, so the 404 handler leaves it alone. */
    private static final String REFUSED = "nianbao.refused";

    private final Javalin app;
    private final Site site;

    private WebServer(Javalin app, Site site) {
        this.app = app;
        this.site = site;
    }

    /**
     * Opens the data folder (clearing what a crash left, see {@link Tidy}), sets up the office
     * password and starts listening.
     *
     * @param out where the first start prints the generated office password (once)
     * @param err where every failure of the server itself goes, with its reference (also in {@code log.tsv})
     * @throws IOException when the data folder cannot be used or the password file cannot be read
     * @throws IllegalArgumentException with a Chinese message when the password file is empty, a
     *     trusted proxy is not an address, or another server uses the data folder
     */
    public static WebServer start(Options options, PrintWriter out, PrintWriter err) throws IOException {
        Clients clients = Clients.trusting(options.trustedProxies());
        Store store = Store.open(options.data());
        try {
            return start(options, store, clients, out, err);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static WebServer start(Options options, Store store, Clients clients, PrintWriter out, PrintWriter err)
            throws IOException {
        Guard guard = new Guard(passwordHash(options, store, out), clients, options.publicUrl());
        Incidents incidents = new Incidents(err, store);
        Site site = new Site(store, guard, clients, options.publicUrl(), options.maxUpload());
        Path tmp = store.tmp();
        OfficePages office = new OfficePages(site);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 4L * 1024 * 1024;
            config.jetty.host = options.host();
            config.jetty.port = options.port();
            config.jetty.multipartConfig.cacheDirectory(tmp.toAbsolutePath().toString());
            config.jetty.multipartConfig.maxFileSize(options.maxUpload(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxUpload() + 1024 * 1024, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1024 * 1024, SizeUnit.BYTES);
            config.jetty.modifyServer(server -> server.setErrorHandler(new org.eclipse.jetty.server.handler.ErrorHandler() {
                @Override
                public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                      org.eclipse.jetty.util.Callback callback) {
                    // Jetty's own refusals (malformed requests) get a bare Chinese line, never its diagnostics;
                    // a failure of its own is recorded like any other
                    String line = "请求无法处理。";
                    if (response.getStatus() >= 500) {
                        Object e = request.getAttribute(ERROR_EXCEPTION);
                        line = Incidents.message(incidents.record(request.getMethod() + " " + request.getHttpURI().getPath(),
                                org.eclipse.jetty.server.Request.getRemoteAddr(request),
                                e instanceof Throwable t ? t : new IllegalStateException("Jetty: HTTP " + response.getStatus())));
                    }
                    response.getHeaders().put("Content-Type", "text/plain; charset=utf-8");
                    response.getHeaders().put("X-Content-Type-Options", "nosniff");
                    response.write(true, java.nio.ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), callback);
                    return true;
                }
            }));
            // an Error (out of memory, stack overflow) never reaches the exception handlers below
            config.router.javaLangErrorHandler((res, error) -> {
                String ref = incidents.record("（请求处理中）", "", error);
                try {
                    res.setStatus(500);
                    res.setContentType("text/plain; charset=utf-8");
                    res.getOutputStream().write(Incidents.message(ref).getBytes(StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    // the answer cannot be written any more; the failure is recorded
                }
            });
            var r = config.routes;
            r.before(WebServer::securityHeaders);
            r.get("/assets/{name}", WebServer::asset);
            new ClerkPages(site).register(r);
            new AgencyPages(site).register(r);
            office.register(r);
            Downloads downloads = new Downloads(site, office);
            downloads.register(r);
            new AnalysisPages(site, office, downloads).register(r);
            new ReviewPages(site, office).register(r);
            r.exception(WebError.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage()));
            r.exception(Exception.class, (e, ctx) -> refuse(ctx, 500, Incidents.message(
                    incidents.record(ctx.method().name() + " " + ctx.path(), site.address(ctx), e))));
            r.error(404, ctx -> {
                if (ctx.attribute(REFUSED) == null) {
                    refuse(ctx, 404, WebError.notFound().getMessage());
                }
            });
            r.error(405, ctx -> refuse(ctx, 405, "不支持这种访问方式。"));
        });
        app.start();
        return new WebServer(app, site);
    }

    /** {@link #start(Options, PrintWriter, PrintWriter)} with failures on the process's stderr. */
    public static WebServer start(Options options, PrintWriter out) throws IOException {
        return start(options, out, new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** The port actually bound. */
    public int port() {
        return app.port();
    }

    /** Stops listening and lets another server use the data folder. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            site.store.close();
        }
    }

    /** The data folder this server uses. */
    Path data() {
        return site.store.root();
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
    }

    private static void asset(Context ctx) throws WebError {
        String name = ctx.pathParam("name");
        String type = ASSETS.get(name);
        if (type == null) {
            throw WebError.notFound();
        }
        try (InputStream in = WebServer.class.getResourceAsStream("/nianbao/web/" + name)) {
            if (in == null) {
                throw WebError.notFound();
            }
            ctx.header("Cache-Control", "max-age=3600");
            ctx.contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A refusal page: the status, the sentence, a way back. */
    private static void refuse(Context ctx, int status, String message) {
        ctx.attribute(REFUSED, Boolean.TRUE);
        Uploads.drain(ctx);
        String back = ctx.method().name().equals("POST") ? formPage(ctx.path()) : "/";
        String title = status == 404 ? "找不到页面" : "未能完成";
        Site.page(ctx, status, out -> JterefusedGenerated.render(out, null, title, message, back));
    }

    /** The page whose form posts to this path (every POST path but the office's own is also a page). */
    static String formPage(String postPath) {
        if (postPath.matches("/office/c/\\d{4}-\\d{3}/(close|reopen)")) {
            return postPath.substring(0, postPath.lastIndexOf('/'));
        }
        return postPath.startsWith("/office/") ? "/office" : postPath;
    }

    /** The office password hash: from the password file, from the data folder, or newly generated and printed once. */
    private static String passwordHash(Options options, Store store, PrintWriter out) throws IOException {
        if (options.passwordFile() != null) {
            String first = Files.readString(options.passwordFile(), StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (first.length() < 8) {
                throw new IllegalArgumentException("密码文件 " + options.passwordFile() + " 的第一行应为至少 8 个字符的密码。");
            }
            return Secrets.hash(first);
        }
        Path stored = store.root().resolve("office-password.hash");
        if (Files.isRegularFile(stored)) {
            return Files.readString(stored, StandardCharsets.UTF_8).strip();
        }
        String password = Secrets.password();
        String hash = Secrets.hash(password);
        store.writeFile(stored, (hash + "\n").getBytes(StandardCharsets.UTF_8));
        out.println("已生成政务公开办登录密码（只显示这一次，请抄下妥善保存）：" + password);
        out.println("忘记密码时：停止服务，删除 " + stored + " 后重新启动，会生成新密码。");
        out.flush();
        return hash;
    }
}
