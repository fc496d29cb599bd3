package nianbao.merge;

import nianbao.schema.Field;
import nianbao.xlsx.write.XlsxStream;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary's first sheet, 概览: one row per report with its agency, its validation result and the
 * headline numbers, then 合计 (one per year when the counted reports span several) — narrow enough for one
 * A4 landscape page across. Driven by field IDs, across every format of the run: a headline no format
 * has is left out, and a report whose format lacks one leaves it blank.
 */
final class Overview {

    static final String SHEET = "概览";

    /**
     * A headline column: the sum of its fields as the reports state them.
     *
     * @param header the column header
     * @param fieldIds the fields it adds up (one for most)
     */
    record Headline(String header, List<String> fieldIds) {
    }

    /** Every headline, in column order. */
    static final List<Headline> HEADLINES = List.of(
            new Headline("本年新收申请", List.of("t3.new.total")),
            new Headline("予以公开", List.of("t3.granted.total")),
            new Headline("办理结果总计", List.of("t3.total.total")),
            new Headline("结转下年度继续办理", List.of("t3.carry_over.total")),
            new Headline("行政复议总计", List.of("t4.review.total")),
            new Headline("行政诉讼总计", List.of("t4.suit_direct.total", "t4.suit_after_review.total")),
            new Headline("行政许可处理决定", List.of("t2.licensing.decisions")),
            new Headline("行政处罚处理决定", List.of("t2.punishment.decisions")));

    private static final String[] FIXED = {"机关", "校验结果"};

    private Overview() {
    }

    /**
     * For each headline, the index in {@link Entry#values()} of each of its fields in a format with
     * these numeric fields; null for a headline the format lacks.
     */
    static int[][] positions(List<Field> numeric) {
        int[][] out = new int[HEADLINES.size()][];
        for (int h = 0; h < out.length; h++) {
            List<String> ids = HEADLINES.get(h).fieldIds();
            int[] at = new int[ids.size()];
            boolean all = true;
            for (int k = 0; k < at.length; k++) {
                at[k] = indexOf(numeric, ids.get(k));
                all &= at[k] >= 0;
            }
            out[h] = all ? at : null;
        }
        return out;
    }

    private static int indexOf(List<Field> fields, String id) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Writes the sheet: the headlines any of the run's formats has, in {@link #HEADLINES} order. */
    static void write(XlsxStream xlsx, Merger.Run run) throws IOException {
        Map<Columns, int[][]> byFormat = new IdentityHashMap<>();
        for (Merger.Part part : run.parts()) {
            byFormat.put(part.columns(), positions(part.columns().numeric()));
        }
        List<Integer> shown = new ArrayList<>();
        for (int h = 0; h < HEADLINES.size(); h++) {
            for (int[][] pos : byFormat.values()) {
                if (pos[h] != null) {
                    shown.add(h);
                    break;
                }
            }
        }
        int width = FIXED.length + shown.size();
        int[] widths = new int[width];
        widths[0] = 32;
        widths[1] = 36;
        for (int c = FIXED.length; c < width; c++) {
            widths[c] = 10;
        }
        XlsxStream.Sheet s = xlsx.sheet(new XlsxStream.Layout(SHEET, widths, 1, 1,
                new XlsxStream.Print(true, true, "1:1", "A:A")));
        s.row(32);
        s.text(0, FIXED[0], XlsxStream.HEADER);
        s.text(1, FIXED[1], XlsxStream.HEADER);
        for (int c = 0; c < shown.size(); c++) {
            s.text(FIXED.length + c, HEADLINES.get(shown.get(c)).header(), XlsxStream.HEADER);
        }
        for (Merger.Placed p : run.placed()) {
            Entry e = p.entry();
            int[][] pos = byFormat.computeIfAbsent(e.columns(), c -> positions(c.numeric()));
            s.row(0);
            s.text(0, e.agency(), XlsxStream.PLAIN);
            s.text(1, verdict(p), XlsxStream.PLAIN);
            for (int c = 0; c < shown.size(); c++) {
                int[] fields = pos[shown.get(c)];
                if (fields != null) {
                    cell(s, FIXED.length + c, e, fields);
                }
            }
        }
        int lastData = s.nextRow() - 1;
        Map<String, Integer> years = new TreeMap<>(Merger.YEAR_ORDER);
        for (Merger.Part part : run.parts()) {
            for (Merger.YearTotal y : part.years()) {
                years.merge(y.year(), y.merged(), Integer::sum);
            }
        }
        if (years.size() > 1) {
            // counted reports of several years: one 合计 per year, each across the formats of that year
            for (Map.Entry<String, Integer> y : years.entrySet()) {
                String label = Merger.YearTotal.label(y.getKey());
                total(s, label + "（计入 " + y.getValue() + " 份）", shown, byFormat, run.parts(), y.getKey(), true);
            }
        } else {
            total(s, "合计（计入 " + run.result().merged() + " 份）", shown, byFormat, run.parts(), null, false);
        }
        s.end("A1:" + XlsxStream.columnName(width - 1) + Math.max(lastData + 1, 1), List.of());
    }

    /**
     * A 合计 row: each shown headline summed over the parts' totals, or with {@code ofYear} over their
     * totals of {@code year} only.
     */
    private static void total(XlsxStream.Sheet s, String label, List<Integer> shown, Map<Columns, int[][]> byFormat,
                              List<Merger.Part> parts, String year, boolean ofYear) throws IOException {
        s.row(0);
        s.text(0, label, XlsxStream.BOLD);
        for (int c = 0; c < shown.size(); c++) {
            BigDecimal total = BigDecimal.ZERO;
            for (Merger.Part part : parts) {
                int[] fields = byFormat.get(part.columns())[shown.get(c)];
                BigDecimal[] sums = ofYear ? sumsOf(part, year) : part.sums();
                if (fields != null && sums != null) {
                    for (int i : fields) {
                        total = total.add(sums[i]);
                    }
                }
            }
            s.number(FIXED.length + c, total.doubleValue(), XlsxStream.BOLD);
        }
    }

    /** A part's sums of one year, or null when none of its counted reports is of that year. */
    private static BigDecimal[] sumsOf(Merger.Part part, String year) {
        for (Merger.YearTotal y : part.years()) {
            if (java.util.Objects.equals(y.year(), year)) {
                return y.sums();
            }
        }
        return null;
    }

    /**
     * The 校验结果 column: the verdict, why the row is not counted (重复、其他年度、数值异常; 未提交 and 无法读取 are the
     * verdict itself), and a workbook naming another agency than its roster slot, where the office looks first.
     */
    static String verdict(Merger.Placed p) {
        StringBuilder sb = new StringBuilder(p.verdict());
        List<String> notes = new ArrayList<>();
        if (p.entry().agencyInFile() != null) {
            notes.add("机关名称不符");
        }
        if (p.status() == Merger.Status.DUPLICATE || p.status() == Merger.Status.OTHER_YEAR
                || p.status() == Merger.Status.BAD_VALUES) {
            notes.add(p.status().word + "，未计入合计");
        }
        if (!notes.isEmpty()) {
            sb.append("（").append(String.join("；", notes)).append("）");
        }
        return sb.toString();
    }

    /**
     * One report's headline: the stated number, or the sum of the stated numbers (blank counts as 0,
     * as in 合计); empty when all are blank, the original text when one is not a number.
     */
    private static void cell(XlsxStream.Sheet s, int col, Entry e, int[] fields) throws IOException {
        double sum = 0;
        boolean any = false;
        for (int i : fields) {
            if (e.unparsed() != null && e.unparsed()[i] != null) {
                s.text(col, fields.length == 1 ? e.unparsed()[i] : "（有非数字）", XlsxStream.PLAIN);
                return;
            }
            double v = e.values()[i];
            if (!Double.isNaN(v)) {
                sum += v;
                any = true;
            }
        }
        if (any) {
            s.number(col, sum, XlsxStream.PLAIN);
        }
    }
}
