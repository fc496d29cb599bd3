package nianbao.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.model.Report;
import nianbao.validate.Finding;
import nianbao.validate.FindingKeys;
import nianbao.web.pages.office.JteremindGenerated;
import nianbao.web.view.RemindPage;
import nianbao.web.view.View;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The office's review of the agencies' findings: a finding of an agency's latest version marked
 * 需改正 (with a comment the agency sees on its link page) or 已核实无误 (with a reason), and the 催报
 * list of the agencies that have not submitted or have something to correct. Every mark is logged.
 */
final class ReviewPages {

    private final Site site;
    private final OfficePages office;

    ReviewPages(Site site, OfficePages office) {
        this.site = site;
        this.office = office;
    }

    void register(RoutesConfig r) {
        r.post("/office/c/{id}/a/{slot}/mark", this::mark);
        r.get("/office/c/{id}/remind", this::remind);
        r.get("/office/c/{id}/remind.csv", this::remindCsv);
    }

    /** An agency's latest version, read again, and its findings. */
    record Latest(Report report, List<Finding> findings) {
    }

    /** The latest version of a slot and its findings, or null when it has none or it cannot be read. */
    static Latest latest(Site site, Collection c, Collection.Slot s, Submission latest) throws IOException {
        if (latest == null) {
            return null;
        }
        try {
            Report r = Reports.read(site.store.file(c, s, latest)).withFile(latest.originalName());
            return new Latest(r, Reports.validate(r));
        } catch (UnreadableInputException e) {
            return null;
        }
    }

    /** Sets or takes away the office's mark on one finding of an agency's latest version. */
    private void mark(Context ctx) throws WebError, IOException {
        site.guard.checkCsrf(ctx);
        Collection c = office.collectionOf(ctx);
        Collection.Slot s = c.slot(ctx.pathParam("slot")).orElseThrow(WebError::notFound);
        Submission latest = site.store.latest(c, s).orElse(null);
        Latest last = latest(site, c, s, latest);
        if (last == null) {
            throw new WebError(409, "该单位还没有可读的一版，没有可标记的问题。");
        }
        String key = String.valueOf(ctx.formParam("key"));
        Finding f = last.findings().stream().filter(x -> FindingKeys.of(x, last.report().schema()).equals(key)).findFirst()
                .orElseThrow(() -> new WebError(409, "这条问题已不在该单位的最新一版中（可能刚刚改正了），请刷新页面后再看。"));
        String who = "政务公开办";
        String what = s.id() + " " + s.agency() + " 第 " + latest.version() + " 版 " + f.ruleId() + " " + View.position(f);
        if ("clear".equals(ctx.formParam("do"))) {
            Marks.Mark gone = site.marks.remove(c, s, key);
            if (gone != null) {
                site.store.log(site.address(ctx), who, "撤销标记 " + what + "（原为" + gone.kind().zh() + "：" + gone.note() + "）");
            }
        } else {
            Marks.Kind kind = Marks.Kind.parse(ctx.formParam("kind"));
            if (kind == null) {
                throw new WebError(400, "请选择“需改正”或“已核实无误”。");
            }
            String note = ctx.formParam("note") == null ? "" : ctx.formParam("note").replaceAll("[\\p{Cntrl}]+", " ").strip();
            if (note.isEmpty()) {
                throw new WebError(400, kind == Marks.Kind.FIX ? "请写明需要该单位怎样改正。" : "请写明核实无误的理由。");
            }
            if (note.length() > Marks.MAX_NOTE) {
                throw new WebError(400, "意见不能超过 " + Marks.MAX_NOTE + " 个字（现有 " + note.length() + " 个字）。");
            }
            site.marks.put(c, s, new Marks.Mark(key, kind, note, View.position(f), f.message(), latest.version(), Store.now()));
            site.store.log(site.address(ctx), who, "标记 " + what + " " + kind.zh() + "：" + note);
        }
        Site.seeOther(ctx, "/office/c/" + c.id() + "/a/" + s.id());
    }

    /**
     * After a new version of an agency: its marks whose finding the version no longer has are dropped
     * (the finding was fixed), each with a line in the log; the others stay with their finding.
     */
    static void prune(Site site, Collection c, Collection.Slot s, Report report, List<Finding> findings, int version)
            throws IOException {
        Set<String> keys = new HashSet<>();
        for (Finding f : findings) {
            keys.add(FindingKeys.of(f, report.schema()));
        }
        for (Marks.Mark m : site.marks.keepOnly(c, s, keys)) {
            site.store.log("", "服务", "标记解除 " + s.id() + " " + s.agency() + " " + FindingKeys.rule(m.key()) + " " + m.cell()
                    + "（" + m.kind().zh() + "）：第 " + version + " 版已没有这条问题");
        }
    }

    /** The agencies to remind: not submitted, or with a finding marked 需改正. */
    private RemindPage remindList(Context ctx, Collection c) throws IOException {
        String origin = office.linkOrigin(ctx);
        Map<String, List<Marks.Mark>> all = site.marks.all(c);
        List<RemindPage.Row> rows = new ArrayList<>();
        for (Collection.Slot s : c.slots()) {
            Submission latest = site.store.latest(c, s).orElse(null);
            long fix = all.getOrDefault(s.id(), List.of()).stream().filter(m -> m.kind() == Marks.Kind.FIX).count();
            String reason = latest == null ? "未提交" : fix > 0 ? "待改正（" + fix + " 处）" : null;
            if (reason != null) {
                rows.add(new RemindPage.Row(s.id().substring(1), s.agency(), reason, origin + "/u/" + s.token()));
            }
        }
        StringBuilder text = new StringBuilder("关于报送" + c.name() + "的提醒\n\n以下单位尚未提交，或有政务公开办标记“需改正”的问题。"
                + "请用本单位的专属链接报送，或按链接页面上的意见改正后重新提交：\n");
        for (int i = 0; i < rows.size(); i++) {
            RemindPage.Row r = rows.get(i);
            text.append(i + 1).append(". ").append(r.agency()).append("（").append(r.reason()).append("）：").append(r.link()).append('\n');
        }
        return new RemindPage(c.id(), c.name(), rows, text.toString());
    }

    private void remind(Context ctx) throws WebError, IOException {
        RemindPage page = remindList(ctx, office.collectionOf(ctx));
        Site.page(ctx, 200, out -> JteremindGenerated.render(out, null, page));
    }

    private void remindCsv(Context ctx) throws WebError, IOException {
        Collection c = office.collectionOf(ctx);
        StringBuilder sb = new StringBuilder("\uFEFF序号,机关名称,情况,上传链接\r\n");
        for (RemindPage.Row r : remindList(ctx, c).rows()) {
            sb.append(r.number()).append(',').append(Site.csv(r.agency())).append(',').append(Site.csv(r.reason())).append(',')
                    .append(Site.csv(r.link())).append("\r\n");
        }
        Site.download(ctx, sb.toString().getBytes(StandardCharsets.UTF_8), Site.safeName(c.name()) + "-催报名单.csv",
                "text/csv; charset=utf-8");
        site.store.log(site.address(ctx), "政务公开办", "下载 " + c.id() + " 催报名单");
    }
}
