package nianbao.compare;

import nianbao.UnwritableOutputException;
import nianbao.analysis.YearOnYear;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares the reports of many agencies at once: reads every file, groups the reports by agency (names
 * compared without spaces), and writes one comparison per agency with two years or more into a folder. A file
 * that cannot be read, or an agency whose reports cannot make a series, is listed with its reason and never
 * stops the batch.
 */
public final class CompareBatch {

    /** Writes one comparison to a file, atomically. */
    public interface Writer {
        /** Writes the comparison to {@code target}. */
        void write(AgencyComparison comparison, Path target) throws IOException;
    }

    /**
     * One comparison written.
     *
     * @param comparison the comparison
     * @param fileName the file's name in the output folder
     */
    public record Written(AgencyComparison comparison, String fileName) {
    }

    /**
     * An agency not compared.
     *
     * @param agency the agency as its reports name it
     * @param files its files
     * @param reason why (只有一个年度的报告, 两份报告同一年度)
     */
    public record NotCompared(String agency, List<String> files, String reason) {
        public NotCompared {
            files = List.copyOf(files);
        }
    }

    /**
     * A file not used, or an output not written.
     *
     * @param file the input (or output) as named
     * @param reason the one-line Chinese reason, naming the file
     */
    public record Failure(String file, String reason) {
    }

    /**
     * What the batch did.
     *
     * @param written the comparisons written, in agency order (by first file)
     * @param notCompared the agencies not compared
     * @param unreadable the files not read
     * @param unwritable the comparisons not written
     */
    public record Result(List<Written> written, List<NotCompared> notCompared, List<Failure> unreadable,
                         List<Failure> unwritable) {
        public Result {
            written = List.copyOf(written);
            notCompared = List.copyOf(notCompared);
            unreadable = List.copyOf(unreadable);
            unwritable = List.copyOf(unwritable);
        }
    }

    private CompareBatch() {
    }

    /**
     * Runs the batch.
     *
     * @param files the report files
     * @param outDir the folder the comparisons go into
     * @param format their format
     * @param threads how many files to read at once
     * @param writer writes one comparison
     */
    public static Result run(List<Path> files, Path outDir, OutputFormat format, int threads, Writer writer) {
        List<Failure> unreadable = new ArrayList<>();
        Map<String, List<YearReport>> groups = new LinkedHashMap<>();
        for (ReportFiles.Outcome o : ReportFiles.readAll(files, threads)) {
            if (o.report() == null) {
                unreadable.add(new Failure(o.file(), o.error()));
            } else {
                YearReport r = o.report();
                if (r.agency() == null) {
                    unreadable.add(new Failure(r.file(), r.file() + "：报告没有写机关名称，无法归到某个机关。"));
                } else {
                    groups.computeIfAbsent(YearOnYear.key(r.agency()), k -> new ArrayList<>()).add(r);
                }
            }
        }
        List<Written> written = new ArrayList<>();
        List<NotCompared> notCompared = new ArrayList<>();
        List<Failure> unwritable = new ArrayList<>();
        // the index page's names are taken before any agency's
        Set<String> names = new HashSet<>(List.of("index.html", "index.md"));
        for (List<YearReport> group : groups.values()) {
            List<String> groupFiles = group.stream().map(YearReport::file).toList();
            Series series;
            try {
                series = Series.of(group, false);
            } catch (Series.Refused e) {
                String agency = group.get(group.size() - 1).agency();
                notCompared.add(new NotCompared(agency, groupFiles, e.getMessage()));
                continue;
            }
            AgencyComparison c = AgencyComparison.of(series);
            String name = fileName(c.agency(), format, names);
            try {
                writer.write(c, outDir.resolve(name));
                written.add(new Written(c, name));
            } catch (UnwritableOutputException e) {
                unwritable.add(new Failure(outDir.resolve(name).toString(), e.getMessage()));
            } catch (IOException | RuntimeException e) {
                unwritable.add(new Failure(outDir.resolve(name).toString(),
                        outDir.resolve(name) + "：内部错误（请把这一行报告给维护人员）：" + e));
            }
        }
        return new Result(written, notCompared, unreadable, unwritable);
    }

    /**
     * A file name for an agency's comparison: its name with the characters file systems refuse replaced, at
     * most 80 characters, made unique (甲-2) among the batch's names regardless of case.
     */
    static String fileName(String agency, OutputFormat format, Set<String> taken) {
        StringBuilder sb = new StringBuilder();
        agency.strip().codePoints().limit(80).forEach(c -> sb.appendCodePoint(
                c < 0x20 || "\\/:*?\"<>|".indexOf(c) >= 0 ? '_' : c));
        String stem = sb.toString().replaceAll("^[.\\s]+", "");
        if (stem.isEmpty()) {
            stem = "机关";
        }
        String name = stem + "." + format.extension();
        for (int k = 2; !taken.add(name.toLowerCase(Locale.ROOT)); k++) {
            name = stem + "-" + k + "." + format.extension();
        }
        return name;
    }
}
