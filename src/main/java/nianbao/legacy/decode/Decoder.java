package nianbao.legacy.decode;

import nianbao.legacy.infer.Inference;
import nianbao.legacy.tokens.Token;

import nianbao.model.Numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses among the readings a table's text allows. Each {@link Unit} is a piece of the table (a row
 * whose digits are glued, a row with too few or too many numbers, a block of rows printed column by
 * column) with the readings its text allows. Readings that contradict the rules are dropped, unit by
 * unit and repeatedly as units get decided, then jointly within groups of units that share a rule,
 * within a budget of search steps. A cell is read when every surviving reading prints the same number
 * there, inferred when they agree only through the rules, and missing otherwise, with the reason.
 * Rules only choose among readings: a printed number is never changed, and a unit whose text allows
 * one reading keeps it even when it breaks a rule (see {@link Resolver}).
 */
public final class Decoder {

    /** Search steps allowed per table for the joint search. */
    static final int BUDGET = 200_000;
    /** Readings of one unit checked with full propagation at most. */
    private static final int PROPAGATE_LIMIT = 64;

    /** What kind of ambiguity a unit has, for its reasons. */
    enum Kind {
        /** Glued digits cut into cells. */
        SPLIT,
        /** Too few or too many numbers for a row: which cells they fill. */
        PLACE,
        /**
         * A block of rows printed row by row or column by column: every order the text allows is a
         * reading, so a cell they all agree on is certain even when each breaks a rule.
         */
        ORDER
    }

    /**
     * One reading of a unit.
     *
     * @param values per cell of the unit, the printed value, or null when this reading leaves it blank
     * @param tokens per cell, the token printed there (a number, a placeholder) or null
     * @param label the reading in a few characters, e.g. {@code 12/3/75} or {@code 按列}
     */
    record Reading(BigDecimal[] values, Token[] tokens, String label) {
    }

    /** A piece of a table whose text allows several readings. */
    static final class Unit {
        final Kind kind;
        final String name;
        final String what;
        final int[] cells;
        final List<Reading> readings;
        final boolean cutShort;
        /** True when the text alone allows these readings and the rules rejected all of them. */
        boolean contradicted;
        boolean overBudget;
        /** True once the unit's one surviving reading has been written. */
        boolean applied;
        BitSet alive;

        /**
         * A unit.
         *
         * @param kind what kind of ambiguity
         * @param name where it is, e.g. 表三“一、本年新收”（第 10 行）
         * @param what what is ambiguous, e.g. 数字“12375”粘连
         * @param cells the cell indices the readings fill
         * @param readings the readings the text allows
         * @param cutShort true when there were more readings than could be listed
         */
        Unit(Kind kind, String name, String what, int[] cells, List<Reading> readings, boolean cutShort) {
            this.kind = kind;
            this.name = name;
            this.what = what;
            this.cells = cells;
            this.readings = readings;
            this.cutShort = cutShort;
            this.alive = new BitSet(readings.size());
            alive.set(0, readings.size());
        }
    }

    private final Inference inf;
    private final BigDecimal[] val;
    private final boolean[] read;
    private final Token[] token;
    private final String[] note;
    private final boolean[] broken;
    private final List<String> notes;
    private final boolean[] unsure;
    private final long[] v;
    private final boolean[] known;
    private final List<List<Integer>> eqOf;
    private int steps;

    /**
     * A decoder writing into the resolver's arrays.
     *
     * @param unsure set here for the cells a unit leaves open when each of its readings breaks a rule: the
     *               rules are broken around them, so nothing is inferred for them afterwards
     */
    Decoder(Inference inf, BigDecimal[] val, boolean[] read, Token[] token, String[] note, boolean[] broken,
            boolean[] unsure, List<String> notes) {
        this.unsure = unsure;
        this.inf = inf;
        this.val = val;
        this.read = read;
        this.token = token;
        this.note = note;
        this.broken = broken;
        this.notes = notes;
        int n = val.length;
        v = new long[n];
        known = new boolean[n];
        for (int c = 0; c < n; c++) {
            setKnown(c, val[c]);
        }
        eqOf = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            eqOf.add(new ArrayList<>());
        }
        for (int e = 0; e < inf.equations.size(); e++) {
            if (broken[e]) {
                continue;
            }
            for (int c : inf.equations.get(e).cells()) {
                List<Integer> list = eqOf.get(c);
                if (list.isEmpty() || list.get(list.size() - 1) != e) {
                    list.add(e);
                }
            }
        }
    }

    private void setKnown(int c, BigDecimal x) {
        if (x != null && x.scale() <= 0 || x != null && x.stripTrailingZeros().scale() <= 0) {
            try {
                v[c] = x.longValueExact();
                known[c] = true;
                return;
            } catch (ArithmeticException e) {
                // Too large for the rules: treated as unknown there.
            }
        }
        known[c] = false;
    }

    /** Decides every unit, writing into the resolver's arrays. */
    void decode(List<Unit> units) {
        List<Unit> open = new ArrayList<>();
        for (Unit u : units) {
            if (u.readings.isEmpty()) {
                continue;
            }
            open.add(u);
        }
        // Unit by unit, again whenever one got decided.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Unit u : open) {
                if (u.contradicted) {
                    continue;
                }
                int before = u.alive.cardinality();
                for (int r = u.alive.nextSetBit(0); r >= 0; r = u.alive.nextSetBit(r + 1)) {
                    if (!fits(u, u.readings.get(r))) {
                        u.alive.clear(r);
                    }
                }
                if (u.alive.isEmpty()) {
                    u.contradicted = true;
                    u.alive.set(0, u.readings.size());
                }
                int after = u.alive.cardinality();
                if (after == 1 && !u.applied && !u.contradicted) {
                    // Decided (also a unit that had one reading from the start): its numbers are known
                    // to every other unit's rules from now on.
                    apply(u, u.readings.get(u.alive.nextSetBit(0)));
                    u.applied = true;
                    changed = true;
                } else if (after < before) {
                    changed = true;
                }
            }
        }
        // Jointly, within groups of undecided units that share a rule.
        List<Unit> undecided = new ArrayList<>();
        for (Unit u : open) {
            if (!u.contradicted && u.alive.cardinality() > 1) {
                undecided.add(u);
            }
        }
        for (List<Unit> group : groups(undecided)) {
            if (group.size() > 1) {
                joint(group);
            }
        }
        for (Unit u : open) {
            finish(u);
            if (u.contradicted) {
                for (int c : u.cells) {
                    unsure[c] |= val[c] == null;
                }
            }
        }
    }

    /** True when a reading, with what is known, breaks no rule that can already be checked. */
    private boolean fits(Unit u, Reading r) {
        long[] saved = new long[u.cells.length];
        boolean[] was = new boolean[u.cells.length];
        for (int i = 0; i < u.cells.length; i++) {
            int c = u.cells[i];
            saved[i] = v[c];
            was[i] = known[c];
            if (!known[c] && r.values()[i] != null) {
                setKnown(c, r.values()[i]);
            }
        }
        boolean ok = true;
        for (int i = 0; i < u.cells.length && ok; i++) {
            for (int e : eqOf.get(u.cells[i])) {
                if (!holds(inf.equations.get(e))) {
                    ok = false;
                    break;
                }
            }
        }
        for (int i = 0; i < u.cells.length; i++) {
            v[u.cells[i]] = saved[i];
            known[u.cells[i]] = was[i];
        }
        return ok;
    }

    /** An equation can still hold: all known and balanced, or the unknowns can make up the rest. */
    private boolean holds(Inference.Equation eq) {
        long sum = 0;
        int unknowns = 0;
        int sign = 0;
        boolean mixed = false;
        int[] cells = eq.cells();
        int[] coef = eq.coef();
        for (int i = 0; i < cells.length; i++) {
            int c = cells[i];
            if (known[c]) {
                sum += coef[i] * v[c];
            } else {
                unknowns++;
                if (sign == 0) {
                    sign = coef[i];
                } else if (sign != coef[i]) {
                    mixed = true;
                }
            }
        }
        if (unknowns == 0) {
            return sum == 0;
        }
        return mixed || -sum * sign >= 0;
    }

    /** Undecided units linked by rules that involve both, in groups. */
    private List<List<Unit>> groups(List<Unit> units) {
        int n = units.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int a = 0; a < n; a++) {
            BitSet ea = equationsOf(units.get(a));
            for (int b = a + 1; b < n; b++) {
                if (ea.intersects(equationsOf(units.get(b)))) {
                    parent[find(parent, a)] = find(parent, b);
                }
            }
        }
        List<List<Unit>> out = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            int k = roots.indexOf(r);
            if (k < 0) {
                roots.add(r);
                out.add(new ArrayList<>());
                k = out.size() - 1;
            }
            out.get(k).add(units.get(i));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private BitSet equationsOf(Unit u) {
        BitSet b = new BitSet();
        for (int c : u.cells) {
            for (int e : eqOf.get(c)) {
                b.set(e);
            }
        }
        return b;
    }

    /** Keeps the readings of each unit that take part in some reading of the whole group. */
    private void joint(List<Unit> group) {
        group.sort((a, b) -> Integer.compare(a.alive.cardinality(), b.alive.cardinality()));
        BitSet[] seen = new BitSet[group.size()];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = new BitSet();
        }
        int[] choice = new int[group.size()];
        steps = 0;
        boolean complete = search(group, 0, choice, seen);
        if (!complete) {
            for (Unit u : group) {
                u.overBudget = true;
            }
            return;
        }
        boolean any = !seen[0].isEmpty();
        for (int i = 0; i < group.size(); i++) {
            Unit u = group.get(i);
            if (any) {
                u.alive = seen[i];
            } else {
                // No reading of the whole group fits: a published error somewhere; the text decides.
                u.contradicted = true;
                u.alive.set(0, u.readings.size());
            }
        }
    }

    /** Depth-first over the group's units; false when the budget ran out. */
    private boolean search(List<Unit> group, int at, int[] choice, BitSet[] seen) {
        if (at == group.size()) {
            if (blanks(group, choice) && !consistent(group, choice)) {
                return true;
            }
            for (int i = 0; i < group.size(); i++) {
                seen[i].set(choice[i]);
            }
            return true;
        }
        Unit u = group.get(at);
        for (int r = u.alive.nextSetBit(0); r >= 0; r = u.alive.nextSetBit(r + 1)) {
            if (++steps > BUDGET) {
                return false;
            }
            Reading reading = u.readings.get(r);
            if (!fits(u, reading)) {
                continue;
            }
            long[] saved = new long[u.cells.length];
            boolean[] was = new boolean[u.cells.length];
            for (int i = 0; i < u.cells.length; i++) {
                int c = u.cells[i];
                saved[i] = v[c];
                was[i] = known[c];
                if (!known[c] && reading.values()[i] != null) {
                    setKnown(c, reading.values()[i]);
                }
            }
            choice[at] = r;
            boolean ok = search(group, at + 1, choice, seen);
            for (int i = 0; i < u.cells.length; i++) {
                v[u.cells[i]] = saved[i];
                known[u.cells[i]] = was[i];
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean blanks(List<Unit> group, int[] choice) {
        for (int i = 0; i < group.size(); i++) {
            for (BigDecimal x : group.get(i).readings.get(choice[i]).values()) {
                if (x == null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** With blank cells left, whether what the rules then force still fits every rule. */
    private boolean consistent(List<Unit> group, int[] choice) {
        steps += 20;
        BigDecimal[] trial = val.clone();
        for (int i = 0; i < group.size(); i++) {
            Unit u = group.get(i);
            Reading r = u.readings.get(choice[i]);
            for (int k = 0; k < u.cells.length; k++) {
                if (trial[u.cells[k]] == null) {
                    trial[u.cells[k]] = r.values()[k];
                }
            }
        }
        return inf.propagate(trial, broken, new boolean[val.length]).contradicted.isEmpty();
    }

    /** Writes one reading as decided. */
    private void apply(Unit u, Reading r) {
        for (int i = 0; i < u.cells.length; i++) {
            int c = u.cells[i];
            Token t = r.tokens()[i];
            if (t != null) {
                token[c] = t;
            }
            if (r.values()[i] != null) {
                val[c] = r.values()[i];
                // a value without a printed token: a blank cell of a row printed with blanks, never read
                read[c] = t != null;
                if (t == null) {
                    note[c] = u.name + u.what + "；只有一种读法符合勾稽关系，本格是空白，即 0。";
                }
                setKnown(c, val[c]);
            }
        }
    }

    /** Sets every cell of a unit from its surviving readings. */
    private void finish(Unit u) {
        List<Reading> alive = new ArrayList<>();
        for (int r = u.alive.nextSetBit(0); r >= 0; r = u.alive.nextSetBit(r + 1)) {
            alive.add(u.readings.get(r));
        }
        if (u.contradicted && u.kind == Kind.PLACE && u.readings.size() > 1) {
            // The numbers may not even be this row's: without the rules nothing here is sure.
            String why = u.name + u.what + "，" + alternatives(u, alive, "") + "，每种读法都与勾稽关系矛盾，无法确定。";
            for (int c : u.cells) {
                if (val[c] == null) {
                    note[c] = why;
                }
            }
            notes.add(why);
            return;
        }
        if (u.overBudget || u.cutShort && u.contradicted) {
            String why = u.name + u.what + "，可能的读法太多，超出搜索范围（" + BUDGET + " 步），无法确定。";
            for (int c : u.cells) {
                if (val[c] == null) {
                    note[c] = why;
                }
            }
            notes.add(why);
            return;
        }
        if (u.contradicted && u.kind == Kind.ORDER) {
            // Each order breaks a rule. An agency's slip breaks rules along one row or column (a total
            // column printed as 0, one cell off by one); an order that breaks them all over the table is
            // not the table's: a number is missing from the text or one too many is in it (a total on a
            // line of its own, a page number). Only the orders of the first kind are readings.
            alive.removeIf(r -> !confined(u, r));
        }
        if (u.contradicted && u.kind == Kind.ORDER && alive.isEmpty()) {
            String why = u.name + u.what + "，" + alternatives(u, u.readings, "")
                    + "，每种读法都与勾稽关系在多行多列矛盾（可能有数字漏印、错位或混入了页码等杂项），无法确定各数属于哪一格。";
            for (int c : u.cells) {
                if (val[c] == null) {
                    note[c] = why;
                }
            }
            notes.add(why);
            return;
        }
        // Cells a reading leaves blank: what the rules then force, per reading.
        List<BigDecimal[]> filled = new ArrayList<>();
        boolean blanks = alive.stream().anyMatch(r -> java.util.Arrays.stream(r.values()).anyMatch(x -> x == null));
        List<Reading> kept = new ArrayList<>();
        if (blanks && alive.size() <= PROPAGATE_LIMIT) {
            boolean[] blocked = new boolean[val.length];
            for (Reading r : alive) {
                BigDecimal[] trial = val.clone();
                for (int i = 0; i < u.cells.length; i++) {
                    if (trial[u.cells[i]] == null) {
                        trial[u.cells[i]] = r.values()[i];
                    }
                }
                Inference.Outcome o = inf.propagate(trial, broken, blocked);
                if (!o.contradicted.isEmpty() && !u.contradicted) {
                    continue;
                }
                BigDecimal[] row = new BigDecimal[u.cells.length];
                for (int i = 0; i < u.cells.length; i++) {
                    row[i] = o.values[u.cells[i]];
                }
                filled.add(row);
                kept.add(r);
            }
            if (kept.isEmpty()) {
                u.contradicted = true;
                kept = alive;
                filled.clear();
                kept.forEach(r -> filled.add(r.values()));
            }
        } else {
            kept = alive;
            kept.forEach(r -> filled.add(r.values()));
        }
        if (kept.size() == 1 && !u.contradicted) {
            Reading r = kept.get(0);
            apply(u, r);
            for (int i = 0; i < u.cells.length; i++) {
                int c = u.cells[i];
                if (val[c] == null && filled.get(0)[i] != null) {
                    val[c] = filled.get(0)[i];
                    note[c] = u.name + u.what + "；只有一种读法符合勾稽关系，本格由勾稽关系推出。";
                } else if (val[c] == null && r.tokens()[i] != null && r.tokens()[i].kind() == Token.Kind.PLACEHOLDER) {
                    note[c] = placeholderNote(r.tokens()[i]);
                }
            }
            if (u.readings.size() > 1) {
                notes.add(u.name + u.what + "；只有一种读法符合勾稽关系，已按此读取（" + r.label() + "）。");
            }
            return;
        }
        int decided = 0;
        for (int i = 0; i < u.cells.length; i++) {
            int c = u.cells[i];
            if (val[c] != null) {
                decided++;
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            boolean same = true;
            boolean allPrinted = true;
            BigDecimal first = filled.get(0)[i];
            for (int a = 0; a < kept.size(); a++) {
                BigDecimal x = filled.get(a)[i];
                seen.add(x == null ? "不定" : Numbers.plain(x));
                same &= x != null && first != null && x.compareTo(first) == 0;
                Token at = kept.get(a).tokens()[i];
                allPrinted &= at != null && at.kind() == Token.Kind.NUMBER;
            }
            String how = u.contradicted ? "每种读法都与勾稽关系矛盾（可能是原表数字有误）" : "符合勾稽关系的 " + kept.size() + " 种读法";
            if (same && allPrinted) {
                Token t = kept.get(0).tokens()[i];
                token[c] = t;
                val[c] = t.number();
                read[c] = true;
                setKnown(c, val[c]);
                note[c] = u.name + u.what + "；" + how + "在本格都是这个数。";
                decided++;
            } else if (same && !u.contradicted) {
                val[c] = first;
                setKnown(c, first);
                note[c] = u.name + u.what + "，" + how + "在本格都得 " + Numbers.plain(first) + "，故推断为此数。";
                decided++;
            } else {
                note[c] = u.name + u.what + "，" + alternatives(u, kept, how) + "，本格可能为 "
                        + String.join(" 或 ", limit(seen, 4)) + "，无法确定。";
            }
        }
        if (decided < u.cells.length) {
            notes.add(u.name + u.what + "，" + alternatives(u, kept, u.contradicted ? "每种读法都与勾稽关系矛盾" : "")
                    + "，无法确定的 " + (u.cells.length - decided) + " 格留空。");
        }
    }

    /**
     * Whether the rules a reading breaks all pass through one row or one column of the table
     * (an agency's slip: a total column printed as 0, one cell off by one) rather than all over it.
     */
    private boolean confined(Unit u, Reading r) {
        BigDecimal[] trial = val.clone();
        for (int i = 0; i < u.cells.length; i++) {
            if (trial[u.cells[i]] == null) {
                trial[u.cells[i]] = r.values()[i];
            }
        }
        boolean[] failing = inf.failing(trial);
        Set<String> lines = null;
        for (int e = 0; e < failing.length; e++) {
            if (!failing[e] || broken[e]) {
                continue;
            }
            Set<String> through = new HashSet<>();
            for (int c : inf.equations.get(e).cells()) {
                String[] id = inf.ids.get(c).split("\\.");
                if (id.length == 3) {
                    through.add(id[0] + " row " + id[1]);
                    through.add(id[0] + " col " + id[2]);
                }
            }
            if (lines == null) {
                lines = through;
            } else {
                lines.retainAll(through);
            }
            if (lines.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String alternatives(Unit u, List<Reading> kept, String how) {
        Set<String> labels = new LinkedHashSet<>();
        for (Reading r : kept) {
            labels.add(r.label());
        }
        List<String> shown = limit(labels, 2);
        String verb = switch (u.kind) {
            case SPLIT -> "可拆为 ";
            case PLACE -> "可对应为 ";
            case ORDER -> "可读为 ";
        };
        String count = labels.size() > 2 ? " 等 " + labels.size() + " 种" : labels.size() == 2 ? " 两种" : "";
        String tail = how.isEmpty() || how.startsWith("符合") ? "" : "（" + how + "）";
        return verb + String.join("、", shown) + count + tail;
    }

    private static List<String> limit(Set<String> s, int n) {
        List<String> out = new ArrayList<>();
        for (String x : s) {
            if (out.size() == n) {
                break;
            }
            out.add(x);
        }
        return out;
    }

    static String placeholderNote(Token t) {
        return t.raw().isEmpty() ? "原表此格为空白。"
                : "原表此格印为“" + t.raw() + "”（通常表示没有或不适用），请核实后填写数字。";
    }
}
