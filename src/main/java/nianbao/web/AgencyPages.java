package nianbao.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.model.Report;
import nianbao.validate.Finding;
import nianbao.web.view.View;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An agency's own upload page, opened by the long random token in its link: its status, its
 * uploads, and the findings of what it just sent. The token opens this one slot and nothing else.
 */
final class AgencyPages {

    /** Versions kept in memory for the page an upload redirects to (read again from the file when gone). */
    private static final int JUST_STORED = 64;

    private final Site site;
    /**
     * The report and findings of the versions just uploaded, by collection, slot and version: the page
     * the browser is sent to right after an upload shows them without reading the workbook a second time.
     */
    private final Map<String, Site.Checked> justStored = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Site.Checked> eldest) {
            return size() > JUST_STORED;
        }
    });

    AgencyPages(Site site) {
        this.site = site;
    }

    private static String key(Store.Located l, int version) {
        return l.collection().id() + "/" + l.slot().id() + "/" + version;
    }

    void register(RoutesConfig r) {
        r.get("/u/{token}", this::show);
        r.get("/u/{token}/v/{version}", this::showVersion);
        r.post("/u/{token}", this::upload);
    }

    private Store.Located locate(Context ctx) throws WebError, IOException {
        Optional<Store.Located> l = site.store.byToken(ctx.pathParam("token"));
        if (l.isEmpty()) {
            throw WebError.badToken();
        }
        return l.get();
    }

    /** The agency's page: its latest version's findings, the form, every version. */
    private void show(Context ctx) throws WebError, IOException {
        Store.Located l = locate(ctx);
        Optional<Submission> latest = site.store.latest(l.collection(), l.slot());
        page(ctx, l, latest.orElse(null), latest.orElse(null));
    }

    /** The page of one version: where the browser lands after an upload (a refresh sends nothing again). */
    private void showVersion(Context ctx) throws WebError, IOException {
        Store.Located l = locate(ctx);
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("version"));
        } catch (NumberFormatException e) {
            throw WebError.notFound();
        }
        Submission v = site.store.version(l.collection(), l.slot(), n).orElseThrow(WebError::notFound);
        page(ctx, l, v, site.store.latest(l.collection(), l.slot()).orElse(null));
    }

    private void page(Context ctx, Store.Located l, Submission shown, Submission latest) throws IOException {
        StringBuilder sb = new StringBuilder(header(l));
        if (shown != null) {
            sb.append(received(l, shown, latest));
        }
        sb.append(form(l, site.guard.csrf(ctx), latest != null));
        sb.append(versions(l, site.store.versions(l.collection(), l.slot())));
        Site.page(ctx, 200, "报送年报", null, sb.toString());
    }

    private void upload(Context ctx) throws WebError, IOException {
        Store.Located l = locate(ctx);
        if (l.collection().closed()) {
            throw WebError.closed();
        }
        Uploads.parse(ctx, site.maxUpload);
        site.guard.checkCsrf(ctx);
        UploadedFile f = Uploads.file(ctx, "file");
        if (f == null) {
            throw new WebError(400, "请选择要上传的年报文件（填好的 .xlsx 工作簿或 JSON 文件）。");
        }
        Uploads.Received r = Uploads.receive(site.store, f, Uploads.Kind.REPORT, site.maxUpload);
        Submission stored;
        Report report;
        List<Finding> findings;
        try {
            report = Uploads.read(r);
            String year = report.year();
            if (year != null && !year.equals(Integer.toString(l.collection().year()))) {
                throw new WebError(422, "“" + r.name() + "”的报告年度为 " + year + "，本次收集的是 " + l.collection().year()
                        + " 年度年报。请核对后重新上传。");
            }
            findings = Reports.validate(report);
            Submission draft = new Submission(0, Store.now(), site.address(ctx), r.name(), r.extension(), r.bytes(), r.sha256(),
                    report.agency() == null ? "" : report.agency(), Html.errors(findings),
                    (int) findings.stream().filter(x -> x.severity() == nianbao.schema.Severity.WARNING).count());
            stored = site.store.add(l.collection(), l.slot(), r.file(), draft);
        } finally {
            r.discard();
        }
        site.store.log(site.address(ctx), "单位 " + l.slot().id() + " " + l.slot().agency(), "上传第 " + stored.version() + " 版 "
                + r.name() + "（" + stored.errors() + " 个错误，" + stored.warnings() + " 个警告）");
        justStored.put(key(l, stored.version()), new Site.Checked(report, findings, r.name(), null));
        Site.seeOther(ctx, "/u/" + l.slot().token() + "/v/" + stored.version());
    }

    private static String header(Store.Located l) {
        return "<p class=\"meta\"><span>" + Html.esc(l.collection().name()) + "</span><span>年度：" + l.collection().year()
                + "</span><span>报送单位：<b>" + Html.esc(l.slot().agency()) + "</b></span><span>"
                + (l.collection().closed() ? "<span class=\"badge info\">已关闭</span>" : "<span class=\"badge ok\">收集中</span>")
                + "</span></p>\n";
    }

    /**
     * A stored version: what was received, whether it is the one that counts, its findings (as found
     * when it was uploaded, or read again from the stored file).
     */
    private String received(Store.Located l, Submission v, Submission latest) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(Html.notice(v.errors() > 0 ? "error" : "ok", "已收到第 " + v.version() + " 版（" + v.originalName() + "）。"
                + (v.errors() > 0 ? "有 " + v.errors() + " 个错误，请改正后再次上传；每次上传都会保留。" : "校验通过，政务公开办已能看到。")
                + "上传时间：" + Html.time(v.time()) + "。"));
        if (latest != null && latest.version() != v.version()) {
            sb.append(Html.notice("warn", "这不是最新一版：政务公开办以第 " + latest.version() + " 版为准。"));
        }
        String mismatch = v.mismatch(l.slot().agency());
        if (mismatch != null) {
            sb.append(Html.notice("warn", "工作簿中的机关名称为“" + v.agencyInFile().strip() + "”，与名单中的“" + l.slot().agency()
                    + "”不同：政务公开办会看到“机关名称不符”，汇总时按“" + l.slot().agency() + "”计。如果传错了文件，请重新上传本单位的年报。"));
        }
        Site.Checked checked = justStored.get(key(l, v.version()));
        if (checked == null) {
            try {
                Report report = Reports.read(site.store.file(l.collection(), l.slot(), v)).withFile(v.originalName());
                checked = new Site.Checked(report, Reports.validate(report), v.originalName(), null);
            } catch (UnreadableInputException e) {
                return sb.append(Html.notice("error", "这一版无法读取，请重新上传。")).toString();
            }
        }
        Report report = checked.report();
        sb.append("<p class=\"meta\"><span>文件：").append(Html.esc(v.originalName())).append("</span><span>机关：")
                .append(Html.esc(View.orDash(report.agency()))).append("</span><span>年度：")
                .append(Html.esc(View.orDash(report.year()))).append("</span></p>\n<h2>校验结果</h2>\n")
                .append(Html.findings(checked.findings()));
        return sb.toString();
    }

    private static String form(Store.Located l, String csrf, boolean again) {
        if (l.collection().closed()) {
            return Html.notice("warn", "本次收集已关闭，不再接受上传。如需更正，请联系政务公开办。");
        }
        return "<h2>" + (again ? "重新上传" : "上传年报") + "</h2>\n<form class=\"card\" method=\"post\" action=\"/u/"
                + Html.esc(l.slot().token()) + "\" enctype=\"multipart/form-data\">" + Html.csrf(csrf)
                + "<label>填好的年报<input type=\"file\" name=\"file\" required accept=\".xlsx,.json\">"
                + "<small>用填报模板填好的 .xlsx 工作簿或 JSON 文件。上传后立即显示校验结果；关闭收集前可以多次上传，每一版都会保留，以最后一版为准。</small></label>\n"
                + "<button type=\"submit\">上传</button></form>\n";
    }

    private static String versions(Store.Located l, List<Submission> versions) {
        if (versions.isEmpty()) {
            return "<p class=\"hint\">还没有上传过。</p>\n";
        }
        StringBuilder sb = new StringBuilder("<h2>上传记录</h2>\n<div class=\"scroll\"><table class=\"grid\"><thead><tr>"
                + "<th>版本</th><th>上传时间</th><th>文件</th><th>结果</th></tr></thead><tbody>\n");
        for (int i = versions.size() - 1; i >= 0; i--) {
            Submission v = versions.get(i);
            sb.append("<tr><td><a href=\"/u/").append(Html.esc(l.slot().token())).append("/v/").append(v.version())
                    .append("\">第 ").append(v.version()).append(" 版</a></td><td class=\"nowrap\">").append(Html.time(v.time()))
                    .append("</td><td>").append(Html.esc(v.originalName())).append("</td><td>").append(Html.result(v))
                    .append("</td></tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }
}
