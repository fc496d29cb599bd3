package nianbao.validate.cells;

import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.schema.Expression;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import nianbao.validate.cells.Breakdown.Cell;
import nianbao.validate.cells.Breakdown.Evidence;
import nianbao.validate.cells.Breakdown.Pin;
import nianbao.validate.cells.Breakdown.Side;
import nianbao.validate.cells.Breakdown.Suspect;
import nianbao.validate.cells.Breakdown.Term;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The sentences after a broken rule's message: each side's typed cells with their values (a long
 * side names its non-zero cells and counts the zeros), then the pinned cell with its evidence, or
 * the cells that could be wrong, or that no single cell explains the break.
 */
final class Wording {

    /** A side or a total with at most this many cells names them all; a longer one names its non-zero cells. */
    static final int NAMED = 6;

    private final Schema schema;
    private final Facts facts;

    Wording(Schema schema) {
        this.schema = schema;
        this.facts = Facts.of(schema);
    }

    /** The whole detail: the sides, then the conclusion. */
    String detail(List<Side> sides, Pin pin, List<Suspect> suspects, List<Statement> against, boolean crossYear,
                  boolean en) {
        Labels labels = en ? null : labels(sides); // the English text names cells by position only
        List<String> texts = new ArrayList<>();
        for (Side s : sides) {
            texts.add(side(s, labels, en));
        }
        String cells = (en ? "Cells: " : "明细：") + String.join(en ? "; " : "；", texts) + (en ? ". " : "。");
        return cells + conclusion(pin, suspects, against, crossYear, en);
    }

    private String conclusion(Pin pin, List<Suspect> suspects, List<Statement> against, boolean crossYear, boolean en) {
        if (pin != null) {
            return pinned(pin, en);
        }
        if (!against.isEmpty()) {
            Suspect only = suspects.get(0);
            String quotes = quotes(against.stream().map(Statement::quote).toList(), en);
            return en ? "If only one cell is wrong it is " + only.position() + ", which would be " + plain(only.expected())
                    + " (now " + plain(only.actual()) + "), but that contradicts the narrative " + quotes
                    + "; check the table and the text."
                    : "若只有一处填错，只能是 " + cellWithLabel(only) + "应为 " + plain(only.expected()) + "（现填 "
                    + plain(only.actual()) + "），但这与正文" + quotes + "不符，请核对表格和正文。";
        }
        if (suspects.isEmpty()) {
            return en ? "No change to a single cell makes these rules hold: more than one cell may be wrong"
                    + (crossYear ? ", or last year's report" : "") + "; check each."
                    : "没有哪一个格子单独改动后能让这些勾稽关系同时成立，可能不止一处填错"
                    + (crossYear ? "，也可能是上年报告有误" : "") + "，请逐格核对。";
        }
        return suspects(suspects, en);
    }

    private String pinned(Pin pin, boolean en) {
        Suspect c = pin.cell();
        List<String> narrative = new ArrayList<>();
        List<String> previous = new ArrayList<>();
        List<String> places = new ArrayList<>();
        boolean rules = false;
        for (Evidence e : pin.evidence()) {
            switch (e.kind()) {
                case NARRATIVE -> narrative.add(e.quote());
                case PREVIOUS -> {
                    previous.add(e.quote());
                    if (!e.position().isEmpty()) {
                        places.add(e.position());
                    }
                }
                case RULES -> rules = true;
            }
        }
        String value = en ? c.position() + " should be " + plain(c.expected()) + " (now " + plain(c.actual()) + ")."
                : cellWithLabel(c) + "应为 " + plain(c.expected()) + "（现填 " + plain(c.actual()) + "）。";
        if (rules) {
            return en ? "Only changing " + c.position() + " makes every rule hold: " + value
                    : "只有改 " + c.position() + " 能让各项勾稽关系同时成立：" + value;
        }
        List<String> grounds = new ArrayList<>();
        if (!previous.isEmpty()) {
            List<String> figures = previous.stream().filter(q -> !q.isEmpty()).toList();
            grounds.add(en ? "last year's report" + (places.isEmpty() ? "" : " (" + String.join(", ", places) + ")")
                    : "上年报告" + (figures.isEmpty() ? "" : "（" + String.join("，", figures) + "）"));
        }
        if (!narrative.isEmpty()) {
            grounds.add(en ? "the narrative " + quotes(narrative, true) : "正文" + quotes(narrative, false));
        }
        return en ? "Per " + String.join(" and ", grounds) + ", " + value
                : "按" + String.join("和", grounds) + "，" + value;
    }

    /** The suspects grouped by the change each needs: 多填了 first, then 少填了. */
    private String suspects(List<Suspect> suspects, boolean en) {
        Map<BigDecimal, List<Suspect>> byChange = new TreeMap<>();
        for (Suspect s : suspects) {
            byChange.computeIfAbsent(s.expected().subtract(s.actual()), k -> new ArrayList<>()).add(s);
        }
        List<String> groups = new ArrayList<>();
        for (Map.Entry<BigDecimal, List<Suspect>> e : byChange.entrySet()) {
            List<Suspect> g = e.getValue();
            String where = g.size() == 1 ? g.get(0).position() : ranges(g);
            boolean high = e.getKey().signum() < 0;
            String by = plain(e.getKey().abs());
            groups.add(en ? (g.size() == 1 ? where + " is " : "one of " + where + " is ") + by + (high ? " too high" : " too low")
                    : where + (g.size() == 1 ? " " : " 中某格") + (high ? "多填了 " : "少填了 ") + by);
        }
        int n = suspects.size();
        return en ? "Any of these " + n + " cells may be the wrong one; check each: " + String.join(", or ", groups) + "."
                : "可能填错的格子有 " + n + " 个，任何一个都可能，请逐格核对：" + String.join("，或 ", groups) + "。";
    }

    /** The cells to check, written short: the pinned one, or the suspects as ranges; empty when none. */
    String toCheck(Pin pin, List<Suspect> suspects) {
        return pin != null ? pin.cell().position() : suspects.isEmpty() ? "" : ranges(suspects);
    }

    private String ranges(List<Suspect> cells) {
        List<String> positions = cells.stream().map(Suspect::position).toList();
        String where = ranges(cells.stream().map(Suspect::fieldId).toList(), positions);
        // read from other cells than the template's (a workbook laid out differently): name each one
        return where.isEmpty() ? String.join("、", positions) : where;
    }

    /** Last year's figures a cross-year rule compares with, e.g. {@code 表三!D29 四、结转下年度 / 自然人 14}. */
    String lastYear(Rule rule, Report lastYear, Equations equations) {
        List<String> out = new ArrayList<>();
        for (Expression side : List.of(rule.left(), rule.right())) {
            for (Expression.Term t : side.terms()) {
                if (t.previous()) {
                    out.add(CellAnalysis.position(lastYear, t.fieldId()) + " " + fullLabel(t.fieldId())
                            + " " + plain(equations.previousValue(t.fieldId())));
                }
            }
        }
        return String.join("，", out);
    }

    private String side(Side s, Labels labels, boolean en) {
        List<Item> items = new ArrayList<>();
        for (Term t : s.terms()) {
            items.add(new Item(t.cell(), t.cell().sign(), () -> term(t, labels, en)));
        }
        if (items.size() == 1) {
            return items.get(0).text().get();
        }
        Listing l = listing(items);
        if (l.named().isEmpty()) {
            return l.nonZero() == 0 ? l.allZero(en) : l.cells(en) + (l.nonZero() == l.count() ? ""
                    : en ? ", " + l.nonZero() + " not 0" : "（其中 " + l.nonZero() + " 格不为 0）")
                    + (en ? ", together " : "，合计 ") + plain(s.sum());
        }
        String note = l.leftOut(en);
        return l.named() + " = " + plain(s.sum()) + (note.isEmpty() ? "" : en ? " (" + note + ")" : "（" + note + "）");
    }

    private String term(Term t, Labels labels, boolean en) {
        Cell c = t.cell();
        String own = (c.previous() ? (en ? "last year's " : "上年 ") : "") + c.position()
                + (en ? "" : " " + labels.of(c.fieldId())) + " " + plain(c.value());
        if (!t.computed()) {
            return own;
        }
        // the parts' labels are worked out only if some part is named (126 parts of 表三（七）总计/总计 never are)
        Labels[] inner = new Labels[1];
        List<Item> items = new ArrayList<>();
        for (Cell p : t.parts()) {
            items.add(new Item(p, p.sign() * c.sign(), () -> {
                if (!en && inner[0] == null) {
                    inner[0] = labelsOf(t.parts().stream().map(Cell::fieldId).toList());
                }
                return p.position() + (en ? "" : " " + inner[0].of(p.fieldId())) + " " + plain(p.value());
            }));
        }
        Listing l = listing(items);
        String note = l.leftOut(en);
        String inside = l.named().isEmpty() ? l.sumOf(en) : "= " + l.named() + (note.isEmpty() ? "" : (en ? ", " : "，") + note);
        return own + (en ? " (" + inside + ")" : "（" + inside + "）");
    }

    /** One cell or term in a sum: the cell, its sign in the sum, and its text, made only when it is named. */
    private record Item(Cell cell, int sign, Supplier<String> text) {

        boolean zero() {
            return isZero(cell.value());
        }
    }

    /**
     * A sum as written: the named items joined by + and −, and what was left out.
     *
     * @param named the named items, or empty when there are too many non-zero ones to name
     * @param where the items' cells as ranges ({@code 表三!D7:D27}), or empty when they are not the template's
     * @param count how many items the sum has
     * @param nonZero how many of them are not 0
     * @param zerosLeftOut how many zero items were left out of {@code named}
     */
    private record Listing(String named, String where, int count, int nonZero, int zerosLeftOut) {

        /** The note after named items, e.g. {@code 另 17 格为 0}, or empty. */
        String leftOut(boolean en) {
            if (zerosLeftOut == 0) {
                return "";
            }
            return en ? zerosLeftOut + " more cells 0" : "另 " + zerosLeftOut + " 格为 0";
        }

        /** The cells of a sum too long to name: {@code 表三!D7:I27 共 126 格}. */
        String cells(boolean en) {
            if (en) {
                return where.isEmpty() ? count + " cells" : where + " (" + count + " cells)";
            }
            return (where.isEmpty() ? "" : where + " ") + "共 " + count + " 格";
        }

        /** A sum of zeros: {@code 表三!E7:E27 共 21 格，都为 0}. */
        String allZero(boolean en) {
            return cells(en) + (en ? " all 0" : "，都为 0");
        }

        /** A total's parts too many to name: {@code 表三!D7:I27 共 126 格之和，其中 50 格不为 0}. */
        String sumOf(boolean en) {
            if (nonZero == 0) {
                return allZero(en);
            }
            String of = nonZero == count ? "" : en ? ", " + nonZero + " of them not 0" : "，其中 " + nonZero + " 格不为 0";
            return en ? "the sum of " + cells(true) + of : cells(false) + "之和" + of;
        }
    }

    /** Names every item of a short sum; of a longer one, its non-zero items while there are few. */
    private Listing listing(List<Item> items) {
        List<Item> nonZero = items.stream().filter(i -> !i.zero()).toList();
        int n = items.size();
        if (n <= 2 || n <= NAMED && nonZero.size() == n) {
            return new Listing(join(items), "", n, nonZero.size(), 0);
        }
        if (nonZero.isEmpty() || nonZero.size() > NAMED) {
            return new Listing("", where(items), n, nonZero.size(), 0);
        }
        return new Listing(join(nonZero), "", n, nonZero.size(), n - nonZero.size());
    }

    /** The items' cells as ranges when they sit where the template puts them; else empty. */
    private String where(List<Item> items) {
        if (items.stream().anyMatch(i -> i.cell().previous())) {
            return "";
        }
        return ranges(items.stream().map(i -> i.cell().fieldId()).toList(), items.stream().map(i -> i.cell().position()).toList());
    }

    /** The cells as ranges ({@code 表三!D7:I27}) when each sits where the template puts it; else empty. */
    private String ranges(List<String> fieldIds, List<String> positions) {
        for (int i = 0; i < fieldIds.size(); i++) {
            if (!positions.get(i).equals(facts.position(fieldIds.get(i)))) {
                return "";
            }
        }
        return facts.ranges(fieldIds);
    }

    private static String join(List<Item> items) {
        StringBuilder sb = new StringBuilder();
        for (Item i : items) {
            if (sb.length() == 0) {
                sb.append(i.sign() < 0 ? "−" : "");
            } else {
                sb.append(i.sign() < 0 ? " − " : " + ");
            }
            sb.append(i.text().get());
        }
        return sb.toString();
    }

    /**
     * How cells are called within one group: by row when they share a column (表三自然人列: 一、本年新收),
     * by column when they share a row (总计 row: 自然人), by both otherwise.
     */
    private record Labels(Map<String, String> byField) {

        String of(String fieldId) {
            String s = byField.get(fieldId);
            return s == null ? fieldId : s;
        }
    }

    private Labels labels(List<Side> sides) {
        List<String> ids = new ArrayList<>();
        for (Side s : sides) {
            s.terms().forEach(t -> ids.add(t.cell().fieldId()));
        }
        return labelsOf(ids);
    }

    private Labels labelsOf(List<String> ids) {
        List<Field> fields = ids.stream().map(schema::field).flatMap(Optional::stream).toList();
        boolean oneRow = fields.stream().map(Field::rowKey).distinct().count() == 1 && fields.size() > 1;
        boolean oneColumn = fields.stream().map(Field::colKey).distinct().count() == 1 && fields.size() > 1;
        Map<String, String> out = new java.util.HashMap<>();
        for (Field f : fields) {
            String[] parts = facts.label(f.id());
            out.put(f.id(), oneColumn && !oneRow ? parts[0] : oneRow && !oneColumn ? parts[1] : String.join(" / ", parts));
        }
        return new Labels(out);
    }

    private String fullLabel(String fieldId) {
        String[] p = facts.label(fieldId);
        if (p == null) {
            return fieldId;
        }
        return p[0].equals(p[1]) ? p[0] : p[0] + " / " + p[1];
    }

    private String cellWithLabel(Suspect s) {
        return s.position() + "“" + fullLabel(s.fieldId()) + "”";
    }

    private static String quotes(List<String> quotes, boolean en) {
        StringBuilder sb = new StringBuilder();
        for (String q : quotes) {
            sb.append(en ? (sb.length() > 0 ? ", " : "") + "'" + q + "'" : "“" + q + "”");
        }
        return sb.toString();
    }

    private static boolean isZero(BigDecimal v) {
        return v != null && v.signum() == 0;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "（空）" : Numbers.plain(v);
    }
}
