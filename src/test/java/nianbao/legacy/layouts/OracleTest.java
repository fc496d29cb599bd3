package nianbao.legacy.layouts;

import nianbao.legacy.layouts.Printed.Status;
import nianbao.model.Report;
import nianbao.schema.Severity;
import nianbao.validate.Finding;
import nianbao.validate.Validator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OracleTest {

    @Test
    void cutsAGluedRunEveryWayWithoutLeadingZeros() {
        assertEquals(6, Printed.splits("12375", 3).size());
        assertEquals(List.of("[0, 0, 0]"), Printed.splits("000", 3).stream().map(Arrays::toString).toList());
        assertEquals(List.of("[1, 0, 0]"), Printed.splits("100", 3).stream().map(Arrays::toString).toList());
        assertEquals(List.of("[10, 0, 5]"), Printed.splits("1005", 3).stream().map(Arrays::toString).toList());
        assertTrue(Printed.splits("12", 3).isEmpty());
    }

    /** A report with 自然人 52 and 商业企业 1 new, all handled as 予以公开 except 1 carried over. */
    private static Report small() {
        Report.Builder b = Report.builder(Grid.SCHEMA);
        for (String id : Grid.IDS) {
            b.number(id, 0);
        }
        b.number("t2.normative.made", 12).number("t2.normative.repealed", 3).number("t2.normative.valid", 75);
        b.number(Grid.t3(Grid.NEW, 0), 52).number(Grid.t3(Grid.NEW, 1), 1).number(Grid.t3(Grid.NEW, 6), 53);
        b.number(Grid.t3(Grid.FIRST_RESULT, 0), 51).number(Grid.t3(Grid.FIRST_RESULT, 1), 1).number(Grid.t3(Grid.FIRST_RESULT, 6), 52);
        b.number(Grid.t3(Grid.TOTAL, 0), 51).number(Grid.t3(Grid.TOTAL, 1), 1).number(Grid.t3(Grid.TOTAL, 6), 52);
        b.number(Grid.t3(Grid.CARRY_OVER, 0), 1).number(Grid.t3(Grid.CARRY_OVER, 6), 1);
        return b.build();
    }

    private static Printed.Builder allApartBut(Grid g, List<Integer> gluedRows, boolean gluedTriple) {
        Printed.Builder p = new Printed.Builder("test");
        List<String> t2 = Grid.IDS.subList(0, 10);
        if (gluedTriple) {
            p.fixed(t2.subList(0, 3), 0, 0, 0).glued(t2.subList(3, 6), "12375").fixed(t2.subList(6, 10), 0, 0, 0, 0);
        } else {
            p.fixed(t2, 0, 0, 0, 12, 3, 75, 0, 0, 0, 0);
        }
        for (int r = 0; r < Grid.ROWS; r++) {
            if (gluedRows.contains(r)) {
                StringBuilder run = new StringBuilder();
                Arrays.stream(g.t3[r]).forEach(run::append);
                p.glued(Grid.t3Row(r), run.toString());
            } else {
                p.fixed(Grid.t3Row(r), g.t3[r]);
            }
        }
        p.fixed(Grid.IDS.subList(185, 200), g.t4);
        return p;
    }

    @Test
    void aGluedTripleWithoutRulesIsAmbiguousAndAGluedRowIsDecidedByItsSum() {
        Grid g = Grid.of(small());
        Printed p = allApartBut(g, List.of(Grid.NEW), true).build("t.txt", new byte[0]);
        Map<String, Status> s = Oracle.statuses(p, g);
        assertEquals(Status.AMBIGUOUS, s.get("t2.normative.made"));
        assertEquals(Status.AMBIGUOUS, s.get("t2.normative.valid"));
        // 521000053 → 52 1 0 0 0 0 53 is the only split whose six parts add up to the seventh
        for (int c = 0; c < Grid.COLS; c++) {
            assertEquals(Status.DETERMINED, s.get(Grid.t3(Grid.NEW, c)));
        }
        assertEquals(200, s.size());
    }

    @Test
    void rowsThatFitTheirSumsSeveralWaysAreDecidedByTheColumnRulesTogether() {
        Grid g = Grid.of(small());
        // 511000052 alone: 51 1 0 0 0 0 52 and 5 11 0 0 0 0 … do not both fit; with 新收 and 总计 glued too,
        // the columns still leave one reading
        Printed p = allApartBut(g, List.of(Grid.NEW, Grid.FIRST_RESULT, Grid.TOTAL), false).build("t.txt", new byte[0]);
        Map<String, Status> s = Oracle.statuses(p, g);
        assertTrue(s.values().stream().allMatch(x -> x == Status.DETERMINED), s.toString());
    }

    @Test
    void twoGluedRowsThatCanTradeDigitsStayAmbiguous() {
        // 予以公开 1 10 … and 本机关不掌握 11 0 …: "1100000011" and "1100000011" can swap 1|10 and 11|0
        Report.Builder b = Report.builder(Grid.SCHEMA);
        for (String id : Grid.IDS) {
            b.number(id, 0);
        }
        int[][] rows = {{Grid.FIRST_RESULT, 1, 10}, {12, 11, 0}};
        long nat = 0;
        long com = 0;
        for (int[] r : rows) {
            b.number(Grid.t3(r[0], 0), r[1]).number(Grid.t3(r[0], 1), r[2]).number(Grid.t3(r[0], 6), r[1] + r[2]);
            nat += r[1];
            com += r[2];
        }
        for (int row : new int[] {Grid.NEW, Grid.TOTAL}) {
            b.number(Grid.t3(row, 0), nat).number(Grid.t3(row, 1), com).number(Grid.t3(row, 6), nat + com);
        }
        Grid g = Grid.of(b.build());
        Printed p = allApartBut(g, List.of(Grid.FIRST_RESULT, 12), false).build("t.txt", new byte[0]);
        Map<String, Status> s = Oracle.statuses(p, g);
        assertEquals(Status.AMBIGUOUS, s.get(Grid.t3(Grid.FIRST_RESULT, 0)), s.toString());
        assertEquals(Status.AMBIGUOUS, s.get(Grid.t3(12, 1)));
        assertEquals(Status.DETERMINED, s.get(Grid.t3(Grid.FIRST_RESULT, 6)), "row totals 11 are the same either way");
    }

    @Test
    void generatedReportsKeepEveryRule() {
        List<String> broken = new ArrayList<>();
        int quiet = 0;
        for (int i = 0; i < 200; i++) {
            Report r = ReportGenerator.generate(1000L + i, i);
            for (Finding f : Validator.validate(r)) {
                if (f.severity() == Severity.ERROR && f.ruleId() != null && f.ruleId().startsWith("T")) {
                    broken.add(i + ": " + f);
                }
            }
            if (r.number(Grid.t3(Grid.NEW, 6)).signum() == 0) {
                quiet++;
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
        assertTrue(quiet > 30 && quiet < 120, "about a third receive no request: " + quiet);
    }

    @Test
    void everyWriterRecordsTheTruthAmongItsReadings() {
        Report r = ReportGenerator.generate(4242, 3);
        for (LayoutWriter w : LayoutWriter.ALL) {
            for (long seed = 0; seed < 20; seed++) {
                Printed printed = w.write(r, seed);
                Map<String, Status> s = Oracle.statuses(printed, printed.grid != null ? printed.grid : Grid.of(r)); // throws when the truth is not a reading
                assertEquals(200, s.size(), w.name());
            }
        }
    }
}
