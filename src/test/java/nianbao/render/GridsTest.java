package nianbao.render;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.schema.Schema;
import nianbao.schema.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class GridsTest {

    static Report report;
    static Schema schema;

    @BeforeAll
    static void read() throws Exception {
        report = Reports.readJson(Path.of("examples/临江市自然资源和规划局-2025.json"));
        schema = report.schema();
    }

    @Test
    void givesEachTableTheOfficialShape() {
        assertShape("t2", 14, 4, 0);
        assertShape("t3", 28, 10, 3);
        assertShape("t4", 4, 15, 3);
    }

    @Test
    void coversEveryPositionOfEveryTableExactlyOnce() {
        for (Table t : schema.tables()) {
            Grid g = Grids.of(t, report);
            int[][] hits = new int[g.rows()][g.columns()];
            for (Grid.Cell c : g.cells()) {
                for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                    for (int k = c.col(); k < c.col() + c.colSpan(); k++) {
                        hits[r][k]++;
                    }
                }
            }
            for (int r = 0; r < g.rows(); r++) {
                for (int k = 0; k < g.columns(); k++) {
                    assertEquals(1, hits[r][k], t.id() + " position " + r + "," + k);
                    assertNotNull(g.coverOf(r, k));
                }
            }
        }
    }

    @Test
    void placesEveryTableFieldInExactlyOneValueCell() {
        for (Table t : schema.tables()) {
            List<String> ids = Grids.of(t, report).cells().stream().filter(c -> c.kind() == Grid.Kind.VALUE)
                    .map(Grid.Cell::fieldId).toList();
            assertEquals(t.fields().stream().map(f -> f.id()).toList(), ids, t.id());
        }
    }

    @Test
    void takesLabelsFromTheSchema() {
        Grid t3 = Grids.of(schema.table("t3"), report);
        assertEquals("（三）不予公开", t3.coverOf(9, 1).text());
        assertEquals("5.属于三类内部事务信息", t3.coverOf(11, 2).text());
        assertEquals(Grid.Kind.CORNER, t3.coverOf(2, 2).kind());
        Grid t4 = Grids.of(schema.table("t4"), report);
        assertEquals("尚未审结", t4.coverOf(2, 13).text());
        assertEquals("1", t4.coverOf(3, 13).text());
    }

    @Test
    void makesTheItemLabelColumnOfTable3TheWidest() {
        Grid t3 = Grids.of(schema.table("t3"), report);
        assertEquals(Grids.TEXT_WIDTH_CM, t3.totalWidth(), 1e-9);
        assertEquals(4.4, t3.widths().get(2), 1e-9);
    }

    @Test
    void laysOutThe2019TablesMergedLikeTheTrialFormat() throws Exception {
        Report r2019 = Reports.readJson(Path.of("examples/柳溪市人力资源和社会保障局-2020.json"));
        Grid t2 = Grids.of(r2019.schema().table("t2"), r2019);
        assertEquals(List.of(18, 4, 0), List.of(t2.rows(), t2.columns(), t2.headerRows()));
        // 第（八）项: 本年增/减 stretches over the last two columns, as does its value
        Grid.Cell change = t2.coverOf(13, 3);
        assertEquals("本年增/减", change.text());
        assertEquals(List.of(13, 2, 1, 2), List.of(change.row(), change.col(), change.rowSpan(), change.colSpan()));
        assertEquals("-1", t2.coverOf(14, 3).text());
        assertEquals("采购总金额", t2.coverOf(16, 2).text());
        assertEquals("386.52", t2.coverOf(17, 3).text());
        Grid t3 = Grids.of(r2019.schema().table("t3"), r2019);
        assertEquals(List.of(26, 10, 3), List.of(t3.rows(), t3.columns(), t3.headerRows()));
        Grid.Cell other = t3.coverOf(23, 2);
        assertEquals("（六）其他处理", other.text());
        assertEquals(List.of(1, 2), List.of(other.col(), other.colSpan()), "one row spanning both label columns");
        Grid.Cell results = t3.coverOf(23, 0);
        assertEquals("三、本年度办理结果", results.text());
        assertEquals(20, results.rowSpan(), "the 20 rows of 三、本年度办理结果");
    }

    private static void assertShape(String id, int rows, int cols, int headerRows) {
        Grid g = Grids.of(schema.table(id), report);
        assertEquals(List.of(rows, cols, headerRows), List.of(g.rows(), g.columns(), g.headerRows()), id);
    }
}
