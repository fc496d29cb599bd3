package nianbao.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.analysis.CollectionAnalysis;
import nianbao.analysis.KeyFigures;
import nianbao.analysis.YearOnYear;
import nianbao.merge.RosterSlot;
import nianbao.model.Report;
import nianbao.render.AnalysisDocument;
import nianbao.web.pages.office.JteanalysisGenerated;
import nianbao.web.view.AnalysisPage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The office's 分析 page of a collection and its Word report: every agency's latest version read into its key
 * figures under the roster's name, compared with an earlier collection the office chooses on the page (by
 * default the latest one of the year before). Read-only (GET), behind the office login like every
 * {@code /office} page; the earlier collection is looked up among the office's own by ID, never as a path.
 */
final class AnalysisPages {

    private final Site site;
    private final OfficePages office;
    private final Downloads downloads;

    AnalysisPages(Site site, OfficePages office, Downloads downloads) {
        this.site = site;
        this.office = office;
        this.downloads = downloads;
    }

    void register(RoutesConfig r) {
        r.get("/office/c/{id}/analysis", this::page);
        r.get("/office/c/{id}/analysis.docx", this::docx);
    }

    private void page(Context ctx) throws WebError, IOException {
        Collection c = office.collectionOf(ctx);
        Optional<Collection> previous = Earlier.chosen(site.store, ctx, c);
        CollectionAnalysis a = analysis(c, previous);
        List<AnalysisPage.Option> options = new ArrayList<>();
        options.add(new AnalysisPage.Option("", "不对比", previous.isEmpty()));
        for (Collection e : Earlier.candidates(site.store, c)) {
            options.add(new AnalysisPage.Option(e.id(), e.name() + "（" + e.year() + " 年度）",
                    previous.isPresent() && previous.get().id().equals(e.id())));
        }
        String query = "?previous=" + URLEncoder.encode(previous.map(Collection::id).orElse(""), StandardCharsets.UTF_8);
        AnalysisPage page = AnalysisPage.of(c.id(), c.year(), a, options, query);
        Site.page(ctx, 200, out -> JteanalysisGenerated.render(out, null, page));
    }

    private void docx(Context ctx) throws WebError, IOException {
        Collection c = office.collectionOf(ctx);
        CollectionAnalysis a = analysis(c, Earlier.chosen(site.store, ctx, c));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalysisDocument.write(a, out);
        Site.download(ctx, out.toByteArray(), Site.safeName(c.name()) + "-汇总分析.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        site.store.log(site.address(ctx), "政务公开办", "下载 " + c.id() + " 分析报告");
    }

    private CollectionAnalysis analysis(Collection c, Optional<Collection> previous) throws IOException {
        Figures now = figures(c);
        if (previous.isEmpty()) {
            return new CollectionAnalysis(c.name(), Integer.toString(c.year()), c.slots().size(), now.reports(),
                    now.missing(), null, null);
        }
        Figures before = figures(previous.get());
        return new CollectionAnalysis(c.name(), Integer.toString(c.year()), c.slots().size(), now.reports(),
                now.missing(), previous.get().name(), YearOnYear.compare(now.reports(), before.reports()));
    }

    /**
     * A collection's figures in roster order.
     *
     * @param reports each submitted agency's latest version, named by the roster
     * @param missing the agencies without one (or whose file can no longer be read)
     */
    private record Figures(List<KeyFigures> reports, List<String> missing) {
    }

    /** Reads every agency's last confirmed version, as the roster merge does (in parallel). */
    private Figures figures(Collection c) throws IOException {
        List<RosterSlot> slots = downloads.roster(c);
        KeyFigures[] read = new KeyFigures[slots.size()];
        try {
            ForkJoinPool.commonPool().submit(() -> IntStream.range(0, slots.size()).parallel()
                    .forEach(i -> read[i] = figuresOf(slots.get(i)))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("读取中断", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
        List<KeyFigures> reports = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < read.length; i++) {
            if (read[i] != null) {
                reports.add(read[i]);
            } else {
                missing.add(slots.get(i).agency());
            }
        }
        return new Figures(reports, missing);
    }

    /** A slot's figures under the roster's name, or null when it has no file (or its file can no longer be read). */
    private static KeyFigures figuresOf(RosterSlot slot) {
        if (!slot.submitted()) {
            return null;
        }
        try {
            Report r = Reports.read(slot.file());
            return KeyFigures.of(slot.agency(), r.year(), r.schema(), r::numberIfPresent);
        } catch (UnreadableInputException e) {
            return null;
        }
    }
}
