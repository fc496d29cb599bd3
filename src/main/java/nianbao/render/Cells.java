package nianbao.render;

import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.FieldType;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a value is printed in a published table: counts whole, 万元 to at most four decimals, blank stays blank. */
final class Cells {

    /** 万元 are printed to at most four decimals (one yuan = 0.0001 万元). */
    static final int AMOUNT_DECIMALS = 4;

    private Cells() {
    }

    /** The printed text of a table field; "" when the report leaves it blank (never an invented 0). */
    static String value(Report report, Field f) {
        Value v = report.value(f.id());
        if (v.number() == null) {
            // A value that is not a number (e.g. "十二" read from a workbook) is shown as written, not hidden.
            return v.text() == null ? "" : v.text().strip();
        }
        return number(v.number(), f.type());
    }

    /** The printed form of a number of the given type. */
    static String number(BigDecimal n, FieldType type) {
        if (type == FieldType.AMOUNT) {
            return Numbers.plain(n.setScale(AMOUNT_DECIMALS, RoundingMode.HALF_UP));
        }
        return Numbers.plain(n);
    }
}
