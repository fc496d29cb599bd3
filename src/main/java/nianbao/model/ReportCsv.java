package nianbao.model;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import nianbao.schema.Field;
import nianbao.schema.Schema;

import java.io.StringWriter;
import java.util.List;

/**
 * The CSV form of a report: a header row (field IDs, or the official labels) and one data row.
 * Text that a spreadsheet would take for a formula is neutralised.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    /**
     * The report as CSV text (no byte-order mark; callers writing a file add it).
     *
     * @param report the report
     * @param chineseHeader true for the official labels (机关名称, 表三 （一）予以公开 / 自然人 …), false for field IDs
     */
    public static String write(Report report, boolean chineseHeader) {
        Schema schema = report.schema();
        List<Field> fields = schema.fields();
        String[] header = new String[fields.size()];
        String[] row = new String[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            header[i] = chineseHeader ? f.label() : f.id();
            Value v = report.value(f.id());
            row[i] = v.number() != null ? Numbers.plain(v.number()) : v.text() == null ? "" : neutralise(v.text());
        }
        StringWriter out = new StringWriter();
        try (CSVWriter w = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\r\n")) {
            w.writeNext(header, false);
            w.writeNext(row, false);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * Prefixes an apostrophe to text starting with {@code = + - @} (or a tab / carriage return) so a
     * spreadsheet opening the CSV shows it as text instead of running it as a formula.
     */
    public static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
