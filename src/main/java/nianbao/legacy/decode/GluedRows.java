package nianbao.legacy.decode;

import nianbao.legacy.infer.Inference;
import nianbao.legacy.tokens.Token;

import nianbao.schema.Field;
import nianbao.schema.FieldType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows whose numbers are glued digit runs ({@code 规章000行政规范性文件12375}): each run is cut into
 * the row's cells by {@link Splits}; a row the text allows one cut for is read as printed, a row with
 * several cuts becomes a unit for the {@link Decoder}.
 */
final class GluedRows {

    /** Search steps allowed for cutting the runs of one row. */
    private static final int SPLIT_BUDGET = 400_000;
    /** Readings of one glued row kept at most for the joint search. */
    private static final int MAX_CUTS = 2_000;

    /** A row whose numbers are glued runs of digits: which runs, which cells are open. */
    private record Glued(String name, List<String> slots, boolean[] allowed, List<Token> runs, Token at) {
    }

    private final Cells cells;
    private final List<Glued> rows = new ArrayList<>();
    /** The rows with several cuts, for the decoder. */
    final List<Decoder.Unit> units = new ArrayList<>();
    private int splitRows;
    private String splitExample;

    GluedRows(Cells cells) {
        this.cells = cells;
    }

    /**
     * A row whose printed numbers are glued digit runs that must be cut into its cells: fewer numbers
     * than cells, and some run glued to text, or with a leading zero (so it is not one number), or
     * the row so short of numbers that they cannot be single cells; or as many numbers as cells, one of
     * them with a leading zero (its digits belong to more than one cell, so no cut can read the row).
     */
    static boolean isGlued(List<Token> printed, int m) {
        if (printed.size() == m && printed.stream().anyMatch(GluedRows::leadingZero)) {
            // 20 01 00 …: two rows' digits run together (PDF text of close rows); "01" is no count
            return true;
        }
        if (printed.isEmpty() || printed.size() >= m) {
            return false;
        }
        int chars = 0;
        boolean evidence = false;
        for (Token t : printed) {
            if (t.kind() != Token.Kind.NUMBER) {
                return false;
            }
            String raw = t.raw();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (!(c >= '0' && c <= '9' || c == '.' || c == '-')) {
                    return false;
                }
            }
            chars += raw.length();
            evidence |= t.glued() || raw.length() > 1 && raw.charAt(0) == '0' && raw.charAt(1) != '.'
                    || raw.indexOf('-', 1) > 0;
        }
        return chars >= m && (evidence || printed.size() * 2 <= m);
    }

    /** A count printed with a leading zero (01, 00): digits run together, not one number. */
    private static boolean leadingZero(Token t) {
        String raw = t.raw();
        return t.kind() == Token.Kind.NUMBER && raw.length() > 1 && raw.charAt(0) == '0' && raw.charAt(1) >= '0'
                && raw.charAt(1) <= '9';
    }

    /** Queues a row to be cut once every row is placed. */
    void add(String name, List<String> slots, boolean[] allowed, List<Token> runs, Token at) {
        rows.add(new Glued(name, slots, allowed, runs, at));
    }

    /** Cuts every queued row. */
    void split() {
        for (Glued g : rows) {
            splitRow(g);
        }
        if (splitRows > 0) {
            cells.notes.add("有 " + splitRows + " 行的数字粘连在一起（如" + splitExample + "），已按位数和勾稽关系拆开；"
                    + "只有一种拆法的直接读取，有多种拆法的由勾稽关系选择，仍不能确定的格留空。");
        }
    }

    /** Cuts a glued row: one cut is read as printed; several become a unit for the decoder. */
    private void splitRow(Glued g) {
        int[] idx = g.slots.stream().mapToInt(cells::cell).toArray();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < idx.length; i++) {
            if (g.allowed == null || g.allowed[i]) {
                open.add(i);
            }
        }
        boolean[] signed = new boolean[open.size()];
        int[] at = new int[open.size()];
        for (int i = 0; i < at.length; i++) {
            signed[i] = signed(g.slots.get(open.get(i)));
            at[i] = idx[open.get(i)];
        }
        Splits.Check check = rowCheck(at);
        Splits sp = Splits.of(g.runs, signed, check, SPLIT_BUDGET);
        String where = g.name + "（第 " + g.at.line() + " 行）";
        StringBuilder digits = new StringBuilder();
        for (Token t : g.runs) {
            digits.append(digits.length() == 0 ? "" : "”“").append(t.raw());
        }
        String what = "数字“" + digits + "”粘连";
        splitRows++;
        if (splitExample == null) {
            splitExample = "“" + digits + "”";
        }
        if (sp.textual == 0 && !sp.cutShort) {
            String why = where + what + "，无法拆成 " + at.length + " 个数（每个数不能有前导零），本行留空。";
            cells.notes.add(why);
            for (int c : at) {
                cells.note[c] = why;
            }
            return;
        }
        if (sp.textual == 1 && !sp.cutShort) {
            // The text allows one reading: it is what was printed, even if it breaks a rule.
            List<Token> only = sp.first.cells();
            for (int i = 0; i < at.length; i++) {
                cells.put(at[i], only.get(i), null);
            }
            return;
        }
        List<Splits.Cut> cuts = sp.cuts;
        boolean contradicted = false;
        if (sp.cutShort && check != null) {
            // Too many cuts to list: list only those the row's rules accept, rule by rule as cut.
            Splits fit = Splits.pruned(g.runs, signed, check, SPLIT_BUDGET);
            if (!fit.cutShort && !fit.cuts.isEmpty()) {
                sp = fit;
                cuts = fit.cuts;
            }
        }
        if (cuts.isEmpty() && !sp.cutShort) {
            // The row's own rule fits no cut: keep them all, the text alone decides what it can.
            cuts = Splits.of(g.runs, signed, null, SPLIT_BUDGET).cuts;
            contradicted = true;
        }
        boolean cutShort = sp.cutShort || cuts.size() > MAX_CUTS;
        List<Decoder.Reading> readings = new ArrayList<>();
        for (Splits.Cut cut : cuts.size() > MAX_CUTS ? cuts.subList(0, MAX_CUTS) : cuts) {
            BigDecimal[] v = new BigDecimal[at.length];
            Token[] tk = new Token[at.length];
            for (int i = 0; i < at.length; i++) {
                tk[i] = cut.cells().get(i);
                v[i] = tk[i].number();
            }
            readings.add(new Decoder.Reading(v, tk, cut.label()));
        }
        Decoder.Unit u = new Decoder.Unit(Decoder.Kind.SPLIT, where, what, at, readings, cutShort);
        u.contradicted = contradicted;
        u.overBudget = cutShort;
        units.add(u);
    }

    /** Whether a field may hold a negative number (the 2019 format's 本年增/减). */
    private boolean signed(String fieldId) {
        for (Field f : cells.fields) {
            if (f.id().equals(fieldId)) {
                return f.type() != FieldType.COUNT && f.type() != FieldType.AMOUNT;
            }
        }
        return false;
    }

    /** The rules that lie within one row (T3-ROW, T4-SUM), checked on a complete cut. */
    private Splits.Check rowCheck(int[] at) {
        Map<Integer, Integer> pos = new HashMap<>();
        for (int i = 0; i < at.length; i++) {
            pos.put(at[i], i);
        }
        List<Inference.Equation> inside = new ArrayList<>();
        for (Inference.Equation eq : cells.inf.equations) {
            boolean all = true;
            for (int c : eq.cells()) {
                all &= pos.containsKey(c);
            }
            if (all) {
                inside.add(eq);
            }
        }
        if (inside.isEmpty()) {
            return null;
        }
        return values -> {
            for (Inference.Equation eq : inside) {
                BigDecimal sum = BigDecimal.ZERO;
                boolean complete = true;
                for (int i = 0; i < eq.cells().length && complete; i++) {
                    BigDecimal x = values[pos.get(eq.cells()[i])];
                    complete = x != null;
                    sum = x == null ? sum : eq.coef()[i] > 0 ? sum.add(x) : sum.subtract(x);
                }
                if (complete && sum.signum() != 0) {
                    return false;
                }
            }
            return true;
        };
    }
}
