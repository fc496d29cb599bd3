package nianbao.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of cells the short way a clerk reads them: runs down a column as {@code D7:D27},
 * runs along a row as {@code A5:D5}, blocks as {@code D7:I27}, the sheet named once:
 * {@code 表三!D5:D27、D29}.
 */
public final class CellRanges {

    private CellRanges() {
    }

    /** The fields' cells, sheet by sheet in first-seen order, each sheet's cells column by column. */
    public static String of(List<Field> fields) {
        Map<String, List<CellRef>> bySheet = new LinkedHashMap<>();
        for (Field f : fields) {
            bySheet.computeIfAbsent(f.sheet(), k -> new ArrayList<>()).add(f.cell());
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<CellRef>> e : bySheet.entrySet()) {
            parts.add(e.getKey() + "!" + String.join("、", runs(e.getValue())));
        }
        return String.join("、", parts);
    }

    /**
     * The cells of one sheet as rectangles, column by column: runs down a column first, then runs of
     * the same rows in neighbouring columns joined ({@code D7:I27}, or {@code A5:D5} along a row).
     */
    public static List<String> runs(List<CellRef> cells) {
        List<CellRef> sorted = cells.stream().distinct()
                .sorted(Comparator.comparingInt(CellRef::col).thenComparingInt(CellRef::row)).toList();
        List<int[]> blocks = new ArrayList<>(); // first col, last col, first row, last row
        Map<Long, int[]> lastBySpan = new LinkedHashMap<>();
        int i = 0;
        while (i < sorted.size()) {
            CellRef top = sorted.get(i);
            int bottom = top.row();
            while (i + 1 < sorted.size() && sorted.get(i + 1).col() == top.col() && sorted.get(i + 1).row() == bottom + 1) {
                bottom++;
                i++;
            }
            i++;
            long span = (long) top.row() << 32 | bottom;
            int[] left = lastBySpan.get(span);
            if (left != null && left[1] + 1 == top.col()) {
                left[1] = top.col();
            } else {
                int[] block = {top.col(), top.col(), top.row(), bottom};
                blocks.add(block);
                lastBySpan.put(span, block);
            }
        }
        blocks.sort(Comparator.<int[]>comparingInt(b -> b[0]).thenComparingInt(b -> b[2]));
        List<String> text = new ArrayList<>();
        for (int[] b : blocks) {
            CellRef from = new CellRef(b[2], b[0]);
            CellRef to = new CellRef(b[3], b[1]);
            text.add(from.equals(to) ? from.toString() : from + ":" + to);
        }
        return text;
    }
}
