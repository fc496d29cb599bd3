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
import nianbao.render.Renderer;
import nianbao.validate.Finding;
import nianbao.web.pages.clerk.JtecheckGenerated;
import nianbao.web.pages.clerk.JtecheckedGenerated;
import nianbao.web.pages.clerk.JtehomeGenerated;
import nianbao.web.pages.clerk.JteimportGenerated;
import nianbao.web.pages.clerk.JteimportedGenerated;
import nianbao.web.pages.clerk.JtetemplateGenerated;
import nianbao.web.view.CheckResult;
import nianbao.web.view.ImportPage;
import nianbao.web.view.ReportForm;
import nianbao.web.view.View;

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
        r.post("/check/{id}", this::edit);
        r.get("/import", this::importForm);
        r.post("/import", this::importReport);
        r.get("/import/{id}", this::imported);
        r.get("/import/{id}/report", this::importReportText);
    }

    private void home(Context ctx) {
        Site.page(ctx, 200, out -> JtehomeGenerated.render(out, null));
    }

    private void templateForm(Context ctx) {
        String token = site.guard.csrf(ctx);
        int year = Year.now().getValue() - 1;
        Site.page(ctx, 200, out -> JtetemplateGenerated.render(out, null, token, year));
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
        Site.page(ctx, 200, out -> JtecheckGenerated.render(out, null, token, site.maxUpload / 1024 / 1024));
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
        Site.seeOther(ctx, "/check/" + site.checked.put(new Site.Checked(report, findings, r.name(), previous)));
    }

    /** The 校验结果 page: where the browser lands after sending a report (a refresh sends nothing again). */
    private void checked(Context ctx) throws WebError {
        String id = ctx.pathParam("id");
        show(ctx, 200, site.checked.get(id), id, null);
    }

    /** The 校验结果 page of a checked report: findings, the report as a form that posts to {@code /check/ID}, the preview. */
    private void show(Context ctx, int status, Site.Checked c, String id, String refusal) {
        ReportForm form = ReportForm.of(c.report(), c.findings(), c.previous(), "/check/" + id, site.guard.csrf(ctx), false);
        String preview = new String(Renderer.of(Format.HTML, true).renderBytes(c.report()), StandardCharsets.UTF_8);
        CheckResult page = new CheckResult(c.fileName(), c.report().agency(), c.report().year(), c.findings(), form,
                preview, refusal);
        Site.page(ctx, status, out -> JtecheckedGenerated.render(out, null, page));
    }

    /**
     * What the form of a checked (or imported) report asks for, with the values as posted: check them
     * again (重新校验), or download the workbook, the JSON or a publishable document of them.
     */
    private void edit(Context ctx) throws WebError, IOException {
        site.guard.checkCsrf(ctx);
        Site.Checked base = site.checked.get(ctx.pathParam("id"));
        Report report = FormInput.read(ctx, base.report(), base.fileName());
        List<Finding> findings = Reports.validate(report, base.previous());
        Site.Checked edited = new Site.Checked(report, findings, base.fileName(), base.previous());
        String name = Site.safeName(report.agency() == null ? "年报" : report.title());
        String action = String.valueOf(ctx.formParam("action"));
        switch (action) {
            case "xlsx" -> site.downloadWritten(ctx, "xlsx", out -> Reports.write(report, out), name + ".xlsx", Site.XLSX);
            case "json" -> Site.download(ctx, ReportJson.write(report).getBytes(StandardCharsets.UTF_8), name + ".json",
                    "application/json; charset=utf-8");
            case "docx", "html", "md", "txt" -> {
                int errors = View.errors(findings);
                if (errors > 0) {
                    show(ctx, 409, edited, site.checked.put(edited), "这份年报有 " + errors + " 个校验错误，改正后才能生成发布稿。");
                    return;
                }
                Format fmt = Format.parse(action);
                String type = switch (fmt) {
                    case DOCX -> Site.DOCX;
                    case HTML -> "text/html; charset=utf-8";
                    case MD -> "text/markdown; charset=utf-8";
                    case TXT -> "text/plain; charset=utf-8";
                };
                Site.download(ctx, Reports.render(report, fmt), name + "." + fmt.extension(), type);
            }
            default -> Site.seeOther(ctx, "/check/" + site.checked.put(edited));
        }
    }

    private void importForm(Context ctx) {
        String token = site.guard.csrf(ctx);
        Site.page(ctx, 200, out -> JteimportGenerated.render(out, null, token));
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
        Report last;
        try {
            last = previous(ctx);
            result = Reports.importLegacy(r.file(), r.name(), last);
        } catch (UnreadableInputException e) {
            throw new WebError(422, Uploads.scrub(e.getMessage(), r));
        } finally {
            r.discard();
        }
        String checkedId = site.checked.put(new Site.Checked(result.report(), result.findings(), result.file(), last));
        Site.seeOther(ctx, "/import/" + site.imported.put(new Site.Imported(result, last, checkedId)));
    }

    /** The 导入结果 page: where the browser lands after sending a published report. */
    private void imported(Context ctx) throws WebError {
        String id = ctx.pathParam("id");
        Site.Imported imported = site.imported.get(id);
        ImportResult result = imported.result();
        ReportForm form = ReportForm.of(result.report(), result.findings(), imported.previous(), "/check/" + imported.checkedId(),
                site.guard.csrf(ctx), false);
        ImportPage page = new ImportPage(result, "/import/" + id + "/report", form);
        Site.page(ctx, 200, out -> JteimportedGenerated.render(out, null, page));
    }

    private void importReportText(Context ctx) throws WebError {
        ImportResult r = site.imported.get(ctx.pathParam("id")).result();
        String base = Site.safeName(r.report().agency() == null ? "导入结果" : r.report().title());
        Site.download(ctx, ImportReports.text(r).getBytes(StandardCharsets.UTF_8), base + "-导入报告.txt",
                "text/plain; charset=utf-8");
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

}
