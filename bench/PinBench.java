import nianbao.Reports;
import nianbao.model.Report;
import nianbao.schema.Rule;
import nianbao.validate.Finding;
import nianbao.validate.Validator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What naming the typed cells of a broken rule costs validate: the same report validated consistent,
 * with one slip the narrative pins (表三 本年新收/自然人 400 instead of 339, totals recomputed as the
 * template's formulas do) and with the slip and no narrative number (23 suspects). In-process, after
 * warm-up, so the figures are the validator's own (no JVM start, no workbook reading); the thread's CPU
 * time beside the wall time, the machine being shared.
 * 用法：java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/nianbao-cli.jar bench/PinBench.java [N=20000]
 */
public class PinBench {

    /** CPU time of this thread: less at the mercy of other processes on a shared machine than wall time. */
    private static final java.lang.management.ThreadMXBean THREAD = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Report clean = Reports.readJson(Path.of("examples", "临江市自然资源和规划局-2025.json"));
        Report pinned = recalculated(clean.toBuilder().number("t3.new.natural", 400).build());
        Report unpinned = pinned.toBuilder().text("text.overview_on_request", "依申请公开工作平稳有序。").build();
        Validator.Options options = new Validator.Options(false, LocalDate.of(2026, 3, 1));
        check(Validator.validate(pinned, null, options), true);
        check(Validator.validate(unpinned, null, options), false);
        System.out.printf("load average %s, %d validations each%n",
                new String(java.nio.file.Files.readAllBytes(Path.of("/proc/loadavg"))).trim(), n);
        for (int round = 0; round < 3; round++) {
            for (Object[] c : new Object[][] {{"consistent", clean}, {"slip, pinned", pinned}, {"slip, 23 suspects", unpinned}}) {
                Report r = (Report) c[1];
                long t0 = System.nanoTime();
                long cpu0 = THREAD.getCurrentThreadCpuTime();
                int findings = 0;
                for (int i = 0; i < n; i++) {
                    findings += Validator.validate(r, null, options).size();
                }
                double cpu = (THREAD.getCurrentThreadCpuTime() - cpu0) / 1000.0 / n;
                double wall = (System.nanoTime() - t0) / 1000.0 / n;
                System.out.printf("round %d  %-18s %7.1f µs CPU, %7.1f µs wall per validate (%d findings)%n", round + 1,
                        c[0], cpu, wall, findings / n);
            }
        }
    }

    private static void check(List<Finding> findings, boolean pinned) {
        Finding f = findings.stream().filter(x -> x.breakdown() != null).findFirst().orElseThrow();
        if ((f.breakdown().pin() != null) != pinned) {
            throw new AssertionError(f.message());
        }
    }

    /** Every total set to the sum of the first rule defining it, as the template's formulas are. */
    private static Report recalculated(Report r) {
        Set<String> seen = new HashSet<>();
        List<Rule> formulas = r.schema().totalRules().stream().filter(t -> seen.add(t.left().terms().get(0).fieldId())).toList();
        for (int pass = 0; pass < 3; pass++) {
            for (Rule t : formulas) {
                Report now = r;
                BigDecimal sum = t.right().evaluate(now::number, id -> null);
                r = r.toBuilder().number(t.left().terms().get(0).fieldId(), sum).build();
            }
        }
        return r;
    }
}
