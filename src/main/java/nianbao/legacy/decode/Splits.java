package nianbao.legacy.decode;

import nianbao.legacy.tokens.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways a run of glued digits can be cut into a row's cells: every cell a whole number without
 * leading zeros (a lone {@code 0} is fine), a decimal point only inside one cell, a minus sign only at
 * the start of a cell that may be negative. Several runs of one row share its cells in order, each
 * run giving at least one cell. Enumeration stops at a budget; the caller then knows it was cut.
 */
public final class Splits {

    /** One way to cut: the cells, each a token for the printed part. */
    record Cut(List<Token> cells) {
        /** The cut as printed, e.g. {@code 12/3/75}. */
        String label() {
            StringBuilder sb = new StringBuilder();
            for (Token t : cells) {
                if (sb.length() > 0) {
                    sb.append('/');
                }
                sb.append(t.raw());
            }
            return sb.toString();
        }
    }

    /**
     * Tests a cut; cuts it rejects are not returned. Cells not cut yet are null: a rule over them is
     * not tested yet, so the same check prunes partial cuts.
     */
    interface Check {
        boolean accept(BigDecimal[] values);
    }

    final List<Cut> cuts = new ArrayList<>();
    /** True when the budget ran out before every cut was tried. */
    boolean cutShort;
    /** How many cuts the text allows (before the check), counted up to the budget. */
    int textual;
    /** The first cut the text allows, whether the check accepts it or not. */
    Cut first;

    private final List<Token> runs;
    private final boolean[] signed;
    private final Check check;
    private final int budget;
    private final boolean prune;
    private int visited;

    private Splits(List<Token> runs, boolean[] signed, Check check, int budget, boolean prune) {
        this.runs = runs;
        this.signed = signed;
        this.check = check;
        this.budget = budget;
        this.prune = prune;
    }

    /**
     * Enumerates the cuts of runs into exactly {@code signed.length} cells.
     *
     * @param runs the runs of the row in order
     * @param signed per cell, whether it may be negative
     * @param check keeps the cuts that fit the rules known so far
     * @param budget how many candidate cells may be tried at most
     */
    static Splits of(List<Token> runs, boolean[] signed, Check check, int budget) {
        return of(runs, signed, check, budget, false);
    }

    /**
     * Enumerates only the cuts the check accepts, testing each rule as soon as its cells are cut (a
     * 表四 run of 20 digits: each group of five must add up before the next is tried). Then
     * {@link #textual} and {@link #first} count only accepted cuts.
     */
    static Splits pruned(List<Token> runs, boolean[] signed, Check check, int budget) {
        return of(runs, signed, check, budget, true);
    }

    private static Splits of(List<Token> runs, boolean[] signed, Check check, int budget, boolean prune) {
        Splits s = new Splits(runs, signed, check, budget, prune);
        int cells = signed.length;
        int chars = 0;
        for (Token t : runs) {
            chars += t.raw().length();
        }
        if (runs.isEmpty() || runs.size() > cells || chars < cells) {
            return s;
        }
        s.walk(0, 0, 0, new Token[cells], new BigDecimal[cells]);
        return s;
    }

    private void walk(int run, int pos, int cell, Token[] at, BigDecimal[] values) {
        if (cutShort) {
            return;
        }
        int cells = at.length;
        if (run == runs.size()) {
            if (cell == cells) {
                textual++;
                if (first == null) {
                    first = new Cut(List.of(at.clone()));
                }
                if (check == null || check.accept(values)) {
                    cuts.add(new Cut(List.of(at.clone())));
                }
            }
            return;
        }
        Token t = runs.get(run);
        String d = t.raw();
        if (pos == d.length()) {
            walk(run + 1, 0, cell, at, values);
            return;
        }
        if (cell == cells) {
            return;
        }
        // Cells still needed by the later runs: at least one each.
        int laterRuns = runs.size() - run - 1;
        int maxEnd = d.length();
        for (int end = pos + 1; end <= maxEnd; end++) {
            if (++visited > budget) {
                cutShort = true;
                return;
            }
            boolean lastOfRun = end == d.length();
            int cellsLeftAfter = cells - cell - 1;
            if (!lastOfRun && cellsLeftAfter < laterRuns + 1) {
                continue;
            }
            if (lastOfRun && cellsLeftAfter < laterRuns) {
                continue;
            }
            if (lastOfRun && laterRuns == 0 && cellsLeftAfter > 0) {
                continue;
            }
            String part = d.substring(pos, end);
            BigDecimal v = value(part, signed[cell]);
            if (v == null) {
                if (!part.isEmpty() && part.charAt(0) == '0' && part.length() > 1 && part.charAt(1) != '.') {
                    // A longer part would keep the leading zero.
                    return;
                }
                continue;
            }
            at[cell] = new Token(Token.Kind.NUMBER, part, "", "", v, true, t.line(), t.column() + pos, t.sep());
            values[cell] = v;
            if (!prune || check.accept(values)) {
                walk(run, end, cell + 1, at, values);
            }
            at[cell] = null;
            values[cell] = null;
        }
    }

    /** The value of one cell as printed, or null when it cannot be a cell. */
    static BigDecimal value(String part, boolean signed) {
        int n = part.length();
        if (n == 0) {
            return null;
        }
        int i = 0;
        if (part.charAt(0) == '-') {
            if (!signed || n == 1) {
                return null;
            }
            i = 1;
        }
        if (part.indexOf('-', i) >= 0) {
            return null;
        }
        int dot = part.indexOf('.', i);
        if (dot == i || dot == n - 1) {
            return null;
        }
        int intEnd = dot < 0 ? n : dot;
        if (part.charAt(i) == '0' && intEnd - i > 1) {
            return null;
        }
        if (part.charAt(i) == '-' && i > 0) {
            return null;
        }
        if (part.equals("-0")) {
            return null;
        }
        if (n - i > 15) {
            return null;
        }
        return new BigDecimal(part);
    }
}
