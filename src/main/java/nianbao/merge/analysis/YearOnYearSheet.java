package nianbao.merge.analysis;

import nianbao.analysis.Change;
import nianbao.analysis.ChartSelection;
import nianbao.analysis.Comparison;
import nianbao.analysis.Indicator;
import nianbao.analysis.KeyFigures;
import nianbao.analysis.LargeChange;
import nianbao.analysis.YearOnYear;
import nianbao.xlsx.write.XlsxStream;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The 同比 sheet: each agency's key indicators beside last year's, the agencies with a large change (by
 * {@link LargeChange}) first and their changed cells filled, then those without last year's report and why;
 * below, the rule and what was left over (last year's agencies without a report this year, unreadable files).
 */
public final class YearOnYearSheet {

    /** The sheet's name. */
    public static final String NAME = "同比";

    private static final String[] FIXED = {"机关", "本年度", "上年度", "大幅变化"};
    /** Per indicator: 上年, 本年, 增减. */
    private static final int PER = 3;
    /** The 大幅变化 column: the words wrap within it, the row as tall as they need. */
    private static final int FLAGS_WIDTH = 38;

    private YearOnYearSheet() {
    }

    /**
     * Writes the sheet.
     *
     * @param x the workbook being written
     * @param result this year's reports paired with last year's
     * @param previousReports how many of last year's reports were read
     * @param problems last year's files that could not be read, one line each
     */
    public static void write(XlsxStream x, YearOnYear.Result result, int previousReports, List<String> problems)
            throws IOException {
        List<Indicator> shown = Indicator.KEY;
        int width = FIXED.length + shown.size() * PER;
        int[] widths = new int[width];
        widths[0] = 30;
        widths[1] = 7;
        widths[2] = 7;
        widths[3] = FLAGS_WIDTH;
        for (int c = FIXED.length; c < width; c++) {
            widths[c] = 8;
        }
        XlsxStream.Sheet s = x.sheet(new XlsxStream.Layout(NAME, widths, 1, 2,
                new XlsxStream.Print(true, false, "1:2", "A:A")));
        s.row(20);
        for (int c = 0; c < FIXED.length; c++) {
            s.text(c, FIXED[c], XlsxStream.HEADER);
        }
        for (int i = 0; i < shown.size(); i++) {
            for (int k = 0; k < PER; k++) {
                s.text(FIXED.length + i * PER + k, k == 0 ? shown.get(i).label() : null, XlsxStream.HEADER);
            }
        }
        s.row(20);
        for (int c = 0; c < FIXED.length; c++) {
            s.text(c, null, XlsxStream.HEADER);
        }
        for (int i = 0; i < shown.size(); i++) {
            int c = FIXED.length + i * PER;
            s.text(c, "上年", XlsxStream.HEADER);
            s.text(c + 1, "本年", XlsxStream.HEADER);
            s.text(c + 2, shown.get(i).isShare() ? "百分点" : "增减", XlsxStream.HEADER);
        }
        List<String> merged = new ArrayList<>();
        for (int c = 0; c < FIXED.length; c++) {
            merged.add(range(0, c, 1, c));
        }
        for (int i = 0; i < shown.size(); i++) {
            int c = FIXED.length + i * PER;
            merged.add(range(0, c, 0, c + PER - 1));
        }
        for (Comparison cmp : result.flaggedFirst()) {
            String words = cmp.paired() ? cmp.flags() : "未比较：" + cmp.note();
            s.row(XlsxStream.wrappedHeight(words, FLAGS_WIDTH));
            s.text(0, ChartSelection.name(cmp.current()), cmp.flagged() ? XlsxStream.FLAG : XlsxStream.PLAIN);
            AnalysisSheet.year(s, 1, cmp.current().year());
            if (!cmp.paired()) {
                s.text(3, words, XlsxStream.WRAP);
                continue;
            }
            AnalysisSheet.year(s, 2, cmp.previous().year());
            s.text(3, words, cmp.flagged() ? XlsxStream.FLAG_WRAP : XlsxStream.WRAP);
            for (int i = 0; i < shown.size(); i++) {
                Change ch = cmp.change(shown.get(i));
                int c = FIXED.length + i * PER;
                cell(s, c, ch.indicator(), ch.previous(), false);
                cell(s, c + 1, ch.indicator(), ch.current(), ch.large());
                BigDecimal d = ch.difference();
                if (d != null) {
                    s.number(c + 2, d.doubleValue(), ch.indicator().isShare() ? XlsxStream.POINTS
                            : ch.large() ? XlsxStream.FLAG_CHANGE : XlsxStream.CHANGE);
                }
            }
        }
        int lastData = s.nextRow() - 1;
        s.skipTo(s.nextRow() + 1);
        note(s, "大幅变化的规则：" + LargeChange.RULE + "；占比只比较百分点，不作标记。标记的单位排在前面，变化的单元格着色。");
        note(s, "本年 " + result.comparisons().size() + " 份，上年读到 " + previousReports + " 份；配对 " + result.paired()
                + " 个单位，其中大幅变化 " + result.flagged() + " 个。按机关名称配对（忽略空格）。");
        if (!result.unmatched().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (KeyFigures f : result.unmatched()) {
                names.add(ChartSelection.name(f));
            }
            note(s, "上年有报告、本年没有的单位（" + names.size() + " 个）：" + String.join("、", names));
        }
        for (String p : problems) {
            note(s, p);
        }
        s.pageBreaks(List.of(), PageBreaks.columns(widths, FIXED.length, 1, PER));
        s.end(range(1, 0, Math.max(lastData, 1), width - 1), merged);
    }

    private static void cell(XlsxStream.Sheet s, int col, Indicator i, BigDecimal v, boolean flag) throws IOException {
        if (v == null) {
            return;
        }
        int style = i.isShare() ? (flag ? XlsxStream.FLAG_PERCENT : XlsxStream.PERCENT) : (flag ? XlsxStream.FLAG : XlsxStream.PLAIN);
        s.number(col, v.doubleValue(), style);
    }

    private static void note(XlsxStream.Sheet s, String text) throws IOException {
        s.row(0);
        s.text(0, text, XlsxStream.PLAIN);
    }

    static String range(int r1, int c1, int r2, int c2) {
        return XlsxStream.columnName(c1) + (r1 + 1) + ":" + XlsxStream.columnName(c2) + (r2 + 1);
    }
}
