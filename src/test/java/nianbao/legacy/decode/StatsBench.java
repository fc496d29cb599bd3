package nianbao.legacy.decode;

import nianbao.legacy.read.TextLine;

import nianbao.schema.Schema;
import nianbao.schema.Schemas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Benchmark for {@link StatsParser}: parses N reports (cycling through the corpus and the seeds)
 * after a warm-up, single-threaded, and prints the total and per-report time. Run by
 * {@code bench/legacy-stats.sh}; not a unit test.
 */
public final class StatsBench {

    private StatsBench() {
    }

    /** Usage: StatsBench [reports]. */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<List<TextLine>> inputs = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources/legacy/corpus"), StatsParserSeedsTest.SEEDS)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    inputs.add(StatsParserCorpusTest.lines(p));
                }
            }
        }
        Schema schema = Schemas.defaultSchema();
        long lines = 0;
        for (int i = 0; i < 300; i++) {
            StatsParser.parse(inputs.get(i % inputs.size()), schema, "warm");
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            List<TextLine> in = inputs.get(i % inputs.size());
            lines += in.size();
            StatsParser.parse(in, schema, "bench");
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpu = (mx.getCurrentThreadCpuTime() - c0) / 1_000_000;
        // CPU time of the parsing thread is the fair figure on a shared machine; wall time is shown too.
        System.out.printf("StatsParser: %d reports (%d distinct inputs, %d lines): CPU %d ms (%.2f ms per report), "
                + "wall %d ms, load average %.1f%n", n, inputs.size(), lines, cpu, (double) cpu / n, ms,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
