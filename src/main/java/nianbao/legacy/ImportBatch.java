package nianbao.legacy;

import nianbao.UnreadableInputException;
import nianbao.model.Report;
import nianbao.schema.Schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Imports many inputs in parallel and accounts for every one of them: a file that cannot be read
 * gives a one-line reason and the batch goes on; results come back in input order. An input read
 * but not written keeps its result and is told apart from one that could not be read.
 */
public final class ImportBatch {

    private ImportBatch() {
    }

    /**
     * Imports every input.
     *
     * @param inputs the files
     * @param names the files as the user named them (same order)
     * @param schema the format of the reports, or null for the format each input's tables follow
     * @param threads how many files to import at once (at least 1)
     * @return one outcome per input, in input order
     */
    public static List<ImportOutcome> run(List<Path> inputs, List<String> names, Schema schema, int threads) {
        return run(inputs, names, schema, threads, (i, r) -> null);
    }

    /**
     * What to do with each imported report, in the worker that imported it (so writing the
     * outputs runs in parallel too).
     */
    @FunctionalInterface
    public interface Sink {
        /**
         * Handles the result of input {@code index}.
         *
         * @return null when done, or the one-line Chinese reason the output could not be written (the
         *         input then counts as failed, as not written)
         */
        String accept(int index, ImportResult result);
    }

    /**
     * Imports every input and hands each result to the sink in the same worker.
     *
     * @param inputs the files
     * @param names the files as the user named them (same order)
     * @param schema the format of the reports, or null for the format each input's tables follow
     * @param threads how many files to import at once (at least 1)
     * @param sink what to do with each result (e.g. write it)
     * @return one outcome per input, in input order
     */
    public static List<ImportOutcome> run(List<Path> inputs, List<String> names, Schema schema, int threads, Sink sink) {
        return run(inputs, names, schema, null, threads, sink);
    }

    /**
     * Imports every input with last year's report at hand (see {@link LegacyImporter#importText}).
     *
     * @param previous last year's report, or null
     */
    public static List<ImportOutcome> run(List<Path> inputs, List<String> names, Schema schema, Report previous,
                                          int threads, Sink sink) {
        int n = inputs.size();
        List<ImportOutcome> out = new ArrayList<>(n);
        if (threads <= 1 || n <= 1) {
            for (int i = 0; i < n; i++) {
                out.add(one(i, inputs.get(i), names.get(i), schema, previous, sink));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
            Thread t = new Thread(r, "nianbao-import");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ImportOutcome>> futures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Path p = inputs.get(i);
                String name = names.get(i);
                int index = i;
                futures.add(pool.submit(() -> one(index, p, name, schema, previous, sink)));
            }
            for (int i = 0; i < n; i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    out.add(new ImportOutcome(names.get(i), null, names.get(i) + "：内部错误（请报告维护人员）：" + e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    out.add(new ImportOutcome(names.get(i), null, names.get(i) + "：导入被中断。"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** Imports one input; never throws (a failure is an outcome). */
    public static ImportOutcome one(Path input, String name, Schema schema) {
        return one(0, input, name, schema, null, (i, r) -> null);
    }

    private static ImportOutcome one(int index, Path input, String name, Schema schema, Report previous, Sink sink) {
        try {
            ImportResult r = LegacyImporter.importFile(input, name, schema, previous);
            String error = sink.accept(index, r);
            return new ImportOutcome(name, r, error, error != null);
        } catch (UnreadableInputException e) {
            return new ImportOutcome(name, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new ImportOutcome(name, null, name + "：内部错误（请把这一行报告给维护人员）：" + e);
        }
    }
}
