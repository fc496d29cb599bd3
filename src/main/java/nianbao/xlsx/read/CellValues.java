package nianbao.xlsx.read;

import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Field;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a raw cell its field's meaning, tolerating what clerks type: numbers as text (" 12 ",
 * full-width "１２", "12件"), years as "2025年", dates as serial numbers, as 20260115 or as
 * "2026年1月15日", and texts with stray spaces. Blank stays blank, never 0.
 */
final class CellValues {

    /** Excel keeps 15 significant digits; beyond that a stored double is binary noise (0.30000000000000004). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T].*)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private CellValues() {
    }

    /**
     * The value of a field from its cell (null when the sheet has no such cell).
     *
     * @param date1904 the workbook's date system, for date serials
     */
    static Value convert(Field f, RawCell c, Source src, boolean date1904) {
        return convert(f, c, src, date1904, false);
    }

    /**
     * The value of a field from its cell (null when the sheet has no such cell).
     *
     * @param date1904 the workbook's date system, for date serials
     * @param dateStyled the cell's format shows its number as a date or time: in a statistics field that is
     *                   the date the clerk sees (kept as text, reported by validation), never the serial number
     */
    static Value convert(Field f, RawCell c, Source src, boolean date1904, boolean dateStyled) {
        if (c == null || c.value() == null) {
            if (c != null && c.formula()) {
                return Value.missing(f.id(), src, "单元格是公式但没有保存计算结果，请在 Excel/WPS 中打开、保存后再试");
            }
            return Value.blank(f.id(), src);
        }
        String type = c.type();
        String v = c.value();
        if (type.equals("e")) {
            return unparsed(f, v, src, "单元格显示错误值 " + v);
        }
        if (type.equals("b")) {
            String word = "1".equals(v) || "true".equalsIgnoreCase(v) ? "TRUE" : "FALSE";
            return f.isNumeric() ? unparsed(f, word, src, "不是数字：" + word) : Value.text(f.id(), word, src);
        }
        boolean numeric = type.equals("n");
        return switch (f.type()) {
            case COUNT, SIGNED_COUNT, AMOUNT -> numeric && dateStyled ? dateInNumberCell(f, v, src, date1904)
                    : numeric ? number(f, v, src) : numberFromText(f, v, src);
            case YEAR -> numeric ? number(f, v, src) : year(f, v, src);
            case DATE -> numeric ? dateFromSerial(f, v, src, date1904) : date(f, type.equals("d") ? v : text(v), src);
            case TEXT, CHOICE -> numeric ? numberAsText(f, v, src) : textValue(f, text(v), src);
        };
    }

    /** A stored number, with the binary noise of doubles removed. */
    static BigDecimal excelNumber(String v) {
        BigDecimal n = new BigDecimal(v);
        if (!Numbers.tractable(n)) {
            throw new NumberFormatException("too many digits: " + v);
        }
        if (n.precision() > 15) {
            n = n.round(EXCEL_DIGITS);
        }
        n = n.stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    private static Value number(Field f, String v, Source src) {
        try {
            return Value.number(f.id(), excelNumber(v), src);
        } catch (NumberFormatException e) {
            return numberFromText(f, v, src);
        }
    }

    private static Value numberFromText(Field f, String raw, Source src) {
        String s = text(raw);
        if (s.isEmpty()) {
            return Value.blank(f.id(), src);
        }
        BigDecimal n = Numbers.parse(s);
        if (n != null) {
            return Value.number(f.id(), n, src);
        }
        return unparsed(f, s, src, "无法识别为数字：“" + s + "”");
    }

    private static Value year(Field f, String raw, Source src) {
        String s = text(raw);
        if (s.isEmpty()) {
            return Value.blank(f.id(), src);
        }
        String t = s.endsWith("年度") ? s.substring(0, s.length() - 2) : s.endsWith("年") ? s.substring(0, s.length() - 1) : s;
        BigDecimal n = Numbers.parse(t);
        if (n != null) {
            return Value.number(f.id(), excelNumber(n.toPlainString()), src);
        }
        return unparsed(f, s, src, "无法识别为年份：“" + s + "”");
    }

    /** A statistics cell formatted as a date: the date (and time) as Excel shows it, kept as text. */
    private static Value dateInNumberCell(Field f, String v, Source src, boolean date1904) {
        BigDecimal n = decimal(v);
        String shown = n == null ? null : shownDate(n, date1904);
        if (shown == null) {
            return number(f, v, src);
        }
        return unparsed(f, shown, src, "单元格是日期格式，显示为 " + shown + "（存的数是 " + Numbers.plain(n) + "）");
    }

    /**
     * A date serial as Excel shows it (2025-01-15, or 2025-01-15 08:30 with a time of day); null below one day
     * (a 0 in a date-formatted cell is still the clerk's 0) and beyond 9999-12-31 (Excel shows #####).
     */
    static String shownDate(BigDecimal serial, boolean date1904) {
        if (serial.compareTo(BigDecimal.ONE) < 0 || serial.compareTo(BigDecimal.valueOf(LAST_SERIAL)) > 0) {
            return null;
        }
        long whole = serial.longValue();
        long seconds = Math.round(serial.subtract(BigDecimal.valueOf(whole)).doubleValue() * 86_400);
        String time = seconds == 0 || seconds >= 86_400 ? "" : String.format(" %02d:%02d", seconds / 3600, seconds / 60 % 60);
        return serialDay(whole, date1904) + time;
    }

    /** The last date serial Excel shows (9999-12-31). */
    private static final long LAST_SERIAL = 2_958_465;

    /** The calendar day of a whole date serial (1 … {@link #LAST_SERIAL}) in the workbook's date system. */
    private static LocalDate serialDay(long whole, boolean date1904) {
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(whole);
        }
        // before Excel's phantom 1900-02-29 the serials are off by one
        return whole >= 61 ? LocalDate.of(1899, 12, 30).plusDays(whole) : LocalDate.of(1899, 12, 31).plusDays(whole);
    }

    /** A stored number as written, or null when it is not one. */
    private static BigDecimal decimal(String v) {
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Value dateFromSerial(Field f, String v, Source src, boolean date1904) {
        BigDecimal n = decimal(v);
        if (n == null) {
            return date(f, v, src);
        }
        long whole = n.longValue();
        Matcher compact = COMPACT_DATE.matcher(Long.toString(whole));
        if (whole >= 19000101 && compact.matches()) {
            LocalDate d = ymd(compact.group(1), compact.group(2), compact.group(3));
            if (d != null) {
                return Value.text(f.id(), d.toString(), src);
            }
        }
        if (whole >= 1 && whole <= LAST_SERIAL) {
            return Value.text(f.id(), serialDay(whole, date1904).toString(), src);
        }
        return unparsed(f, Numbers.plain(n), src, "无法识别为日期：" + Numbers.plain(n));
    }

    private static Value date(Field f, String s, Source src) {
        if (s.isEmpty()) {
            return Value.blank(f.id(), src);
        }
        String digits = halfWidth(s);
        Matcher m = DATE.matcher(digits);
        if (m.matches()) {
            LocalDate d = ymd(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return Value.text(f.id(), d.toString(), src);
            }
        }
        Matcher compact = COMPACT_DATE.matcher(digits);
        if (compact.matches()) {
            LocalDate d = ymd(compact.group(1), compact.group(2), compact.group(3));
            if (d != null) {
                return Value.text(f.id(), d.toString(), src);
            }
        }
        // kept as typed: the validator names the cell and says what a date looks like
        return Value.text(f.id(), s, src);
    }

    private static LocalDate ymd(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Value numberAsText(Field f, String v, Source src) {
        try {
            return Value.text(f.id(), Numbers.plain(excelNumber(v)), src);
        } catch (NumberFormatException e) {
            return textValue(f, text(v), src);
        }
    }

    private static Value textValue(Field f, String s, Source src) {
        return s.isEmpty() ? Value.blank(f.id(), src) : Value.text(f.id(), s, src);
    }

    private static Value unparsed(Field f, String raw, Source src, String note) {
        if (f.isNumeric() || f.type() == nianbao.schema.FieldType.YEAR) {
            return new Value(f.id(), null, raw, Provenance.READ, src, note);
        }
        return Value.text(f.id(), raw, src);
    }

    /**
     * A cell's text as a report holds it: line breaks as "\n" (Excel stores Alt+Enter as "\n",
     * Windows clipboard pastes bring "\r\n"), surrounding blanks and blank lines removed.
     */
    static String text(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        return s.strip();
    }

    private static String halfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '－') {
                sb.append('-');
            } else if (c == '／') {
                sb.append('/');
            } else if (c == '．') {
                sb.append('.');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
