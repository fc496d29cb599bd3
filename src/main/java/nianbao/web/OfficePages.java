package nianbao.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import nianbao.Reports;
import nianbao.UnreadableInputException;

import nianbao.validate.Finding;
import nianbao.validate.FindingKeys;
import nianbao.web.pages.office.JteagencyGenerated;
import nianbao.web.pages.office.JtedeskGenerated;
import nianbao.web.pages.office.JtehomeGenerated;
import nianbao.web.pages.office.JtelinksGenerated;
import nianbao.web.pages.office.JteloginGenerated;
import nianbao.web.view.AgencyDetail;
import nianbao.web.view.Badge;
import nianbao.web.view.Desk;
import nianbao.web.view.LinksPage;
import nianbao.web.view.Notice;
import nianbao.web.view.OfficeHome;
import nianbao.web.view.Review;
import nianbao.web.view.Version;
import nianbao.web.view.View;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The office's pages (收集与汇总), behind the password: collections, the live status of every
 * expected agency, the links to send out, one agency's versions, open/close. The downloads are in
 * {@link Downloads}.
 */
final class OfficePages {

    /** Most agencies one collection may list. */
    static final int MAX_AGENCIES = 5000;

    private final Site site;

    OfficePages(Site site) {
        this.site = site;
    }

    void register(RoutesConfig r) {
        r.before("/office/*", this::requireOffice);
        r.get("/office", this::home);
        r.post("/office/login", this::login);
        r.get("/office/login", ctx -> Site.seeOther(ctx, "/office"));
        r.post("/office/logout", this::logout);
        r.post("/office/collections", this::create);
        r.get("/office/c/{id}", this::collection);
        r.get("/office/c/{id}/links", this::links);
        r.get("/office/c/{id}/a/{slot}", this::agency);
        r.post("/office/c/{id}/close", ctx -> setClosed(ctx, true));
        r.post("/office/c/{id}/reopen", ctx -> setClosed(ctx, false));
    }

    private void requireOffice(Context ctx) throws WebError {
        if (ctx.path().equals("/office/login") || site.guard.isOffice(ctx)) {
            return;
        }
        if (ctx.method().name().equals("GET")) {
            Site.seeOther(ctx, "/office");
            ctx.skipRemainingHandlers();
            return;
        }
        throw new WebError(401, "请先登录政务公开办账号。");
    }

    /** The login form, with why the last try failed (or nothing). */
    private void loginPage(Context ctx, int status, String notice) {
        String csrf = site.guard.csrf(ctx);
        Site.page(ctx, status, out -> JteloginGenerated.render(out, null, csrf, notice));
    }

    private void home(Context ctx) throws IOException {
        if (!site.guard.isOffice(ctx)) {
            loginPage(ctx, 200, null);
            return;
        }
        List<OfficeHome.Row> rows = new ArrayList<>();
        for (Collection c : site.store.collections()) {
            rows.add(new OfficeHome.Row(c.id(), c.name(), c.year(), c.slots().size(), c.closed(), View.time(c.created())));
        }
        OfficeHome page = new OfficeHome(site.guard.csrf(ctx), rows, java.time.Year.now().getValue() - 1);
        Site.page(ctx, 200, out -> JtehomeGenerated.render(out, null, page));
    }

    private void login(Context ctx) throws WebError {
        site.guard.checkCsrf(ctx);
        try {
            site.guard.login(ctx, ctx.formParam("password"));
        } catch (WebError e) {
            site.store.log(site.address(ctx), "政务公开办", "登录失败（" + e.status() + "）");
            loginPage(ctx, e.status(), e.getMessage()); // the form again, not a page with only a way back
            return;
        }
        site.store.log(site.address(ctx), "政务公开办", "登录");
        Site.seeOther(ctx, "/office");
    }

    private void logout(Context ctx) throws WebError {
        site.guard.checkCsrf(ctx);
        site.guard.logout(ctx);
        Site.seeOther(ctx, "/");
    }

    private void create(Context ctx) throws WebError, IOException {
        Uploads.parse(ctx, site.maxUpload);
        site.guard.checkCsrf(ctx);
        String name = ClerkPages.blankToNull(ctx.formParam("name"));
        if (name == null || name.length() > 100) {
            throw new WebError(400, "请填写收集名称（不超过 100 个字）。");
        }
        int year;
        try {
            year = Integer.parseInt(String.valueOf(ctx.formParam("year")).strip());
        } catch (NumberFormatException e) {
            year = 0;
        }
        if (year < 2008 || year > 2100) {
            throw new WebError(400, "报告年度应为四位数年份（2008–2100）。");
        }
        List<String> agencies = agencies(ctx.formParam("agencies"), Uploads.file(ctx, "roster"));
        Collection c = site.store.create(name, year, agencies);
        site.store.log(site.address(ctx), "政务公开办", "创建收集 " + c.id() + " " + name + "（" + agencies.size() + " 个单位）");
        Site.seeOther(ctx, "/office/c/" + c.id());
    }

    /** The agency names from the text box and the optional CSV: trimmed, blank lines skipped, no repeats. */
    static List<String> agencies(String pasted, UploadedFile csv) throws WebError, IOException {
        List<String> lines = new ArrayList<>();
        if (pasted != null) {
            lines.addAll(pasted.lines().toList());
        }
        if (csv != null) {
            byte[] bytes;
            try (InputStream in = csv.content()) {
                bytes = in.readNBytes(2 * 1024 * 1024);
            }
            for (String line : decode(bytes).lines().toList()) {
                String first = firstCsvField(line);
                if (lines.isEmpty() && first.matches("序号|机关名称|单位名称|单位|机关|名称|name|agency")) {
                    continue;
                }
                lines.add(first);
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : lines) {
            String a = raw.replace("\uFEFF", "").strip();
            if (a.isEmpty()) {
                continue;
            }
            if (a.length() > 100) {
                throw new WebError(400, "名单中有一行超过 100 个字，不像机关名称：“" + a.substring(0, 20) + "……”。");
            }
            if (!seen.add(a)) {
                throw new WebError(400, "名单中“" + a + "”出现了两次，请删去重复的一行。");
            }
            out.add(a);
        }
        if (out.isEmpty()) {
            throw new WebError(400, "请填写应报单位名单（每行一个机关名称），或上传名单 CSV。");
        }
        if (out.size() > MAX_AGENCIES) {
            throw new WebError(400, "名单有 " + out.size() + " 个单位，一次收集最多 " + MAX_AGENCIES + " 个。");
        }
        return out;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static String firstCsvField(String line) {
        String l = line.replace("\uFEFF", "").strip();
        if (l.startsWith("\"")) {
            int end = l.indexOf('"', 1);
            while (end > 0 && end + 1 < l.length() && l.charAt(end + 1) == '"') {
                end = l.indexOf('"', end + 2);
            }
            return end > 0 ? l.substring(1, end).replace("\"\"", "\"") : l.substring(1);
        }
        int comma = l.indexOf(',');
        return comma >= 0 ? l.substring(0, comma) : l;
    }

    /** The collection named in the path, or 404. */
    Collection collectionOf(Context ctx) throws WebError, IOException {
        Optional<Collection> c = site.store.collection(ctx.pathParam("id"));
        if (c.isEmpty()) {
            throw WebError.notFound();
        }
        return c.get();
    }

    private void collection(Context ctx) throws WebError, IOException {
        Collection c = collectionOf(ctx);
        Map<String, List<Marks.Mark>> marks = site.marks.all(c);
        int submitted = 0;
        int withErrors = 0;
        int toFix = 0;
        int verified = 0;
        List<Desk.Row> rows = new ArrayList<>();
        for (Collection.Slot s : c.slots()) {
            Submission latest = site.store.latest(c, s).orElse(null);
            if (latest != null) {
                submitted++;
                withErrors += latest.errors() > 0 ? 1 : 0;
            }
            Badge review = latest == null ? null : Views.review(marks.getOrDefault(s.id(), List.of()));
            toFix += review != null && review.kind().equals("warn") ? 1 : 0;
            verified += review != null && review.kind().equals("ok") ? 1 : 0;
            rows.add(new Desk.Row(s.id(), s.id().substring(1), s.agency(), Views.status(latest),
                    latest == null ? null : latest.mismatch(s.agency()), review,
                    latest == null ? "—" : View.time(latest.time()), latest == null ? "—" : Integer.toString(latest.version())));
        }
        Desk.Tally tally = new Desk.Tally(c.slots().size(), submitted - withErrors, withErrors, c.slots().size() - submitted,
                toFix, verified);
        Desk page = new Desk(c.id(), c.name(), c.year(), c.closed(), View.time(c.created()), site.guard.csrf(ctx), tally, rows);
        Site.page(ctx, 200, out -> JtedeskGenerated.render(out, null, page));
    }

    private void links(Context ctx) throws WebError, IOException {
        Collection c = collectionOf(ctx);
        String origin = linkOrigin(ctx);
        String warning = site.publicUrl != null ? null : "链接用的是您打开本页时用的地址（" + origin + "）。请确认各单位的电脑能打开这个地址；"
                + "如果不能，请让管理员用 --public-url 指定各单位访问本服务的地址后重新启动。";
        List<LinksPage.Row> rows = new ArrayList<>();
        for (Collection.Slot s : c.slots()) {
            rows.add(new LinksPage.Row(s.id().substring(1), s.agency(), origin + "/u/" + s.token()));
        }
        LinksPage page = new LinksPage(c.id(), c.name(), warning, rows);
        Site.page(ctx, 200, out -> JtelinksGenerated.render(out, null, page));
    }

    /**
     * Where the upload links point: the {@code --public-url}; without it the address the office's
     * browser used for this page (https when a trusted proxy says so), and the page says so.
     */
    String linkOrigin(Context ctx) {
        if (site.publicUrl != null) {
            return site.publicUrl.toString();
        }
        boolean https = site.clients.viaTrustedProxy(ctx) && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        return (https ? "https" : ctx.scheme()) + "://" + ctx.host();
    }

    private void agency(Context ctx) throws WebError, IOException {
        Collection c = collectionOf(ctx);
        Collection.Slot s = c.slot(ctx.pathParam("slot")).orElseThrow(WebError::notFound);
        List<Submission> versions = site.store.versions(c, s);
        Submission latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        List<Notice> notices = new ArrayList<>();
        String mismatch = latest == null ? null : latest.mismatch(s.agency());
        if (mismatch != null) {
            notices.add(new Notice("warn", mismatch + "，名单中是“" + s.agency() + "”。汇总时按名单计入“" + s.agency()
                    + "”；请与该单位核对是否传错了文件。"));
        }
        String base = "/office/c/" + c.id() + "/a/" + s.id();
        List<Version> rows = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            rows.add(Views.version(versions.get(i), base + "/v/" + versions.get(i).version()));
        }
        ReviewPages.Latest last = ReviewPages.latest(site, c, s, latest);
        List<Review> reviews = new ArrayList<>();
        if (last != null) {
            Map<String, Marks.Mark> marks = new java.util.HashMap<>();
            site.marks.of(c, s).forEach(m -> marks.put(m.key(), m));
            for (Finding f : last.findings()) {
                String key = FindingKeys.of(f, last.report().schema());
                reviews.add(new Review(f, key, Views.mark(marks.get(key))));
            }
        }
        AgencyDetail page = new AgencyDetail(c.id(), c.name(), s.agency(), Views.status(latest), notices, rows, reviews,
                latest != null && last == null, base + "/mark", site.guard.csrf(ctx));
        Site.page(ctx, 200, out -> JteagencyGenerated.render(out, null, page));
    }

    private void setClosed(Context ctx, boolean closed) throws WebError, IOException {
        site.guard.checkCsrf(ctx);
        Collection c = collectionOf(ctx);
        site.store.setClosed(c.id(), closed);
        site.store.log(site.address(ctx), "政务公开办", (closed ? "关闭收集 " : "重新开放收集 ") + c.id());
        Site.seeOther(ctx, "/office/c/" + c.id());
    }
}
