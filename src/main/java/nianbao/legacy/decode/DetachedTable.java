package nianbao.legacy.decode;

import nianbao.legacy.tokens.Scanner;
import nianbao.legacy.tokens.Token;

import nianbao.schema.MatrixTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 表三 printed with its row labels apart from its numbers (PDF text taken column by column, labels in a
 * block before or after the numbers, PDF→Markdown value rows without labels): the numbers, in table
 * order, fill the rows; which order (row by row, column by column) and where a displaced number
 * belongs are readings the {@link Decoder} chooses among by the rules.
 */
final class DetachedTable {

    private final Cells cells;
    private final RowPlacer rows;
    /** The readings of the blocks taken this way, for the decoder. */
    final List<Decoder.Unit> units = new ArrayList<>();

    DetachedTable(Cells cells, RowPlacer rows) {
        this.cells = cells;
        this.rows = rows;
    }
    /**
     * Table 3 printed with its row labels apart from its numbers (PDF text taken column by column, or
     * labels in a block before or after the numbers): the numbers, in order, fill the rows either row
     * by row or column by column; both readings go to the decoder, which keeps what the rules allow.
     *
     * @return true when the numbers were taken this way
     */
    boolean place(MatrixTable t3) {
        int m = t3.columns().size();
        int found = cells.scan.t3Labels.size();
        List<Token> vals = cells.scan.t3Values;
        if (found < 3 || vals.size() < 2 * m) {
            return false;
        }
        // Rows that each carry exactly their numbers need no other reading.
        boolean perfect = cells.scan.six == null && cells.scan.t3.size() == t3.rows().size();
        for (Scanner.RowRead rr : cells.scan.t3.values()) {
            perfect &= rr.values().stream().filter(t -> !t.raw().isEmpty()).count() == m;
        }
        if (perfect && (inOrder(t3) || onTheirLabelsLines())) {
            return false;
        }
        List<String> order = cells.t3Rows(t3);
        List<Token> use = vals;
        if (vals.size() == (order.size() + 1) * m && Table4.isColumnNumbering(vals.subList(0, m))) {
            use = vals.subList(m, vals.size());
        }
        int first = vals.get(0).line();
        int last = vals.get(vals.size() - 1).line();
        List<List<Token>> lines = Table4.byLine(use);
        List<Token> loose = new ArrayList<>();
        if (lines.size() > order.size()) {
            // Loose cells: a number alone on a line between the rows, no text before it (a total the
            // converter put on a line of its own, a page number). When the other lines are one per row,
            // they stand apart. (A number beside a label fragment, as PDF text prints a tall row's first
            // cell, is no loose cell.)
            List<List<Token>> rowsOnly = lines.stream().filter(l -> l.size() > 1).toList();
            boolean bare = true;
            for (int i = vals.size() - use.size(); i < vals.size(); i++) {
                boolean alone = (i == 0 || vals.get(i - 1).line() != vals.get(i).line())
                        && (i + 1 == vals.size() || vals.get(i + 1).line() != vals.get(i).line());
                bare &= !alone || !cells.scan.t3Breaks.containsKey(i);
            }
            if (rowsOnly.size() == order.size() && bare) {
                lines.stream().filter(l -> l.size() == 1).forEach(loose::addAll);
                lines = rowsOnly;
            }
        }
        long whole = lines.stream().filter(l -> l.size() == m).count();
        if (lines.size() == order.size() && (whole < lines.size() || !loose.isEmpty()) && whole * 2 >= lines.size()
                && lines.stream().allMatch(l -> l.size() >= 2) && rows.headerColumns(t3) == null) {
            return displaced(order, t3, lines, m, loose);
        }
        int rn = order.size();
        int[] slots = new int[rn * m];
        for (int r = 0; r < rn; r++) {
            for (int c = 0; c < m; c++) {
                slots[r * m + c] = cells.t3Cell(t3, order.get(r), t3.columns().get(c).key());
            }
        }
        Sequences seq = Sequences.of(runs(vals, use), rn, m);
        if (seq.readings.isEmpty() && !seq.cutShort) {
            if (use.size() == rn * m || found * 2 >= order.size()
                    && cells.scan.t3.values().stream().filter(rr -> !rr.values().isEmpty()).count() * 2 <= found) {
                cells.notes.add("表三的行标签与数字分开印出（第 " + first + "–" + last + " 行共 " + vals.size() + " 个数字），"
                        + "与 " + rn + " 行 × " + m + " 列对不上，无法按行或按列对应。");
            }
            return false;
        }
        List<Decoder.Reading> readings = new ArrayList<>(seq.readings);
        if (perfect) {
            // every label followed by one row of numbers, but the labels out of the table's order: rows
            // printed in another order, or labels drifted; by their labels is a reading too
            readings.add(byLabels(t3, order, m));
        }
        if (readings.size() > 1) {
            // Readings that break no rule, when there are any: the others are not the table.
            List<Decoder.Reading> fit = new ArrayList<>();
            for (Decoder.Reading r : readings) {
                BigDecimal[] trial = cells.val.clone();
                for (int i = 0; i < slots.length; i++) {
                    trial[slots[i]] = r.values()[i];
                }
                boolean ok = true;
                for (boolean f : cells.inf.failing(trial)) {
                    ok &= !f;
                }
                if (ok) {
                    fit.add(r);
                }
            }
            readings = fit.isEmpty() ? readings : fit;
        }
        for (int r = 0; r < rn; r++) {
            Scanner.RowRead rr = order.get(r) == null ? null : cells.scan.t3.get(order.get(r));
            Token anchorAt = rr != null ? rr.at : use.get(0);
            for (int c = 0; c < m; c++) {
                cells.anchor[slots[r * m + c]] = anchorAt;
            }
        }
        Decoder.Unit unit = new Decoder.Unit(Decoder.Kind.ORDER, "表三（第 " + first + "–" + last + " 行）",
                "行标签与数字分开印出，" + use.size() + " 个数字", slots, readings, seq.cutShort);
        unit.overBudget = seq.cutShort;
        units.add(unit);
        cells.notes.add("表三的行标签与数字分开印出（第 " + first + "–" + last + " 行共 " + use.size() + " 个数字），"
                + (readings.size() == 1 ? "按数字的排列只有一种读法（" + readings.get(0).label() + "），照原样读取。"
                : "数字的排列允许 " + readings.size() + " 种读法（如" + readings.get(0).label() + "），由勾稽关系选择。"));
        // The numbers before the first label are the table's, not strays.
        cells.scan.stray = 0;
        return true;
    }

    /** Whether every row's numbers stand on its label's own line (a table row: the line proves whose they are). */
    private boolean onTheirLabelsLines() {
        for (Scanner.RowRead rr : cells.scan.t3.values()) {
            for (Token t : rr.values()) {
                if (t.line() != rr.at.line()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The reading that gives each row the numbers after its label. */
    private Decoder.Reading byLabels(MatrixTable t3, List<String> order, int m) {
        BigDecimal[] v = new BigDecimal[order.size() * m];
        Token[] at = new Token[v.length];
        for (int r = 0; r < order.size(); r++) {
            Scanner.RowRead rr = cells.scan.t3.get(order.get(r));
            List<Token> printed = rr.values().stream().filter(t -> !t.raw().isEmpty()).toList();
            for (int c = 0; c < m; c++) {
                at[r * m + c] = printed.get(c);
                v[r * m + c] = printed.get(c).number();
            }
        }
        return new Decoder.Reading(v, at, "按行标签");
    }

    /**
     * Whether 表三's row labels stand in the table's order: then the numbers after each label are the
     * numbers in table order too. Labels out of order have drifted, and a label next to numbers is no
     * evidence of whose they are.
     */
    private boolean inOrder(MatrixTable t3) {
        int before = -1;
        for (nianbao.legacy.tokens.Labels.Label l : cells.scan.t3Labels) {
            for (int r = 0; r < t3.rows().size(); r++) {
                if (t3.rows().get(r).key().equals(l.id())) {
                    if (r <= before) {
                        return false;
                    }
                    before = r;
                }
            }
        }
        return true;
    }

    /** The table's numbers cut where text stood between them (with whether that text held a row label). */
    private List<Sequences.Run> runs(List<Token> vals, List<Token> use) {
        int skip = vals.size() - use.size();
        List<Sequences.Run> out = new ArrayList<>();
        int from = skip;
        Scanner.Gap before = Scanner.Gap.LABEL;
        for (int i = skip + 1; i <= vals.size(); i++) {
            Scanner.Gap gap = i < vals.size() ? cells.scan.t3Breaks.get(i) : Scanner.Gap.LABEL;
            if (gap != null) {
                out.add(new Sequences.Run(vals.subList(from, i), before));
                from = i;
                before = gap;
            }
        }
        return out;
    }

    /**
     * Table 3's order printed one per line in table order, apart from their labels, where one number
     * stands in a neighbouring line (a line of m − 1 numbers next to one of m + 1, as PDF→Markdown
     * converters do). The other lines are read as printed; for each such pair of lines every way of
     * moving one number of the long line into the short one is a reading, and the rules choose. Any
     * other shape (lines of other lengths, a pair that is not adjacent) is not taken this way. A line one
     * short may also take a loose number (one standing alone on a line) at any place.
     *
     * @param loose numbers standing alone on a line between the rows, each perhaps a short row's, perhaps junk
     * @return true when the numbers were taken this way
     */
    private boolean displaced(List<String> order, MatrixTable t3, List<List<Token>> lines, int m, List<Token> loose) {
        int rn = order.size();
        int[] slots = new int[rn * m];
        for (int r = 0; r < rn; r++) {
            for (int c = 0; c < m; c++) {
                String col = t3.columns().get(c).key();
                slots[r * m + c] = cells.t3Cell(t3, order.get(r), col);
            }
        }
        List<Integer> pairs = new ArrayList<>();
        List<Integer> shorts = new ArrayList<>();
        for (int r = 0; r < rn; r++) {
            int k = lines.get(r).size();
            if (k == m) {
                continue;
            }
            if (r + 1 < rn && Math.abs(k - m) == 1 && lines.get(r + 1).size() == 2 * m - k) {
                pairs.add(r);
                r++;
                continue;
            }
            if (k == m - 1) {
                shorts.add(r);
                continue;
            }
            return false;
        }
        // The lines read as printed must agree with the rules among themselves, or this is not the table.
        BigDecimal[] trial = cells.val.clone();
        for (int r = 0; r < rn; r++) {
            if (!pairs.contains(r) && !pairs.contains(r - 1) && !shorts.contains(r)) {
                for (int c = 0; c < m; c++) {
                    trial[slots[r * m + c]] = lines.get(r).get(c).number();
                }
            }
        }
        for (boolean f : cells.inf.failing(trial)) {
            if (f) {
                return false;
            }
        }
        int first = lines.get(0).get(0).line();
        int last = lines.get(rn - 1).get(0).line();
        for (int r = 0; r < rn; r++) {
            Scanner.RowRead rr = order.get(r) == null ? null : cells.scan.t3.get(order.get(r));
            for (int c = 0; c < m; c++) {
                cells.anchor[slots[r * m + c]] = rr != null ? rr.at : lines.get(r).get(0);
                if (!pairs.contains(r) && !pairs.contains(r - 1) && !shorts.contains(r)) {
                    cells.put(slots[r * m + c], lines.get(r).get(c), null);
                }
            }
        }
        for (int r : pairs) {
            List<Token> a = lines.get(r);
            List<Token> b = lines.get(r + 1);
            boolean firstShort = a.size() < m;
            List<Token> shortLine = firstShort ? a : b;
            List<Token> longLine = firstShort ? b : a;
            int[] pairCells = new int[2 * m];
            System.arraycopy(slots, r * m, pairCells, 0, 2 * m);
            List<Decoder.Reading> readings = new ArrayList<>();
            for (int take = 0; take < longLine.size(); take++) {
                for (int at = 0; at < m; at++) {
                    List<Token> filled = new ArrayList<>(shortLine);
                    filled.add(at, longLine.get(take));
                    List<Token> rest = new ArrayList<>(longLine);
                    rest.remove(take);
                    List<Token> top = firstShort ? filled : rest;
                    List<Token> bottom = firstShort ? rest : filled;
                    BigDecimal[] v = new BigDecimal[2 * m];
                    Token[] tk = new Token[2 * m];
                    for (int c = 0; c < m; c++) {
                        tk[c] = top.get(c);
                        tk[m + c] = bottom.get(c);
                        v[c] = tk[c].number();
                        v[m + c] = tk[m + c].number();
                    }
                    readings.add(new Decoder.Reading(v, tk, "第 " + longLine.get(take).line() + " 行的“"
                            + longLine.get(take).raw() + "”归第 " + shortLine.get(0).line() + " 行第 " + (at + 1) + " 格"));
                }
            }
            units.add(new Decoder.Unit(Decoder.Kind.PLACE, "表三第 " + a.get(0).line() + "、" + b.get(0).line() + " 行",
                    "两行分别印出 " + a.size() + " 个和 " + b.size() + " 个数字（应各为 " + m + " 个），有一个数字印到了相邻行",
                    pairCells, readings, false));
        }
        for (int r : shorts) {
            List<Token> line = lines.get(r);
            int[] rowCells = Arrays.copyOfRange(slots, r * m, r * m + m);
            List<Decoder.Reading> readings = new ArrayList<>();
            for (int[] alt : RowPlacer.alternatives(line.size(), m)) {
                BigDecimal[] v = new BigDecimal[m];
                Token[] tk = new Token[m];
                for (int t = 0; t < line.size(); t++) {
                    tk[alt[t]] = line.get(t);
                    v[alt[t]] = line.get(t).number();
                }
                readings.add(new Decoder.Reading(v, tk, RowPlacer.label(tk)));
            }
            for (Token l : loose) {
                for (int at = 0; at < m; at++) {
                    List<Token> filled = new ArrayList<>(line);
                    filled.add(at, l);
                    BigDecimal[] v = new BigDecimal[m];
                    Token[] tk = filled.toArray(new Token[0]);
                    for (int c = 0; c < m; c++) {
                        v[c] = tk[c].number();
                    }
                    readings.add(new Decoder.Reading(v, tk, "第 " + l.line() + " 行单独印出的“" + l.raw() + "”归第 "
                            + line.get(0).line() + " 行第 " + (at + 1) + " 格"));
                }
            }
            units.add(new Decoder.Unit(Decoder.Kind.PLACE, "表三第 " + line.get(0).line() + " 行",
                    "印出 " + line.size() + " 个数字，应为 " + m + " 个" + (loose.isEmpty() ? ""
                    : "（第 " + loose.get(0).line() + " 行另有单独印出的数字）"), rowCells, readings, false));
        }
        cells.notes.add("表三的行标签与数字分开印出（第 " + first + "–" + last + " 行），按行序逐行读取"
                + (pairs.isEmpty() ? "" : "；" + pairs.size() + " 处相邻两行的数字一多一少，由勾稽关系确定错位的数字属于哪一格")
                + (shorts.isEmpty() ? "" : "；" + shorts.size() + " 行少印一个数字，由勾稽关系确定能确定的格")
                + (loose.isEmpty() ? "" : "；" + loose.size() + " 个数字单独印在一行（第 " + loose.get(0).line()
                + " 行的“" + loose.get(0).raw() + "”等），不算作任何一行" + (shorts.isEmpty() ? "" : "，除非勾稽关系表明它是少印一个数的那一行的"))
                + "。");
        cells.scan.stray = 0;
        return true;
    }
}
