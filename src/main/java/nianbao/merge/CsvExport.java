package nianbao.merge;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import nianbao.AtomicFiles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The merge as CSV: one line per report in output order, UTF-8 with a BOM so Excel shows Chinese, and
 * text that a spreadsheet would run as a formula neutralised with a leading apostrophe.
 */
final class CsvExport {

    private CsvExport() {
    }

    static void write(Merger.Run run, Path target) throws IOException {
        Columns columns = run.columns();
        List<Columns.Column> data = columns.all();
        int metaCount = columns.meta().size();
        AtomicFiles.write(target, raw -> {
            raw.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer w = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
            ICSVWriter csv = new CSVWriter(w, ',', '"', '"', ICSVWriter.RFC4180_LINE_END);
            int width = Columns.FIXED_IDS.length + data.size();
            String[] line = new String[width];
            for (int i = 0; i < Columns.FIXED_IDS.length; i++) {
                line[i] = run.options().headerZh() ? Columns.FIXED_ZH[i] : Columns.FIXED_IDS[i];
            }
            for (int i = 0; i < data.size(); i++) {
                line[Columns.FIXED_IDS.length + i] = run.options().headerZh() ? data.get(i).field().label()
                        : data.get(i).field().id();
            }
            csv.writeNext(line, false);
            for (Merger.Placed p : run.placed()) {
                Entry e = p.entry();
                int c = 0;
                line[c++] = safe(e.agency());
                line[c++] = safe(e.year());
                line[c++] = safe(e.file());
                line[c++] = safe(e.verdict());
                line[c++] = p.included() ? "是" : "否（重复）";
                for (int i = 0; i < metaCount; i++) {
                    line[c++] = safe(e.meta()[i]);
                }
                for (int i = 0; i < e.values().length; i++) {
                    double d = e.values()[i];
                    line[c++] = !Double.isNaN(d) ? plain(d) : e.unparsed() != null ? safe(e.unparsed()[i]) : "";
                }
                csv.writeNext(line, false);
            }
            csv.flush();
            w.flush();
        });
    }

    /** Text a spreadsheet would take for a formula gets a leading apostrophe (CSV injection). */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char c = text.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠') {
            return "'" + text;
        }
        return text;
    }

    /** A number as written by a clerk: no exponent, no trailing zeros. */
    static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return b.toPlainString();
    }
}
