package nianbao.legacy.decode;

import nianbao.legacy.infer.Inference;
import nianbao.legacy.tokens.Scanner;
import nianbao.legacy.tokens.Token;

import nianbao.schema.Field;
import nianbao.schema.MatrixTable;
import nianbao.schema.Schema;
import nianbao.schema.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The state the resolver's steps share: one slot per cell of the schema's numeric fields (plus pseudo
 * cells: the single （六） row, last year's numbers) and what is known of it. Each step ({@link RowPlacer}, {@link GluedRows}, {@link DetachedTable},
 * {@link Table4}) writes here; nothing else is shared between them.
 */
final class Cells {

    final Schema schema;
    final Scanner scan;
    final String file;
    /** The import report's notes, in the order decisions were taken. */
    final List<String> notes;
    final Inference inf;
    final List<Field> fields;
    /** 表三 prints （六）其他处理 as one row (pseudo cells {@code t3._six.<column>}). */
    final boolean hybrid;

    /** Per cell: the number, or null while unknown. */
    final BigDecimal[] val;
    /** Per cell: true when the number was printed there (read), false when inferred. */
    final boolean[] read;
    /** Per cell: the token printed there (a number or a placeholder), or null. */
    final Token[] token;
    /** Per cell: the reason for the import report (why inferred, why missing), or null. */
    final String[] note;
    /** Per cell: the row label the cell belongs to, for the source of an inferred or missing value. */
    final Token[] anchor;

    Cells(Schema schema, Scanner scan, String file, List<String> notes, Inference inf, boolean hybrid) {
        this.schema = schema;
        this.scan = scan;
        this.file = file;
        this.notes = notes;
        this.inf = inf;
        this.fields = schema.numericFields();
        this.hybrid = hybrid;
        int n = inf.ids.size();
        val = new BigDecimal[n];
        read = new boolean[n];
        token = new Token[n];
        note = new String[n];
        anchor = new Token[n];
    }

    /** The cell index of a field (or pseudo cell). */
    int cell(String id) {
        return inf.cell(id);
    }

    /** Writes a printed token into a cell: a number is read, a placeholder leaves it blank with the reason. */
    void put(int c, Token t, String why) {
        if (t.kind() == Token.Kind.NUMBER) {
            val[c] = t.number();
            read[c] = true;
            token[c] = t;
            note[c] = why;
        } else {
            token[c] = t;
            note[c] = Decoder.placeholderNote(t);
        }
    }

    /** The schema's matrix table with this ID, or null. */
    MatrixTable matrix(String id) {
        return matrix(schema, id);
    }

    static MatrixTable matrix(Schema schema, String id) {
        for (Table t : schema.tables()) {
            if (t instanceof MatrixTable m && m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }

    /** The label of 表三's last subgroup (（六）其他处理), the one some reports print as a single row. */
    static String sixLabel(MatrixTable t3) {
        String last = null;
        for (MatrixTable.Axis r : t3.rows()) {
            if (r.subgroup() != null) {
                last = r.subgroup();
            }
        }
        return last;
    }

    /**
     * 表三's printed rows in table order: a row key, or null for the single （六） row when the table
     * prints it that way.
     */
    List<String> t3Rows(MatrixTable t3) {
        List<String> rows = new ArrayList<>();
        String six = sixLabel(t3);
        boolean sixDone = false;
        for (MatrixTable.Axis r : t3.rows()) {
            if (hybrid && r.subgroup() != null && r.subgroup().equals(six)) {
                if (!sixDone) {
                    rows.add(null);
                    sixDone = true;
                }
            } else {
                rows.add(r.key());
            }
        }
        return rows;
    }

    /** The cell of a printed 表三 row (null = the single （六） row) and column. */
    int t3Cell(MatrixTable t3, String row, String col) {
        return cell(row == null ? "t3._six." + col : t3.fieldId(row, col));
    }
}
