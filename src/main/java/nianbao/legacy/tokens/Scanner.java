package nianbao.legacy.tokens;

import nianbao.legacy.read.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the token stream once, tracking which table and which 表三 group it is in, names every
 * label it can, and collects the numbers that follow each row label until the next label. Works
 * the same for one cell per line and for whole rows on a line. 表四's numbers are collected as runs
 * of consecutive values (header words and junk break a run).
 */
public final class Scanner {

    /**
     * The numbers collected after one row label.
     *
     * @param label the row (or the （六） subgroup, for the hybrid single row)
     * @param at the label token
     */
    public static final class RowRead {
        final Labels.Label label;
        public final Token at;
        final List<List<Token>> segments = new ArrayList<>();
        private boolean open = true;

        public RowRead(Labels.Label label, Token at) {
            this.label = label;
            this.at = at;
            segments.add(new ArrayList<>());
        }

        public void add(Token t) {
            if (!open) {
                segments.add(new ArrayList<>());
                open = true;
            }
            segments.get(segments.size() - 1).add(t);
        }

        void interrupt() {
            if (!segments.get(segments.size() - 1).isEmpty()) {
                open = false;
            }
        }

        /** Whether any value token follows the label. */
        public boolean hasValues() {
            for (int i = 0; i < segments.size(); i++) {
                if (!segments.get(i).isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        /** Every value token in order. */
        public List<Token> values() {
            List<Token> all = new ArrayList<>();
            segments.forEach(all::addAll);
            return all;
        }

        /** The first run of values not interrupted by unknown text. */
        public List<Token> firstSegment() {
            for (List<Token> s : segments) {
                if (!s.isEmpty()) {
                    return s;
                }
            }
            return List.of();
        }
    }

    public final Map<String, RowRead> t2 = new LinkedHashMap<>();
    public final Map<String, RowRead> t3 = new LinkedHashMap<>();
    public RowRead six;
    public final List<List<Token>> t4Runs = new ArrayList<>();
    public final StringBuilder t3Header = new StringBuilder();
    public final Set<String> y2019 = new LinkedHashSet<>();
    public final Map<String, int[]> spans = new LinkedHashMap<>();
    public final List<String> notes = new ArrayList<>();
    public final List<Token> used = new ArrayList<>();
    /** Every value seen inside 表三 after its header, in order, whatever label it follows (or none). */
    public final List<Token> t3Values = new ArrayList<>();
    /** What stood between two numbers of 表三, strongest first. */
    public enum Gap {
        /** A row label (or the header printed again on a new page): numbers of a row-by-row table, or bands. */
        LABEL,
        /** Column header words (自然人, 商业企业…) only: the columns of a table printed column by column. */
        COLUMN,
        /** Other text only. */
        OTHER
    }

    /** Where text stood between two of {@link #t3Values}: the index of the value after it, and what text. */
    public final Map<Integer, Gap> t3Breaks = new LinkedHashMap<>();
    /** 表三's row labels (and the （六） subgroup label) in the order they were seen. */
    public final List<Labels.Label> t3Labels = new ArrayList<>();
    public int stray;
    public int glued;
    public int byPrefix;

    private final Labels labels;
    /** Tables whose section heading appears somewhere: they are entered only through it. */
    private final Set<String> headed = new java.util.HashSet<>();
    private String table;
    private String subgroup;
    private boolean inHeader = true;
    private RowRead cur;
    /** Text since the last 表三 value (null: none). */
    private Gap gap;
    private List<Token> run = new ArrayList<>();
    private boolean lastWasRow;
    /** The token after the current one, or null. */
    private Token next;
    /** The line of the token before the current one. */
    private int prevLine = -1;

    private Scanner(Labels labels) {
        this.labels = labels;
    }

    /** Scans the tokens. */
    public static Scanner run(List<Token> tokens, Labels labels) {
        Scanner s = new Scanner(labels);
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.TEXT) {
                Labels.Label h = labels.section(t);
                if (h != null && h.table() != null) {
                    s.headed.add(h.table());
                }
                Labels.Glued g = h == null ? labels.sectionStart(t) : null;
                if (g != null) {
                    s.headed.add(g.label().table());
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            s.next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            s.prevLine = i > 0 ? tokens.get(i - 1).line() : -1;
            s.token(tokens.get(i));
        }
        s.close();
        s.endRun();
        if (s.repeats > REPEATS_LISTED) {
            s.notes.add("另有 " + (s.repeats - REPEATS_LISTED) + " 处行标签重复出现或带着不该有的数字，同样只采用第一次的数字。");
        }
        return s;
    }

    /** The cells of 表四 (three groups of five). */
    private static final int T4_CELLS = 15;

    /**
     * Whether digits glued to 表四's header words are its values: a run long enough for all its cells,
     * or the first of the values that follow on the same line.
     */
    private boolean startsT4Values(Token t) {
        return t.raw().length() >= T4_CELLS || next != null && next.isValue() && next.line() == t.line();
    }

    /** Repeated labels noted one by one; past this many they are only counted (a garbage file has thousands). */
    private static final int REPEATS_LISTED = 5;
    private int repeats;

    private void token(Token t) {
        if (t.kind() == Token.Kind.TEXT || t.kind() == Token.Kind.JUNK) {
            gap = gap == null ? Gap.OTHER : gap;
        }
        switch (t.kind()) {
            case TEXT -> text(t);
            case NUMBER, PLACEHOLDER -> value(t);
            case JUNK -> {
                if (cur != null) {
                    cur.interrupt();
                }
                if ("t4".equals(table)) {
                    endRun();
                }
                lastWasRow = false;
            }
            default -> throw new IllegalStateException();
        }
    }

    private void value(Token t) {
        if (t.glued() && !lastWasRow && !("t4".equals(table) && cur == null && startsT4Values(t))) {
            // Digits glued into text that is not a row label are no cell (数据1); in 表四 its values follow
            // the header words glued (…尚未审结总计000000000000000, 总计0 0 0 …): its numbers.
            return;
        }
        if (t.glued()) {
            glued++;
        }
        if ("t3".equals(table) && !t.raw().isEmpty()) {
            if (gap != null && !t3Values.isEmpty()) {
                t3Breaks.put(t3Values.size(), gap);
            }
            gap = null;
            t3Values.add(t);
        }
        if (cur != null && cur.at.sep() == Token.Sep.SINGLE && t.sep() != Token.Sep.SINGLE && t.sep() != Token.Sep.SPACE
                && t.line() != cur.at.line() && "t3".equals(table)) {
            // A table row with an empty label cell under a label standing on its own line: the label may
            // as well belong to the row below; the numbers are not taken for it.
            close();
        }
        if (cur != null) {
            cur.add(t);
            used.add(t);
            touch(cur.label.table(), t.line());
        } else if ("t4".equals(table)) {
            run.add(t);
            used.add(t);
            touch("t4", t.line());
        } else if (table != null && t.kind() == Token.Kind.NUMBER) {
            stray++;
        }
    }

    private void text(Token t) {
        if (t.key().length() > 40) {
            String s = Text.squeeze(Text.half(t.raw()));
            int at = labels.sectionInside(s);
            if (at > 0) {
                // Narrative run into a table's heading on one crawler line: the heading starts anew.
                unknown(t);
                String rest = s.substring(at);
                int p = Text.prefixLength(rest, 0);
                text(new Token(Token.Kind.TEXT, rest, Text.canonicalPrefix(rest.substring(0, p)),
                        Text.key(rest.substring(p)), null, false, t.line(), t.column() + at, t.sep()));
                return;
            }
        }
        Labels.Match m = labels.match(t, table, inHeader, subgroup);
        if (m == null || m.label().role() != Labels.Role.SECTION) {
            Labels.Glued g = labels.sectionStart(t);
            if (g != null) {
                // 四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持…: the heading, then the rest.
                label(new Labels.Match(g.label(), 1.0, false), t);
                String rest = t.key().substring(g.end());
                text(new Token(Token.Kind.TEXT, rest, "", rest, null, false, t.line(), t.column(), t.sep()));
                return;
            }
        }
        if ((m == null || m.byPrefix() || m.score() < 0.95) && t.key().length() <= 80) {
            // Labels glued together (三、本年度办理结果（一）予以公开): name each part in turn.
            List<Token> parts = split(t);
            if (parts.size() > 1) {
                List<Labels.Match> found = new ArrayList<>();
                boolean byWords = false;
                String sg = subgroup;
                for (Token p : parts) {
                    Labels.Match pm = labels.match(p, table, inHeader, sg);
                    found.add(pm);
                    if (pm != null) {
                        byWords |= !pm.byPrefix();
                        if (pm.label().role() == Labels.Role.SUBGROUP) {
                            sg = pm.label().prefix();
                        }
                    }
                }
                if (byWords) {
                    for (int i = 0; i < parts.size(); i++) {
                        if (found.get(i) != null) {
                            label(found.get(i), parts.get(i));
                        } else {
                            unknown(parts.get(i));
                        }
                    }
                    return;
                }
            }
        }
        if ((m == null || m.label().role() != Labels.Role.ROW) && next != null && next.kind() == Token.Kind.NUMBER) {
            Labels.Match tail = labels.suffix(t, table);
            if (tail != null) {
                label(tail, t);
                return;
            }
        }
        if (m == null) {
            unknown(t);
            return;
        }
        label(m, t);
    }

    private void unknown(Token t) {
        lastWasRow = false;
        if (cur != null && t.sep() != Token.Sep.SINGLE && t.sep() != Token.Sep.SPACE && t.line() != prevLine
                && next != null && next.line() == t.line() && next.isValue() && !"t4".equals(table)) {
            // The label cell of a table row we cannot name (a fragment such as 开申请数量): its numbers are
            // that row's, never the previous label's.
            close();
        }
        if (cur != null) {
            cur.interrupt();
        }
        if ("t3".equals(table) && inHeader) {
            t3Header.append(t.key());
        }
        if ("t4".equals(table)) {
            endRun();
        }
    }

    private void label(Labels.Match m, Token t) {
        Labels.Label l = m.label();
        if (l.role() != Labels.Role.SECTION && l.role() != Labels.Role.Y2019 && l.table() != null
                && !l.table().equals(table) && headed.contains(l.table())) {
            // A table's label outside it (narrative, page chrome) when the table has its own heading.
            unknown(t);
            return;
        }
        lastWasRow = false;
        if (m.byPrefix()) {
            byPrefix++;
        }
        switch (l.role()) {
            case SECTION -> {
                close();
                endRun();
                table = l.table();
                subgroup = null;
                inHeader = true;
                if (table != null) {
                    touch(table, t.line());
                }
            }
            case Y2019 -> {
                close();
                y2019.add(l.id());
            }
            case CAPTION, HEADER, CORNER -> {
                if (l.role() == Labels.Role.CORNER) {
                    gap = Gap.LABEL; // the header printed again on a new page, not words between two columns
                } else if (l.role() == Labels.Role.HEADER && "t3".equals(l.table()) && gap != Gap.LABEL) {
                    gap = Gap.COLUMN;
                }
                close();
                enter(l.table(), t);
                if ("t3".equals(l.table())) {
                    t3Header.append(t.key());
                    if (l.role() == Labels.Role.CORNER) {
                        // The header printed again on the next page: its words are not rows.
                        inHeader = true;
                    }
                }
            }
            case GROUP -> {
                gap = Gap.LABEL;
                if (keepOpen(l)) {
                    break;
                }
                close();
                enter(l.table(), t);
                inHeader = false;
                subgroup = null;
            }
            case SUBGROUP -> {
                gap = Gap.LABEL;
                if (keepOpen(l)) {
                    subgroup = l.prefix();
                    break;
                }
                close();
                enter(l.table(), t);
                inHeader = false;
                subgroup = l.prefix();
                cur = new RowRead(l, t);
                lastWasRow = true;
                if (l.expect() > 0) {
                    t3Labels.add(l);
                }
            }
            case ROW -> {
                // a bare 总计 or 其他 is also a column's header (between the columns of a table printed column
                // by column); （七）总计 and 3.其他 are the rows
                boolean column = t.prefix().isEmpty() && "t3".equals(l.table()) && labels.isColumnWord(t.key());
                gap = column && gap != Gap.LABEL ? Gap.COLUMN : column ? gap : Gap.LABEL;
                close();
                enter(l.table(), t);
                if ("t3".equals(l.table())) {
                    inHeader = false;
                    String sg = labels.subgroupOfRow.get(l.id());
                    subgroup = sg;
                    t3Labels.add(l);
                }
                cur = new RowRead(l, t);
                lastWasRow = true;
            }
            case T4HEAD -> {
                close();
                enter("t4", t);
                endRun();
            }
            default -> throw new IllegalStateException();
        }
    }

    /**
     * True when a group label sits between a row label and that row's numbers (a vertically
     * centred merged cell in PDF or Word extraction): the row stays open.
     */
    private boolean keepOpen(Labels.Label l) {
        if (cur == null || cur.label.role() != Labels.Role.ROW || cur.hasValues()
                || !"t3".equals(cur.label.table()) || !"t3".equals(table)) {
            return false;
        }
        String row = cur.label.id();
        return l.role() == Labels.Role.GROUP ? labels.groupRows.contains(row)
                : l.prefix().equals(labels.subgroupOfRow.get(row));
    }

    private void enter(String newTable, Token t) {
        if (newTable != null && !newTable.equals(table)) {
            close();
            endRun();
            table = newTable;
            subgroup = null;
            inHeader = true;
        }
        if (newTable != null) {
            touch(newTable, t.line());
        }
    }

    private void close() {
        if (cur == null) {
            return;
        }
        RowRead r = cur;
        cur = null;
        if (r.label.role() == Labels.Role.SUBGROUP) {
            if (r.label.expect() > 0 && r.hasValues()) {
                if (six == null) {
                    six = r;
                }
            } else if (r.hasValues() && ++repeats <= REPEATS_LISTED) {
                notes.add("“" + r.at.raw() + "”（第 " + r.at.line() + " 行）后面跟着数字，但该项本身不填数，已忽略这些数字。");
            }
            return;
        }
        Map<String, RowRead> target = "t2".equals(r.label.table()) ? t2 : t3;
        RowRead before = target.get(r.label.id());
        if (before == null || !before.hasValues()) {
            target.put(r.label.id(), r);
        } else if (r.hasValues()) {
            if (++repeats > REPEATS_LISTED) {
                return;
            }
            notes.add("“" + r.at.raw() + "”在第 " + before.at.line() + " 行和第 " + r.at.line()
                    + " 行各出现一次，采用第一次的数字。");
        }
    }


    private void endRun() {
        if (!run.isEmpty()) {
            t4Runs.add(run);
            run = new ArrayList<>();
        }
    }

    private void touch(String t, int line) {
        int[] span = spans.computeIfAbsent(t, k -> new int[] {line, line});
        span[0] = Math.min(span[0], line);
        span[1] = Math.max(span[1], line);
    }

    /** Splits a text at enumerators inside it (三、本年度办理结果（一）予以公开 → two labels). */
    private static List<Token> split(Token t) {
        String s = Text.squeeze(Text.half(t.raw()));
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int i = 1; i < s.length(); i++) {
            char before = s.charAt(i - 1);
            if ((Text.isCjk(before) || before == ')') && Text.prefixLength(s, i) > 0
                    && !(before == '第' && s.charAt(i) == '(')) {
                cuts.add(i);
                i += Text.prefixLength(s, i) - 1;
            }
        }
        if (cuts.size() == 1) {
            return List.of(t);
        }
        cuts.add(s.length());
        List<Token> parts = new ArrayList<>();
        for (int c = 0; c + 1 < cuts.size(); c++) {
            String part = s.substring(cuts.get(c), cuts.get(c + 1));
            int p = Text.prefixLength(part, 0);
            parts.add(new Token(Token.Kind.TEXT, part, Text.canonicalPrefix(part.substring(0, p)),
                    Text.key(part.substring(p)), null, false, t.line(), t.column() + cuts.get(c), t.sep()));
        }
        return parts;
    }
}
