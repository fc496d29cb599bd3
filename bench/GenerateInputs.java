import nianbao.Reports;
import nianbao.model.Report;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Benchmark input generator: N filled, consistent workbooks with varied numbers. Up to 200 distinct
 * prototypes are written with Reports.write (so they are whatever the project's workbook writer
 * produces) under a placeholder agency; each of the N files is a prototype with the placeholder
 * replaced by a unique agency name inside the zip, which is fast and keeps the writer's format.
 * Usage: java -cp target/nianbao-cli.jar bench/GenerateInputs.java OUT_DIR N [SEED [YEAR]]
 * (the same agency names for any seed, so another seed and year give "last year's" reports for merge --previous)
 */
public class GenerateInputs {

    static final String[] T3_PARTS = {"granted", "partial", "denied_secret", "denied_law", "denied_safety",
        "denied_third_party", "denied_internal", "denied_process", "denied_enforcement", "denied_inquiry",
        "unable_not_held", "unable_create", "unable_unclear", "declined_complaint", "declined_repeat",
        "declined_publication", "declined_excessive", "declined_confirm", "other_no_correction", "other_no_fee",
        "other_other"};
    static final String[] T3_COLS = {"natural", "commercial", "research", "social", "legal", "other"};
    static final String[] T4_ROWS = {"review", "suit_direct", "suit_after_review"};
    static final String[] T4_COLS = {"upheld", "corrected", "other", "pending"};
    static final String[] KINDS = {"卫生健康委员会", "自然资源和规划局", "市场监督管理局", "教育局", "民政局", "财政局",
        "人力资源和社会保障局", "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "水利局", "商务局",
        "文化和旅游局", "应急管理局", "审计局", "统计局", "医疗保障局", "人民政府办公室", "司法局"};

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20251231L;
        int year = args.length > 3 ? Integer.parseInt(args[3]) : 2025;
        Files.createDirectories(out);
        Report base = Reports.readJson(Path.of("examples/临江市自然资源和规划局-2025.json"));
        int protos = Math.min(n, PROTOTYPES);
        Path protoDir = Files.createDirectories(out.resolve(".proto"));
        byte[][][] proto = new byte[protos][][];
        String[][] names = new String[protos][];
        parallel(protos, i -> {
            Path p = protoDir.resolve("p" + i + ".xlsx");
            Reports.write(report(base, new Random(seed * 31 + i), year), p);
            List<byte[]> bodies = new ArrayList<>();
            List<String> entryNames = new ArrayList<>();
            try (ZipInputStream z = new ZipInputStream(Files.newInputStream(p))) {
                for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    entryNames.add(e.getName());
                    bodies.add(z.readAllBytes());
                }
            }
            proto[i] = bodies.toArray(new byte[0][]);
            names[i] = entryNames.toArray(new String[0]);
        });
        parallel(n, i -> {
            String agency = "第" + (i / KINDS.length + 1) + "区" + KINDS[i % KINDS.length];
            byte[] place = PLACEHOLDER.getBytes(StandardCharsets.UTF_8);
            byte[] repl = agency.getBytes(StandardCharsets.UTF_8);
            Path target = out.resolve(String.format("%03d", i / 100) + "/r" + String.format("%05d", i) + ".xlsx");
            Files.createDirectories(target.getParent());
            int k = i % protos;
            try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(target))) {
                for (int e = 0; e < names[k].length; e++) {
                    z.putNextEntry(new ZipEntry(names[k][e]));
                    z.write(replace(proto[k][e], place, repl));
                    z.closeEntry();
                }
            }
        });
        for (int i = 0; i < protos; i++) {
            Files.deleteIfExists(protoDir.resolve("p" + i + ".xlsx"));
        }
        Files.deleteIfExists(protoDir);
    }

    static final int PROTOTYPES = 200;
    static final String PLACEHOLDER = "AGENCYPLACEHOLDER";

    interface Job {
        void run(int i) throws Exception;
    }

    static void parallel(int n, Job job) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < Runtime.getRuntime().availableProcessors(); t++) {
            Thread th = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        job.run(i);
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
    }

    static byte[] replace(byte[] body, byte[] what, byte[] with) {
        java.io.ByteArrayOutputStream out = null;
        int from = 0;
        outer:
        for (int i = 0; i + what.length <= body.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (body[i + j] != what[j]) {
                    continue outer;
                }
            }
            if (out == null) {
                out = new java.io.ByteArrayOutputStream(body.length + 64);
            }
            out.write(body, from, i - from);
            out.write(with, 0, with.length);
            from = i + what.length;
            i = from - 1;
        }
        if (out == null) {
            return body;
        }
        out.write(body, from, body.length - from);
        return out.toByteArray();
    }

    static Report report(Report base, Random rnd, int year) {
        Report.Builder b = base.toBuilder();
        b.text("meta.agency", PLACEHOLDER);
        b.number("meta.year", year);
        long[] newPlusCarried = new long[T3_COLS.length];
        long grand = 0;
        long[] colTotals = new long[T3_COLS.length + 1];
        for (String row : T3_PARTS) {
            long rowTotal = 0;
            for (int c = 0; c < T3_COLS.length; c++) {
                int v = rnd.nextInt(10) < 6 ? 0 : rnd.nextInt(c == 0 ? 40 : 6);
                b.number("t3." + row + "." + T3_COLS[c], v);
                rowTotal += v;
                colTotals[c] += v;
            }
            b.number("t3." + row + ".total", rowTotal);
            grand += rowTotal;
        }
        colTotals[T3_COLS.length] = grand;
        long carriedSum = 0;
        long newSum = 0;
        long overSum = 0;
        for (int c = 0; c < T3_COLS.length; c++) {
            b.number("t3.total." + T3_COLS[c], colTotals[c]);
            long over = rnd.nextInt(4);
            long inflow = colTotals[c] + over;
            long carried = inflow == 0 ? 0 : rnd.nextInt((int) Math.min(inflow, 5) + 1);
            b.number("t3.carry_over." + T3_COLS[c], over);
            b.number("t3.carried." + T3_COLS[c], carried);
            b.number("t3.new." + T3_COLS[c], inflow - carried);
            carriedSum += carried;
            newSum += inflow - carried;
            overSum += over;
        }
        b.number("t3.total.total", grand);
        b.number("t3.carry_over.total", overSum);
        b.number("t3.carried.total", carriedSum);
        b.number("t3.new.total", newSum);
        for (String g : T4_ROWS) {
            long total = 0;
            for (String c : T4_COLS) {
                int v = rnd.nextInt(3);
                b.number("t4." + g + "." + c, v);
                total += v;
            }
            b.number("t4." + g + ".total", total);
        }
        for (String kind : new String[] {"rules", "normative"}) {
            b.number("t2." + kind + ".made", rnd.nextInt(5));
            b.number("t2." + kind + ".repealed", rnd.nextInt(3));
            b.number("t2." + kind + ".valid", 10 + rnd.nextInt(60));
        }
        b.number("t2.licensing.decisions", rnd.nextInt(5000));
        b.number("t2.punishment.decisions", rnd.nextInt(800));
        b.number("t2.coercion.decisions", rnd.nextInt(50));
        b.number("t2.fees.amount", java.math.BigDecimal.valueOf(rnd.nextInt(100000), 2));
        return b.build();
    }
}
