package nianbao.legacy.decode;

import nianbao.legacy.read.Text;
import nianbao.legacy.tokens.Scanner;
import nianbao.legacy.tokens.Token;

import nianbao.schema.BlockTable;
import nianbao.schema.Field;
import nianbao.schema.MatrixTable;
import nianbao.schema.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Places the numbers the scanner collected after each row label into that row's cells: a row with
 * exactly its count of numbers directly; glued digit runs go to {@link GluedRows}; a row with too few
 * or too many numbers becomes a unit of every order-preserving placement for the {@link Decoder}.
 */
final class RowPlacer {

    /** Placements of one row listed at most (beyond, the row is left missing). */
    private static final int MAX_ALTERNATIVES = 400;
    /** Placements of a row printed with blank cells listed at most: C(15, 10) and the like for 表四. */
    private static final int MAX_BLANK_PLACEMENTS = 7_000;
    /** Fewer numbers than cells by more than this: the table printed blank cells, which the text lost. */
    private static final int BLANKS_BEYOND = 3;

    /** A row whose numbers do not fit its cells one to one. */
    private record Pending(String name, List<String> slots, boolean[] allowed, List<Token> tokens, Token at,
                           List<Token> sameLine) {
    }

    private final Cells cells;
    private final GluedRows glued;
    private final List<Pending> pending = new ArrayList<>();
    private boolean headerRead;
    private boolean[] header;
    /** 表三's labels and numbers drifted apart: a row's numbers are taken only from its label's own line. */
    private boolean drift;

    RowPlacer(Cells cells, GluedRows glued) {
        this.cells = cells;
        this.glued = glued;
    }

    /** 表二: every block row by its label. */
    void placeT2() {
        for (Table t : cells.schema.tables()) {
            if (!(t instanceof BlockTable b)) {
                continue;
            }
            for (BlockTable.Block block : b.blocks()) {
                for (BlockTable.Row r : block.rows()) {
                    List<String> slots = r.fields().stream().map(Field::id).toList();
                    place("表二“" + r.label() + "”", slots, null, cells.scan.t2.get(r.key()));
                }
            }
        }
    }

    /** 表三 row by row, each by its label, over the columns its header shows. */
    void placeT3(MatrixTable t3) {
        boolean[] allowed = headerColumns(t3);
        drift = drifted(t3.columns().size());
        if (drift) {
            cells.notes.add("表三的行标签与数字错位（有的标签后面没有数字，有的标签后面跟着不止一行的数字，或数字出现在所有标签之前），"
                    + "标签与数字相邻不能说明数字属于哪一行：只采用与标签印在同一行的数字。");
        }
        for (MatrixTable.Axis r : t3.rows()) {
            List<String> slots = t3.columns().stream().map(c -> t3.fieldId(r.key(), c.key())).toList();
            place("表三“" + r.shortLabel() + "”", slots, allowed, cells.scan.t3.get(r.key()));
        }
        Scanner.RowRead six = cells.scan.six;
        if (six != null) {
            List<String> slots = t3.columns().stream().map(c -> "t3._six." + c.key()).toList();
            cells.notes.add("表三“（六）其他处理”只印了一行（第 " + six.at.line()
                    + " 行），没有分 1–3 小项；其下三个小项只在能由该行推出时填写。");
            place("表三“（六）其他处理”", slots, allowed, six);
        }
    }

    /**
     * True when 表三's labels and numbers have been shown to drift apart: a label followed by two rows'
     * numbers, a label with none while another has more than a row's, or a row's worth of numbers that
     * follow no label at all.
     */
    private boolean drifted(int m) {
        int empty = 0;
        int over = 0;
        int assigned = 0;
        List<Scanner.RowRead> read = new ArrayList<>(cells.scan.t3.values());
        if (cells.scan.six != null) {
            read.add(cells.scan.six);
        }
        for (Scanner.RowRead rr : read) {
            int k = (int) rr.values().stream().filter(t -> !t.raw().isEmpty()).count();
            assigned += k;
            empty += k == 0 ? 1 : 0;
            over += k > m ? 1 : 0;
            if (k >= 2 * m) {
                return true;
            }
        }
        return cells.scan.t3Values.size() - assigned >= m || empty > 0 && over > 0;
    }

    /** Which 表三 columns the header shows, or null when the header cannot be trusted (read once). */
    boolean[] headerColumns(MatrixTable t3) {
        if (!headerRead) {
            header = readHeaderColumns(t3);
            headerRead = true;
        }
        return header;
    }

    private boolean[] readHeaderColumns(MatrixTable t3) {
        String h = cells.scan.t3Header.toString().replace("法人或其他组织", "");
        List<MatrixTable.Axis> cols = t3.columns();
        boolean[] present = new boolean[cols.size()];
        int found = 0;
        for (int i = 0; i < cols.size(); i++) {
            present[i] = h.contains(Text.key(Text.squeeze(Text.half(cols.get(i).label()))));
            found += present[i] ? 1 : 0;
        }
        if (found == cols.size() || found < cols.size() - 2) {
            return null;
        }
        // Trust the header unless rows regularly carry more numbers than it has columns (a stray
        // digit in one row must not overturn it).
        int rows = 0;
        int over = 0;
        for (Scanner.RowRead rr : cells.scan.t3.values()) {
            int k = (int) rr.values().stream().filter(t -> !t.raw().isEmpty()).count();
            rows += k > 0 ? 1 : 0;
            over += k > found ? 1 : 0;
        }
        if (rows == 0 || over * 4 > rows) {
            return null;
        }
        List<String> absent = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            if (!present[i]) {
                absent.add("“" + cols.get(i).label() + "”");
            }
        }
        cells.notes.add("表三表头没有" + String.join("、", absent) + "列，各行数字按表头的 " + found
                + " 列对应；缺列的格只在能由勾稽关系推出时填写。");
        return present;
    }

    /** Places one row's numbers into its cells, or queues it when the count does not fit. */
    void place(String name, List<String> slots, boolean[] allowed, Scanner.RowRead rr) {
        int[] idx = slots.stream().mapToInt(cells::cell).toArray();
        String[] note = cells.note;
        if (rr == null) {
            for (int c : idx) {
                note[c] = "未找到" + name + "行。";
            }
            return;
        }
        for (int c : idx) {
            cells.anchor[c] = rr.at;
        }
        List<Token> values = rr.values();
        int m = 0;
        for (int i = 0; i < slots.size(); i++) {
            m += allowed == null || allowed[i] ? 1 : 0;
        }
        if (values.isEmpty()) {
            for (int c : idx) {
                note[c] = name + "（第 " + rr.at.line() + " 行）后面没有数字。";
            }
            return;
        }
        if (drift && name.startsWith("表三") && values.stream().anyMatch(t -> t.line() != rr.at.line())) {
            String why = name + "（第 " + rr.at.line() + " 行）：表三的行标签与数字错位，紧跟在标签后面的数字不一定是本行的，"
                    + "各列的勾稽关系也不能确定它们属于哪一行，本格留空。";
            for (int c : idx) {
                note[c] = why;
            }
            return;
        }
        List<Token> use = values;
        List<Token> printed = values.stream().filter(t -> !t.raw().isEmpty()).toList();
        List<Token> firstPrinted = rr.firstSegment().stream().filter(t -> !t.raw().isEmpty()).toList();
        if (GluedRows.isGlued(firstPrinted, m)) {
            // Digits after other words (a heading, a stray line) are not this row's.
            glued.add(name, slots, allowed, firstPrinted, rr.at);
            return;
        }
        List<Token> sameLine = values.stream().filter(t -> t.line() == rr.at.line()).toList();
        if (values.size() > m && printed.size() == m) {
            use = printed;
        } else if (rr.at.kind() == Token.Kind.TEXT && sameLine.size() >= 2 && values.size() > m
                && values.size() > sameLine.size()) {
            // A row printed on its label's line: numbers on later lines are page numbers or junk.
            use = sameLine;
            cells.notes.add(name + "（第 " + rr.at.line() + " 行）本行有 " + sameLine.size() + " 个数字，其后另起一行的 "
                    + (values.size() - sameLine.size()) + " 个数字未采用（多为页码或杂项）。");
        } else if (values.size() > m && rr.firstSegment().size() == m) {
            use = rr.firstSegment();
            cells.notes.add(name + "（第 " + rr.at.line() + " 行）后面有 " + values.size() + " 个数字，采用紧随其后的 " + m
                    + " 个，其余的（被其他文字隔开）未采用。");
        }
        if (use.size() == m && use == values && rr.at.kind() == Token.Kind.TEXT && sameLine.size() >= 2
                && sameLine.size() < values.size()) {
            // Complete only with numbers from other lines: a wrapped row, or a short row plus a stray
            // number. Let the rules choose between the two readings.
            pending.add(new Pending(name, slots, allowed, use, rr.at, sameLine));
            return;
        }
        if (use.size() == m) {
            int t = 0;
            for (int i = 0; i < slots.size(); i++) {
                if (allowed == null || allowed[i]) {
                    cells.put(idx[i], use.get(t++), null);
                } else if (note[idx[i]] == null) {
                    note[idx[i]] = "表头没有该列，" + name + "未印此格。";
                }
            }
            return;
        }
        pending.add(new Pending(name, slots, allowed, use, rr.at, null));
    }

    /** The rows whose count of numbers did not fit, as units for the decoder. */
    List<Decoder.Unit> units() {
        List<Decoder.Unit> out = new ArrayList<>();
        for (Pending p : pending) {
            Decoder.Unit u = placements(p);
            if (u != null) {
                out.add(u);
            }
        }
        return out;
    }

    /** The readings of a row whose count of numbers does not fit: every order-preserving placement. */
    private Decoder.Unit placements(Pending p) {
        int[] idx = p.slots.stream().mapToInt(cells::cell).toArray();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < idx.length; i++) {
            if (p.allowed == null || p.allowed[i]) {
                open.add(i);
            }
        }
        int k = p.tokens.size();
        int m = open.size();
        String where = p.name + "（第 " + p.at.line() + " 行）";
        if (p.sameLine == null && k < m && m - k > BLANKS_BEYOND) {
            Decoder.Unit u = blankCells(p, idx, open, where);
            if (u != null) {
                return u;
            }
        }
        List<Decoder.Reading> readings = new ArrayList<>();
        for (List<Token> reading : p.sameLine == null ? List.of(p.tokens) : List.of(p.tokens, p.sameLine)) {
            for (int[] alt : alternatives(reading.size(), m)) {
                BigDecimal[] v = new BigDecimal[idx.length];
                Token[] at = new Token[idx.length];
                for (int t = 0; t < reading.size(); t++) {
                    if (alt[t] >= 0) {
                        int slot = open.get(alt[t]);
                        at[slot] = reading.get(t);
                        v[slot] = reading.get(t).number();
                    }
                }
                readings.add(new Decoder.Reading(v, at, label(at)));
            }
        }
        if (readings.isEmpty()) {
            cells.notes.add(where + "印出 " + k + " 个数字，应为 " + m + " 个，差得太多，无法对应，本行留空。");
            for (int c : idx) {
                cells.note[c] = where + "数字个数（" + k + "）与列数（" + m + "）相差太多，无法对应。";
            }
            return null;
        }
        String count = p.sameLine == null ? "印出 " + k + " 个数字，应为 " + m + " 个"
                : "本行印出 " + p.sameLine.size() + " 个数字，另起一行还有 " + (k - p.sameLine.size()) + " 个";
        return new Decoder.Unit(Decoder.Kind.PLACE, where, count, idx, readings, false);
    }

    /**
     * The readings of a row printed with blank cells whose places the text lost (a 表四 with 10 numbers
     * for 15 cells, a short 2019 row): the printed numbers in order, each blank cell empty, that is
     * nothing (0) for the rules. Such a cell is never read; it is 0 only where every reading the rules
     * leave agrees (the Decoder then says why).
     */
    private Decoder.Unit blankCells(Pending p, int[] idx, List<Integer> open, String where) {
        int k = p.tokens.size();
        int m = open.size();
        long count = 1;
        for (int i = 0; i < k; i++) {
            count = count * (m - i) / (i + 1);
        }
        if (count > MAX_BLANK_PLACEMENTS) {
            return null;
        }
        List<Decoder.Reading> readings = new ArrayList<>();
        int[] pick = new int[k];
        for (int i = 0; i < k; i++) {
            pick[i] = i;
        }
        while (true) {
            BigDecimal[] v = new BigDecimal[idx.length];
            Token[] at = new Token[idx.length];
            for (int slot : open) {
                v[slot] = BigDecimal.ZERO;
            }
            for (int t = 0; t < k; t++) {
                int slot = open.get(pick[t]);
                at[slot] = p.tokens.get(t);
                v[slot] = p.tokens.get(t).number();
            }
            readings.add(new Decoder.Reading(v, at, label(at)));
            if (!nextCombination(pick, m)) {
                break;
            }
        }
        String what = "印出 " + k + " 个数字，应为 " + m + " 个（其余 " + (m - k) + " 格是原表的空白格，空白即没有）";
        return new Decoder.Unit(Decoder.Kind.PLACE, where, what, idx, readings, false);
    }

    /** A placement in a few characters: the printed cells separated by “/”, 空 where it leaves one blank. */
    static String label(Token[] at) {
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < at.length; i++) {
            label.append(i == 0 ? "" : "/").append(at[i] == null || at[i].raw().isEmpty() ? "空" : at[i].raw());
        }
        return label.toString();
    }

    /**
     * Order-preserving placements of k numbers into m cells: which cells stay empty (k < m) or
     * which numbers are dropped (k > m); each maps number i to a cell, or -1 when dropped.
     */
    static List<int[]> alternatives(int k, int m) {
        List<int[]> out = new ArrayList<>();
        if (k == 0 || Math.abs(k - m) > 3) {
            return out;
        }
        if (k == m) {
            int[] same = new int[k];
            for (int i = 0; i < k; i++) {
                same[i] = i;
            }
            out.add(same);
            return out;
        }
        int big = Math.max(k, m);
        int choose = Math.abs(k - m);
        int[] comb = new int[choose];
        for (int i = 0; i < choose; i++) {
            comb[i] = i;
        }
        while (true) {
            boolean[] mark = new boolean[big];
            for (int c : comb) {
                mark[c] = true;
            }
            int[] alt = new int[k];
            if (k < m) {
                int t = 0;
                for (int s = 0; s < m; s++) {
                    if (!mark[s]) {
                        alt[t++] = s;
                    }
                }
            } else {
                int s = 0;
                for (int t = 0; t < k; t++) {
                    alt[t] = mark[t] ? -1 : s++;
                }
            }
            out.add(alt);
            if (out.size() > MAX_ALTERNATIVES) {
                return List.of();
            }
            if (!nextCombination(comb, big)) {
                break;
            }
        }
        return out;
    }

    /** Steps {@code comb} (increasing indices below {@code n}) to the next combination; false after the last. */
    private static boolean nextCombination(int[] comb, int n) {
        int k = comb.length;
        int i = k - 1;
        while (i >= 0 && comb[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        comb[i]++;
        for (int j = i + 1; j < k; j++) {
            comb[j] = comb[j - 1] + 1;
        }
        return true;
    }
}
