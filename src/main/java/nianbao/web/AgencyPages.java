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
import java.util.List;
import java.util.Optional;

/**
 * An agency's own upload page, opened by the long random token in its link: its status, its
 * uploads, and the findings of what it just sent. The token opens this one slot and nothing else.
 */
final class AgencyPages {

    private final Site site;

    AgencyPages(Site site) {
        this.site = site;
    }

    void register(RoutesConfig r) {
        r.get("/u/{token}", this::show);
        r.post("/u/{token}", this::upload);
    }

    private Store.Located locate(Context ctx) throws WebError, IOException {
        Optional<Store.Located> l = site.store.byToken(ctx.pathParam("token"));
        if (l.isEmpty()) {
            throw WebError.badToken();
        }
        return l.get();
    }

    private void show(Context ctx) throws WebError, IOException {
        Store.Located l = locate(ctx);
        String csrf = site.guard.csrf(ctx);
        StringBuilder sb = new StringBuilder(header(l));
        Optional<Submission> latest = site.store.latest(l.collection(), l.slot());
        if (latest.isPresent()) {
            Submission v = latest.get();
            sb.append(findingsOf(l, v));
        }
        sb.append(form(l, csrf, latest.isPresent()));
        sb.append(versions(site.store.versions(l.collection(), l.slot())));
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
        List<Finding> findings;
        Report report;
        try {
            report = Uploads.read(r);
            String year = report.year();
            if (year != null && !year.equals(Integer.toString(l.collection().year()))) {
                throw new WebError(422, "“" + r.name() + "”的报告年度为 " + year + "，本次收集的是 " + l.collection().year()
                        + " 年度年报。请核对后重新上传。");
            }
            findings = Reports.validate(report);
            Submission draft = new Submission(0, Store.now(), ctx.ip(), r.name(), r.extension(), r.bytes(), r.sha256(),
                    report.agency() == null ? "" : report.agency(), Html.errors(findings),
                    (int) findings.stream().filter(x -> x.severity() == nianbao.schema.Severity.WARNING).count());
            stored = site.store.add(l.collection(), l.slot(), r.file(), draft);
        } finally {
            r.discard();
        }
        site.store.log(ctx.ip(), "单位 " + l.slot().id() + " " + l.slot().agency(), "上传第 " + stored.version() + " 版 "
                + r.name() + "（" + stored.errors() + " 个错误，" + stored.warnings() + " 个警告）");
        StringBuilder sb = new StringBuilder(header(l));
        sb.append(Html.notice(stored.errors() > 0 ? "error" : "ok", "已收到第 " + stored.version() + " 版（" + r.name() + "）。"
                + (stored.errors() > 0 ? "有 " + stored.errors() + " 个错误，请改正后再次上传；" : "校验通过，政务公开办已能看到。")
                + (stored.errors() > 0 ? "每次上传都会保留。" : "")));
        sb.append(mismatch(l, report));
        sb.append("<p class=\"meta\"><span>文件：").append(Html.esc(r.name())).append("</span><span>机关：")
                .append(Html.esc(View.orDash(report.agency()))).append("</span><span>年度：").append(Html.esc(View.orDash(report.year())))
                .append("</span></p>\n<h2>校验结果</h2>\n").append(Html.findings(findings));
        sb.append(form(l, site.guard.csrf(ctx), true));
        sb.append(versions(site.store.versions(l.collection(), l.slot())));
        Site.page(ctx, 200, "报送年报", null, sb.toString());
    }

    private static String header(Store.Located l) {
        return "<p class=\"meta\"><span>" + Html.esc(l.collection().name()) + "</span><span>年度：" + l.collection().year()
                + "</span><span>报送单位：<b>" + Html.esc(l.slot().agency()) + "</b></span><span>"
                + (l.collection().closed() ? "<span class=\"badge info\">已关闭</span>" : "<span class=\"badge ok\">收集中</span>")
                + "</span></p>\n";
    }

    private static String mismatch(Store.Located l, Report report) {
        String inFile = report.agency();
        if (inFile != null && !inFile.strip().equals(l.slot().agency().strip())) {
            return Html.notice("warn", "工作簿中的机关名称为“" + inFile + "”，与名单中的“" + l.slot().agency() + "”不同，请核对。");
        }
        return "";
    }

    private String findingsOf(Store.Located l, Submission v) throws IOException {
        String status = v.errors() > 0 ? "有错误（" + v.errors() + "）" : "已提交";
        StringBuilder sb = new StringBuilder();
        sb.append(Html.notice(v.errors() > 0 ? "error" : "ok", "当前状态：" + status + "。最近一次上传：第 " + v.version() + " 版，"
                + Html.time(v.time()) + "，" + v.originalName() + "。"));
        try {
            Report report = Reports.read(site.store.file(l.collection(), l.slot(), v));
            sb.append("<h2>最近一版的校验结果</h2>\n").append(Html.findings(Reports.validate(report)));
        } catch (UnreadableInputException e) {
            sb.append(Html.notice("error", "最近一版无法读取，请重新上传。"));
        }
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

    private static String versions(List<Submission> versions) {
        if (versions.isEmpty()) {
            return "<p class=\"hint\">还没有上传过。</p>\n";
        }
        StringBuilder sb = new StringBuilder("<h2>上传记录</h2>\n<div class=\"scroll\"><table class=\"grid\"><thead><tr>"
                + "<th>版本</th><th>上传时间</th><th>文件</th><th>结果</th></tr></thead><tbody>\n");
        for (int i = versions.size() - 1; i >= 0; i--) {
            Submission v = versions.get(i);
            sb.append("<tr><td>第 ").append(v.version()).append(" 版</td><td class=\"nowrap\">").append(Html.time(v.time()))
                    .append("</td><td>").append(Html.esc(v.originalName())).append("</td><td>").append(Html.result(v))
                    .append("</td></tr>\n");
        }
        return sb.append("</tbody></table></div>\n").toString();
    }
}
