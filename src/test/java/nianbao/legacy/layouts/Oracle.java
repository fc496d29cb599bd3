package nianbao.legacy.layouts;

import nianbao.legacy.layouts.Printed.Piece;
import nianbao.legacy.layouts.Printed.Status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brute-force truth: which numbers a printed text determines. Each piece of the text allows a few
 * value vectors for its cells; a joint reading takes one vector per piece; it survives when every
 * rule (T3-ROW, T3-RESULT, T3-BAL, T4-SUM, written out in {@link Grid}) holds. A cell is determined
 * when all surviving readings give it the same value. Pieces are first filtered by the rules they
 * close alone (row sums), then searched depth-first with each rule checked as soon as its last
 * piece is chosen. The search is bounded; past the budget the cells involved are not scored.
 *
 * <p>It shares no code with the importer: it knows nothing about text, only what the writer
 * recorded it printed.
 */
final class Oracle {

    static final long BUDGET = 4_000_000;

    private Oracle() {
    }

    /** The status of every one of the 200 numbers. */
    static Map<String, Status> statuses(Printed p, Grid truth) {
        Map<String, Status> wide = solve(p.wide, p.forced);
        Map<String, Status> narrow = solve(p.narrow, p.forced);
        Map<String, Status> out = new LinkedHashMap<>();
        for (String id : Grid.IDS) {
            Status w = wide.getOrDefault(id, Status.GREY);
            Status n = narrow.getOrDefault(id, Status.GREY);
            Status s = w == Status.DETERMINED ? Status.DETERMINED : n == Status.AMBIGUOUS ? Status.AMBIGUOUS : Status.GREY;
            out.put(id, s);
        }
        out.putAll(p.forced);
        checkTruthIsAReading(p, truth);
        return out;
    }

    /** The writer must have recorded the true values among each piece's readings. */
    private static void checkTruthIsAReading(Printed p, Grid g) {
        Map<String, Long> t = values(g);
        for (List<Piece> family : List.of(p.wide, p.narrow)) {
            for (Piece piece : family) {
                long[] want = new long[piece.cells().size()];
                for (int i = 0; i < want.length; i++) {
                    want[i] = t.get(piece.cells().get(i));
                }
                boolean found = piece.candidates().stream().anyMatch(c -> Arrays.equals(c, want));
                boolean fee = piece.cells().contains("t2.fees.amount");
                if (!found && !fee && !piece.candidates().isEmpty()) {
                    throw new IllegalStateException(p.layout + ": the truth is not a reading of " + piece.what()
                            + " " + piece.cells());
                }
            }
        }
    }

    /** The true values as longs (the fee, which no rule or split involves, as 0). */
    static Map<String, Long> values(Grid g) {
        Map<String, Long> t = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            t.put(Grid.IDS.get(i), i == 9 ? 0 : Long.parseLong(g.t2[i]));
        }
        for (int r = 0; r < Grid.ROWS; r++) {
            for (int c = 0; c < Grid.COLS; c++) {
                t.put(Grid.t3(r, c), g.t3[r][c]);
            }
        }
        for (int i = 0; i < 15; i++) {
            t.put(Grid.t4(i), g.t4[i]);
        }
        return t;
    }

    static Map<String, Status> solve(List<Piece> pieces, Map<String, Status> forced) {
        Map<String, Long> fixed = new HashMap<>();
        List<Piece> open = new ArrayList<>();
        Map<String, Status> out = new HashMap<>();
        for (Piece p : pieces) {
            if (p.candidates().size() == 1) {
                for (int i = 0; i < p.cells().size(); i++) {
                    fixed.put(p.cells().get(i), p.candidates().get(0)[i]);
                }
            } else {
                open.add(p);
            }
        }
        List<Grid.Equation> rules = new ArrayList<>();
        boolean relaxed = false;
        for (Grid.Equation e : Grid.EQUATIONS) {
            if (cells(e).stream().anyMatch(forced::containsKey)) {
                relaxed = true; // a cell never printed: its rules say nothing here
            } else {
                rules.add(e);
            }
        }
        // propagate: filter each open piece by the rules it closes alone, fix pieces left with one reading
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < open.size(); i++) {
                Piece p = open.get(i);
                List<long[]> keep = new ArrayList<>();
                for (long[] c : p.candidates()) {
                    if (fitsAlone(p, c, fixed, rules)) {
                        keep.add(c);
                    }
                }
                if (keep.size() != p.candidates().size()) {
                    p = new Piece(p.cells(), keep, p.what());
                    open.set(i, p);
                }
                if (keep.size() <= 1) {
                    open.remove(i--);
                    changed = true;
                    if (keep.size() == 1) {
                        for (int j = 0; j < p.cells().size(); j++) {
                            fixed.put(p.cells().get(j), keep.get(0)[j]);
                        }
                    } else {
                        for (String c : p.cells()) {
                            out.put(c, Status.GREY); // no reading fits (or too many to list)
                        }
                    }
                }
            }
        }
        for (String c : fixed.keySet()) {
            out.putIfAbsent(c, Status.DETERMINED);
        }
        relaxed |= out.containsValue(Status.GREY);
        if (open.isEmpty()) {
            return out;
        }
        Search s = new Search(open, fixed, rules);
        s.run(0);
        for (Piece p : open) {
            for (String c : p.cells()) {
                Status st;
                if (s.nodes > BUDGET || !s.seen.containsKey(c)) {
                    st = Status.GREY;
                } else if (s.varies.containsKey(c)) {
                    st = relaxed ? Status.GREY : Status.AMBIGUOUS;
                } else {
                    st = Status.DETERMINED;
                }
                out.put(c, st);
            }
        }
        return out;
    }

    private static List<String> cells(Grid.Equation e) {
        List<String> all = new ArrayList<>(e.left());
        all.addAll(e.right());
        return all;
    }

    private static boolean fitsAlone(Piece p, long[] c, Map<String, Long> fixed, List<Grid.Equation> rules) {
        for (Grid.Equation e : rules) {
            boolean touches = false;
            boolean closed = true;
            long sum = 0;
            for (int side = 0; side < 2 && closed; side++) {
                for (String cell : side == 0 ? e.left() : e.right()) {
                    int at = p.cells().indexOf(cell);
                    long v;
                    if (at >= 0) {
                        touches = true;
                        v = c[at];
                    } else if (fixed.containsKey(cell)) {
                        v = fixed.get(cell);
                    } else {
                        closed = false;
                        break;
                    }
                    sum += side == 0 ? v : -v;
                }
            }
            if (touches && closed && sum != 0) {
                return false;
            }
        }
        return true;
    }

    /** Depth-first search over the open pieces, each rule checked once its last piece is chosen. */
    private static final class Search {
        final List<Piece> open;
        final Map<String, Long> value;
        final List<List<Grid.Equation>> closesAt = new ArrayList<>();
        final Map<String, Long> seen = new HashMap<>();
        final Map<String, Boolean> varies = new HashMap<>();
        long nodes;

        Search(List<Piece> open, Map<String, Long> fixed, List<Grid.Equation> rules) {
            this.open = open;
            this.value = new HashMap<>(fixed);
            Map<String, Integer> pieceOf = new HashMap<>();
            for (int i = 0; i < open.size(); i++) {
                closesAt.add(new ArrayList<>());
                for (String c : open.get(i).cells()) {
                    pieceOf.put(c, i);
                }
            }
            for (Grid.Equation e : rules) {
                int last = -1;
                boolean known = true;
                for (String c : cells(e)) {
                    if (pieceOf.containsKey(c)) {
                        last = Math.max(last, pieceOf.get(c));
                    } else if (!fixed.containsKey(c)) {
                        known = false;
                    }
                }
                if (known && last >= 0) {
                    closesAt.get(last).add(e);
                }
            }
        }

        void run(int depth) {
            if (++nodes > BUDGET) {
                return;
            }
            if (depth == open.size()) {
                for (Piece p : open) {
                    for (String c : p.cells()) {
                        Long v = value.get(c);
                        Long before = seen.putIfAbsent(c, v);
                        if (before != null && !before.equals(v)) {
                            varies.put(c, true);
                        }
                    }
                }
                return;
            }
            Piece p = open.get(depth);
            for (long[] c : p.candidates()) {
                for (int i = 0; i < c.length; i++) {
                    value.put(p.cells().get(i), c[i]);
                }
                if (holds(closesAt.get(depth))) {
                    run(depth + 1);
                }
                if (nodes > BUDGET) {
                    return;
                }
            }
        }

        boolean holds(List<Grid.Equation> rules) {
            for (Grid.Equation e : rules) {
                long sum = 0;
                for (String c : e.left()) {
                    sum += value.get(c);
                }
                for (String c : e.right()) {
                    sum -= value.get(c);
                }
                if (sum != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
