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
     */
    public record Options(String host, int port, Path data, Path passwordFile, long maxUpload) {
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
     * Opens the data folder, sets up the office password and starts listening.
     *
     * @param out where the first start prints the generated office password (once)
     * @throws IOException when the data folder cannot be used or the password file cannot be read
     * @throws IllegalArgumentException with a Chinese message when the password file is empty
     */
    public static WebServer start(Options options, PrintWriter out) throws IOException {
        Store store = Store.open(options.data());
        Guard guard = new Guard(passwordHash(options, store, out));
        Site site = new Site(store, guard, options.maxUpload());
        Path tmp = options.data().resolve("tmp");
        Files.createDirectories(tmp);
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
                    // Jetty's own refusals (malformed requests) get a bare Chinese line, never its diagnostics
                    response.getHeaders().put("Content-Type", "text/plain; charset=utf-8");
                    response.getHeaders().put("X-Content-Type-Options", "nosniff");
                    response.write(true, java.nio.ByteBuffer.wrap("请求无法处理。".getBytes(StandardCharsets.UTF_8)), callback);
                    return true;
                }
            }));
            var r = config.routes;
            r.before(WebServer::securityHeaders);
            r.get("/assets/{name}", WebServer::asset);
            new ClerkPages(site).register(r);
            new AgencyPages(site).register(r);
            office.register(r);
            new Downloads(site, office).register(r);
            r.exception(WebError.class, (e, ctx) -> refuse(ctx, e.status(), e.getMessage()));
            r.exception(Exception.class, (e, ctx) -> refuse(ctx, 500, "服务器处理这个请求时出错，操作没有完成。请稍后再试；如果一再出现，请联系管理员。"));
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

    /** The port actually bound. */
    public int port() {
        return app.port();
    }

    /** Stops listening. */
    @Override
    public void close() {
        app.stop();
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
        String back = ctx.method().name().equals("POST") ? ctx.path() : "/";
        String title = status == 404 ? "找不到页面" : "未能完成";
        Site.page(ctx, status, out -> JterefusedGenerated.render(out, null, title, message, back));
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
        nianbao.AtomicFiles.writeString(stored, hash + "\n");
        out.println("已生成政务公开办登录密码（只显示这一次，请抄下妥善保存）：" + password);
        out.println("忘记密码时：停止服务，删除 " + stored + " 后重新启动，会生成新密码。");
        out.flush();
        return hash;
    }
}
