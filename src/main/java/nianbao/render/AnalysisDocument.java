package nianbao.render;

import nianbao.analysis.CollectionAnalysis;
import nianbao.analysis.Comparison;
import nianbao.analysis.Figures;
import nianbao.analysis.Indicator;
import nianbao.analysis.KeyFigures;
import nianbao.analysis.LargeChange;
import nianbao.analysis.Totals;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The analysis of a collection as a Word document for the leaders, in the 公文 layout of the published
 * report ({@link DocxRenderer}): 一、总体情况 in sentences, 二、同比大幅变化的单位 (when an earlier collection is
 * compared), 三、办理结果构成, 四、各单位主要指标 (a table; long rosters are cut to the agencies with the most
 * requests, and the document says so), 五、说明.
 */
public final class AnalysisDocument {

    /** Most agencies the per-agency table lists. */
    static final int MAX_ROWS = 200;

    private static final String TABLE = "analysis";

    private AnalysisDocument() {
    }

    /** Writes the document (the stream is left open). */
    public static void write(CollectionAnalysis a, OutputStream out) throws IOException {
        ReportLayout layout = layout(a);
        DocxPackage.write(out, DocxRenderer.document(layout), layout.title());
    }

    /** The document as blocks. */
    static ReportLayout layout(CollectionAnalysis a) {
        List<ReportLayout.Block> b = new ArrayList<>();
        b.add(new ReportLayout.Title(a.name() + "汇总分析", a.name()));
        int section = 0;
        b.add(new ReportLayout.Heading(1, numeral(section++) + "、总体情况"));
        b.add(new ReportLayout.Paragraph(String.join("", a.overview()), false));
        if (a.compared()) {
            b.add(new ReportLayout.Heading(1, numeral(section++) + "、同比大幅变化的单位"));
            List<Comparison> flagged = a.yearOnYear().comparisons().stream().filter(Comparison::flagged).toList();
            if (flagged.isEmpty()) {
                b.add(new ReportLayout.Paragraph("与“" + a.previousName() + "”相比，没有单位的主要指标" + LargeChange.RULE
                        + "。", false));
            } else {
                b.add(new ReportLayout.Paragraph("与“" + a.previousName() + "”相比，下列 " + flagged.size() + " 个单位的主要指标"
                        + LargeChange.RULE + "，建议核实原因。", false));
                b.add(new ReportLayout.TableBlock(flaggedTable(flagged)));
            }
        }
        Totals t = a.totals();
        if (t.withOutcomes() > 0) {
            b.add(new ReportLayout.Heading(1, numeral(section++) + "、办理结果构成"));
            b.add(new ReportLayout.Paragraph("以下为各项办理结果都已填报的 " + t.withOutcomes() + " 个单位的合计。", false));
            b.add(new ReportLayout.TableBlock(outcomeTable(t)));
        }
        b.add(new ReportLayout.Heading(1, numeral(section++) + "、各单位主要指标"));
        List<KeyFigures> rows = a.reports();
        if (rows.size() > MAX_ROWS) {
            rows = new ArrayList<>(rows);
            rows.sort(Comparator.comparing((KeyFigures f) -> f.value(Indicator.NEW),
                    Comparator.nullsLast(Comparator.reverseOrder())));
            rows = rows.subList(0, MAX_ROWS);
            b.add(new ReportLayout.Paragraph("已提交的单位较多，下表只列新收申请最多的 " + MAX_ROWS + " 个单位（共 "
                    + a.reports().size() + " 个）；各单位的完整数据见汇总表的“分析”工作表。", false));
        }
        b.add(new ReportLayout.TableBlock(indicatorTable(rows, t)));
        b.add(new ReportLayout.Heading(1, numeral(section) + "、说明"));
        b.add(new ReportLayout.Paragraph("占比为件数除以办理结果总计；合计的占比由各单位件数相加后计算。表中“—”表示该单位的报告没有此项"
                + "（格式没有或未填写），不按 0 计。纠错指行政复议、行政诉讼的结果纠正。", false));
        if (!a.notSubmitted().isEmpty()) {
            b.add(new ReportLayout.Paragraph("未提交的单位：" + String.join("、", a.notSubmitted()) + "。", false));
        }
        return new ReportLayout(b);
    }

    private static String numeral(int i) {
        return String.valueOf("一二三四五六七八九十".charAt(i));
    }

    /** 机关 | 大幅变化. */
    private static Grid flaggedTable(List<Comparison> flagged) {
        List<Grid.Cell> cells = new ArrayList<>();
        cells.add(header(0, 0, "机关"));
        cells.add(header(0, 1, "大幅变化（上次 → 本次）"));
        int r = 1;
        for (Comparison c : flagged) {
            cells.add(label(r, 0, name(c.current())));
            List<String> parts = new ArrayList<>();
            c.large().forEach(ch -> parts.add(ch.indicator().label() + " " + Figures.plain(ch.previous()) + " → "
                    + Figures.plain(ch.current()) + "，" + ch.words()));
            cells.add(new Grid.Cell(r, 1, 1, 1, String.join("；", parts), Grid.Kind.LABEL, null));
            r++;
        }
        return new Grid(TABLE, r, 2, 1, List.of(4.5, Grids.TEXT_WIDTH_CM - 4.5), cells);
    }

    /** 办理结果 | 件数 | 占比. */
    private static Grid outcomeTable(Totals t) {
        List<Grid.Cell> cells = new ArrayList<>();
        cells.add(header(0, 0, "办理结果"));
        cells.add(header(0, 1, "件数"));
        cells.add(header(0, 2, "占比"));
        BigDecimal all = BigDecimal.ZERO;
        for (int i = 0; i < t.categories().size(); i++) {
            all = all.add(t.outcome(i));
        }
        int r = 1;
        for (int i = 0; i < t.categories().size(); i++) {
            cells.add(label(r, 0, t.categories().get(i)));
            cells.add(value(r, 1, Figures.plain(t.outcome(i))));
            cells.add(value(r, 2, all.signum() == 0 ? "—"
                    : Figures.percent(t.outcome(i).divide(all, 6, RoundingMode.HALF_EVEN))));
            r++;
        }
        cells.add(label(r, 0, "合计"));
        cells.add(value(r, 1, Figures.plain(all)));
        cells.add(value(r, 2, all.signum() == 0 ? "—" : "100.0%"));
        double first = Grids.TEXT_WIDTH_CM * 0.5;
        return new Grid(TABLE, r + 1, 3, 1, List.of(first, (Grids.TEXT_WIDTH_CM - first) / 2,
                (Grids.TEXT_WIDTH_CM - first) / 2), cells);
    }

    /** 机关 and the key indicators, one row per report, then 合计. */
    private static Grid indicatorTable(List<KeyFigures> rows, Totals t) {
        List<Indicator> shown = Indicator.KEY;
        List<Grid.Cell> cells = new ArrayList<>();
        cells.add(header(0, 0, "机关"));
        for (int c = 0; c < shown.size(); c++) {
            cells.add(header(0, c + 1, shown.get(c).label()));
        }
        int r = 1;
        for (KeyFigures f : rows) {
            cells.add(label(r, 0, name(f)));
            for (int c = 0; c < shown.size(); c++) {
                cells.add(value(r, c + 1, shown(shown.get(c), f.value(shown.get(c)))));
            }
            r++;
        }
        cells.add(label(r, 0, "合计（" + t.reports() + " 个单位）"));
        for (int c = 0; c < shown.size(); c++) {
            cells.add(value(r, c + 1, shown(shown.get(c), t.value(shown.get(c)))));
        }
        double first = 3.9;
        List<Double> widths = new ArrayList<>();
        widths.add(first);
        widths.addAll(Collections.nCopies(shown.size(), (Grids.TEXT_WIDTH_CM - first) / shown.size()));
        return new Grid(TABLE, r + 1, shown.size() + 1, 1, widths, cells);
    }

    private static String shown(Indicator i, BigDecimal v) {
        return v == null ? "—" : Figures.of(i, v);
    }

    private static String name(KeyFigures f) {
        return f.agency() == null || f.agency().isBlank() ? "（未填机关名称）" : f.agency();
    }

    private static Grid.Cell header(int r, int c, String text) {
        return new Grid.Cell(r, c, 1, 1, text, Grid.Kind.HEADER, null);
    }

    private static Grid.Cell label(int r, int c, String text) {
        return new Grid.Cell(r, c, 1, 1, text, Grid.Kind.LABEL, null);
    }

    private static Grid.Cell value(int r, int c, String text) {
        return new Grid.Cell(r, c, 1, 1, text, Grid.Kind.VALUE, null);
    }
}
