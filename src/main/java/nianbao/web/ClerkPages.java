package nianbao.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.legacy.ImportReports;
import nianbao.legacy.ImportResult;
import nianbao.model.Report;
import nianbao.model.ReportJson;
import nianbao.render.Format;
import nianbao.validate.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;

/** The clerk's pages: 首页, 下载填报模板, 校验并生成年报, 导入往年年报. */
final class ClerkPages {

    /** The form field with the random mark a download form sends (see app.js); answered in the cookie {@code nb_dl}. */
    static final String DOWNLOAD_MARK = "_dl";

    private final Site site;

    ClerkPages(Site site) {
        this.site = site;
    }

    void register(RoutesConfig r) {
        r.get("/", this::home);
        r.get("/template", this::templateForm);
        r.post("/template", this::template);
        r.get("/check", this::checkForm);
        r.post("/check", this::check);
        r.get("/check/{id}", this::checked);
        r.get("/check/{id}/{format}", this::checkDownload);
        r.get("/import", this::importForm);
        r.post("/import", this::importReport);
        r.get("/import/{id}", this::importedPage);
        r.get("/import/{id}/{what}", this::importDownload);
    }

    private void home(Context ctx) {
        String body = """
                <p class="lead">按国办公开办函〔2021〕30号格式填报政府信息公开工作年度报告，四步完成：</p>
                <ol class="steps">
                <li><a href="/template"><b>下载填报模板</b></a><span>填写机关名称和年度，下载 Excel 模板；有上年年报的，上传后自动预填“上年结转”。</span></li>
                <li><b>在 Excel 或 WPS 中填写</b><span>只填黄色格子；合计自动计算，“校验”工作表实时显示勾稽关系是否一致。</span></li>
                <li><a href="/check"><b>校验并生成年报</b></a><span>上传填好的工作簿，逐条查看问题（写明工作表和单元格），改正后下载 Word 发布稿。</span></li>
                <li><b>报送</b><span>用政务公开办发来的专属链接上传；政务公开办在“收集与汇总”查看各单位报送情况并汇总。</span></li>
                </ol>
                <p class="hint">往年已发布的年报（网页、Word、PDF、文本）可以在<a href="/import">导入往年年报</a>中转成工作簿，作为今年的“上年数据”。</p>
                """;
        Site.page(ctx, 200, "年度报告填报", "/", body);
    }

    private void templateForm(Context ctx) {
        String token = site.guard.csrf(ctx);
        int year = Year.now().getValue() - 1;
        String body = "<form class=\"card\" method=\"post\" action=\"/template\" enctype=\"multipart/form-data\" data-download>"
                + Html.csrf(token) + "<input type=\"hidden\" name=\"" + DOWNLOAD_MARK + "\" value=\"\">"
                + "<label>机关名称<input type=\"text\" name=\"agency\" maxlength=\"100\" placeholder=\"如：某某县卫生健康委员会\"></label>\n"
                + "<label>报告年度<input type=\"number\" name=\"year\" min=\"2008\" max=\"2100\" value=\"" + year + "\"></label>\n"
                + "<label>上年年报（可选）<input type=\"file\" name=\"previous\" accept=\".xlsx,.json\">"
                + "<small>上传去年填好的工作簿或 JSON，模板会预填“二、上年结转政府信息公开申请数量”，并在表旁列出上年数字。</small></label>\n"
                + "<button type=\"submit\">下载模板</button></form>\n"
                + "<p class=\"hint\">模板中黄色格子填写，其余格子已锁定；总计是公式，自动计算；“校验”工作表实时核对勾稽关系。</p>\n";
        Site.page(ctx, 200, "下载填报模板", "/template", body);
    }

    private void template(Context ctx) throws WebError, IOException {
        Uploads.parse(ctx, site.maxUpload);
        site.guard.checkCsrf(ctx);
        String agency = blankToNull(ctx.formParam("agency"));
        if (agency != null && agency.length() > 100) {
            throw new WebError(400, "机关名称过长（超过 100 个字），请核对。");
        }
        Integer year = year(ctx.formParam("year"));
        Report previous = previous(ctx);
        if (previous != null) {
            agency = agency != null ? agency : previous.agency();
            if (year == null && previous.number("meta.year") != null) {
                year = previous.number("meta.year").intValue() + 1;
            }
        }
        String name = "年报模板" + (agency == null ? "" : "-" + agency) + (year == null ? "" : "-" + year) + ".xlsx";
        String a = agency;
        Integer y = year;
        site.downloadWritten(ctx, "xlsx", out -> Reports.template(a, y, previous, out), Site.safeName(name), Site.XLSX);
        String mark = ctx.formParam(DOWNLOAD_MARK);
        if (mark != null && mark.matches("[0-9a-f]{24}")) {
            // the page's script sees the file has arrived and makes the button usable again (app.js)
            ctx.res().addHeader("Set-Cookie", "nb_dl=" + mark + site.guard.cookieAttributes(false));
        }
    }

    private void checkForm(Context ctx) {
        String token = site.guard.csrf(ctx);
        String body = "<form class=\"card\" method=\"post\" action=\"/check\" enctype=\"multipart/form-data\">"
                + Html.csrf(token)
                + "<label>填好的年报<input type=\"file\" name=\"file\" required accept=\".xlsx,.json\">"
                + "<small>用填报模板填好的 .xlsx 工作簿，或 JSON 文件；不超过 " + site.maxUpload / 1024 / 1024 + " MB。</small></label>\n"
                + "<label>上年年报（可选）<input type=\"file\" name=\"previous\" accept=\".xlsx,.json\">"
                + "<small>用于核对上年结转、现行有效件数和同比变化。</small></label>\n"
                + "<button type=\"submit\">校验</button></form>\n";
        Site.page(ctx, 200, "校验并生成年报", "/check", body);
    }

    private void check(Context ctx) throws WebError, IOException {
        Uploads.parse(ctx, site.maxUpload);
        site.guard.checkCsrf(ctx);
        UploadedFile f = Uploads.file(ctx, "file");
        if (f == null) {
            throw new WebError(400, "请选择要校验的年报文件（.xlsx 或 .json）。");
        }
        Report previous = previous(ctx);
        Uploads.Received r = Uploads.receive(site.store, f, Uploads.Kind.REPORT, site.maxUpload);
        Report report;
        try {
            report = Uploads.read(r);
        } finally {
            r.discard();
        }
        List<Finding> findings = Reports.validate(report, previous);
        Site.seeOther(ctx, "/check/" + site.checked.put(new Site.Checked(report, findings, r.name())));
    }

    private void checked(Context ctx) throws WebError {
        String id = ctx.pathParam("id");
        Site.Checked c = site.checked.get(id);
        Site.page(ctx, 200, "校验结果", "/check", result(c.report(), c.findings(), c.fileName(), "/check/" + id + "/"));
    }

    /**
     * The findings, the downloads and the preview of a checked report; with a null {@code downloadBase}
     * (an agency's upload) the findings only.
     */
    static String result(Report report, List<Finding> findings, String fileName, String downloadBase) {
        StringBuilder sb = new StringBuilder();
        sb.append("<p class=\"meta\"><span>文件：").append(Html.esc(fileName)).append("</span><span>机关：")
                .append(Html.esc(orDash(report.agency()))).append("</span><span>年度：").append(Html.esc(orDash(report.year())))
                .append("</span></p>\n<h2>校验结果</h2>\n").append(Html.findings(findings));
        if (downloadBase != null) {
            sb.append("<h2>下载</h2>\n<p class=\"downloads\">");
            boolean blocked = Html.errors(findings) > 0;
            for (Format fmt : Format.values()) {
                String label = switch (fmt) {
                    case DOCX -> "Word 发布稿（.docx）";
                    case HTML -> "网页（.html）";
                    case MD -> "Markdown（.md）";
                    case TXT -> "纯文本（.txt）";
                };
                if (blocked) {
                    sb.append("<span class=\"button disabled\">").append(label).append("</span>");
                } else {
                    sb.append("<a class=\"button\" href=\"").append(downloadBase).append(fmt.extension()).append("\">")
                            .append(label).append("</a>");
                }
            }
            sb.append("<a class=\"button secondary\" href=\"").append(downloadBase).append("json\">数据（.json）</a></p>\n");
            if (blocked) {
                sb.append(Html.notice("warn", "有错误的年报不生成发布稿：请先按上表改正，再上传一次。"));
            }
        }
        if (downloadBase == null) {
            // the collection desk shows findings only: the agency came to hand in, not to publish
            return sb.toString();
        }
        sb.append("<h2>预览</h2>\n<div class=\"preview\">")
                .append(new String(nianbao.render.Renderer.of(Format.HTML, true).renderBytes(report), StandardCharsets.UTF_8))
                .append("</div>\n");
        return sb.toString();
    }

    private void checkDownload(Context ctx) throws WebError {
        Site.Checked c = site.checked.get(ctx.pathParam("id"));
        sendReport(ctx, c.report(), c.findings(), ctx.pathParam("format"));
    }

    /** Sends a checked report as a publishable document, or as JSON. */
    static void sendReport(Context ctx, Report report, List<Finding> findings, String format) throws WebError {
        String base = Site.safeName(report.title());
        if (format.equals("json")) {
            Site.download(ctx, ReportJson.write(report).getBytes(StandardCharsets.UTF_8), base + ".json",
                    "application/json; charset=utf-8");
            return;
        }
        Format fmt;
        try {
            fmt = Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw WebError.notFound();
        }
        if (Html.errors(findings) > 0) {
            throw new WebError(409, "这份年报有 " + Html.errors(findings) + " 个校验错误，改正后才能生成发布稿。");
        }
        String type = switch (fmt) {
            case DOCX -> Site.DOCX;
            case HTML -> "text/html; charset=utf-8";
            case MD -> "text/markdown; charset=utf-8";
            case TXT -> "text/plain; charset=utf-8";
        };
        Site.download(ctx, Reports.render(report, fmt), base + "." + fmt.extension(), type);
    }

    private void importForm(Context ctx) {
        String token = site.guard.csrf(ctx);
        String body = "<p class=\"lead\">把往年已经发布的年报（网页、Word、PDF、文本）转成填报工作簿。每个数字标明"
                + "<span class=\"v-read key\">读取</span><span class=\"v-inferred key\">推断</span><span class=\"v-missing key\">缺失</span>，绝不悄悄猜数。</p>\n"
                + "<form class=\"card\" method=\"post\" action=\"/import\" enctype=\"multipart/form-data\">" + Html.csrf(token)
                + "<label>年报文件<input type=\"file\" name=\"file\" accept=\".txt,.html,.htm,.docx,.pdf,.md\">"
                + "<small>.txt、.html、.docx、.pdf、.md，按内容识别。</small></label>\n"
                + "<label>或粘贴年报全文<textarea name=\"text\" rows=\"8\" placeholder=\"从政府网站复制的年报全文\"></textarea></label>\n"
                + "<label>上年年报（可选）<input type=\"file\" name=\"previous\" accept=\".xlsx,.json\">"
                + "<small>上一年度的工作簿或 JSON：用它的结转数和现行有效件数确定粘连得无法拆开的数字，并核对上年结转。</small></label>\n"
                + "<button type=\"submit\">导入</button></form>\n";
        Site.page(ctx, 200, "导入往年年报", "/import", body);
    }

    private void importReport(Context ctx) throws WebError, IOException {
        Uploads.parse(ctx, site.maxUpload);
        site.guard.checkCsrf(ctx);
        UploadedFile f = Uploads.file(ctx, "file");
        String text = blankToNull(ctx.formParam("text"));
        Uploads.Received r;
        if (f != null) {
            r = Uploads.receive(site.store, f, Uploads.Kind.LEGACY, site.maxUpload);
        } else if (text != null) {
            Path tmp = site.store.temporary("txt");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            r = new Uploads.Received(tmp, "粘贴的文本", "txt", Files.size(tmp), "");
        } else {
            throw new WebError(400, "请选择年报文件，或把年报全文粘贴到文本框中。");
        }
        ImportResult result;
        try {
            Report last = previous(ctx);
            result = Reports.importLegacy(r.file(), r.name(), last);
        } catch (UnreadableInputException e) {
            throw new WebError(422, Uploads.scrub(e.getMessage(), r));
        } finally {
            r.discard();
        }
        Site.seeOther(ctx, "/import/" + site.imported.put(result));
    }

    private void importedPage(Context ctx) throws WebError {
        String id = ctx.pathParam("id");
        Site.page(ctx, 200, "导入结果", "/import", imported(site.imported.get(id), "/import/" + id + "/"));
    }

    private static String imported(ImportResult r, String base) {
        Report report = r.report();
        StringBuilder sb = new StringBuilder();
        sb.append("<p class=\"meta\"><span>文件：").append(Html.esc(r.file())).append("</span><span>机关：")
                .append(Html.esc(orDash(report.agency()))).append("</span><span>年度：").append(Html.esc(orDash(report.year())))
                .append("</span><span>版式：").append(Html.esc(orDash(r.layout()))).append("</span></p>\n")
                .append("<p class=\"counts\"><span class=\"v-read key\">读取 ").append(r.read()).append("</span>")
                .append("<span class=\"v-inferred key\">推断 ").append(r.inferred()).append("</span>")
                .append("<span class=\"v-missing key\">缺失 ").append(r.missing()).append("</span>")
                .append("<span class=\"hint\">鼠标停在格子上可看来源和理由。</span></p>\n");
        for (String note : r.notes()) {
            sb.append(Html.notice("warn", note));
        }
        sb.append("<p class=\"downloads\"><a class=\"button\" href=\"").append(base).append("workbook\">下载工作簿（.xlsx）</a>")
                .append("<a class=\"button secondary\" href=\"").append(base).append("report\">下载导入报告（.txt）</a></p>\n")
                .append(Reports.provenanceTables(report))
                .append("<h2>原文的勾稽问题（照原样保留）</h2>\n")
                .append(Html.findings(r.findings(), "数字按原文导入，没有改动；请在下载的工作簿中核对原文后填写或更正。"));
        return sb.toString();
    }

    private void importDownload(Context ctx) throws WebError, IOException {
        ImportResult r = site.imported.get(ctx.pathParam("id"));
        String base = Site.safeName(r.report().agency() == null ? "导入结果" : r.report().title());
        switch (ctx.pathParam("what")) {
            case "workbook" -> site.downloadWritten(ctx, "xlsx", out -> Reports.write(r.report(), out), base + ".xlsx", Site.XLSX);
            case "report" -> Site.download(ctx, ImportReports.text(r).getBytes(StandardCharsets.UTF_8),
                    base + "-导入报告.txt", "text/plain; charset=utf-8");
            default -> throw WebError.notFound();
        }
    }

    /** Last year's report from the optional {@code previous} field, or null. */
    private Report previous(Context ctx) throws WebError, IOException {
        UploadedFile p = Uploads.file(ctx, "previous");
        if (p == null) {
            return null;
        }
        Uploads.Received r = Uploads.receive(site.store, p, Uploads.Kind.REPORT, site.maxUpload);
        try {
            return Uploads.read(r);
        } finally {
            r.discard();
        }
    }

    private static Integer year(String s) throws WebError {
        String t = blankToNull(s);
        if (t == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(t);
            if (y >= 2008 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new WebError(400, "报告年度应为四位数年份（2008–2100），收到“" + t + "”。");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
