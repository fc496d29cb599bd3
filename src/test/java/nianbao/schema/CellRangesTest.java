package nianbao.schema;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellRangesTest {

    private final Schema schema = Schemas.defaultSchema();

    private List<Field> fields(String... ids) {
        return Stream.of(ids).map(schema::require).toList();
    }

    private static List<CellRef> cells(String... a1) {
        return Stream.of(a1).map(CellRef::parse).toList();
    }

    @Test
    void joinsARunDownAColumnAndLeavesAGapApart() {
        assertEquals(List.of("D7:D9", "D11"), CellRanges.runs(cells("D9", "D7", "D8", "D11")));
    }

    @Test
    void joinsRunsOfTheSameRowsInNeighbouringColumnsIntoABlock() {
        assertEquals(List.of("D7:E8", "F7"), CellRanges.runs(cells("D7", "D8", "E7", "E8", "F7")));
    }

    @Test
    void joinsSingleCellsAlongARow() {
        assertEquals(List.of("A5:D5"), CellRanges.runs(cells("C5", "A5", "D5", "B5")));
    }

    @Test
    void namesTheSheetOnceAndEachSheetInFirstSeenOrder() {
        assertEquals("表三!D5:D6、D29、表四!A5:B5", CellRanges.of(fields("t3.new.natural", "t3.carried.natural",
                "t3.carry_over.natural", "t4.review.upheld", "t4.review.corrected")));
    }

    @Test
    void theWholeResultBlockOfTable3IsOneRange() {
        List<Field> results = schema.fields().stream().filter(f -> "t3".equals(f.tableId()) && f.cell().row() >= 6
                && f.cell().row() <= 26 && f.cell().col() <= 8).toList();
        assertEquals(126, results.size());
        assertEquals("表三!D7:I27", CellRanges.of(results));
    }
}
