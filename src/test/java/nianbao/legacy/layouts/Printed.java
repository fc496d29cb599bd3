package nianbao.legacy.layouts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report written in one lossy layout: the file (name and bytes) and, for the truth oracle, what
 * the text says about each number — a list of pieces, each a group of cells with the value vectors
 * the printed text allows for them (one vector when the numbers stand apart; every split of a glued
 * digit run; every placement of a displaced number).
 *
 * <p>{@code wide} is the most permissive family of readings a careful reader could entertain; the
 * cells it leaves with one value are the ones the text determines. {@code narrow} is the least
 * permissive family; a cell with two values even there is ambiguous whatever the reader assumes.
 */
final class Printed {

    /** What the text tells about one cell. */
    enum Status {
        /** One value only fits the text and the rules. */
        DETERMINED,
        /** Two values fit even the narrowest reading: a reader that gives a number here guesses. */
        AMBIGUOUS,
        /** Between the two (depends on which readings one admits) or past the oracle's budget: not scored. */
        GREY
    }

    /** Cells with the value vectors the text allows for them, in the cells' order. */
    record Piece(List<String> cells, List<long[]> candidates, String what) {
    }

    final String layout;
    final String fileName;
    final byte[] bytes;
    final List<Piece> wide;
    final List<Piece> narrow;
    /** Cells whose status the writer knows by construction, with the reason. */
    final Map<String, Status> forced;
    /** The quirks chosen, for failure messages. */
    final String quirks;
    /** The numbers as printed where the writer printed other numbers than the report's (an agency's error), else null. */
    final Grid grid;

    private Printed(Builder b, String fileName, byte[] bytes) {
        this.layout = b.layout;
        this.fileName = fileName;
        this.bytes = bytes;
        this.wide = List.copyOf(b.wide);
        this.narrow = List.copyOf(b.narrow);
        this.forced = Map.copyOf(b.forced);
        this.quirks = String.join(", ", b.quirks);
        this.grid = b.grid;
    }

    /** The true value of a cell: as printed when the writer printed other numbers than the report's. */
    java.math.BigDecimal truth(String id, nianbao.model.Report report) {
        if (grid != null && !id.equals("t2.fees.amount")) {
            return java.math.BigDecimal.valueOf(Oracle.values(grid).get(id));
        }
        java.math.BigDecimal v = report.number(id);
        return v == null ? java.math.BigDecimal.ZERO : v;
    }

    /** Collects the pieces while a writer prints. */
    static final class Builder {
        final String layout;
        final List<Piece> wide = new ArrayList<>();
        final List<Piece> narrow = new ArrayList<>();
        final Map<String, Status> forced = new LinkedHashMap<>();
        final List<String> quirks = new ArrayList<>();
        Grid grid;

        Builder(String layout) {
            this.layout = layout;
        }

        /** Numbers printed apart: exactly these values. */
        Builder fixed(List<String> cells, long... values) {
            Piece p = new Piece(List.copyOf(cells), List.<long[]>of(values.clone()), "printed apart");
            wide.add(p);
            narrow.add(p);
            return this;
        }

        /** A digit run printed for these cells without separators: every split is a reading. */
        Builder glued(List<String> cells, String digits) {
            Piece p = new Piece(List.copyOf(cells), splits(digits, cells.size()), "glued “" + digits + "”");
            wide.add(p);
            narrow.add(p);
            return this;
        }

        /** Alternative readings of these cells (wide and narrow families differ). */
        Builder readings(List<String> cells, List<long[]> wideReadings, List<long[]> narrowReadings, String what) {
            wide.add(new Piece(List.copyOf(cells), List.copyOf(wideReadings), what));
            narrow.add(new Piece(List.copyOf(cells), List.copyOf(narrowReadings), what));
            return this;
        }

        /** A cell the writer knows the status of (e.g. a sub-row the layout never printed). */
        Builder force(String cell, Status status) {
            forced.put(cell, status);
            return this;
        }

        /** The writer prints these numbers instead of the report's (e.g. totals printed as 0). */
        Builder printedAs(Grid g) {
            grid = g;
            return this;
        }

        Builder quirk(String q) {
            quirks.add(q);
            return this;
        }

        Printed build(String fileName, byte[] bytes) {
            return new Printed(this, fileName, bytes);
        }
    }

    /**
     * Every way to cut a digit run into {@code k} numbers, none with a leading zero (a lone 0 is a
     * number). Runs too long to enumerate (more than a million splits) give no reading at all, which
     * the oracle reports as past its budget.
     */
    static List<long[]> splits(String digits, int k) {
        List<long[]> out = new ArrayList<>();
        if (digits.length() < k || binomial(digits.length() - 1, k - 1) > 1_000_000) {
            return out;
        }
        split(digits, 0, k, new long[k], 0, out);
        return out;
    }

    private static void split(String d, int from, int k, long[] acc, int i, List<long[]> out) {
        int left = k - i;
        if (left == 1) {
            String last = d.substring(from);
            if ((last.length() == 1 || last.charAt(0) != '0') && last.length() <= 17) {
                acc[i] = Long.parseLong(last);
                out.add(acc.clone());
            }
            return;
        }
        int maxLen = d.charAt(from) == '0' ? 1 : Math.min(17, d.length() - from - (left - 1));
        for (int len = 1; len <= maxLen; len++) {
            acc[i] = Long.parseLong(d.substring(from, from + len));
            split(d, from + len, k, acc, i + 1, out);
        }
    }

    static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
            if (r > Long.MAX_VALUE / 64) {
                return Long.MAX_VALUE;
            }
        }
        return r;
    }
}
