package nianbao.legacy.layouts;

import nianbao.model.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Inputs for {@code bench/import-layouts.sh}: {@code N} generated reports written in the four lossy
 * layouts in turn (crawler text, column-major PDF text, shredded Markdown, Word-pasted HTML), and 5 MB
 * garbage files (see {@link #garbage}).
 *
 * <p>Usage: {@code java -cp test-classes:classes:deps nianbao.legacy.layouts.BenchInputs DIR N [GARBAGE_DIR]}
 */
public final class BenchInputs {

    private BenchInputs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        for (int i = 0; i < n; i++) {
            Report r = ReportGenerator.generate(50_000L + i, i);
            LayoutWriter w = LayoutWriter.ALL.get(i % LayoutWriter.ALL.size());
            Printed p = w.write(r, 31L * i + 7);
            Files.write(dir.resolve(String.format("%04d-%s", i, p.fileName)), p.bytes);
        }
        if (args.length > 2) {
            garbage(Files.createDirectories(Path.of(args[2])));
        }
    }

    /**
     * Four 5 MB files that are no report: table labels and digit runs in random order (the worst case:
     * every line looks like a table row), one endless line of labels glued to numbers, prose with
     * numbers, random bytes.
     */
    static void garbage(Path dir) throws IOException {
        int size = 5 * 1024 * 1024;
        Random rnd = new Random(42);
        String[] labels = {"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开", "1.属于国家秘密",
            "行政许可", "规章", "行政规范性文件", "结果维持", "总计", "自然人", "商业企业", "（七）总计", "四、结转下年度继续办理",
            "3.危及“三安全一稳定”", "行政复议", "行政诉讼", "- 3 -", "| 数据1 | 数据2 |", "|---|---|"};
        try (OutputStream out = Files.newOutputStream(dir.resolve("labels-and-runs.txt"))) {
            long written = 0;
            while (written < size) {
                StringBuilder line = new StringBuilder();
                int parts = 1 + rnd.nextInt(12);
                for (int k = 0; k < parts; k++) {
                    line.append(labels[rnd.nextInt(labels.length)]);
                    int digits = rnd.nextInt(14);
                    for (int d = 0; d < digits; d++) {
                        line.append((char) ('0' + rnd.nextInt(10)));
                    }
                    line.append(rnd.nextInt(4) == 0 ? "\t" : rnd.nextInt(3) == 0 ? " | " : "");
                }
                byte[] b = (line + "\n").getBytes(StandardCharsets.UTF_8);
                out.write(b);
                written += b.length;
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("one-glued-line.txt"))) {
            out.write("政府信息公开工作年度报告\n".getBytes(StandardCharsets.UTF_8));
            long written = 0;
            while (written < size) {
                byte[] b = (labels[rnd.nextInt(labels.length)] + rnd.nextInt(1_000_000_000)).getBytes(StandardCharsets.UTF_8);
                out.write(b);
                written += b.length;
            }
        }
        String[] words = {"政府信息公开", "工作", "年度", "本机关", "推进", "依申请", "办理", "情况", "全年", "主动公开",
            "网站", "平台", "制度", "共", "件", "条", "其中", "，", "。", "；", "、", "加强", "监督", "考核"};
        try (OutputStream out = Files.newOutputStream(dir.resolve("prose.txt"))) {
            long written = 0;
            while (written < size) {
                StringBuilder line = new StringBuilder();
                int n = 20 + rnd.nextInt(200);
                for (int k = 0; k < n; k++) {
                    line.append(rnd.nextInt(8) == 0 ? String.valueOf(rnd.nextInt(5000)) : words[rnd.nextInt(words.length)]);
                }
                byte[] b = (line + "\n").getBytes(StandardCharsets.UTF_8);
                out.write(b);
                written += b.length;
            }
        }
        byte[] noise = new byte[size];
        rnd.nextBytes(noise);
        Files.write(dir.resolve("random-bytes.txt"), noise);
    }
}
