package nianbao.schema;

/**
 * A cell position on a sheet, zero-based, written in A1 style ({@code D5}).
 *
 * @param row zero-based row index
 * @param col zero-based column index
 */
public record CellRef(int row, int col) {

    public CellRef {
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("negative cell position " + row + "," + col);
        }
    }

    /** Parses an A1-style address such as {@code D5} or {@code AA10}. */
    public static CellRef parse(String a1) {
        int i = 0;
        int col = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == a1.length()) {
            throw new IllegalArgumentException("not a cell address: " + a1);
        }
        int row = Integer.parseInt(a1.substring(i));
        return new CellRef(row - 1, col - 1);
    }

    /** The column letters of a zero-based column index (0 → A, 26 → AA). */
    public static String columnName(int col) {
        StringBuilder sb = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /** This cell moved by the given number of rows and columns. */
    public CellRef offset(int rows, int cols) {
        return new CellRef(row + rows, col + cols);
    }

    @Override
    public String toString() {
        return columnName(col) + (row + 1);
    }
}
