package nianbao.model;

/**
 * Where a value came from: a workbook cell ({@code file}, {@code sheet}, {@code cell}) or a
 * position in legacy text ({@code file}, {@code line}, {@code column}). Unknown parts are null / 0.
 *
 * @param file file name as given by the user, or null
 * @param sheet sheet name, or null
 * @param cell A1 cell address, or null
 * @param line one-based line in a text file, or 0
 * @param column one-based column in that line, or 0
 */
public record Source(String file, String sheet, String cell, int line, int column) {

    private static final Source NONE = new Source(null, null, null, 0, 0);

    /** A source that is not known (e.g. a value set by code). */
    public static Source none() {
        return NONE;
    }

    /** A workbook cell. */
    public static Source cell(String file, String sheet, String cell) {
        return new Source(file, sheet, cell, 0, 0);
    }

    /** A line (and column) of a text file. */
    public static Source line(String file, int line, int column) {
        return new Source(file, null, null, line, column);
    }

    /** The position without the file: {@code 表三!J28}, {@code 第 12 行第 3 列}, or empty. */
    public String position() {
        if (sheet != null && cell != null) {
            return sheet + "!" + cell;
        }
        if (line > 0) {
            return column > 0 ? "第 " + line + " 行第 " + column + " 列" : "第 " + line + " 行";
        }
        return "";
    }

    @Override
    public String toString() {
        String pos = position();
        if (file == null) {
            return pos;
        }
        return pos.isEmpty() ? file : file + "：" + pos;
    }
}
