package nianbao.legacy.decode;

import nianbao.legacy.tokens.Labels;
import nianbao.legacy.tokens.Scanner;
import nianbao.legacy.tokens.Token;

import nianbao.schema.Field;
import nianbao.schema.MatrixTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 表四: its fifteen numbers follow the header without row labels. Chooses the run of numbers that is
 * the table (not the column numbering 1, 2, 3…, not a stray line) and places it like a row.
 */
final class Table4 {

    private final Cells cells;
    private final RowPlacer rows;

    Table4(Cells cells, RowPlacer rows) {
        this.cells = cells;
        this.rows = rows;
    }

    void place() {
        MatrixTable t4 = cells.matrix("t4");
        if (t4 == null) {
            return;
        }
        List<String> notes = cells.notes;
        List<String> slots = t4.fields().stream().map(Field::id).toList();
        List<List<Token>> runs = new ArrayList<>();
        for (List<Token> r : cells.scan.t4Runs) {
            // Blank cells inside a run count only when the printed numbers alone do not make 15.
            List<Token> printed = r.stream().filter(t -> !t.raw().isEmpty()).toList();
            runs.add(r.size() != slots.size() && printed.size() == slots.size() ? printed : r);
        }
        if (runs.isEmpty()) {
            if (cells.scan.spans.containsKey("t4")) {
                notes.add("表四没有找到数字。");
            }
            return;
        }
        List<List<Token>> numbered = runs.stream().filter(Table4::isColumnNumbering).toList();
        if (!numbered.isEmpty()) {
            runs = runs.stream().filter(r -> !isColumnNumbering(r)).toList();
            notes.add("表四中 " + numbered.get(0).size() + " 个依次为 1、2、3…的数字（第 " + numbered.get(0).get(0).line()
                    + " 行）是栏目序号，不是统计数字。");
            if (runs.isEmpty()) {
                return;
            }
        }
        List<Token> chosen = null;
        for (List<Token> r : runs) {
            if (r.size() == slots.size()) {
                if (chosen == null) {
                    chosen = r;
                } else if (!sameValues(chosen, r)) {
                    notes.add("表四有多组 " + slots.size() + " 个连续数字，采用第一组（第 " + chosen.get(0).line() + " 行起）。");
                    break;
                }
            }
        }
        if (chosen == null) {
            // A run with a stray number on a line of its own: the values are the line that holds 15.
            for (List<Token> r : runs) {
                if (r.size() > slots.size()) {
                    for (List<Token> line : byLine(r)) {
                        if (isColumnNumbering(line)) {
                            notes.add("表四第 " + line.get(0).line() + " 行依次为 1、2、3…，是栏目序号，不是统计数字。");
                        } else if (line.size() == slots.size() && chosen == null) {
                            chosen = line;
                            notes.add("表四第 " + line.get(0).line() + " 行有 " + slots.size() + " 个数字，相邻行的其他数字未采用。");
                        }
                    }
                }
            }
        }
        if (chosen == null) {
            // Three runs of five (表四 printed as three rows: 行政复议 / 未经复议直接起诉 / 复议后起诉), or every
            // number after its own header words (PDF text taken column by column): the numbers in order.
            int total = runs.stream().mapToInt(List::size).sum();
            if (total == slots.size() && runs.stream().allMatch(r -> r.size() <= t4.columns().size())) {
                chosen = new ArrayList<>();
                runs.forEach(chosen::addAll);
                notes.add("表四的 " + slots.size() + " 个数字分成 " + runs.size() + " 段印出（中间夹着表头文字），按官方顺序依次对应。");
            }
        }
        if (chosen == null) {
            List<Token> longest = runs.get(0);
            for (List<Token> r : runs) {
                if (Math.abs(r.size() - slots.size()) < Math.abs(longest.size() - slots.size())) {
                    longest = r;
                }
            }
            chosen = longest;
        }
        Token at = chosen.get(0);
        Scanner.RowRead rr = new Scanner.RowRead(new Labels.Label(Labels.Role.ROW, "t4", "t4", "", List.of(), 15), at);
        chosen.forEach(rr::add);
        rows.place("表四", slots, null, rr);
    }

    /** The tokens of a run grouped by the line they stand on. */
    static List<List<Token>> byLine(List<Token> run) {
        List<List<Token>> out = new ArrayList<>();
        for (Token t : run) {
            if (out.isEmpty() || out.get(out.size() - 1).get(0).line() != t.line()) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(t);
        }
        return out;
    }

    /** 1, 2, 3, … printed under a header to number its columns. */
    static boolean isColumnNumbering(List<Token> run) {
        if (run.size() < 5) {
            return false;
        }
        for (int i = 0; i < run.size(); i++) {
            BigDecimal n = run.get(i).number();
            if (n == null || n.compareTo(BigDecimal.valueOf(i + 1)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValues(List<Token> a, List<Token> b) {
        for (int i = 0; i < a.size(); i++) {
            BigDecimal x = a.get(i).number();
            BigDecimal y = b.get(i).number();
            if (x == null ? y != null : y == null || x.compareTo(y) != 0) {
                return false;
            }
        }
        return true;
    }
}
