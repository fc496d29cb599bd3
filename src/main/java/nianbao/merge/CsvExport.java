package nianbao.merge;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import nianbao.AtomicFiles;
import nianbao.schema.Field;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge as CSV: one line per report in output order, UTF-8 with a BOM so Excel shows Chinese, and
 * text that a spreadsheet would run as a formula neutralised with a leading apostrophe.
 */
final class CsvExport {

    private CsvExport() {
    }

    static void write(Merger.Run run, Path target) throws IOException {
        boolean several = run.parts().size() > 1;
        List<Field> union = union(run.parts());
        Map<Columns, int[]> slots = new HashMap<>();
        for (Merger.Part part : run.parts()) {
            slots.put(part.columns(), slots(part.columns(), union));
        }
        AtomicFiles.write(target, raw -> {
            raw.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer w = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
            ICSVWriter csv = new CSVWriter(w, ',', '"', '"', ICSVWriter.RFC4180_LINE_END);
            int fixed = Columns.FIXED_IDS.length + (several ? 1 : 0);
            String[] line = new String[fixed + union.size()];
            for (int i = 0; i < Columns.FIXED_IDS.length; i++) {
                line[i] = run.options().headerZh() ? Columns.FIXED_ZH[i] : Columns.FIXED_IDS[i];
            }
            if (several) {
                line[fixed - 1] = run.options().headerZh() ? "格式" : "schema";
            }
            for (int i = 0; i < union.size(); i++) {
                line[fixed + i] = run.options().headerZh() ? union.get(i).label() : union.get(i).id();
            }
            csv.writeNext(line, false);
            for (Merger.Placed p : run.placed()) {
                Entry e = p.entry();
                int c = 0;
                line[c++] = safe(e.agency());
                line[c++] = safe(e.year());
                line[c++] = safe(e.file());
                line[c++] = safe(p.verdict());
                line[c++] = p.status().included;
                if (several) {
                    line[c++] = e.columns().schema().id();
                }
                int[] at = slots.get(e.columns());
                int metaCount = e.columns().meta().size();
                for (int i = 0; i < union.size(); i++) {
                    int k = at[i];
                    if (k < 0) {
                        line[c++] = "";
                    } else if (k < metaCount) {
                        line[c++] = safe(e.meta()[k]);
                    } else {
                        double d = e.values()[k - metaCount];
                        line[c++] = !Double.isNaN(d) ? plain(d)
                                : e.unparsed() != null ? safe(e.unparsed()[k - metaCount]) : "";
                    }
                }
                csv.writeNext(line, false);
            }
            csv.flush();
            w.flush();
        });
    }

    /**
     * The data columns of every format in the run, by field ID: the first format's in order, then the
     * fields only later formats have. One format gives exactly its own columns.
     */
    private static List<Field> union(List<Merger.Part> parts) {
        Map<String, Field> byId = new LinkedHashMap<>();
        for (Merger.Part part : parts) {
            part.columns().meta().forEach(f -> byId.putIfAbsent(f.id(), f));
        }
        for (Merger.Part part : parts) {
            part.columns().numeric().forEach(f -> byId.putIfAbsent(f.id(), f));
        }
        return List.copyOf(byId.values());
    }

    /** For each union column, the index into an entry's meta then values (meta count + i), or -1 when absent. */
    private static int[] slots(Columns columns, List<Field> union) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.meta().size(); i++) {
            index.put(columns.meta().get(i).id(), i);
        }
        for (int i = 0; i < columns.numeric().size(); i++) {
            index.put(columns.numeric().get(i).id(), columns.meta().size() + i);
        }
        int[] out = new int[union.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = index.getOrDefault(union.get(i).id(), -1);
        }
        return out;
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
