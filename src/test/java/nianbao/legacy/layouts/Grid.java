package nianbao.legacy.layouts;

import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.schema.BlockTable;
import nianbao.schema.Field;
import nianbao.schema.MatrixTable;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 200 numbers of one report as the layout writers print them, the official labels (taken from
 * the schema), and the consistency rules written out by hand as equations — independently of the
 * schema's rule texts, so that the truth oracle does not share code with the importer.
 */
final class Grid {

    static final Schema SCHEMA = Schemas.defaultSchema();
    static final BlockTable T2 = (BlockTable) SCHEMA.table("t2");
    static final MatrixTable T3 = (MatrixTable) SCHEMA.table("t3");
    static final MatrixTable T4 = (MatrixTable) SCHEMA.table("t4");
    static final int ROWS = 25;
    static final int COLS = 7;
    /** Row indexes of 表三 used by the writers. */
    static final int NEW = 0;
    static final int CARRIED = 1;
    static final int FIRST_RESULT = 2;
    static final int LAST_RESULT = 22;
    static final int TOTAL = 23;
    static final int CARRY_OVER = 24;
    /** The three sub-rows of （六）其他处理. */
    static final int SIX_FIRST = 20;

    /** Every numeric field ID in official order (t2 10, t3 175, t4 15). */
    static final List<String> IDS;
    /** The rules as equations: the sum of {@code left} equals the sum of {@code right}. */
    static final List<Equation> EQUATIONS;

    static {
        List<String> ids = new ArrayList<>();
        for (Field f : SCHEMA.numericFields()) {
            ids.add(f.id());
        }
        IDS = List.copyOf(ids);
        List<Equation> eq = new ArrayList<>();
        String[] cols = {"natural", "commercial", "research", "social", "legal", "other"};
        for (int r = 0; r < ROWS; r++) {
            List<String> six = new ArrayList<>();
            for (String c : cols) {
                six.add(t3(r, c));
            }
            eq.add(new Equation("T3-ROW " + T3.rows().get(r).key(), List.of(t3(r, "total")), six));
        }
        for (int c = 0; c < COLS; c++) {
            String col = T3.columns().get(c).key();
            List<String> results = new ArrayList<>();
            for (int r = FIRST_RESULT; r <= LAST_RESULT; r++) {
                results.add(t3(r, col));
            }
            eq.add(new Equation("T3-RESULT " + col, List.of(t3(TOTAL, col)), results));
            eq.add(new Equation("T3-BAL " + col, List.of(t3(TOTAL, col), t3(CARRY_OVER, col)),
                    List.of(t3(NEW, col), t3(CARRIED, col))));
        }
        for (int g = 0; g < 3; g++) {
            String row = T4.rows().get(g).key();
            eq.add(new Equation("T4-SUM " + row, List.of("t4." + row + ".total"),
                    List.of("t4." + row + ".upheld", "t4." + row + ".corrected", "t4." + row + ".other",
                            "t4." + row + ".pending")));
        }
        EQUATIONS = List.copyOf(eq);
    }

    /** One rule: sum(left) = sum(right). */
    record Equation(String name, List<String> left, List<String> right) {
    }

    /** 表二 as printed (10 cells; the fee keeps its decimals). */
    final String[] t2 = new String[10];
    /** 表三, 25 rows × 7 columns. */
    final long[][] t3 = new long[ROWS][COLS];
    /** 表四, 15 cells: 3 groups of upheld, corrected, other, pending, total. */
    final long[] t4 = new long[15];

    private Grid() {
    }

    /** The numbers of a report; a blank number is printed as 0, the way published tables do. */
    static Grid of(Report r) {
        Grid g = new Grid();
        for (int i = 0; i < 10; i++) {
            BigDecimal v = r.number(IDS.get(i));
            g.t2[i] = v == null ? "0" : Numbers.plain(v);
        }
        for (int i = 0; i < ROWS * COLS; i++) {
            BigDecimal v = r.number(IDS.get(10 + i));
            g.t3[i / COLS][i % COLS] = v == null ? 0 : v.longValueExact();
        }
        for (int i = 0; i < 15; i++) {
            BigDecimal v = r.number(IDS.get(185 + i));
            g.t4[i] = v == null ? 0 : v.longValueExact();
        }
        return g;
    }

    static String t3(int row, String col) {
        return "t3." + T3.rows().get(row).key() + "." + col;
    }

    static String t3(int row, int col) {
        return T3.field(row, col).id();
    }

    static String t4(int i) {
        return IDS.get(185 + i);
    }

    static List<String> t3Row(int row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < COLS; c++) {
            out.add(t3(row, c));
        }
        return out;
    }

    /** The official label of a 表三 row, its group (三、本年度办理结果) and subgroup (（三）不予公开), or null. */
    static MatrixTable.Axis row(int r) {
        return T3.rows().get(r);
    }

    /** 表二's printed values of one block row, e.g. 规章's three counts. */
    String[] t2Row(BlockTable.Row row) {
        String[] out = new String[row.fields().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = t2[IDS.indexOf(row.fields().get(i).id())];
        }
        return out;
    }

    /** 表二 cells of one row as the oracle sees them: counts, and the fee (no rule or split involves it) as 0. */
    long[] t2Numbers(BlockTable.Row row) {
        String[] v = t2Row(row);
        long[] out = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = row.fields().get(i).id().equals("t2.fees.amount") ? 0 : Long.parseLong(v[i]);
        }
        return out;
    }

    /** The field IDs of one 表二 row. */
    static List<String> ids(BlockTable.Row row) {
        return row.fields().stream().map(Field::id).toList();
    }
}
