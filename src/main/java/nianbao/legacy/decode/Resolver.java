package nianbao.legacy.decode;

import nianbao.legacy.infer.Inference;
import nianbao.legacy.read.Text;
import nianbao.legacy.tokens.Labels;
import nianbao.legacy.tokens.Scanner;
import nianbao.legacy.tokens.Token;

import nianbao.model.Numbers;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.BlockTable;
import nianbao.schema.Field;
import nianbao.schema.FieldType;
import nianbao.schema.MatrixTable;
import nianbao.schema.Schema;
import nianbao.schema.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the scanned rows into cell values: rows with the right count of numbers are placed
 * directly; rows with too few or too many are tried in every order-preserving placement and only
 * what all placements consistent with the rules agree on is kept; then {@link Inference} fills
 * what the rules force. Printed numbers are never changed, even when they break a rule.
 */
public final class Resolver {

    private static final int MAX_ALTERNATIVES = 400;

    /** A row whose numbers are glued runs of digits: which runs, which cells are open. */
    private record Glued(String name, List<String> slots, boolean[] allowed, List<Token> runs, Token at) {
    }

    /** Search steps allowed for cutting the runs of one row. */
    private static final int SPLIT_BUDGET = 400_000;
    /** Readings of one glued row kept at most for the joint search. */
    private static final int MAX_CUTS = 2_000;

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
    /** Rows whose numbers are glued digit runs, to be cut into cells. */
    private final List<Glued> glued = new ArrayList<>();
    private final List<Decoder.Unit> splitUnits = new ArrayList<>();
    private final List<Decoder.Unit> orderUnits = new ArrayList<>();
    /** 表三 prints （六）其他处理 as one row. */
    private boolean hybrid;
    private int splitRows;
    private String splitExample;
    private boolean[] broken;

    /** Last year's numbers as pseudo cells of known value (empty without last year's report). */
    private final java.util.Map<Integer, BigDecimal> lastYear;

    Resolver(Schema schema, Scanner scan, String file, List<String> notes) {
        this(schema, scan, file, notes, null);
    }

    /**
     * A resolver.
     *
     * @param previous last year's value of a field (null when blank or absent), or null for none: its
     *                 equations then take part in choosing among readings and in inference
     */
    Resolver(Schema schema, Scanner scan, String file, List<String> notes,
             Function<String, BigDecimal> previous) {
        this.schema = schema;
        this.scan = scan;
        this.file = file;
        this.notes = notes;
        this.fields = schema.numericFields();
        this.inf = new Inference(schema, fields.stream().map(Field::id).toList());
        this.lastYear = previous == null ? java.util.Map.of() : inf.addPrevious(schema, previous);
    }

    /** Every numeric field's value in schema order. */
    List<Value> resolve() {
        MatrixTable t3 = matrix("t3");
        hybrid = t3 != null && hybridSix(t3);
        if (hybrid) {
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
        lastYear.forEach((c, x) -> val[c] = x);

        placeT2();
        placeT3(t3);
        placeT4();

        for (Glued g : glued) {
            splitRow(g);
        }
        broken = inf.failing(val);
        List<Decoder.Unit> units = new ArrayList<>();
        for (Pending p : pending) {
            Decoder.Unit u = placements(p);
            if (u != null) {
                units.add(u);
            }
        }
        units.addAll(splitUnits);
        units.addAll(orderUnits);
        new Decoder(inf, val, read, token, note, broken, notes).decode(units);
        if (splitRows > 0) {
            notes.add("有 " + splitRows + " 行的数字粘连在一起（如" + splitExample + "），已按位数和勾稽关系拆开；"
                    + "只有一种拆法的直接读取，有多种拆法的由勾稽关系选择，仍不能确定的格留空。");
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
        if (detached(t3)) {
            if (hybrid) {
                notes.add("表三“（六）其他处理”只印了一行，没有分 1–3 小项；其下三个小项只在能由该行推出时填写。");
            }
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

    /**
     * Table 3 printed with its row labels apart from its numbers (PDF text taken column by column, or
     * labels in a block before or after the numbers): the numbers, in order, fill the rows either row
     * by row or column by column; both readings go to the decoder, which keeps what the rules allow.
     *
     * @return true when the numbers were taken this way
     */
    private boolean detached(MatrixTable t3) {
        int m = t3.columns().size();
        int found = scan.t3Labels.size();
        List<Token> vals = scan.t3Values;
        if (found < 3 || vals.size() < 2 * m) {
            return false;
        }
        // Rows that each carry exactly their numbers need no other reading.
        boolean perfect = scan.six == null && scan.t3.size() == t3.rows().size();
        for (Scanner.RowRead rr : scan.t3.values()) {
            perfect &= rr.values().stream().filter(t -> !t.raw().isEmpty()).count() == m;
        }
        if (perfect) {
            return false;
        }
        List<String> rows = new ArrayList<>();
        String sixLabel = subgroupLabel(t3);
        boolean sixDone = false;
        for (MatrixTable.Axis r : t3.rows()) {
            if (hybrid && r.subgroup() != null && r.subgroup().equals(sixLabel)) {
                if (!sixDone) {
                    rows.add(null);
                    sixDone = true;
                }
            } else {
                rows.add(r.key());
            }
        }
        List<Token> use = vals;
        if (vals.size() == (rows.size() + 1) * m && Resolver.isColumnNumbering(vals.subList(0, m))) {
            use = vals.subList(m, vals.size());
        }
        int first = vals.get(0).line();
        int last = vals.get(vals.size() - 1).line();
        List<List<Token>> lines = byLine(use);
        long whole = lines.stream().filter(l -> l.size() == m).count();
        if (lines.size() == rows.size() && whole < lines.size() && whole * 2 >= lines.size()
                && lines.stream().allMatch(l -> l.size() >= 2) && headerColumns(t3) == null) {
            return displaced(rows, t3, lines, m);
        }
        if (use.size() != rows.size() * m) {
            if (found * 2 < rows.size() || scan.t3.values().stream().filter(rr -> !rr.values().isEmpty()).count() * 2 > found) {
                return false;
            }
            notes.add("表三的行标签与数字分开印出（第 " + first + "–" + last + " 行共 " + vals.size() + " 个数字），"
                    + "与 " + rows.size() + " 行 × " + m + " 列对不上，无法按行或按列对应。");
            return false;
        }
        int rn = rows.size();
        int[] cells = new int[rn * m];
        for (int r = 0; r < rn; r++) {
            for (int c = 0; c < m; c++) {
                String col = t3.columns().get(c).key();
                cells[r * m + c] = inf.cell(rows.get(r) == null ? "t3._six." + col : t3.fieldId(rows.get(r), col));
            }
        }
        List<Decoder.Reading> readings = new ArrayList<>();
        for (boolean byColumn : new boolean[] {false, true}) {
            BigDecimal[] v = new BigDecimal[cells.length];
            Token[] at = new Token[cells.length];
            for (int r = 0; r < rn; r++) {
                for (int c = 0; c < m; c++) {
                    Token t = use.get(byColumn ? c * rn + r : r * m + c);
                    at[r * m + c] = t;
                    v[r * m + c] = t.number();
                }
            }
            readings.add(new Decoder.Reading(v, at, byColumn ? "逐列排列" : "逐行排列"));
        }
        // A reading that breaks many rules is not the table (a number displaced across rows, labels in
        // another order): keep the readings that break fewest, and only if that is none or one.
        int[] failures = new int[readings.size()];
        int fewest = Integer.MAX_VALUE;
        for (int k = 0; k < readings.size(); k++) {
            BigDecimal[] trial = val.clone();
            for (int i = 0; i < cells.length; i++) {
                trial[cells[i]] = readings.get(k).values()[i];
            }
            for (boolean f : inf.failing(trial)) {
                failures[k] += f ? 1 : 0;
            }
            fewest = Math.min(fewest, failures[k]);
        }
        if (fewest > 1) {
            return false;
        }
        List<Decoder.Reading> kept = new ArrayList<>();
        for (int k = 0; k < readings.size(); k++) {
            if (failures[k] == fewest) {
                kept.add(readings.get(k));
            }
        }
        if (fewest == 1 && kept.size() > 1) {
            return false;
        }
        readings = kept;
        for (int r = 0; r < rn; r++) {
            Scanner.RowRead rr = rows.get(r) == null ? null : scan.t3.get(rows.get(r));
            Token anchorAt = rr != null ? rr.at : use.get(0);
            for (int c = 0; c < m; c++) {
                anchor[cells[r * m + c]] = anchorAt;
            }
        }
        orderUnits.add(new Decoder.Unit(Decoder.Kind.ORDER, "表三（第 " + first + "–" + last + " 行）",
                "行标签与数字分开印出，" + use.size() + " 个数字", cells, readings, false));
        notes.add("表三的行标签与数字分开印出（第 " + first + "–" + last + " 行共 " + use.size() + " 个数字），"
                + "按逐行和逐列两种读法核对勾稽关系。");
        // The numbers before the first label are the table's, not strays.
        scan.stray = 0;
        return true;
    }

    /**
     * Table 3's rows printed one per line in table order, apart from their labels, where one number
     * stands in a neighbouring line (a line of m − 1 numbers next to one of m + 1, as PDF→Markdown
     * converters do). The other lines are read as printed; for each such pair of lines every way of
     * moving one number of the long line into the short one is a reading, and the rules choose. Any
     * other shape (lines of other lengths, a pair that is not adjacent) is not taken this way.
     *
     * @return true when the numbers were taken this way
     */
    private boolean displaced(List<String> rows, MatrixTable t3, List<List<Token>> lines, int m) {
        int rn = rows.size();
        int[] cells = new int[rn * m];
        for (int r = 0; r < rn; r++) {
            for (int c = 0; c < m; c++) {
                String col = t3.columns().get(c).key();
                cells[r * m + c] = inf.cell(rows.get(r) == null ? "t3._six." + col : t3.fieldId(rows.get(r), col));
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
        BigDecimal[] trial = val.clone();
        for (int r = 0; r < rn; r++) {
            if (!pairs.contains(r) && !pairs.contains(r - 1) && !shorts.contains(r)) {
                for (int c = 0; c < m; c++) {
                    trial[cells[r * m + c]] = lines.get(r).get(c).number();
                }
            }
        }
        for (boolean f : inf.failing(trial)) {
            if (f) {
                return false;
            }
        }
        int first = lines.get(0).get(0).line();
        int last = lines.get(rn - 1).get(0).line();
        for (int r = 0; r < rn; r++) {
            Scanner.RowRead rr = rows.get(r) == null ? null : scan.t3.get(rows.get(r));
            for (int c = 0; c < m; c++) {
                anchor[cells[r * m + c]] = rr != null ? rr.at : lines.get(r).get(0);
                if (!pairs.contains(r) && !pairs.contains(r - 1) && !shorts.contains(r)) {
                    put(cells[r * m + c], lines.get(r).get(c), null);
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
            System.arraycopy(cells, r * m, pairCells, 0, 2 * m);
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
            orderUnits.add(new Decoder.Unit(Decoder.Kind.PLACE, "表三第 " + a.get(0).line() + "、" + b.get(0).line() + " 行",
                    "两行分别印出 " + a.size() + " 个和 " + b.size() + " 个数字（应各为 " + m + " 个），有一个数字印到了相邻行",
                    pairCells, readings, false));
        }
        for (int r : shorts) {
            List<Token> line = lines.get(r);
            int[] rowCells = java.util.Arrays.copyOfRange(cells, r * m, r * m + m);
            List<Decoder.Reading> readings = new ArrayList<>();
            for (int[] alt : alternatives(line.size(), m)) {
                BigDecimal[] v = new BigDecimal[m];
                Token[] tk = new Token[m];
                StringBuilder label = new StringBuilder();
                for (int t = 0; t < line.size(); t++) {
                    tk[alt[t]] = line.get(t);
                    v[alt[t]] = line.get(t).number();
                }
                for (int c = 0; c < m; c++) {
                    label.append(c == 0 ? "" : "/").append(tk[c] == null ? "空" : tk[c].raw());
                }
                readings.add(new Decoder.Reading(v, tk, label.toString()));
            }
            orderUnits.add(new Decoder.Unit(Decoder.Kind.PLACE, "表三第 " + line.get(0).line() + " 行",
                    "印出 " + line.size() + " 个数字，应为 " + m + " 个", rowCells, readings, false));
        }
        notes.add("表三的行标签与数字分开印出（第 " + first + "–" + last + " 行），按行序逐行读取"
                + (pairs.isEmpty() ? "" : "；" + pairs.size() + " 处相邻两行的数字一多一少，由勾稽关系确定错位的数字属于哪一格")
                + (shorts.isEmpty() ? "" : "；" + shorts.size() + " 行少印一个数字，由勾稽关系确定能确定的格") + "。");
        scan.stray = 0;
        return true;
    }

    /** True when 表三 shows （六）其他处理 as one row: its label is there, none of its sub-rows'. */
    private boolean hybridSix(MatrixTable t3) {
        if (scan.six != null) {
            return true;
        }
        boolean label = false;
        boolean sub = false;
        String sixLabel = subgroupLabel(t3);
        for (Labels.Label l : scan.t3Labels) {
            if (l.role() == Labels.Role.SUBGROUP) {
                label = true;
            } else {
                for (MatrixTable.Axis r : t3.rows()) {
                    if (r.key().equals(l.id()) && sixLabel != null && sixLabel.equals(r.subgroup())) {
                        sub = true;
                    }
                }
            }
        }
        return label && !sub;
    }

    /** Which 表三 columns the header shows, or null when the header cannot be trusted (read once). */
    private boolean[] headerColumns(MatrixTable t3) {
        if (!headerRead) {
            header = readHeaderColumns(t3);
            headerRead = true;
        }
        return header;
    }

    private boolean headerRead;
    private boolean[] header;

    private boolean[] readHeaderColumns(MatrixTable t3) {
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
        List<Token> firstPrinted = rr.firstSegment().stream().filter(t -> !t.raw().isEmpty()).toList();
        if (isGlued(firstPrinted, m)) {
            // Digits after other words (a heading, a stray line) are not this row's.
            glued.add(new Glued(name, slots, allowed, firstPrinted, rr.at));
            return;
        }
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

    /** The readings of a row whose count of numbers does not fit: every order-preserving placement. */
    private Decoder.Unit placements(Pending p) {
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
                StringBuilder label = new StringBuilder();
                for (int i = 0; i < idx.length; i++) {
                    label.append(i == 0 ? "" : "/").append(at[i] == null || at[i].raw().isEmpty() ? "空" : at[i].raw());
                }
                readings.add(new Decoder.Reading(v, at, label.toString()));
            }
        }
        if (readings.isEmpty()) {
            notes.add(where + "印出 " + k + " 个数字，应为 " + m + " 个，差得太多，无法对应，本行留空。");
            for (int c : idx) {
                note[c] = where + "数字个数（" + k + "）与列数（" + m + "）相差太多，无法对应。";
            }
            return null;
        }
        String count = p.sameLine == null ? "印出 " + k + " 个数字，应为 " + m + " 个"
                : "本行印出 " + p.sameLine.size() + " 个数字，另起一行还有 " + (k - p.sameLine.size()) + " 个";
        return new Decoder.Unit(Decoder.Kind.PLACE, where, count, idx, readings, false);
    }

    /**
     * A row whose printed numbers are glued digit runs that must be cut into its cells: fewer numbers
     * than cells, and some run glued to text, or with a leading zero (so it is not one number), or
     * the row so short of numbers that they cannot be single cells.
     */
    static boolean isGlued(List<Token> printed, int m) {
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

    /** Cuts a glued row: one cut is read as printed; several become a unit for the decoder. */
    private void splitRow(Glued g) {
        int[] idx = g.slots.stream().mapToInt(inf::cell).toArray();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < idx.length; i++) {
            if (g.allowed == null || g.allowed[i]) {
                open.add(i);
            }
        }
        boolean[] signed = new boolean[open.size()];
        int[] cells = new int[open.size()];
        for (int i = 0; i < cells.length; i++) {
            signed[i] = signed(g.slots.get(open.get(i)));
            cells[i] = idx[open.get(i)];
        }
        Splits sp = Splits.of(g.runs, signed, rowCheck(cells), SPLIT_BUDGET);
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
            String why = where + what + "，无法拆成 " + cells.length + " 个数（每个数不能有前导零），本行留空。";
            notes.add(why);
            for (int c : cells) {
                note[c] = why;
            }
            return;
        }
        if (sp.textual == 1 && !sp.cutShort) {
            // The text allows one reading: it is what was printed, even if it breaks a rule.
            List<Token> only = sp.first.cells();
            for (int i = 0; i < cells.length; i++) {
                put(cells[i], only.get(i), null);
            }
            return;
        }
        List<Splits.Cut> cuts = sp.cuts;
        boolean contradicted = false;
        Splits.Check check = rowCheck(cells);
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
            BigDecimal[] v = new BigDecimal[cells.length];
            Token[] at = new Token[cells.length];
            for (int i = 0; i < cells.length; i++) {
                at[i] = cut.cells().get(i);
                v[i] = at[i].number();
            }
            readings.add(new Decoder.Reading(v, at, cut.label()));
        }
        Decoder.Unit u = new Decoder.Unit(Decoder.Kind.SPLIT, where, what, cells, readings, cutShort);
        u.contradicted = contradicted;
        u.overBudget = cutShort;
        splitUnits.add(u);
    }

    /** Whether a field may hold a negative number (the 2019 format's 本年增/减). */
    private boolean signed(String fieldId) {
        for (Field f : fields) {
            if (f.id().equals(fieldId)) {
                return f.type() != FieldType.COUNT && f.type() != FieldType.AMOUNT;
            }
        }
        return false;
    }

    /** The rules that lie within one row (T3-ROW, T4-SUM), checked on a complete cut. */
    private Splits.Check rowCheck(int[] cells) {
        Map<Integer, Integer> pos = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            pos.put(cells[i], i);
        }
        List<Inference.Equation> inside = new ArrayList<>();
        for (Inference.Equation eq : inf.equations) {
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
                if (note[c] == null) {
                    note[c] = why + "。";
                } else if (note[c].endsWith("无法确定。")) {
                    // what the row alone leaves open, the rules then force: say both without contradiction
                    note[c] = note[c].substring(0, note[c].length() - "无法确定。".length()) + "单看本行无法确定；" + why + "。";
                } else {
                    note[c] = note[c] + why + "。";
                }
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
