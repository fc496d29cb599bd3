package nianbao.legacy;

import nianbao.model.Numbers;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.BlockTable;
import nianbao.schema.Field;
import nianbao.schema.MatrixTable;
import nianbao.schema.Schema;
import nianbao.schema.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the scanned rows into cell values: rows with the right count of numbers are placed
 * directly; rows with too few or too many are tried in every order-preserving placement and only
 * what all placements consistent with the rules agree on is kept; then {@link Inference} fills
 * what the rules force. Printed numbers are never changed, even when they break a rule.
 */
final class Resolver {

    private static final int MAX_ALTERNATIVES = 400;

    /** A row whose numbers do not fit its cells one to one. */
    private record Pending(String name, List<String> slots, boolean[] allowed, List<Token> tokens, Token at,
                           List<Token> sameLine) {
    }

    private final Schema schema;
    private final Scanner scan;
    private final String file;
    private final List<String> notes;
    private final Inference inf;
    private final List<Field> fields;

    private BigDecimal[] val;
    private boolean[] read;
    private Token[] token;
    private String[] note;
    private Token[] anchor;
    private final List<Pending> pending = new ArrayList<>();
    /** Rows whose placements all agreed, reported together when there are many. */
    private final List<String> agreed = new ArrayList<>();
    private boolean[] broken;

    Resolver(Schema schema, Scanner scan, String file, List<String> notes) {
        this.schema = schema;
        this.scan = scan;
        this.file = file;
        this.notes = notes;
        this.fields = schema.numericFields();
        this.inf = new Inference(schema, fields.stream().map(Field::id).toList());
    }

    /** Every numeric field's value in schema order. */
    List<Value> resolve() {
        MatrixTable t3 = matrix("t3");
        if (scan.six != null && t3 != null) {
            String sixLabel = subgroupLabel(t3);
            for (MatrixTable.Axis c : t3.columns()) {
                List<String> parts = new ArrayList<>();
                for (MatrixTable.Axis r : t3.rows()) {
                    if (r.subgroup() != null && r.subgroup().equals(sixLabel)) {
                        parts.add(t3.fieldId(r.key(), c.key()));
                    }
                }
                inf.add(parts, List.of("t3._six." + c.key()), "按合并为一行印出的“（六）其他处理”");
            }
        }
        int n = inf.ids.size();
        val = new BigDecimal[n];
        read = new boolean[n];
        token = new Token[n];
        note = new String[n];
        anchor = new Token[n];

        placeT2();
        placeT3(t3);
        placeT4();

        broken = inf.failing(val);
        for (Pending p : pending) {
            resolvePending(p);
        }
        if (agreed.size() > 3) {
            notes.add("有 " + agreed.size() + " 行数字个数与列数不符（如" + agreed.get(0) + "），但各种对应方式结果相同，"
                    + "已填写（未确定位置的格标为推断）。");
        } else {
            agreed.forEach(a -> notes.add(a + "；各种对应方式结果相同，已填写（未确定位置的格标为推断）。"));
        }
        infer();
        int marks = 0;
        String example = null;
        for (int c = 0; c < val.length; c++) {
            if (val[c] == null && token[c] != null && token[c].kind() == Token.Kind.PLACEHOLDER && !token[c].raw().isEmpty()) {
                marks++;
                example = example == null ? token[c].raw() : example;
            }
        }
        if (marks > 0) {
            notes.add("有 " + marks + " 格原表印为“" + example + "”等符号（通常表示没有或不适用），未当作 0，已留空，请核实后填写。");
        }
        return values();
    }

    private String subgroupLabel(MatrixTable t3) {
        String last = null;
        for (MatrixTable.Axis r : t3.rows()) {
            if (r.subgroup() != null) {
                last = r.subgroup();
            }
        }
        return last;
    }

    private MatrixTable matrix(String id) {
        for (Table t : schema.tables()) {
            if (t instanceof MatrixTable m && m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }

    private void placeT2() {
        for (Table t : schema.tables()) {
            if (!(t instanceof BlockTable b)) {
                continue;
            }
            for (BlockTable.Block block : b.blocks()) {
                for (BlockTable.Row r : block.rows()) {
                    List<String> slots = r.fields().stream().map(Field::id).toList();
                    Scanner.RowRead rr = scan.t2.get(r.key());
                    place("表二“" + r.label() + "”", slots, null, rr);
                }
            }
        }
    }

    private void placeT3(MatrixTable t3) {
        if (t3 == null) {
            return;
        }
        boolean[] allowed = headerColumns(t3);
        for (MatrixTable.Axis r : t3.rows()) {
            List<String> slots = t3.columns().stream().map(c -> t3.fieldId(r.key(), c.key())).toList();
            place("表三“" + r.shortLabel() + "”", slots, allowed, scan.t3.get(r.key()));
        }
        if (scan.six != null) {
            List<String> slots = t3.columns().stream().map(c -> "t3._six." + c.key()).toList();
            notes.add("表三“（六）其他处理”只印了一行（第 " + scan.six.at.line()
                    + " 行），没有分 1–3 小项；其下三个小项只在能由该行推出时填写。");
            place("表三“（六）其他处理”", slots, allowed, scan.six);
        }
    }

    /** Which 表三 columns the header shows, or null when the header cannot be trusted. */
    private boolean[] headerColumns(MatrixTable t3) {
        String h = scan.t3Header.toString().replace("法人或其他组织", "");
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
        for (Scanner.RowRead rr : scan.t3.values()) {
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
        notes.add("表三表头没有" + String.join("、", absent) + "列，各行数字按表头的 " + found + " 列对应；缺列的格只在能由勾稽关系推出时填写。");
        return present;
    }

    private void placeT4() {
        MatrixTable t4 = matrix("t4");
        if (t4 == null) {
            return;
        }
        List<String> slots = t4.fields().stream().map(Field::id).toList();
        List<List<Token>> runs = new ArrayList<>();
        for (List<Token> r : scan.t4Runs) {
            // Blank cells inside a run count only when the printed numbers alone do not make 15.
            List<Token> printed = r.stream().filter(t -> !t.raw().isEmpty()).toList();
            runs.add(r.size() != slots.size() && printed.size() == slots.size() ? printed : r);
        }
        if (runs.isEmpty()) {
            if (scan.spans.containsKey("t4")) {
                notes.add("表四没有找到数字。");
            }
            return;
        }
        List<List<Token>> numbered = runs.stream().filter(Resolver::isColumnNumbering).toList();
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
            // Three runs of five: 表四 printed as three rows (行政复议 / 未经复议直接起诉 / 复议后起诉).
            int total = runs.stream().mapToInt(List::size).sum();
            if (total == slots.size() && runs.stream().allMatch(r -> r.size() == t4.columns().size())) {
                chosen = new ArrayList<>();
                runs.forEach(chosen::addAll);
                notes.add("表四的 " + slots.size() + " 个数字分成几段印出，按官方顺序依次对应。");
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
        place("表四", slots, null, rr);
    }

    private static List<List<Token>> byLine(List<Token> run) {
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

    /** Places one row's numbers into its cells, or queues it when the count does not fit. */
    private void place(String name, List<String> slots, boolean[] allowed, Scanner.RowRead rr) {
        int[] idx = slots.stream().mapToInt(inf::cell).toArray();
        if (rr == null) {
            for (int c : idx) {
                note[c] = "未找到" + name + "行。";
            }
            return;
        }
        for (int c : idx) {
            anchor[c] = rr.at;
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
        List<Token> use = values;
        List<Token> printed = values.stream().filter(t -> !t.raw().isEmpty()).toList();
        List<Token> sameLine = values.stream().filter(t -> t.line() == rr.at.line()).toList();
        if (values.size() > m && printed.size() == m) {
            use = printed;
        } else if (rr.at.kind() == Token.Kind.TEXT && sameLine.size() >= 2 && values.size() > m
                && values.size() > sameLine.size()) {
            // A row printed on its label's line: numbers on later lines are page numbers or junk.
            use = sameLine;
            notes.add(name + "（第 " + rr.at.line() + " 行）本行有 " + sameLine.size() + " 个数字，其后另起一行的 "
                    + (values.size() - sameLine.size()) + " 个数字未采用（多为页码或杂项）。");
        } else if (values.size() > m && rr.firstSegment().size() == m) {
            use = rr.firstSegment();
            notes.add(name + "（第 " + rr.at.line() + " 行）后面有 " + values.size() + " 个数字，采用紧随其后的 " + m
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
                    put(idx[i], use.get(t++), null);
                } else if (note[idx[i]] == null) {
                    note[idx[i]] = "表头没有该列，" + name + "未印此格。";
                }
            }
            return;
        }
        pending.add(new Pending(name, slots, allowed, use, rr.at, null));
    }

    private void put(int c, Token t, String why) {
        if (t.kind() == Token.Kind.NUMBER) {
            val[c] = t.number();
            read[c] = true;
            token[c] = t;
            note[c] = why;
        } else {
            token[c] = t;
            note[c] = t.raw().isEmpty() ? "原表此格为空白。"
                    : "原表此格印为“" + t.raw() + "”（通常表示没有或不适用），请核实后填写数字。";
        }
    }

    /** Tries every order-preserving placement of a row whose count of numbers does not fit. */
    private void resolvePending(Pending p) {
        int[] idx = p.slots.stream().mapToInt(inf::cell).toArray();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < idx.length; i++) {
            if (p.allowed == null || p.allowed[i]) {
                open.add(i);
            }
        }
        int k = p.tokens.size();
        int m = open.size();
        String where = p.name + "（第 " + p.at.line() + " 行）";
        List<List<Token>> readings = new ArrayList<>();
        List<int[]> alts = new ArrayList<>();
        for (List<Token> reading : p.sameLine == null ? List.of(p.tokens) : List.of(p.tokens, p.sameLine)) {
            for (int[] alt : alternatives(reading.size(), m)) {
                readings.add(reading);
                alts.add(alt);
            }
        }
        if (alts.isEmpty()) {
            notes.add(where + "印出 " + k + " 个数字，应为 " + m + " 个，差得太多，无法对应，本行留空。");
            for (int c : idx) {
                note[c] = where + "数字个数（" + k + "）与列数（" + m + "）相差太多，无法对应。";
            }
            return;
        }
        boolean[] blocked = new boolean[val.length];
        List<BigDecimal[]> values = new ArrayList<>();
        List<Token[]> tokensAt = new ArrayList<>();
        for (int a = 0; a < alts.size(); a++) {
            int[] alt = alts.get(a);
            List<Token> reading = readings.get(a);
            BigDecimal[] v = val.clone();
            Token[] at = new Token[idx.length];
            for (int t = 0; t < reading.size(); t++) {
                if (alt[t] >= 0) {
                    int slot = open.get(alt[t]);
                    at[slot] = reading.get(t);
                    v[idx[slot]] = reading.get(t).number();
                }
            }
            Inference.Outcome o = inf.propagate(v, broken, blocked);
            if (!o.contradicted.isEmpty()) {
                continue;
            }
            BigDecimal[] row = new BigDecimal[idx.length];
            for (int i = 0; i < idx.length; i++) {
                row[i] = o.values[idx[i]];
            }
            values.add(row);
            tokensAt.add(at);
        }
        String count = p.sameLine == null ? where + "印出 " + k + " 个数字，应为 " + m + " 个"
                : where + "本行印出 " + p.sameLine.size() + " 个数字，另起一行还有 " + (k - p.sameLine.size()) + " 个";
        if (values.isEmpty()) {
            notes.add(count + "，任何对应方式都与勾稽关系矛盾，本行留空。");
            for (int c : idx) {
                note[c] = count + "，任何对应方式都与勾稽关系矛盾。";
            }
            return;
        }
        int decided = 0;
        for (int i = 0; i < idx.length; i++) {
            Set<String> seen = new LinkedHashSet<>();
            boolean same = true;
            boolean allRead = true;
            BigDecimal first = values.get(0)[i];
            for (int a = 0; a < values.size(); a++) {
                BigDecimal x = values.get(a)[i];
                seen.add(x == null ? "不定" : Numbers.plain(x));
                same &= x != null && first != null && x.compareTo(first) == 0;
                Token at = tokensAt.get(a)[i];
                allRead &= at != null && at.kind() == Token.Kind.NUMBER;
            }
            int c = idx[i];
            if (same && allRead) {
                put(c, tokensAt.get(0)[i], count + "；符合勾稽关系的 " + values.size() + " 种对应方式在本格都是这个数。");
                decided++;
            } else if (same) {
                val[c] = first;
                note[c] = count + "，无法确定哪一格空缺；符合勾稽关系的 " + values.size() + " 种对应方式在本格都得 "
                        + Numbers.plain(first) + "，故推断为此数。";
                decided++;
            } else {
                note[c] = count + "，有 " + values.size() + " 种对应方式都符合勾稽关系，本格可能为 " + String.join(" 或 ", seen)
                        + "，不作猜测。";
            }
        }
        if (values.size() == 1) {
            notes.add(count + "；只有一种对应方式符合勾稽关系，已按此对应。");
        } else if (decided < idx.length) {
            notes.add(count + "；有 " + values.size() + " 种对应方式都符合勾稽关系，无法确定的 " + (idx.length - decided)
                    + " 格留空。");
        } else {
            agreed.add(count);
        }
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
            int i = choose - 1;
            while (i >= 0 && comb[i] == big - choose + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            comb[i]++;
            for (int j = i + 1; j < choose; j++) {
                comb[j] = comb[j - 1] + 1;
            }
        }
        return out;
    }

    /** Infers what the rules force; cells caught in contradictions are left blank. */
    private void infer() {
        boolean[] blocked = new boolean[val.length];
        boolean[] excluded = broken.clone();
        Inference.Outcome o = null;
        for (int round = 0; round < 6; round++) {
            o = inf.propagate(val, excluded, blocked);
            if (o.contradicted.isEmpty()) {
                break;
            }
            for (int e : o.contradicted) {
                excluded[e] = true;
                Inference.Equation eq = inf.equations.get(e);
                for (int c : eq.cells()) {
                    if (val[c] == null) {
                        blocked[c] = true;
                        if (note[c] == null || !note[c].contains("矛盾")) {
                            note[c] = (note[c] == null ? "" : note[c]) + "相关勾稽关系互相矛盾（" + eq.reason() + "），无法推断。";
                        }
                    }
                }
            }
        }
        for (int c = 0; c < val.length; c++) {
            if (val[c] == null && o.values[c] != null && !blocked[c]) {
                val[c] = o.values[c];
                String why = o.reasons[c] + "推出";
                note[c] = note[c] == null ? why + "。" : note[c] + why + "。";
            }
        }
    }

    private List<Value> values() {
        List<Value> out = new ArrayList<>(fields.size());
        for (Field f : fields) {
            int c = inf.index.get(f.id());
            Token a = anchor[c];
            Source where = a == null ? new Source(file, null, null, 0, 0) : Source.line(file, a.line(), a.column());
            if (val[c] != null && read[c]) {
                Token t = token[c];
                Value v = Value.number(f.id(), val[c], Source.line(file, t.line(), t.column()));
                out.add(note[c] == null ? v : v.with(v.how(), note[c]));
            } else if (val[c] != null) {
                out.add(Value.inferred(f.id(), val[c], where, note[c] == null ? "由勾稽关系推出。" : note[c]));
            } else {
                Token t = token[c];
                Source s = t != null ? Source.line(file, t.line(), t.column()) : where;
                out.add(Value.missing(f.id(), s, note[c] == null ? "无法确定。" : note[c]));
            }
        }
        return out;
    }
}
