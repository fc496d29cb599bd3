package nianbao.legacy.layouts;

import nianbao.legacy.layouts.Printed.Status;
import nianbao.model.Report;
import nianbao.schema.BlockTable;
import nianbao.schema.MatrixTable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Text copied out of a PDF viewer, or {@code pdftotext} without {@code -layout}: paragraphs wrapped
 * at the page width, {@code - 3 -} page footers and form feeds between pages, every table cell on
 * a line of its own — and 表三 column by column: the 25 numbers of 自然人 one per line, then the 25
 * of 商业企业, …, with the row labels in a block before or after the numbers, broken mid-word
 * across lines ({@code 三、本} / {@code 年度} / {@code 办理} / {@code 结果}). Some reports still print
 * the old single （六）其他处理 row instead of its three sub-rows.
 */
final class ColumnPdfWriter implements LayoutWriter {

    @Override
    public String name() {
        return "pdf-columns";
    }

    @Override
    public Printed write(Report report, long seed) {
        Random rnd = new Random(seed);
        Grid g = Grid.of(report);
        Printed.Builder p = new Printed.Builder(name());
        Page page = new Page(rnd, 30 + rnd.nextInt(15), 30 + rnd.nextInt(10));
        String title = Prose.title(report);
        int cut = title.indexOf("年政府信息") > 0 && rnd.nextBoolean() ? title.length() - 3 : title.length();
        page.line(title.substring(0, cut));
        if (cut < title.length()) {
            page.line(title.substring(cut));
        }
        for (Prose.Part part : Prose.parts(report)) {
            page.line(part.heading());
            if (part.table() == null) {
                for (String para : part.paragraphs()) {
                    page.wrap("　　" + para);
                }
            } else {
                switch (part.table()) {
                    case "t2" -> t2(page, g, p);
                    case "t3" -> t3(page, g, p, rnd);
                    default -> t4(page, g, p);
                }
            }
        }
        page.footer();
        return p.build("pdf-columns.txt", page.text().getBytes(StandardCharsets.UTF_8));
    }

    private static void t2(Page page, Grid g, Printed.Builder p) {
        for (BlockTable.Block block : Grid.T2.blocks()) {
            page.line(block.caption());
            block.header().forEach(h -> page.broken(h, 8));
            for (BlockTable.Row row : block.rows()) {
                page.broken(row.label(), 6);
                String[] v = g.t2Row(row);
                for (String s : v) {
                    page.line(s);
                }
                p.fixed(Grid.ids(row), g.t2Numbers(row));
            }
        }
    }

    private static void t3(Page page, Grid g, Printed.Builder p, Random rnd) {
        MatrixTable t = Grid.T3;
        boolean hybrid = rnd.nextInt(4) == 0;
        p.quirk(hybrid ? "旧式单行（六）其他处理" : "三个（六）子行");
        page.broken(t.corner(), 12 + rnd.nextInt(4));
        page.line(t.columnGroup());
        for (String h : List.of("自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")) {
            page.broken(h, rnd.nextBoolean() ? 2 : 3);
        }
        // the printed rows: 25, or 23 with （六） as one row
        List<long[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<List<String>> rowLabels = new ArrayList<>();
        String previousGroup = null;
        String previousSub = null;
        int width = 4 + rnd.nextInt(6);
        for (int r = 0; r < Grid.ROWS; r++) {
            MatrixTable.Axis row = Grid.row(r);
            int labelsBefore = labels.size();
            if (row.group() != null && !row.group().equals(previousGroup)) {
                labels.add(row.group());
            }
            previousGroup = row.group();
            if (hybrid && r >= Grid.SIX_FIRST && r < Grid.SIX_FIRST + 3) {
                if (r == Grid.SIX_FIRST) {
                    labels.add(row.subgroup());
                    long[] six = new long[Grid.COLS];
                    for (int k = 0; k < 3; k++) {
                        for (int c = 0; c < Grid.COLS; c++) {
                            six[c] += g.t3[r + k][c];
                        }
                    }
                    rows.add(six);
                    rowLabels.add(new ArrayList<>(labels.subList(labelsBefore, labels.size())));
                    for (int c = 0; c < Grid.COLS; c++) {
                        for (int k = 0; k < 3; k++) {
                            String cell = Grid.t3(r + k, c);
                            if (six[c] == 0) {
                                p.fixed(List.of(cell), 0); // nothing to share out: each sub-row is 0
                            } else {
                                p.force(cell, Status.AMBIGUOUS); // any share of （六） fits
                            }
                        }
                    }
                }
                previousSub = row.subgroup();
                continue;
            }
            if (row.subgroup() != null && !row.subgroup().equals(previousSub)) {
                labels.add(row.subgroup());
            }
            previousSub = row.subgroup();
            labels.add(row.label());
            rows.add(g.t3[r]);
            rowLabels.add(new ArrayList<>(labels.subList(labelsBefore, labels.size())));
            p.fixed(Grid.t3Row(r), g.t3[r]);
        }
        boolean byRows = rnd.nextInt(3) == 0;
        if (byRows) {
            rowByRow(page, rows, rowLabels, width, p, rnd);
        } else {
            boolean labelsFirst = rnd.nextBoolean();
            p.quirk(labelsFirst ? "行标签在数字之前" : "行标签在数字之后");
            if (labelsFirst) {
                labels.forEach(l -> page.broken(l, width));
            }
            for (int c = 0; c < Grid.COLS; c++) {
                for (long[] row : rows) {
                    page.line(Long.toString(row[c]));
                }
            }
            if (!labelsFirst) {
                labels.forEach(l -> page.broken(l, width));
            }
        }
        page.repeat = null;
        // read in the other order, would the same numbers also fit every row sum? then the order is not certain
        int n = rows.size();
        boolean otherFits = true;
        long[][] other = new long[n][Grid.COLS];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < Grid.COLS; c++) {
                int k = byRows ? r * Grid.COLS + c : c * n + r; // position in the printed sequence
                other[byRows ? k % n : k / Grid.COLS][byRows ? k / n : k % Grid.COLS] = rows.get(r)[c];
            }
        }
        for (int r = 0; r < n && otherFits; r++) {
            long sum = 0;
            for (int c = 0; c < 6; c++) {
                sum += other[r][c];
            }
            otherFits = sum == other[r][6];
        }
        if (otherFits) {
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < Grid.COLS; c++) {
                    if (other[r][c] != rows.get(r)[c]) {
                        int truthRow = hybrid && r > Grid.SIX_FIRST ? r + 2 : r;
                        if (!(hybrid && r == Grid.SIX_FIRST)) {
                            p.force(Grid.t3(truthRow, c), Status.GREY);
                        }
                    }
                }
            }
            p.quirk("换一种读序也符合行合计");
        }
    }

    /**
     * The other way pdftotext renders a Word table: row by row, a blank line after every cell, the
     * table header repeated after a page break, and the labels of some rows detached from their
     * numbers and printed a few rows later; the group label 三、本年度办理结果 one character a line.
     */
    private static void rowByRow(Page page, List<long[]> rows, List<List<String>> rowLabels, int width,
                                 Printed.Builder p, Random rnd) {
        p.quirk("按行输出，部分行标签脱离");
        int perPage = page.perPage;
        page.perPage = perPage * 4; // a page holds about twenty table rows, each cell a line and a blank
        page.repeat = List.of(Grid.T3.columnGroup(), "法人或其他组织", Grid.T3.corner(), "自然", "人", "商业", "企业", "科研",
                "机构", "社会", "公益", "组织", "法律", "服务", "机构", "其他", "总计");
        List<String> late = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            boolean detach = rnd.nextInt(4) == 0;
            for (String l : rowLabels.get(i)) {
                if (detach) {
                    late.add(l);
                } else if (l.equals(Grid.row(Grid.FIRST_RESULT).group()) && rnd.nextBoolean()) {
                    for (char ch : l.toCharArray()) {
                        page.line(String.valueOf(ch));
                    }
                } else {
                    page.broken(l, width);
                }
            }
            for (long v : rows.get(i)) {
                page.line(Long.toString(v));
                page.line("");
            }
            if (!late.isEmpty() && rnd.nextInt(3) == 0) {
                late.forEach(l -> page.broken(l, width));
                late.clear();
            }
        }
        late.forEach(l -> page.broken(l, width));
        page.perPage = perPage;
    }

    private static void t4(Page page, Grid g, Printed.Builder p) {
        for (String h : List.of("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉",
                "复议后起诉")) {
            page.broken(h, 4);
        }
        for (int k = 0; k < 2; k++) {
            for (String h : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) {
                page.broken(h, 2);
            }
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            page.line(Long.toString(g.t4[i]));
            cells.add(Grid.t4(i));
        }
        p.fixed(cells, g.t4);
    }

    /** Lines on pages: a footer {@code - n -} and a form feed after every {@code perPage} lines. */
    private static final class Page {
        final Random rnd;
        int perPage;
        final int width;
        final StringBuilder out = new StringBuilder();
        int onPage;
        int number = 1;
        /** Header lines a table repeats at the top of each new page, or null. */
        List<String> repeat;

        Page(Random rnd, int perPage, int width) {
            this.rnd = rnd;
            this.perPage = perPage;
            this.width = width;
        }

        void line(String s) {
            out.append(s).append('\n');
            if (++onPage >= perPage) {
                footer();
            }
        }

        void footer() {
            out.append('\n').append(rnd.nextBoolean() ? "- " + number + " -" : "— " + number + " —").append("\n\f");
            number++;
            onPage = 0;
            if (repeat != null) {
                List<String> header = repeat;
                repeat = null; // the header lines themselves do not trigger another repeat
                header.forEach(this::line);
                repeat = header;
            }
        }

        /** A paragraph wrapped at the page width. */
        void wrap(String para) {
            for (int i = 0; i < para.length(); i += width) {
                line(para.substring(i, Math.min(para.length(), i + width)));
            }
        }

        /** A cell's text broken over lines of about {@code cellWidth} characters, mid-word. */
        void broken(String s, int cellWidth) {
            int w = Math.max(Character.isDigit(s.charAt(0)) ? 3 : 2, cellWidth - 1 + rnd.nextInt(3));
            for (int i = 0; i < s.length(); i += w) {
                line(s.substring(i, Math.min(s.length(), i + w)));
            }
        }

        String text() {
            return out.toString();
        }
    }
}
