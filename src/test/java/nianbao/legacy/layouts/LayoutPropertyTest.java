package nianbao.legacy.layouts;

import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.legacy.ImportResult;
import nianbao.legacy.LegacyImporter;
import nianbao.legacy.layouts.Printed.Status;
import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The property of issue 10 on the project's own corpus: every example report and 200 generated ones
 * are written in each of the four lossy layouts, imported through the public importer (file → report),
 * and compared with the truth oracle. No number may come back wrong (a {@code read} or
 * {@code inferred} value that differs from the report), none may be given where the text leaves two
 * values open (a guess), and at least 99 % of the numbers the text determines must come back.
 */
class LayoutPropertyTest {

    /** Generated reports besides the examples; {@code -Dlayouts.reports=N} for a quicker run while iterating. */
    static final int GENERATED = Integer.getInteger("layouts.reports", 200);
    /** {@code -Dlayouts.dump=DIR} copies every input with a wrong, guessed or missed number there. */
    static final String DUMP = System.getProperty("layouts.dump");
    static final double TARGET = 0.99;


    /** Every example report in the 2021 format (the layouts are written for it), then the generated ones. */
    static List<Report> reports() throws IOException, UnreadableInputException {
        List<Report> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Report r = Reports.readJson(f);
                if (r.schema().id().equals(Grid.SCHEMA.id())) {
                    out.add(r);
                }
            }
        }
        for (int i = 0; i < GENERATED; i++) {
            out.add(ReportGenerator.generate(1000L + i, i));
        }
        return out;
    }

    static Stream<String> layouts() {
        return LayoutWriter.ALL.stream().map(LayoutWriter::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void recoversTheDeterminedNumbersAndNeverAWrongOne(String layout, @TempDir Path dir) throws Exception {
        LayoutWriter writer = LayoutWriter.ALL.stream().filter(w -> w.name().equals(layout)).findFirst().orElseThrow();
        Score score = new Score(layout);
        List<Report> reports = reports();
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            long seed = 7919L * i + layout.hashCode();
            Printed printed = writer.write(report, seed);
            score.check(i, seed, report, printed, dir);
        }
        System.out.println(score.summary());
        assertTrue(score.wrong.isEmpty(), score.wrong.size() + " wrong numbers in " + layout + ", e.g.:\n"
                + String.join("\n", score.wrong.subList(0, Math.min(15, score.wrong.size()))));
        assertTrue(score.guessed.isEmpty(), score.guessed.size() + " numbers given where the text leaves them open in "
                + layout + ", e.g.:\n" + String.join("\n", score.guessed.subList(0, Math.min(15, score.guessed.size()))));
        double floor = TARGET;
        assertTrue(score.recovered >= floor * score.determined, layout + ": recovered " + score.recovered + " of "
                + score.determined + " determined numbers (" + score.percent() + "), needs " + floor * 100 + " %\n"
                + score.summary());
    }

    /** The tally of one layout over all reports. */
    static final class Score {
        final String layout;
        int cases;
        int determined;
        int recovered;
        int ambiguous;
        int grey;
        final List<String> wrong = new ArrayList<>();
        final List<String> guessed = new ArrayList<>();
        /** Determined numbers that did not come back, by table row. */
        final Map<String, Integer> missedByRow = new TreeMap<>();
        final Map<String, Integer> failures = new TreeMap<>();

        Score(String layout) {
            this.layout = layout;
        }

        void check(int index, long seed, Report report, Printed printed, Path dir) throws IOException {
            cases++;
            Grid grid = printed.grid != null ? printed.grid : Grid.of(report);
            Map<String, Status> status = Oracle.statuses(printed, grid);
            String name = String.format("%03d-%s", index, printed.fileName);
            Path file = dir.resolve(name);
            Files.write(file, printed.bytes);
            Report got = null;
            try {
                ImportResult r = LegacyImporter.importFile(file, name, Grid.SCHEMA);
                got = r.report();
            } catch (UnreadableInputException e) {
                failures.merge("无法读取：" + e.getMessage(), 1, Integer::sum);
            }
            int before = wrong.size() + guessed.size() + missed();
            String where = "case " + index + " (" + report.agency() + ", seed " + seed + ", " + printed.quirks + ")";
            for (String id : Grid.IDS) {
                Status s = status.get(id);
                BigDecimal truth = printed.truth(id, report);
                Value v = got == null ? null : got.value(id);
                boolean given = v != null && v.number() != null && v.how() != Provenance.MISSING;
                switch (s) {
                    case DETERMINED -> determined++;
                    case AMBIGUOUS -> ambiguous++;
                    default -> grey++;
                }
                if (given && v.number().compareTo(truth) != 0) {
                    wrong.add(where + ": " + id + " " + v.how() + " " + Numbers.plain(v.number()) + ", true "
                            + Numbers.plain(truth) + " [" + s + "] " + (v.note() == null ? "" : v.note()));
                    failures.merge("错：" + row(id), 1, Integer::sum);
                } else if (given && s == Status.AMBIGUOUS) {
                    guessed.add(where + ": " + id + " " + v.how() + " " + Numbers.plain(v.number())
                            + " but the text allows other values");
                    failures.merge("猜：" + row(id), 1, Integer::sum);
                } else if (given && s == Status.DETERMINED) {
                    recovered++;
                } else if (s == Status.DETERMINED) {
                    missedByRow.merge(row(id), 1, Integer::sum);
                }
            }
            if (DUMP != null && wrong.size() + guessed.size() + missed() > before) {
                Path to = Path.of(DUMP, layout);
                Files.createDirectories(to);
                Files.copy(file, to.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }

        private int missed() {
            return missedByRow.values().stream().mapToInt(Integer::intValue).sum();
        }

        private static String row(String id) {
            int dot = id.lastIndexOf('.');
            return id.startsWith("t4") || id.startsWith("t2") ? id.substring(0, id.indexOf('.')) : id.substring(0, dot);
        }

        String percent() {
            return determined == 0 ? "-" : String.format("%.1f %%", 100.0 * recovered / determined);
        }

        String summary() {
            StringBuilder s = new StringBuilder();
            s.append(String.format("[layouts] %-12s cases %d: determined %d, recovered %d (%s), wrong %d, guessed %d; "
                    + "ambiguous %d, not scored %d%n", layout, cases, determined, recovered, percent(), wrong.size(),
                    guessed.size(), ambiguous, grey));
            s.append("[layouts]   missed by row: ").append(missedByRow).append('\n');
            s.append("[layouts]   failures: ").append(failures).append('\n');
            return s.toString();
        }
    }
}
