package nianbao.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.model.Report;
import nianbao.validate.Finding;
import nianbao.web.pages.agency.JteslotGenerated;
import nianbao.web.view.Notice;
import nianbao.web.view.ReportForm;
import nianbao.web.view.SlotPage;
import nianbao.web.view.Version;
import nianbao.web.view.View;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An agency's own upload page, opened by the long random token in its link: its status, its
 * uploads, the findings of what it sent, the office's comments, and the report as a form to
 * correct and hand in again. The token opens this one slot and nothing else.
 */
final class AgencyPages {

    /** A corrected form checked again but not yet handed in, kept for its slot only. */
    private record Draft(String slotId, String collectionId, Report report, List<Finding> findings, int basedOn) {
    }

    /** Versions kept in memory for the page an upload redirects to (read again from the file when gone). */
    private static final int JUST_STORED = 64;

    private final Site site;
    private final Recent<Draft> drafts = new Recent<>(200);
    /**
     * The report and findings of the versions just stored, by collection, slot and version: the page
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
        r.post("/u/{token}/v/{version}", this::editVersion);
        r.get("/u/{token}/d/{draft}", this::showDraft);
        r.post("/u/{token}/d/{draft}", this::editDraft);
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
        page(ctx, l, version(ctx, l), site.store.latest(l.collection(), l.slot()).orElse(null));
    }

    private Submission version(Context ctx, Store.Located l) throws WebError, IOException {
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("version"));
        } catch (NumberFormatException e) {
            throw WebError.notFound();
        }
        return site.store.version(l.collection(), l.slot(), n).orElseThrow(WebError::notFound);
    }

    /**
     * A stored version: what was received, whether it is the one that counts, its findings (as found when
     * it was stored, or read again from the stored file), the form.
     */
    private void page(Context ctx, Store.Located l, Submission shown, Submission latest) throws IOException {
        List<Notice> notices = new ArrayList<>();
        Report report = null;
        List<Finding> findings = List.of();
        if (shown != null) {
            notices.add(new Notice(shown.errors() > 0 ? "error" : "ok", "已收到第 " + shown.version() + " 版（" + shown.originalName() + "）。"
                    + (shown.errors() > 0 ? "有 " + shown.errors() + " 个错误，请改正后再次上传；每次上传都会保留。" : "校验通过，政务公开办已能看到。")
                    + "上传时间：" + View.time(shown.time()) + "。"));
            if (latest != null && latest.version() != shown.version()) {
                notices.add(new Notice("warn", "这不是最新一版：政务公开办以第 " + latest.version() + " 版为准。"));
            }
            String mismatch = shown.mismatch(l.slot().agency());
            if (mismatch != null) {
                notices.add(new Notice("warn", "工作簿中的机关名称为“" + shown.agencyInFile().strip() + "”，与名单中的“" + l.slot().agency()
                        + "”不同：政务公开办会看到“机关名称不符”，汇总时按“" + l.slot().agency() + "”计。如果传错了文件，请重新上传本单位的年报。"));
            }
            Site.Checked checked = justStored.get(key(l, shown.version()));
            if (checked != null) {
                report = checked.report();
                findings = checked.findings();
            } else {
                try {
                    report = Reports.read(site.store.file(l.collection(), l.slot(), shown)).withFile(shown.originalName());
                    findings = Reports.validate(report);
                } catch (UnreadableInputException e) {
                    notices.add(new Notice("error", "这一版无法读取，请重新上传。"));
                }
            }
        }
        String action = shown == null ? null : "/u/" + l.slot().token() + "/v/" + shown.version();
        render(ctx, l, notices, shown == null ? null : shown.originalName(), report, findings, action);
    }

    private void render(Context ctx, Store.Located l, List<Notice> notices, String fileName, Report report,
                        List<Finding> findings, String formAction) throws IOException {
        String csrf = site.guard.csrf(ctx);
        ReportForm form = report == null || formAction == null ? null
                : ReportForm.of(report, findings, null, formAction, csrf, true);
        List<Version> versions = new ArrayList<>();
        List<Submission> all = site.store.versions(l.collection(), l.slot());
        for (int i = all.size() - 1; i >= 0; i--) {
            versions.add(Views.version(all.get(i), "/u/" + l.slot().token() + "/v/" + all.get(i).version()));
        }
        SlotPage page = new SlotPage(l.collection().name(), l.collection().year(), l.slot().agency(), l.collection().closed(),
                notices, fileName, report == null ? null : report.agency(), report == null ? null : report.year(), findings,
                comments(l), form, "/u/" + l.slot().token(), csrf, versions);
        Site.page(ctx, 200, out -> JteslotGenerated.render(out, null, page));
    }

    /** The office's 需改正 marks on the latest version, with their findings as marked. */
    private List<SlotPage.Comment> comments(Store.Located l) throws IOException {
        List<SlotPage.Comment> out = new ArrayList<>();
        for (Marks.Mark m : site.marks.of(l.collection(), l.slot())) {
            if (m.kind() == Marks.Kind.FIX) {
                out.add(new SlotPage.Comment(m.cell(), m.message(), m.note(), View.time(m.time())));
            }
        }
        return out;
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
        try {
            stored = accept(ctx, l, r, Uploads.read(r));
        } finally {
            r.discard();
        }
        site.store.log(site.address(ctx), "单位 " + l.slot().id() + " " + l.slot().agency(), "上传第 " + stored.version() + " 版 "
                + r.name() + "（" + stored.errors() + " 个错误，" + stored.warnings() + " 个警告）");
        Site.seeOther(ctx, "/u/" + l.slot().token() + "/v/" + stored.version());
    }

    /**
     * Stores a received report as the agency's next version: the year must be the collection's; the
     * findings are recorded; the office's marks whose finding the version no longer has are dropped.
     */
    private Submission accept(Context ctx, Store.Located l, Uploads.Received r, Report report) throws WebError, IOException {
        String year = report.year();
        if (year != null && !year.equals(Integer.toString(l.collection().year()))) {
            throw new WebError(422, "“" + r.name() + "”的报告年度为 " + year + "，本次收集的是 " + l.collection().year()
                    + " 年度年报。请核对后重新上传。");
        }
        List<Finding> findings = Reports.validate(report);
        Submission draft = new Submission(0, Store.now(), site.address(ctx), r.name(), r.extension(), r.bytes(), r.sha256(),
                report.agency() == null ? "" : report.agency(), View.errors(findings), View.warnings(findings));
        Submission stored = site.store.add(l.collection(), l.slot(), r.file(), draft);
        ReviewPages.prune(site, l.collection(), l.slot(), report, findings, stored.version());
        justStored.put(key(l, stored.version()), new Site.Checked(report, findings, r.name(), null));
        return stored;
    }

    /** The form over a stored version: 重新校验, or 提交为新的一版. */
    private void editVersion(Context ctx) throws WebError, IOException {
        site.guard.checkCsrf(ctx);
        Store.Located l = locate(ctx);
        Submission v = version(ctx, l);
        Report base;
        try {
            base = Reports.read(site.store.file(l.collection(), l.slot(), v)).withFile(v.originalName());
        } catch (UnreadableInputException e) {
            throw new WebError(409, "这一版无法读取，请重新上传。");
        }
        edit(ctx, l, base, v.version());
    }

    /** The form over a draft checked again before. */
    private void editDraft(Context ctx) throws WebError, IOException {
        site.guard.checkCsrf(ctx);
        Store.Located l = locate(ctx);
        Draft d = draft(ctx, l);
        edit(ctx, l, d.report(), d.basedOn());
    }

    private void edit(Context ctx, Store.Located l, Report base, int basedOn) throws WebError, IOException {
        Report report = FormInput.read(ctx, base, base.file());
        if (!"submit".equals(ctx.formParam("action"))) {
            String id = drafts.put(new Draft(l.slot().id(), l.collection().id(), report, Reports.validate(report), basedOn));
            Site.seeOther(ctx, "/u/" + l.slot().token() + "/d/" + id);
            return;
        }
        if (l.collection().closed()) {
            throw WebError.closed();
        }
        String name = "网页改正（基于第" + basedOn + "版）.xlsx";
        Path file = site.store.temporary("xlsx");
        Submission stored;
        try {
            Reports.write(report, file);
            Uploads.Received r = new Uploads.Received(file, name, "xlsx", Files.size(file),
                    Secrets.sha256Hex(Files.readAllBytes(file)));
            stored = accept(ctx, l, r, report.withFile(name));
        } finally {
            Files.deleteIfExists(file);
        }
        site.store.log(site.address(ctx), "单位 " + l.slot().id() + " " + l.slot().agency(), "在网页上改正第 " + basedOn
                + " 版后提交为第 " + stored.version() + " 版（" + stored.errors() + " 个错误，" + stored.warnings() + " 个警告）");
        Site.seeOther(ctx, "/u/" + l.slot().token() + "/v/" + stored.version());
    }

    /** A draft of this slot, or 404 (a draft of another slot is not found here). */
    private Draft draft(Context ctx, Store.Located l) throws WebError {
        Draft d = drafts.get(ctx.pathParam("draft"));
        if (!d.slotId().equals(l.slot().id()) || !d.collectionId().equals(l.collection().id())) {
            throw WebError.notFound();
        }
        return d;
    }

    private void showDraft(Context ctx) throws WebError, IOException {
        Store.Located l = locate(ctx);
        Draft d = draft(ctx, l);
        int errors = View.errors(d.findings());
        List<Notice> notices = List.of(new Notice(errors > 0 ? "error" : "ok", "这是在网页上改正、还没有提交的内容（基于第 " + d.basedOn()
                + " 版）：" + (errors > 0 ? "还有 " + errors + " 个错误。" : "校验通过。") + "改好后点“提交为新的一版”，政务公开办才能看到。"));
        render(ctx, l, notices, d.report().file(), d.report(), d.findings(), "/u/" + l.slot().token() + "/d/" + ctx.pathParam("draft"));
    }
}
