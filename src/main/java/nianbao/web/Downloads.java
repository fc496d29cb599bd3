package nianbao.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import nianbao.merge.MergeOptions;
import nianbao.merge.Merger;
import nianbao.merge.MixedYearsException;
import nianbao.merge.PreviousYear;
import nianbao.merge.RosterSlot;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The office's downloads of a collection: the summary workbook, its CSV and the aggregate report
 * (all by the roster merge of {@code nianbao.merge}: one row per roster agency, its last confirmed
 * version), the status list, every uploaded version as a zip, and one version as uploaded.
 */
final class Downloads {

    private final Site site;
    private final OfficePages office;

    Downloads(Site site, OfficePages office) {
        this.site = site;
        this.office = office;
    }

    void register(RoutesConfig r) {
        r.get("/office/c/{id}/download/{what}", this::download);
        r.get("/office/c/{id}/a/{slot}/v/{version}", this::version);
    }

    private void download(Context ctx) throws WebError, IOException {
        Collection c = office.collectionOf(ctx);
        String what = ctx.pathParam("what");
        String base = Site.safeName(c.name());
        switch (what) {
            case "summary.xlsx" -> merged(ctx, c, "xlsx", base + "-汇总表.xlsx", Site.XLSX);
            case "summary.csv" -> merged(ctx, c, "csv", base + "-汇总数据.csv", "text/csv; charset=utf-8");
            case "aggregate.xlsx" -> merged(ctx, c, "aggregate", base + "-合计年报.xlsx", Site.XLSX);
            case "status.csv" -> Site.download(ctx, statusCsv(c).getBytes(StandardCharsets.UTF_8), base + "-报送情况.csv",
                    "text/csv; charset=utf-8");
            case "submissions.zip" -> zip(ctx, c, base + "-全部上传文件.zip");
            default -> throw WebError.notFound();
        }
        site.store.log(site.address(ctx), "政务公开办", "下载 " + c.id() + " " + what);
    }

    /**
     * Runs the roster merge into a temporary file and sends it: one row per roster agency in roster
     * order, each with its last confirmed version (never a temporary or unconfirmed file), named by
     * the roster whatever its workbook says, 未提交 ones listed and not counted.
     */
    private void merged(Context ctx, Collection c, String kind, String name, String type) throws WebError, IOException {
        List<RosterSlot> roster = roster(c);
        if (kind.equals("aggregate") && roster.stream().noneMatch(RosterSlot::submitted)) {
            throw new WebError(409, "还没有单位提交年报，暂无可合计的内容。");
        }
        // the summary workbook's 同比 sheet compares with the earlier collection the 分析 page compares with
        Optional<Collection> earlier = kind.equals("xlsx") ? Earlier.chosen(site.store, ctx, c) : Optional.empty();
        PreviousYear previous = earlier.isEmpty() ? null : PreviousYear.roster(roster(earlier.get()));
        site.downloadWritten(ctx, kind.equals("csv") ? "csv" : "xlsx", out -> {
            MergeOptions o = MergeOptions.roster(roster, c.year(), "收集：" + c.name())
                    .withOutput(kind.equals("xlsx") ? out : null)
                    .withExtras(kind.equals("csv") ? out : null, null, kind.equals("aggregate") ? out : null)
                    .withThreads(Math.max(1, Runtime.getRuntime().availableProcessors()))
                    .withPrevious(previous);
            try {
                Merger.merge(o, Merger.Progress.none());
            } catch (nianbao.merge.MixedFormatsException e) {
                // reports of one year in two formats (a 2020 report filled in the 2021 template): no single aggregate
                throw new WebError(409, e.getMessage());
            } catch (MixedYearsException e) {
                // cannot happen with a year given; kept as a plain refusal rather than a 500
                throw new WebError(409, "各单位年报的年度不一致，无法汇总。");
            }
        }, name, type);
    }

    /**
     * The roster slots of a collection: each agency with its last confirmed version, labelled
     * 第N版（原文件名）, and the office's marks on its findings (shown in the 问题清单's 政务公开办意见 column).
     */
    List<RosterSlot> roster(Collection c) throws IOException {
        Map<String, List<Marks.Mark>> marks = site.marks.all(c);
        List<RosterSlot> out = new ArrayList<>(c.slots().size());
        for (Collection.Slot s : c.slots()) {
            Submission v = site.store.latest(c, s).orElse(null);
            Map<String, String> review = new HashMap<>();
            for (Marks.Mark m : marks.getOrDefault(s.id(), List.of())) {
                review.put(m.key(), m.kind().zh() + "：" + m.note());
            }
            out.add(v == null ? new RosterSlot(s.agency(), null, null)
                    : new RosterSlot(s.agency(), site.store.file(c, s, v), "第" + v.version() + "版（" + v.originalName() + "）",
                    review));
        }
        return out;
    }

    /** One line per expected agency: 序号, 机关名称, 状态, 错误数, 警告数, 版本, 最后上传, 工作簿中的机关名称, 问题. */
    private String statusCsv(Collection c) throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFF序号,机关名称,状态,错误,警告,版本,最后上传,工作簿中的机关名称,问题\r\n");
        for (Collection.Slot s : c.slots()) {
            Submission v = site.store.latest(c, s).orElse(null);
            String status = v == null ? "未提交" : v.errors() > 0 ? "有错误（" + v.errors() + "）" : "已提交";
            sb.append(s.id().substring(1)).append(',').append(Site.csv(s.agency())).append(',').append(status).append(',')
                    .append(v == null ? "" : v.errors()).append(',').append(v == null ? "" : v.warnings()).append(',')
                    .append(v == null ? "" : v.version()).append(',').append(v == null ? "" : v.time()).append(',')
                    .append(v == null ? "" : Site.csv(v.agencyInFile())).append(',')
                    .append(v == null || v.mismatch(s.agency()) == null ? "" : Site.csv(v.mismatch(s.agency()))).append("\r\n");
        }
        return sb.toString();
    }


    /** Every version of every agency, streamed: {@code 001-机关名称/第1版.xlsx}, plus 清单.csv. */
    private void zip(Context ctx, Collection c, String name) throws IOException {
        ctx.status(200).contentType("application/zip").header("Content-Disposition", "attachment; filename=\"submissions.zip\"; "
                + "filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        StringBuilder list = new StringBuilder("\uFEFF文件,机关名称,版本,上传时间,来源地址,原文件名,错误,警告,SHA-256,名单核对\r\n");
        OutputStream raw = ctx.outputStream();
        try (ZipOutputStream zip = new ZipOutputStream(raw, StandardCharsets.UTF_8)) {
            for (Collection.Slot s : c.slots()) {
                String folder = s.id().substring(1) + "-" + Site.safeName(s.agency()) + "/";
                for (Submission v : site.store.versions(c, s)) {
                    String entry = folder + "第" + v.version() + "版." + v.extension();
                    zip.putNextEntry(new ZipEntry(entry));
                    Files.copy(site.store.file(c, s, v), zip);
                    zip.closeEntry();
                    list.append(Site.csv(entry)).append(',').append(Site.csv(s.agency())).append(',').append(v.version())
                            .append(',').append(v.time()).append(',').append(Site.csv(v.address())).append(',')
                            .append(Site.csv(v.originalName())).append(',').append(v.errors()).append(',')
                            .append(v.warnings()).append(',').append(v.sha256()).append(',')
                            .append(Site.csv(Objects.requireNonNullElse(v.mismatch(s.agency()), ""))).append("\r\n");
                }
            }
            zip.putNextEntry(new ZipEntry("清单.csv"));
            zip.write(list.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private void version(Context ctx) throws WebError, IOException {
        Collection c = office.collectionOf(ctx);
        Collection.Slot s = c.slot(ctx.pathParam("slot")).orElseThrow(WebError::notFound);
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("version"));
        } catch (NumberFormatException e) {
            throw WebError.notFound();
        }
        Submission v = site.store.version(c, s, n).orElseThrow(WebError::notFound);
        Site.download(ctx, Files.readAllBytes(site.store.file(c, s, v)),
                Site.safeName(s.agency()) + "-第" + v.version() + "版." + v.extension(),
                v.extension().equals("json") ? "application/json; charset=utf-8" : Site.XLSX);
    }
}
