package nianbao.validate;

import nianbao.Reports;
import nianbao.UnreadableInputException;
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
 * Validates many files at once: directories are searched for workbooks and JSON reports, files are
 * read and checked in parallel, and the results come back in input order. One bad file never
 * stops the batch; it becomes an unreadable result.
 */
public final class BatchValidator {

    private BatchValidator() {
    }

    /**
     * The files to validate: each named file as given, and for each directory every {@code *.xlsx},
     * {@code *.json} and old {@code *.xls} below it, sorted by path. Office lock files ({@code ~$…}) and hidden files
     * are skipped. A named path that does not exist is kept, so that it is reported as unreadable.
     *
     * @throws UncheckedIOException when a directory cannot be listed
     */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.isDirectory(in)) {
                out.add(in);
                continue;
            }
            try (Stream<Path> s = Files.walk(in)) {
                s.filter(Files::isRegularFile).filter(BatchValidator::isReport).map(Path::toString).sorted()
                        .map(Path::of).forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static boolean isReport(Path p) {
        String n = p.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        // .xls is listed too: an old-format workbook in the folder is reported as unreadable, not skipped silently
        return !n.startsWith("~$") && !n.startsWith(".")
                && (lower.endsWith(".xlsx") || lower.endsWith(".json") || lower.endsWith(".xls"));
    }

    /**
     * Reads and validates every file, in parallel on up to {@code threads} threads.
     *
     * @param files the files, already expanded
     * @param previous last year's report for the cross-year checks, or null
     * @param options validation options
     * @param threads how many files to work on at once (1 = sequential)
     * @return one result per file, in the order of {@code files}
     */
    public static List<FileResult> validate(List<Path> files, Report previous, Validator.Options options, int threads) {
        int n = Math.max(1, Math.min(threads, files.size()));
        if (n == 1) {
            return files.stream().map(f -> one(f, previous, options)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "nianbao-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileResult>> futures = new ArrayList<>(files.size());
            for (Path f : files) {
                futures.add(pool.submit(() -> one(f, previous, options)));
            }
            List<FileResult> out = new ArrayList<>(files.size());
            for (int i = 0; i < futures.size(); i++) {
                out.add(await(futures.get(i), files.get(i)));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileResult await(Future<FileResult> future, Path file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileResult.unreadable(file.toString(), file + "：校验被中断。");
        } catch (ExecutionException e) {
            return FileResult.unreadable(file.toString(), file + "：内部错误：" + e.getCause());
        }
    }

    /** Reads and validates one file; any failure becomes an unreadable result naming the file. */
    static FileResult one(Path file, Report previous, Validator.Options options) {
        String name = file.toString();
        try {
            Report report = Reports.read(file);
            return FileResult.of(name, Validator.validate(report, previous, options));
        } catch (UnreadableInputException e) {
            return FileResult.unreadable(name, e.getMessage());
        } catch (OutOfMemoryError e) {
            return FileResult.unreadable(name, name + "：文件过大或结构异常，读取时内存不足。");
        } catch (RuntimeException e) {
            // A reader bug on one odd file must not stop the other 999; the line is for the maintainers.
            return FileResult.unreadable(name, name + "：内部错误（请把这一行报告给维护人员）：" + e);
        }
    }
}
