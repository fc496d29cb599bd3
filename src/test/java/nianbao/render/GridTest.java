package nianbao.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridTest {

    /** A 2×3 grid: a label two rows tall, a heading across two columns, two values. */
    static final Grid GRID = new Grid("x", 2, 3, 1, List.of(1.0, 2.0, 3.0), List.of(
            new Grid.Cell(0, 0, 2, 1, "甲", Grid.Kind.LABEL, null),
            new Grid.Cell(0, 1, 1, 2, "乙", Grid.Kind.HEADER, null),
            new Grid.Cell(1, 1, 1, 1, "1", Grid.Kind.VALUE, "t.a.b"),
            new Grid.Cell(1, 2, 1, 1, "", Grid.Kind.VALUE, "t.a.c")));

    @Test
    void findsTheCellCoveringAMergedPosition() {
        assertEquals("甲", GRID.coverOf(1, 0).text());
        assertEquals("乙", GRID.coverOf(0, 2).text());
        assertNull(GRID.coverOf(2, 0));
    }

    @Test
    void listsOnlyTheAnchorsOfARow() {
        assertEquals(List.of("1", ""), GRID.anchorsOf(1).stream().map(Grid.Cell::text).toList());
        assertTrue(GRID.coverOf(1, 0).merged());
        assertEquals(6.0, GRID.totalWidth(), 1e-9);
    }

    @Test
    void refusesWidthsThatDoNotMatchTheColumns() {
        assertThrows(IllegalArgumentException.class, () -> new Grid("x", 1, 2, 0, List.of(1.0), List.of()));
    }
}
