package nianbao.legacy.decode;

import nianbao.legacy.tokens.Scanner;
import nianbao.legacy.tokens.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ways 表三's numbers, printed apart from their labels, can fill its rows. The numbers stand in
 * table order, in runs cut where text stood between them. PDF text without layout prints a table row by
 * row, column by column, or in bands of rows each column by column (a page, or the rows between two tall
 * ones); a run holds whole rows (row by row), or a whole band (column by column), or one column of a band
 * when the column header words stand between the columns. Row labels are not used: where they drifted
 * away from their numbers, being next to a label proves nothing. What the order of the runs allows is
 * listed; the rules choose among the readings.
 */
final class Sequences {

    /** Readings listed at most; past this the table is left to the reasons. */
    static final int MAX_READINGS = 256;
    /** Search steps at most. */
    private static final int BUDGET = 100_000;

    /**
     * Numbers printed one after another with no text between them.
     *
     * @param tokens the numbers
     * @param after what the text before them held (a row label when they open the table)
     */
    record Run(List<Token> tokens, Scanner.Gap after) {
    }

    final List<Decoder.Reading> readings = new ArrayList<>();
    /** True when there were more readings than listed. */
    boolean cutShort;

    private final List<Run> runs;
    private final int rows;
    private final int m;
    private final Token[] at;
    private final List<String> bands = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int steps;

    /** All numbers in printed order. */
    private final List<Token> flat = new ArrayList<>();
    /** Per position in {@link #flat}: the run that starts there, or -1. */
    private final int[] runAt;
    /** Per position: what stood before it when a run starts there, else null. */
    private final Scanner.Gap[] gapAt;

    private Sequences(List<Run> runs, int rows, int m) {
        this.runs = runs;
        this.rows = rows;
        this.m = m;
        this.at = new Token[rows * m];
        for (Run r : runs) {
            flat.addAll(r.tokens());
        }
        runAt = new int[flat.size() + 1];
        gapAt = new Scanner.Gap[flat.size() + 1];
        java.util.Arrays.fill(runAt, -1);
        int p = 0;
        for (int i = 0; i < runs.size(); i++) {
            runAt[p] = i;
            gapAt[p] = runs.get(i).after();
            p += runs.get(i).tokens().size();
        }
    }

    /**
     * Every reading of the runs as {@code rows} rows of {@code m} cells.
     *
     * @param runs the numbers in printed order, cut where text stood between them
     */
    static Sequences of(List<Run> runs, int rows, int m) {
        Sequences s = new Sequences(runs, rows, m);
        s.walk(0, 0);
        s.wholeColumns();
        return s;
    }

    /** From number {@code p} on, filling from row {@code row}. */
    private void walk(int p, int row) {
        if (cutShort) {
            return;
        }
        if (++steps > BUDGET || readings.size() >= MAX_READINGS) {
            cutShort = true;
            return;
        }
        if (p == flat.size() || row == rows) {
            if (p == flat.size() && row == rows) {
                add();
            }
            return;
        }
        if (p + m <= flat.size() && rowFits(p)) {
            // one row, its numbers one after another (a label may stand among them: labels drift)
            for (int c = 0; c < m; c++) {
                at[row * m + c] = flat.get(p + c);
            }
            bands.add("");
            walk(p + m, row + 1);
            bands.remove(bands.size() - 1);
            clear(row, 1);
        }
        int i = runAt[p];
        if (i < 0) {
            return;
        }
        int n = runs.get(i).tokens().size();
        if (n % m == 0 && n / m > 1 && row + n / m <= rows) {
            // one band column by column, in a run of its own
            int h = n / m;
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < m; c++) {
                    at[(row + r) * m + c] = flat.get(p + c * h + r);
                }
            }
            bands.add(band(row, h));
            walk(p + n, row + h);
            bands.remove(bands.size() - 1);
            clear(row, h);
        }
        if (i + m <= runs.size() && row + n <= rows && columnsOfABand(i, n)) {
            // the m columns of a band, their header words between them
            for (int c = 0; c < m; c++) {
                List<Token> col = runs.get(i + c).tokens();
                for (int r = 0; r < n; r++) {
                    at[(row + r) * m + c] = col.get(r);
                }
            }
            bands.add(band(row, n));
            walk(p + m * n, row + n);
            bands.remove(bands.size() - 1);
            clear(row, n);
        }
    }

    /**
     * The whole table column by column, whatever words stand among the numbers, as long as no row label
     * does (labels among the numbers mean rows or bands, not one block).
     */
    private void wholeColumns() {
        if (flat.size() != rows * m || cutShort) {
            return;
        }
        for (int p = 1; p < flat.size(); p++) {
            if (gapAt[p] == Scanner.Gap.LABEL) {
                return;
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < m; c++) {
                at[r * m + c] = flat.get(c * rows + r);
            }
        }
        bands.add(band(0, rows));
        add();
        bands.clear();
        clear(0, rows);
    }

    /** A row may start at number p: not right after column header words, none inside it either. */
    private boolean rowFits(int p) {
        for (int k = p; k < p + m; k++) {
            if (gapAt[k] == Scanner.Gap.COLUMN) {
                return false;
            }
        }
        return true;
    }

    /** Runs i … i+m−1 all of length h, with no row label between them. */
    private boolean columnsOfABand(int i, int h) {
        for (int c = 0; c < m; c++) {
            Run r = runs.get(i + c);
            if (r.tokens().size() != h || c > 0 && r.after() == Scanner.Gap.LABEL) {
                return false;
            }
        }
        return true;
    }

    private void clear(int row, int h) {
        for (int k = row * m; k < (row + h) * m; k++) {
            at[k] = null;
        }
    }

    private static String band(int row, int h) {
        return "第 " + (row + 1) + "–" + (row + h) + " 行逐列";
    }

    private void add() {
        StringBuilder key = new StringBuilder();
        BigDecimal[] v = new BigDecimal[at.length];
        for (int k = 0; k < at.length; k++) {
            v[k] = at[k].number();
            key.append(at[k].raw()).append(',');
        }
        if (!seen.add(key.toString())) {
            return;
        }
        List<String> named = bands.stream().filter(b -> !b.isEmpty()).toList();
        String label = named.isEmpty() ? "逐行排列" : named.size() == 1 && named.get(0).startsWith("第 1–" + rows + " ")
                ? "逐列排列" : "分段逐列（" + String.join("，", named) + "，其余逐行）";
        readings.add(new Decoder.Reading(v, at.clone(), label));
    }
}
