package nianbao.compare;

import nianbao.analysis.Change;
import nianbao.analysis.Indicator;
import nianbao.schema.BlockTable;
import nianbao.schema.Field;
import nianbao.schema.FieldType;
import nianbao.schema.MatrixTable;
import nianbao.schema.Schema;
import nianbao.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays the numbers of a series out as lines, table by table: the latest format's fields in its order, with the
 * fields only an earlier format has placed after the field they follow there. A field ID both formats have is
 * one line; labels are the latest format's, and where an earlier format words a line otherwise it is noted.
 */
final class Lines {

    private Lines() {
    }

    /**
     * The lines of a series.
     *
     * @param notes receives a sentence for each line an earlier format labels otherwise or counts in other rows
     */
    static List<TableLines> of(Series series, List<String> notes) {
        List<Schema> formats = new ArrayList<>();
        for (int i = series.reports().size() - 1; i >= 0; i--) {
            Schema s = series.reports().get(i).report().schema();
            if (!formats.contains(s)) {
                formats.add(s);
            }
        }
        Map<String, List<Field>> byTable = new LinkedHashMap<>();
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Schema s : formats) {
            for (Table t : s.tables()) {
                tables.putIfAbsent(t.id(), t);
                merge(byTable.computeIfAbsent(t.id(), k -> new ArrayList<>()), t.fields());
            }
        }
        List<TableLines> out = new ArrayList<>();
        Set<String> noted = new LinkedHashSet<>();
        for (Map.Entry<String, List<Field>> e : byTable.entrySet()) {
            Table t = tables.get(e.getKey());
            List<Line> lines = new ArrayList<>();
            for (Field f : e.getValue()) {
                Schema owner = ownerOf(formats, f);
                lines.add(line(series, formats, owner, f));
                note(formats, owner, f, noted);
            }
            out.add(new TableLines(t.id(), t.title(), t instanceof MatrixTable, lines));
        }
        notes.addAll(noted);
        return out;
    }

    /**
     * Adds the numeric fields not yet in {@code into}, each just before the next field of its own format that is
     * already there (at the end when none follows), so that a later format's own order is kept and an earlier
     * format's extra lines sit where that format had them.
     */
    private static void merge(List<Field> into, List<Field> fields) {
        List<Field> numeric = fields.stream().filter(Field::isNumeric).toList();
        for (int i = 0; i < numeric.size(); i++) {
            Field f = numeric.get(i);
            if (indexOf(into, f.id()) >= 0) {
                continue;
            }
            int at = into.size();
            for (int k = i + 1; k < numeric.size() && at == into.size(); k++) {
                int found = indexOf(into, numeric.get(k).id());
                if (found >= 0) {
                    at = found;
                }
            }
            into.add(at, f);
        }
    }

    private static int indexOf(List<Field> fields, String id) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The latest of the formats that has the field. */
    private static Schema ownerOf(List<Schema> formats, Field f) {
        for (Schema s : formats) {
            if (s.field(f.id()).isPresent()) {
                return s;
            }
        }
        throw new IllegalStateException("no format has " + f.id());
    }

    private static Line line(Series series, List<Schema> formats, Schema owner, Field f) {
        Field field = owner.require(f.id());
        List<Entry> entries = new ArrayList<>();
        for (YearReport r : series.reports()) {
            entries.add(Values.entry(r.report(), field));
        }
        Indicator as = new Indicator(field.id(), field.label(), List.of(field.id()), List.of());
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i < entries.size(); i++) {
            Change c = new Change(as, entries.get(i - 1).number(), entries.get(i).number());
            // The rule of thumb is about items: a count, not 万元 nor a signed 增/减.
            boolean large = field.type() == FieldType.COUNT && c.large();
            steps.add(new Step(series.reports().get(i - 1).year(), series.reports().get(i).year(), c, large));
        }
        return new Line(field, group(formats, field), names(owner, field)[1], entries, steps);
    }

    /**
     * A field's row as the latest format with that row labels it, so that a row both formats have (规章,
     * 行政规范性文件) is one group even where one format has columns the other lacks.
     */
    private static String group(List<Schema> formats, Field field) {
        for (Schema s : formats) {
            for (Field g : s.table(field.tableId()).fields()) {
                if (g.rowKey() != null && g.rowKey().equals(field.rowKey())) {
                    return names(s, g)[0];
                }
            }
        }
        throw new IllegalStateException("no format has the row of " + field.id());
    }

    /** The sentences about a field the earlier formats word otherwise or split. */
    private static void note(List<Schema> formats, Schema owner, Field f, Set<String> out) {
        String table = owner.table(f.tableId()).sheet();
        String name = String.join(" / ", names(owner, owner.require(f.id())));
        for (Schema s : formats) {
            if (s == owner) {
                continue;
            }
            if (s.field(f.id()).isPresent()) {
                String other = String.join(" / ", names(s, s.require(f.id())));
                if (!other.equals(name)) {
                    out.add(table + "“" + name + "”在" + s.formatName() + "中为“" + other + "”，按同一项比较。");
                }
            }
        }
        Field field = owner.require(f.id());
        if (!field.sameAs().isEmpty()) {
            // the same sentence for every column of the row: the set keeps one
            for (Schema s : formats) {
                if (s != owner && field.sameAs().stream().allMatch(id -> s.field(id).isPresent())) {
                    List<String> rows = new ArrayList<>();
                    field.sameAs().forEach(id -> rows.add(names(s, s.require(id))[0]));
                    out.add(table + "“" + names(owner, field)[0] + "”在" + s.formatName() + "中分为" + String.join("、", rows)
                            + "，这些年度按各项之和比较；各项分列的数字只在" + s.formatName() + "的年度显示。");
                }
            }
        }
    }

    /** A field's row and column as its format labels them: {（三）1.属于国家秘密, 总计}, {规章, 本年制发件数}. */
    static String[] names(Schema s, Field f) {
        Table t = s.table(f.tableId());
        if (t instanceof MatrixTable m) {
            for (MatrixTable.Axis row : m.rows()) {
                if (row.key().equals(f.rowKey())) {
                    return new String[] {row.shortLabel(), f.colLabel()};
                }
            }
        } else if (t instanceof BlockTable b) {
            for (BlockTable.Block block : b.blocks()) {
                for (BlockTable.Row row : block.rows()) {
                    if (row.fields().contains(f)) {
                        return new String[] {row.label(), f.colLabel()};
                    }
                }
            }
        }
        return new String[] {f.rowLabel(), f.colLabel()};
    }

    /** A field's name in one phrase: （三）1.属于国家秘密 / 总计. */
    static String name(Schema s, Field f) {
        return String.join(" / ", names(s, f));
    }
}
