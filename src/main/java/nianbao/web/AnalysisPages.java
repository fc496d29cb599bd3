package nianbao.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.analysis.CollectionAnalysis;
import nianbao.analysis.KeyFigures;
import nianbao.analysis.YearOnYear;
import nianbao.model.Report;
import nianbao.render.AnalysisDocument;
import nianbao.web.pages.office.JteanalysisGenerated;
import nianbao.web.view.AnalysisPage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
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

    AnalysisPages(Site site, OfficePages office) {
        this.site = site;
        this.office = office;
    }

    void register(RoutesConfig r) {
        r.get("/office/c/{id}/analysis", this::page);
        r.get("/office/c/{id}/analysis.docx", this::docx);
    }

    private void page(Context ctx) throws WebError, IOException {
        Collection c = office.collectionOf(ctx);
        Optional<Collection> previous = previous(ctx, c);
        CollectionAnalysis a = analysis(c, previous);
        List<AnalysisPage.Option> options = new ArrayList<>();
        options.add(new AnalysisPage.Option("", "不对比", previous.isEmpty()));
        for (Collection e : earlier(c)) {
            options.add(new AnalysisPage.Option(e.id(), e.name() + "（" + e.year() + " 年度）",
                    previous.isPresent() && previous.get().id().equals(e.id())));
        }
        String docx = "/office/c/" + c.id() + "/analysis.docx?previous="
                + URLEncoder.encode(previous.map(Collection::id).orElse(""), StandardCharsets.UTF_8);
        AnalysisPage page = AnalysisPage.of(c.id(), c.year(), a, options, docx);
        Site.page(ctx, 200, out -> JteanalysisGenerated.render(out, null, page));
    }

    private void docx(Context ctx) throws WebError, IOException {
        Collection c = office.collectionOf(ctx);
        CollectionAnalysis a = analysis(c, previous(ctx, c));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalysisDocument.write(a, out);
        Site.download(ctx, out.toByteArray(), Site.safeName(c.name()) + "-汇总分析.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        site.store.log(site.address(ctx), "政务公开办", "下载 " + c.id() + " 分析报告");
    }

    /**
     * The earlier collection to compare with: the one the page names ({@code ?previous=ID}, empty for none), or
     * by default the latest collection of the year before.
     */
    private Optional<Collection> previous(Context ctx, Collection c) throws WebError, IOException {
        String chosen = ctx.queryParam("previous");
        List<Collection> earlier = earlier(c);
        if (chosen == null) {
            return earlier.stream().filter(e -> e.year() == c.year() - 1).findFirst();
        }
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        for (Collection e : earlier) {
            if (e.id().equals(chosen)) {
                return Optional.of(e);
            }
        }
        throw new WebError(404, "没有这个收集，无法对比。");
    }

    /** The office's other collections, newest year first (then the latest created). */
    private List<Collection> earlier(Collection c) throws IOException {
        List<Collection> out = new ArrayList<>();
        for (Collection e : site.store.collections()) {
            if (!e.id().equals(c.id())) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingInt(Collection::year).reversed().thenComparing(Collection::created,
                Comparator.reverseOrder()));
        return out;
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

    /** Reads every agency's latest version (in parallel; the files were checked when uploaded). */
    private Figures figures(Collection c) throws IOException {
        List<Collection.Slot> slots = c.slots();
        KeyFigures[] read = new KeyFigures[slots.size()];
        try {
            ForkJoinPool.commonPool().submit(() -> IntStream.range(0, slots.size()).parallel().forEach(i -> {
                try {
                    read[i] = figuresOf(c, slots.get(i));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("读取中断", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getCause());
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

    private KeyFigures figuresOf(Collection c, Collection.Slot s) throws IOException {
        Optional<Submission> latest = site.store.latest(c, s);
        if (latest.isEmpty()) {
            return null;
        }
        try {
            Report r = Reports.read(site.store.file(c, s, latest.get()));
            return KeyFigures.of(s.agency(), r.year(), r.schema(), r::numberIfPresent);
        } catch (UnreadableInputException e) {
            return null;
        }
    }
}
