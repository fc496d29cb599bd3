package nianbao.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import nianbao.Reports;
import nianbao.UnreadableInputException;

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
        String body = (notice == null ? "" : Html.notice("error", notice))
                + "<form class=\"card narrow\" method=\"post\" action=\"/office/login\">" + Html.csrf(site.guard.csrf(ctx))
                + "<label>政务公开办密码<input type=\"password\" name=\"password\" required autocomplete=\"current-password\" autofocus></label>\n"
                + "<button type=\"submit\">登录</button></form>\n"
                + "<p class=\"hint\">各单位报送年报不需要登录，请使用政务公开办发给本单位的上传链接。</p>\n";
        Site.page(ctx, status, "政务公开办登录", "/office", body);
    }

    private void home(Context ctx) throws IOException {
        String csrf = site.guard.csrf(ctx);
        if (!site.guard.isOffice(ctx)) {
            loginPage(ctx, 200, null);
            return;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<form class=\"inline right\" method=\"post\" action=\"/office/logout\">").append(Html.csrf(csrf))
                .append("<button type=\"submit\" class=\"secondary\">退出登录</button></form>\n<h2>收集</h2>\n");
        List<Collection> all = site.store.collections();
        if (all.isEmpty()) {
            sb.append("<p class=\"hint\">还没有创建收集。在下面填写名称、年度和应报单位名单即可开始。</p>\n");
        } else {
            sb.append("<div class=\"scroll\"><table class=\"grid\"><thead><tr><th>名称</th><th>年度</th><th>应报</th><th>状态</th>"
                    + "<th>创建时间</th></tr></thead><tbody>\n");
            for (Collection c : all) {
                sb.append("<tr><td><a href=\"/office/c/").append(c.id()).append("\">").append(Html.esc(c.name()))
                        .append("</a></td><td>").append(c.year()).append("</td><td>").append(c.slots().size())
                        .append("</td><td>").append(c.closed() ? "已关闭" : "收集中").append("</td><td class=\"nowrap\">")
                        .append(Html.time(c.created())).append("</td></tr>\n");
            }
            sb.append("</tbody></table></div>\n");
        }
        int year = java.time.Year.now().getValue() - 1;
        sb.append("<h2>新建收集</h2>\n<form class=\"card\" method=\"post\" action=\"/office/collections\" enctype=\"multipart/form-data\">")
                .append(Html.csrf(csrf))
                .append("<label>名称<input type=\"text\" name=\"name\" required maxlength=\"100\" value=\"").append(year)
                .append("年度政府信息公开工作年度报告\"></label>\n")
                .append("<label>报告年度<input type=\"number\" name=\"year\" required min=\"2008\" max=\"2100\" value=\"")
                .append(year).append("\"></label>\n")
                .append("<label>应报单位（每行一个）<textarea name=\"agencies\" rows=\"8\" placeholder=\"某某县发展和改革局&#10;某某县教育局&#10;……\"></textarea></label>\n")
                .append("<label>或上传名单 CSV<input type=\"file\" name=\"roster\" accept=\".csv,.txt\">")
                .append("<small>第一列为机关名称；第一行是“机关名称”等表头时自动跳过。UTF-8 或 GBK 均可。</small></label>\n")
                .append("<button type=\"submit\">创建并生成上传链接</button></form>\n");
        Site.page(ctx, 200, "收集与汇总", "/office", sb.toString());
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
        String csrf = site.guard.csrf(ctx);
        int submitted = 0;
        int withErrors = 0;
        StringBuilder rows = new StringBuilder();
        for (Collection.Slot s : c.slots()) {
            Submission latest = site.store.latest(c, s).orElse(null);
            if (latest != null) {
                submitted++;
                withErrors += latest.errors() > 0 ? 1 : 0;
            }
            String mismatch = latest == null ? null : latest.mismatch(s.agency());
            rows.append("<tr data-slot=\"").append(s.id()).append("\"><td>").append(s.id().substring(1)).append("</td><td>")
                    .append(Html.esc(s.agency())).append("</td><td>").append(Html.status(latest))
                    .append(mismatch == null ? "" : "<small class=\"flag\">" + Html.esc(mismatch) + "</small>")
                    .append("</td><td class=\"nowrap\">")
                    .append(latest == null ? "—" : Html.time(latest.time())).append("</td><td>")
                    .append(latest == null ? "—" : Integer.toString(latest.version())).append("</td><td><a href=\"/office/c/")
                    .append(c.id()).append("/a/").append(s.id()).append("\">查看</a></td></tr>\n");
        }
        int missing = c.slots().size() - submitted;
        String base = "/office/c/" + c.id();
        StringBuilder sb = new StringBuilder();
        sb.append("<p class=\"meta\"><span>年度：").append(c.year()).append("</span><span>")
                .append(c.closed() ? "<span class=\"badge info\">已关闭</span>" : "<span class=\"badge ok\">收集中</span>")
                .append("</span><span>创建：").append(Html.time(c.created())).append("</span></p>\n")
                .append("<ul class=\"tally\"><li><b>").append(c.slots().size()).append("</b>应报</li><li class=\"ok\"><b>")
                .append(submitted - withErrors).append("</b>已提交</li><li class=\"err\"><b>").append(withErrors)
                .append("</b>有错误</li><li class=\"none\"><b>").append(missing).append("</b>未提交</li></ul>\n")
                .append("<div class=\"actions\"><a class=\"button\" href=\"").append(base).append("/links\">复制全部上传链接</a>")
                .append("<a class=\"button secondary\" href=\"").append(base).append("/analysis\">分析（图表与同比）</a>")
                .append("<form class=\"inline\" method=\"post\" action=\"").append(base).append(c.closed() ? "/reopen" : "/close")
                .append("\">").append(Html.csrf(csrf)).append("<button type=\"submit\" class=\"secondary\">")
                .append(c.closed() ? "重新开放收集" : "关闭收集（停止上传）").append("</button></form></div>\n")
                .append("<h2>下载</h2>\n<p class=\"downloads\">")
                .append("<a class=\"button\" href=\"").append(base).append("/download/summary.xlsx\">汇总表（.xlsx）</a>")
                .append("<a class=\"button\" href=\"").append(base).append("/download/summary.csv\">汇总数据（.csv）</a>")
                .append("<a class=\"button\" href=\"").append(base).append("/download/aggregate.xlsx\">合计年报（.xlsx）</a>")
                .append("<a class=\"button secondary\" href=\"").append(base).append("/download/status.csv\">报送情况（.csv）</a>")
                .append("<a class=\"button secondary\" href=\"").append(base).append("/download/submissions.zip\">全部上传文件（.zip）</a></p>\n")
                .append("<p class=\"hint\">汇总按名单逐个单位列出，只计各单位最后一版；有错误的也计入，汇总表“校验结果”列会标出；"
                        + "工作簿里写的机关名称与名单不同的，按名单计入，并在“问题清单”中标出。</p>\n")
                .append("<h2>报送情况</h2>\n<div class=\"scroll\"><table class=\"grid status\"><thead><tr><th>序号</th><th>机关名称</th>")
                .append("<th>状态</th><th>最后上传</th><th>版本</th><th></th></tr></thead><tbody>\n")
                .append(rows).append("</tbody></table></div>\n");
        Site.page(ctx, 200, c.name(), "/office", sb.toString());
    }

    private void links(Context ctx) throws WebError, IOException {
        Collection c = collectionOf(ctx);
        String origin = linkOrigin(ctx);
        StringBuilder sb = new StringBuilder();
        sb.append("<p class=\"lead\">每个单位一条专属链接，打开即可上传本单位年报，无需账号。请分别发给各单位，不要公开张贴。</p>\n");
        if (site.publicUrl == null) {
            sb.append(Html.notice("warn", "链接用的是您打开本页时用的地址（" + origin + "）。请确认各单位的电脑能打开这个地址；"
                    + "如果不能，请让管理员用 --public-url 指定各单位访问本服务的地址后重新启动。"));
        }
        sb
                .append("<p class=\"actions\"><button type=\"button\" class=\"button\" data-copy=\"links\">复制表格</button>")
                .append("<span class=\"hint\" id=\"copied\" hidden>已复制，可直接粘贴到 Excel、WPS 或通知中。</span>")
                .append("<a class=\"button secondary\" href=\"/office/c/").append(c.id()).append("\">返回报送情况</a></p>\n")
                .append("<div class=\"scroll\"><table class=\"grid links\" id=\"links\"><thead><tr><th>序号</th><th>机关名称</th>")
                .append("<th>上传链接</th></tr></thead><tbody>\n");
        for (Collection.Slot s : c.slots()) {
            sb.append("<tr><td>").append(s.id().substring(1)).append("</td><td>").append(Html.esc(s.agency()))
                    .append("</td><td class=\"mono\">").append(Html.esc(origin + "/u/" + s.token())).append("</td></tr>\n");
        }
        sb.append("</tbody></table></div>\n");
        Site.page(ctx, 200, c.name() + " · 上传链接", "/office", sb.toString());
    }

    /**
     * Where the upload links point: the {@code --public-url}; without it the address the office's
     * browser used for this page (https when a trusted proxy says so), and the page says so.
     */
    private String linkOrigin(Context ctx) {
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
        String base = "/office/c/" + c.id() + "/a/" + s.id();
        StringBuilder sb = new StringBuilder();
        Submission latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        sb.append("<p class=\"meta\"><span>").append(Html.esc(c.name())).append("</span><span>状态：")
                .append(Html.status(latest)).append("</span></p>\n");
        String mismatch = latest == null ? null : latest.mismatch(s.agency());
        if (mismatch != null) {
            sb.append(Html.notice("warn", mismatch + "，名单中是“" + s.agency() + "”。汇总时按名单计入“" + s.agency()
                    + "”；请与该单位核对是否传错了文件。"));
        }
        if (versions.isEmpty()) {
            sb.append("<p class=\"hint\">该单位还没有上传。</p>\n");
        } else {
            sb.append("<h2>上传记录</h2>\n<div class=\"scroll\"><table class=\"grid\"><thead><tr><th>版本</th><th>上传时间</th>")
                    .append("<th>来源地址</th><th>文件</th><th>工作簿中的机关名称</th><th>结果</th><th></th></tr></thead><tbody>\n");
            for (int i = versions.size() - 1; i >= 0; i--) {
                Submission v = versions.get(i);
                sb.append("<tr><td>第 ").append(v.version()).append(" 版</td><td class=\"nowrap\">").append(Html.time(v.time()))
                        .append("</td><td class=\"mono\">").append(Html.esc(v.address())).append("</td><td>")
                        .append(Html.esc(v.originalName())).append("</td><td>").append(Html.esc(v.agencyInFile()))
                        .append("</td><td>").append(Html.result(v)).append("</td><td><a href=\"").append(base).append("/v/")
                        .append(v.version()).append("\">下载</a></td></tr>\n");
            }
            sb.append("</tbody></table></div>\n");
            Submission last = versions.get(versions.size() - 1);
            try {
                var report = Reports.read(site.store.file(c, s, last));
                sb.append("<h2>最后一版的校验结果</h2>\n").append(Html.findings(Reports.validate(report)));
            } catch (UnreadableInputException e) {
                sb.append(Html.notice("error", "最后一版无法读取。"));
            }
        }
        sb.append("<p><a class=\"button secondary\" href=\"/office/c/").append(c.id()).append("\">返回报送情况</a></p>\n");
        Site.page(ctx, 200, s.agency(), "/office", sb.toString());
    }

    private void setClosed(Context ctx, boolean closed) throws WebError, IOException {
        site.guard.checkCsrf(ctx);
        Collection c = collectionOf(ctx);
        site.store.setClosed(c.id(), closed);
        site.store.log(site.address(ctx), "政务公开办", (closed ? "关闭收集 " : "重新开放收集 ") + c.id());
        Site.seeOther(ctx, "/office/c/" + c.id());
    }
}
