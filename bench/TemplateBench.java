import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.ReportCsv;
import nianbao.model.ReportJson;
import nianbao.schema.Schemas;
import nianbao.xlsx.write.TemplateWriter;
import nianbao.xlsx.write.WorkbookWriter;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times the template stage in one JVM (no start-up cost): template generation, filling a report
 * into a workbook, and exporting a filled workbook (read + JSON/CSV).
 *
 * Run from the project directory after `mvn -B -q -DskipTests package`:
 *   java -cp target/nianbao-cli.jar bench/TemplateBench.java [rounds]
 */
public class TemplateBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path dir = Files.createTempDirectory("nianbao-bench");
        Path example = Path.of("examples", "临江市自然资源和规划局-2025.json");
        Report report = Reports.readJson(example);
        Path template = dir.resolve("t.xlsx");
        Path filled = dir.resolve("f.xlsx");
        time("warm-up (not counted)", 5, () -> {
            TemplateWriter.write(Schemas.defaultSchema(), TemplateWriter.Options.none(), template);
            WorkbookWriter.write(report, filled);
            Reports.read(filled);
        });
        time("template  (generate + write 年报模板.xlsx)", rounds,
                () -> TemplateWriter.write(Schemas.defaultSchema(), TemplateWriter.Options.none(), template));
        time("template --previous (prefill from JSON)", rounds,
                () -> TemplateWriter.write(Schemas.defaultSchema(), new TemplateWriter.Options(null, 2026, report), template));
        time("fill      (report → workbook, formulas evaluated)", rounds, () -> WorkbookWriter.write(report, filled));
        time("export    (read workbook → JSON + CSV)", rounds, () -> {
            Report r = Reports.read(filled);
            ReportJson.write(r);
            ReportCsv.write(r, true);
        });
        System.out.printf("template size %d bytes, filled size %d bytes%n", Files.size(template), Files.size(filled));
        for (Path p : new Path[] {template, filled}) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }

    interface Step {
        void run() throws Exception;
    }

    static void time(String what, int n, Step step) throws Exception {
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            step.run();
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            total += t;
        }
        System.out.printf("%-50s n=%3d  mean %7.1f ms  best %7.1f ms%n", what, n, total / 1e6 / n, best / 1e6);
    }
}
