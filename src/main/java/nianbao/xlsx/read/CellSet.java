package nianbao.xlsx.read;

import java.util.Arrays;
import java.util.Set;

/**
 * The cells wanted from one sheet, asked about once for every cell the sheet holds: a grid of flags
 * when the wanted cells fit a small rectangle (a template's always do), else a sorted array. No
 * boxing per lookup. Immutable.
 */
final class CellSet {

    /** Largest grid kept as flags; beyond it lookups binary-search. */
    private static final int MAX_GRID = 1 << 16;

    private final Set<Long> keys;
    private final long[] sorted;
    private final boolean[] grid;
    private final int rows;
    private final int cols;

    private CellSet(Set<Long> keys) {
        this.keys = Set.copyOf(keys);
        this.sorted = keys.stream().mapToLong(Long::longValue).sorted().toArray();
        int maxRow = -1;
        int maxCol = -1;
        for (long k : sorted) {
            maxRow = Math.max(maxRow, row(k));
            maxCol = Math.max(maxCol, col(k));
        }
        this.rows = maxRow + 1;
        this.cols = maxCol + 1;
        if ((long) rows * cols <= MAX_GRID) {
            grid = new boolean[rows * cols];
            for (long k : sorted) {
                grid[row(k) * cols + col(k)] = true;
            }
        } else {
            grid = null;
        }
    }

    /** The set of these keys ({@link SheetScanner#key}). */
    static CellSet of(Set<Long> keys) {
        return new CellSet(keys);
    }

    /** True when the cell at this zero-based row and column is wanted. */
    boolean contains(int row, int col) {
        if (grid != null) {
            return row >= 0 && col >= 0 && row < rows && col < cols && grid[row * cols + col];
        }
        return Arrays.binarySearch(sorted, SheetScanner.key(row, col)) >= 0;
    }

    /** The keys, for the StAX path. */
    Set<Long> keys() {
        return keys;
    }

    private static int row(long key) {
        return (int) (key & ((1L << 21) - 1));
    }

    private static int col(long key) {
        return (int) (key >>> 21);
    }
}
