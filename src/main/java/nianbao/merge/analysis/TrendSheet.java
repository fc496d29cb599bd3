package nianbao.merge.analysis;

import nianbao.analysis.Indicator;
import nianbao.analysis.KeyFigures;
import nianbao.analysis.Trend;
import nianbao.xlsx.write.XlsxStream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The 趋势 sheet, for reports of several years merged together: one row per agency, and for each key
 * indicator one column per year. A year the agency has no report of stays blank.
 */
public final class TrendSheet {

    /** The sheet's name. */
    public static final String NAME = "趋势";

    private TrendSheet() {
    }

    /** Writes the sheet. */
    public static void write(XlsxStream x, Trend trend) throws IOException {
        List<Indicator> shown = Indicator.KEY;
        List<Integer> years = trend.years();
        int per = Math.max(1, years.size());
        int width = 1 + shown.size() * per;
        int[] widths = new int[width];
        widths[0] = 30;
        for (int c = 1; c < width; c++) {
            widths[c] = 8;
        }
        XlsxStream.Sheet s = x.sheet(new XlsxStream.Layout(NAME, widths, 1, 2,
                new XlsxStream.Print(true, false, "1:2", "A:A")));
        s.row(20);
        s.text(0, "机关", XlsxStream.HEADER);
        for (int i = 0; i < shown.size(); i++) {
            for (int k = 0; k < per; k++) {
                s.text(1 + i * per + k, k == 0 ? shown.get(i).label() : null, XlsxStream.HEADER);
            }
        }
        s.row(20);
        s.text(0, null, XlsxStream.HEADER);
        for (int i = 0; i < shown.size(); i++) {
            for (int k = 0; k < years.size(); k++) {
                s.number(1 + i * per + k, years.get(k), XlsxStream.HEADER);
            }
        }
        List<String> merged = new ArrayList<>();
        merged.add(YearOnYearSheet.range(0, 0, 1, 0));
        if (per > 1) {
            for (int i = 0; i < shown.size(); i++) {
                merged.add(YearOnYearSheet.range(0, 1 + i * per, 0, i * per + per));
            }
        }
        for (Trend.Row row : trend.rows()) {
            s.row(0);
            s.text(0, row.agency(), XlsxStream.PLAIN);
            for (int i = 0; i < shown.size(); i++) {
                for (int k = 0; k < years.size(); k++) {
                    KeyFigures f = row.in(years.get(k));
                    if (f != null) {
                        AnalysisSheet.value(s, 1 + i * per + k, shown.get(i), f.value(shown.get(i)), false);
                    }
                }
            }
        }
        int lastData = s.nextRow() - 1;
        if (!trend.leftOut().isEmpty()) {
            s.skipTo(s.nextRow() + 1);
            s.row(0);
            s.text(0, "未列入的报告：" + String.join("；", trend.leftOut()), XlsxStream.PLAIN);
        }
        s.pageBreaks(List.of(), PageBreaks.columns(widths, 1, 1, per));
        s.end(YearOnYearSheet.range(1, 0, Math.max(lastData, 1), width - 1), merged);
    }
}
