package nianbao.legacy;

import nianbao.UnreadableInputException;
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
 * gives a one-line reason and the batch goes on; results come back in input order.
 */
public final class ImportBatch {

    private ImportBatch() {
    }

    /**
     * Imports every input.
     *
     * @param inputs the files
     * @param names the files as the user named them (same order)
     * @param schema the schema of the reports
     * @param threads how many files to import at once (at least 1)
     * @return one outcome per input, in input order
     */
    public static List<ImportOutcome> run(List<Path> inputs, List<String> names, Schema schema, int threads) {
        int n = inputs.size();
        List<ImportOutcome> out = new ArrayList<>(n);
        if (threads <= 1 || n <= 1) {
            for (int i = 0; i < n; i++) {
                out.add(one(inputs.get(i), names.get(i), schema));
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
                futures.add(pool.submit(() -> one(p, name, schema)));
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
        try {
            return new ImportOutcome(name, LegacyImporter.importFile(input, name, schema), null);
        } catch (UnreadableInputException e) {
            return new ImportOutcome(name, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new ImportOutcome(name, null, name + "：内部错误（请把这一行报告给维护人员）：" + e);
        }
    }
}
