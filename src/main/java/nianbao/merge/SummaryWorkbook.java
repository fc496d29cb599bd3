package nianbao.merge;

import nianbao.AtomicFiles;
import nianbao.analysis.KeyFigures;
import nianbao.analysis.Trend;
import nianbao.analysis.YearOnYear;
import nianbao.merge.analysis.AnalysisSheet;
import nianbao.merge.analysis.TrendSheet;
import nianbao.merge.analysis.YearOnYearSheet;
import nianbao.xlsx.write.XlsxStream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the summary workbook — 概览 (agency, verdict and headline numbers on A4 landscape), 汇总 (one row per
 * report under a three-level header, then 合计, one per year when the counted reports span several),
 * the analysis sheets (分析 with charts, 同比 with last year's reports, 趋势 for several years), 问题清单,
 * 未能读取 and 说明 — streamed row by row with {@link XlsxStream}, so memory stays flat in the number of rows
 * and 10,000 reports take well under a second.
 */
final class SummaryWorkbook {

    static final String SUMMARY = "汇总";
    static final String ISSUES = "问题清单";
    static final String FAILED = "未能读取";
    static final String BAD_VALUES = "数值异常";
    static final String ABOUT = "说明";
    /** How blank and bad cells count, the same for every merge. */
    private static final String VALUES_RULE = "空白单元格按 0 计；数字格里是文字、日期或超出格式允许范围的数的报告"
            + "整份不计入（数值异常），有这样的报告时，每一格都列在“数值异常”表里。";

    /** Width of the last column of the list sheets, which holds a sentence. */
    private static final int SENTENCE_WIDTH = 90;
    /** Width of 问题清单's 政务公开办意见 column (the office's mark and its comment). */
    private static final int MARK_WIDTH = 40;
    /** Width of the 说明 sheet's values. */
    private static final int ABOUT_WIDTH = 100;

    /** The list sheets (问题清单, 未能读取, 数值异常) print landscape, one page across, the header on every page. */
    private static final XlsxStream.Print LIST = new XlsxStream.Print(true, true, "1:1", null);

    /** Header rows of 汇总 (表 / 行 / 列); data starts below them. */
    static final int HEADER_ROWS = 3;

    private static final int PLAIN = XlsxStream.PLAIN;
    private static final int HEADER = XlsxStream.HEADER;
    private static final int BOLD = XlsxStream.BOLD;

    private final XlsxStream xlsx;

    private SummaryWorkbook(XlsxStream xlsx) {
        this.xlsx = xlsx;
    }

    static void write(Merger.Run run, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            try (XlsxStream x = new XlsxStream(new BufferedOutputStream(out, 1 << 16))) {
                SummaryWorkbook w = new SummaryWorkbook(x);
                Overview.write(x, run);
                for (Merger.Part part : run.parts()) {
                    w.summary(run, part, part.sheetName(run.parts().size() > 1));
                }
                Timing.mark("xlsx rows");
                analysis(x, run);
                Timing.mark("xlsx analysis");
                w.issues(run);
                w.failed(run);
                if (run.result().badValues() > 0) {
                    w.badValues(run);
                }
                w.about(run);
            }
            out.flush();
        });
        Timing.mark("xlsx zip");
    }

    /**
     * The analysis sheets: 分析 always; 同比 when last year's reports were given (this year's reports of the
     * summary's year against them); 趋势 when the counted reports are of several years.
     */
    private static void analysis(XlsxStream x, Merger.Run run) throws IOException {
        List<KeyFigures> counted = EntryFigures.counted(run);
        AnalysisSheet.write(x, counted, run.year());
        if (run.previous() != null) {
            List<KeyFigures> current = new ArrayList<>();
            for (KeyFigures f : counted) {
                if (run.year() == null || run.year().equals(f.year())) {
                    current.add(f);
                }
            }
            YearOnYearSheet.write(x, YearOnYear.compare(current, run.previous().reports()),
                    run.previous().reports().size(), run.previous().problems());
        }
        Trend trend = Trend.of(counted);
        if (trend.years().size() > 1) {
            TrendSheet.write(x, trend);
        }
    }

    /** One format's summary sheet: its reports under its three-level header, then their 合计. */
    private void summary(Merger.Run run, Merger.Part part, String name) throws IOException {
        List<Columns.Column> data = part.columns().all();
        int fixed = Columns.FIXED_ZH.length;
        int width = fixed + data.size();
        int[] widths = new int[width];
        int[] fixedWidths = {30, 7, 36, 18, 10};
        System.arraycopy(fixedWidths, 0, widths, 0, fixed);
        for (int i = 0; i < data.size(); i++) {
            widths[fixed + i] = data.get(i).field().isNumeric() ? 11 : 16;
        }
        // wide: landscape, one page across is too small to read, so the header rows and the agency
        // column repeat on every page instead
        XlsxStream.Sheet s = xlsx.sheet(new XlsxStream.Layout(name, widths, 1, HEADER_ROWS,
                new XlsxStream.Print(true, false, "1:" + HEADER_ROWS, "A:A")));
        double[] heights = {0, 48, 32};
        for (int r = 0; r < HEADER_ROWS; r++) {
            s.row(heights[r]);
            for (int c = 0; c < fixed; c++) {
                s.text(c, r == 0 ? Columns.FIXED_ZH[c] : null, HEADER);
            }
            for (int i = 0; i < data.size(); i++) {
                Columns.Column col = data.get(i);
                s.text(fixed + i, r == 0 ? col.level1() : r == 1 ? col.level2() : col.level3(), HEADER);
            }
        }
        List<String> merged = new ArrayList<>();
        for (int c = 0; c < fixed; c++) {
            merged.add(range(0, c, 2, c));
        }
        mergeRuns(merged, data, fixed);

        int metaCount = part.columns().meta().size();
        int base = fixed + metaCount;
        for (Merger.Placed p : run.placed()) {
            Entry e = p.entry();
            if (e.columns() != part.columns()) {
                continue;
            }
            s.row(0);
            s.text(0, e.agency(), PLAIN);
            if (e.year() != null && e.year().matches("\\d{4}")) {
                s.number(1, Integer.parseInt(e.year()), PLAIN);
            } else {
                s.text(1, e.year(), PLAIN);
            }
            s.text(2, e.file(), PLAIN);
            s.text(3, p.verdict(), PLAIN);
            s.text(4, p.status().included, PLAIN);
            for (int i = 0; i < metaCount; i++) {
                s.text(fixed + i, e.meta()[i], PLAIN);
            }
            double[] v = e.values();
            for (int i = 0; i < v.length; i++) {
                if (!Double.isNaN(v[i])) {
                    s.number(base + i, v[i], PLAIN);
                } else if (e.unparsed() != null && e.unparsed()[i] != null) {
                    s.text(base + i, e.unparsed()[i], PLAIN);
                }
            }
        }
        int lastData = s.nextRow() - 1;
        if (part.years().size() > 1) {
            // counted reports of several years: one 合计 per year, never one across them
            for (Merger.YearTotal y : part.years()) {
                total(s, y.label(), y.year(), "计入 " + y.merged() + " 份" + notCounted(run, part, true, y.year()),
                        y.sums(), base);
            }
        } else {
            String year = part.years().isEmpty() ? run.year() : part.years().get(0).year();
            total(s, "合计", year, "计入 " + part.merged() + " 份" + notCounted(run, part, false, null), part.sums(), base);
        }
        s.end(range(HEADER_ROWS - 1, 0, Math.max(lastData, HEADER_ROWS - 1), width - 1), merged);
    }

    /** A 合计 row of 汇总: label, year, what it counts, then the sums from column {@code base}. */
    private static void total(XlsxStream.Sheet s, String label, String year, String counted, BigDecimal[] sums, int base)
            throws IOException {
        s.row(0);
        s.text(0, label, BOLD);
        if (year != null && year.matches("\\d{4}")) {
            s.number(1, Integer.parseInt(year), PLAIN);
        }
        s.text(2, counted, PLAIN);
        for (int i = 0; i < sums.length; i++) {
            s.number(base + i, sums[i].doubleValue(), BOLD);
        }
    }

    /**
     * What the 合计 of a part leaves out, by reason: （不含重复 1 份）, （不含未提交 2 个单位、无法读取 1 份）; or empty.
     *
     * @param ofYear whether to look only at the reports of {@code year} (a per-year 合计)
     * @param year the year, null for 年度未填
     */
    private static String notCounted(Merger.Run run, Merger.Part part, boolean ofYear, String year) {
        Map<Merger.Status, Integer> by = new java.util.EnumMap<>(Merger.Status.class);
        for (Merger.Placed p : run.placed()) {
            if (!p.included() && p.entry().columns() == part.columns()
                    && (!ofYear || java.util.Objects.equals(year, p.entry().year()))) {
                by.merge(p.status(), 1, Integer::sum);
            }
        }
        if (by.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        by.forEach((status, n) -> parts.add(status.word + " " + n
                + (status == Merger.Status.NOT_SUBMITTED ? " 个单位" : " 份")));
        return "（不含" + String.join("、", parts) + "）";
    }

    /** Merges adjacent header cells that repeat: 表 across its columns, 行 within its 表, meta labels downward. */
    private static void mergeRuns(List<String> merged, List<Columns.Column> data, int offset) {
        int start = 0;
        for (int i = 1; i <= data.size(); i++) {
            if (i == data.size() || !data.get(i).level1().equals(data.get(start).level1())) {
                if (i - start > 1) {
                    merged.add(range(0, offset + start, 0, offset + i - 1));
                }
                start = i;
            }
        }
        start = 0;
        for (int i = 1; i <= data.size(); i++) {
            if (i == data.size() || !data.get(i).level1().equals(data.get(start).level1())
                    || !data.get(i).level2().equals(data.get(start).level2())) {
                boolean down = data.get(start).level3().isEmpty();
                if (i - start > 1 || down) {
                    merged.add(range(1, offset + start, down ? 2 : 1, offset + i - 1));
                }
                start = i;
            }
        }
    }

    /** An A1 range from zero-based corners. */
    private static String range(int r1, int c1, int r2, int c2) {
        return XlsxStream.columnName(c1) + (r1 + 1) + ":" + XlsxStream.columnName(c2) + (r2 + 1);
    }

    private void issues(Merger.Run run) throws IOException {
        // the collection desk's summary carries the office's review of each finding (需改正 / 已核实无误)
        boolean marks = run.options().rosterMode();
        String[] head = marks ? new String[] {"文件", "机关", "规则", "严重程度", "单元格", "说明", "政务公开办意见"}
                : new String[] {"文件", "机关", "规则", "严重程度", "单元格", "说明"};
        int[] widths = marks ? new int[] {36, 30, 12, 10, 12, SENTENCE_WIDTH, MARK_WIDTH}
                : new int[] {36, 30, 12, 10, 12, SENTENCE_WIDTH};
        XlsxStream.Sheet s = xlsx.sheet(new XlsxStream.Layout(ISSUES, widths, 0, 1, LIST));
        headerRow(s, head);
        for (Merger.Placed p : run.placed()) {
            Entry e = p.entry();
            if (p.status() == Merger.Status.DUPLICATE) {
                fill(s, e.file(), e.agency(), "DUP", "警告", "",
                        "与 " + p.duplicateOf() + " 是同一机关同一年度，本文件未计入合计。");
            }
            for (Entry.Issue i : e.issues()) {
                if (marks) {
                    markedIssue(s, e.file(), e.agency(), i.ruleId(), i.severity().zh(), i.cell(), i.message(), i.mark());
                } else {
                    fill(s, e.file(), e.agency(), i.ruleId(), i.severity().zh(), i.cell(), i.message());
                }
            }
        }
        s.end(range(0, 0, Math.max(s.nextRow() - 1, 0), head.length - 1), List.of());
    }

    private void failed(Merger.Run run) throws IOException {
        if (run.options().rosterMode()) {
            XlsxStream.Sheet s = xlsx.sheet(new XlsxStream.Layout(FAILED, new int[] {30, 36, SENTENCE_WIDTH}, 0, 1, LIST));
            headerRow(s, new String[] {"机关", "文件", "原因"});
            for (Failure f : run.failures()) {
                fill(s, f.agency(), f.file(), f.reason());
            }
            s.end(null, List.of());
            return;
        }
        XlsxStream.Sheet s = xlsx.sheet(new XlsxStream.Layout(FAILED, new int[] {48, SENTENCE_WIDTH}, 0, 1, LIST));
        headerRow(s, new String[] {"文件", "原因"});
        for (Failure f : run.failures()) {
            fill(s, f.file(), f.reason());
        }
        s.end(null, List.of());
    }

    /** The reports left out of the totals for their values: one line per bad cell, with what it holds and why. */
    private void badValues(Merger.Run run) throws IOException {
        String[] head = {"文件", "机关", "单元格", "填写内容", "原因"};
        XlsxStream.Sheet s = xlsx.sheet(new XlsxStream.Layout(BAD_VALUES, new int[] {36, 30, 12, 24, SENTENCE_WIDTH}, 0, 1, LIST));
        headerRow(s, head);
        for (Merger.Placed p : run.placed()) {
            if (p.status() == Merger.Status.BAD_VALUES) {
                for (Entry.BadValue b : p.entry().badValues()) {
                    fill(s, p.entry().file(), p.entry().agency(), b.cell(), b.value(), b.reason());
                }
            }
        }
        s.end(range(0, 0, Math.max(s.nextRow() - 1, 0), head.length - 1), List.of());
    }

    private void about(Merger.Run run) throws IOException {
        XlsxStream.Sheet s = xlsx.sheet(new XlsxStream.Layout(ABOUT, new int[] {20, ABOUT_WIDTH}, 0, 0,
                new XlsxStream.Print(false, true, null, null)));
        s.row(0);
        boolean roster = run.options().rosterMode();
        s.text(0, roster ? "政府信息公开工作年度报告汇总" : "政府信息公开工作年度报告汇总（nianbao merge）", BOLD);
        for (Map.Entry<String, String> m : Merger.describe(run).entrySet()) {
            labelled(s, m.getKey(), m.getValue(), BOLD);
        }
        s.skipTo(s.nextRow() + 1);
        labelled(s, "合计口径", roster
                ? "“汇总”表按名单顺序每个单位一行，合计行只计入“计入合计”为“是”的报告（各单位最后确认的版本）；"
                + "未提交、无法读取、数值异常或其他年度的不计入。工作簿里的机关名称与名单不符时，仍按名单单位计入，"
                + "并在“问题清单”中列出。" + VALUES_RULE
                : "“汇总”表的合计行只计入“计入合计”为“是”的报告；同一机关同一年度出现多次时，"
                + "按文件路径排序只计第一份。" + VALUES_RULE, BOLD);
        for (String note : run.notes()) {
            labelled(s, "备注", note, XlsxStream.TOP);
        }
        if (!run.skipped().isEmpty()) {
            s.skipTo(s.nextRow() + 1);
            labelled(s, "其他年度（未汇总）", run.skipped().size() + " 份，不是 " + run.options().year() + " 年的报告：", BOLD);
            for (Entry e : run.skipped()) {
                labelled(s, e.year() == null ? "年度未填" : e.year() + " 年",
                        e.file() + (e.agency() == null ? "" : "（" + e.agency() + "）"), XlsxStream.TOP);
            }
        }
        s.end(null, List.of());
    }

    private static void labelled(XlsxStream.Sheet s, String label, String value, int labelStyle) throws IOException {
        s.row(XlsxStream.wrappedHeight(value, ABOUT_WIDTH));
        s.text(0, label, labelStyle);
        s.text(1, value, XlsxStream.WRAP);
    }

    private static void headerRow(XlsxStream.Sheet s, String[] head) throws IOException {
        s.row(0);
        for (int c = 0; c < head.length; c++) {
            s.text(c, head[c], HEADER);
        }
    }

    /** One line of 问题清单 with the office's mark after the sentence: both wrap, the row as tall as the taller. */
    private static void markedIssue(XlsxStream.Sheet s, String... texts) throws IOException {
        int sentence = texts.length - 2;
        s.row(Math.max(XlsxStream.wrappedHeight(texts[sentence], SENTENCE_WIDTH),
                XlsxStream.wrappedHeight(texts[sentence + 1], MARK_WIDTH)));
        for (int c = 0; c < texts.length; c++) {
            s.text(c, texts[c], c >= sentence ? XlsxStream.WRAP : XlsxStream.TOP);
        }
    }

    /** One line of a list sheet; its last column (a sentence) wraps within its width. */
    private static void fill(XlsxStream.Sheet s, String... texts) throws IOException {
        s.row(XlsxStream.wrappedHeight(texts[texts.length - 1], SENTENCE_WIDTH));
        for (int c = 0; c < texts.length; c++) {
            s.text(c, texts[c], c == texts.length - 1 ? XlsxStream.WRAP : XlsxStream.TOP);
        }
    }
}
