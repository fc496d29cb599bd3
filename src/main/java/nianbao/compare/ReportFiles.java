package nianbao.compare;

import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.legacy.ImportResult;
import nianbao.model.Report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Reads the reports a comparison is made of: filled workbooks and JSON as they are, published reports
 * (text, web page, Word, PDF, Markdown) through the import, keeping each number's read/inferred/missing mark.
 */
public final class ReportFiles {

    /** The endings of the published reports the import reads. */
    private static final List<String> PUBLISHED = List.of(".txt", ".html", ".htm", ".docx", ".pdf", ".md", ".markdown");
    /** The endings of reports read as they are (.xls is listed so that it is reported, not skipped). */
    private static final List<String> FILLED = List.of(".xlsx", ".json", ".xls");

    /**
     * One file read, or not.
     *
     * @param file the file as named
     * @param report the report, or null when it could not be read
     * @param error the one-line Chinese reason naming the file, or null when read
     */
    public record Outcome(String file, YearReport report, String error) {
    }

    private ReportFiles() {
    }

    /**
     * Reads the files on up to {@code threads} threads; a file that cannot be read never stops the others.
     *
     * @return one outcome per file, in the order given
     */
    public static List<Outcome> readAll(List<Path> files, int threads) {
        if (files.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), r -> {
            Thread t = new Thread(r, "nianbao-compare");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> readOne(f)));
            }
            List<Outcome> out = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    String name = files.get(i).toString();
                    out.add(new Outcome(name, null, name + "：内部错误（请把这一行报告给维护人员）：" + e.getCause()));
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome readOne(Path f) {
        String name = f.toString();
        try {
            return new Outcome(name, read(f, name), null);
        } catch (UnreadableInputException e) {
            return new Outcome(name, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(name, null, name + "：内部错误（请把这一行报告给维护人员）：" + e);
        }
    }

    /**
     * Reads one report.
     *
     * @param file the file
     * @param name the file as the user named it, for messages
     * @throws UnreadableInputException when it cannot be read, or has no year to place it by
     */
    public static YearReport read(Path file, String name) throws UnreadableInputException {
        String lower = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        YearReport r;
        if (PUBLISHED.stream().anyMatch(lower::endsWith)) {
            ImportResult imported = Reports.importLegacy(file, name);
            r = checked(name, imported.report().withFile(name), YearReport.Origin.IMPORTED, imported);
        } else {
            Report report = Reports.read(file);
            r = checked(name, report, lower.endsWith(".json") ? YearReport.Origin.JSON : YearReport.Origin.WORKBOOK, null);
        }
        return r;
    }

    private static YearReport checked(String name, Report report, YearReport.Origin origin, ImportResult imported)
            throws UnreadableInputException {
        String year = report.year();
        if (year == null || year.isBlank()) {
            throw new UnreadableInputException(name, origin == YearReport.Origin.IMPORTED
                    ? "原文中没有找到报告年度（如标题中的“2024年”），无法按年度放进对比。"
                    : "“报告年度”未填写，无法按年度放进对比；请在基本信息表填写四位年份。");
        }
        if (!year.strip().matches("\\d{4}")) {
            throw new UnreadableInputException(name, "报告年度“" + year.strip() + "”不是四位年份，无法按年度放进对比。");
        }
        return new YearReport(name, report, origin, imported);
    }

    /**
     * The report files below a folder, sorted by path: workbooks, JSON and published reports; hidden files,
     * Office lock files ({@code ~$…}) and everything under {@code exclude} (the comparison's own output
     * folder) are left out.
     *
     * @param exclude a folder to leave out, or null
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public static List<Path> in(Path dir, Path exclude) {
        Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> skip == null || !p.toAbsolutePath().normalize().startsWith(skip))
                    .filter(ReportFiles::isReport).map(Path::toString).sorted().map(Path::of).forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** True for a file name a comparison reads. */
    static boolean isReport(Path p) {
        String n = p.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        if (n.startsWith("~$") || n.startsWith(".")) {
            return false;
        }
        return FILLED.stream().anyMatch(lower::endsWith) || PUBLISHED.stream().anyMatch(lower::endsWith);
    }
}
