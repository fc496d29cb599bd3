package nianbao.xlsx.read;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Field;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark for {@link WorkbookReader}: writes N varied workbooks with {@link Reports#write} (the
 * project's own workbook writer), then reads them all in one JVM with a thread pool, the way the
 * merge command does, and prints ms/file. Run it through {@code bench/read-bench.sh}.
 *
 * <p>Arguments: {@code N dir threads} (defaults 10000, a temp dir, 2).
 */
public final class ReadBench {

    /** CPU time the reading threads spent in the current round (the box is shared, so wall time alone misleads). */
    private static final AtomicLong CPU_NANOS = new AtomicLong();

    private ReadBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("read-bench");
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Files.createDirectories(dir);

        List<Path> files = generate(dir, n);
        long bytes = 0;
        for (Path p : files) {
            bytes += Files.size(p);
        }
        System.out.printf("workbooks: %d, average size %.1f KB, threads: %d, max heap %d MB%n",
                files.size(), bytes / 1024.0 / files.size(), threads, Runtime.getRuntime().maxMemory() / 1024 / 1024);

        // warm-up: the JIT needs a few hundred files before the steady state the target is about
        readAll(files.subList(0, Math.min(500, files.size())), threads);
        for (int round = 1; round <= 3; round++) {
            CPU_NANOS.set(0);
            long t0 = System.nanoTime();
            long checksum = readAll(files, threads);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Runtime rt = Runtime.getRuntime();
            System.out.printf("round %d: read %d workbooks in %d ms wall = %.3f ms/file (%.0f files/s); CPU %.3f ms/file; checksum %d, heap used %d MB%n",
                    round, files.size(), ms, (double) ms / files.size(), files.size() * 1000.0 / Math.max(1, ms),
                    CPU_NANOS.get() / 1e6 / files.size(), checksum,
                    (rt.totalMemory() - rt.freeMemory()) / 1024 / 1024);
        }
    }

    /** Writes n workbooks, each the busy example with its agency and a few numbers varied. */
    static List<Path> generate(Path dir, int n) throws Exception {
        Report base = Fixtures.example();
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format("wb-%05d.xlsx", i));
            out.add(p);
            if (Files.exists(p)) {
                continue; // re-runs reuse the generated files
            }
            Report.Builder b = base.toBuilder().text("meta.agency", "第" + (i + 1) + "号测试机关");
            for (Field f : base.schema().numericFields()) {
                Value v = base.value(f.id());
                if (v.number() != null && f.rowKey() != null && !f.id().endsWith(".total")) {
                    b.number(f.id(), v.number().add(BigDecimal.valueOf(i % 7)));
                }
            }
            Reports.write(b.build(), p);
        }
        return out;
    }

    private static long readAll(List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    long sum = 0;
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        Report r = WorkbookReader.read(files.get(i));
                        BigDecimal total = r.number("t3.total.total");
                        sum += total == null ? 0 : total.longValue();
                    }
                    CPU_NANOS.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0);
                    return sum;
                }));
            }
            long sum = 0;
            for (Future<Long> f : parts) {
                sum += f.get();
            }
            return sum;
        } finally {
            pool.shutdown();
        }
    }
}
