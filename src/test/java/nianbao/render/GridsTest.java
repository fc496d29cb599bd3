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

    private static void assertShape(String id, int rows, int cols, int headerRows) {
        Grid g = Grids.of(schema.table(id), report);
        assertEquals(List.of(rows, cols, headerRows), List.of(g.rows(), g.columns(), g.headerRows()), id);
    }
}
