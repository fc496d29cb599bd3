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
        // one report in six prints its totals as 0 (its own sums break); the plain readings keep them
        boolean brokenTotals = rnd.nextInt(6) == 0;
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
                    case "t3" -> t3(page, g, p, rnd, brokenTotals);
                    default -> t4(page, g, p, rnd, brokenTotals);
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

    private static void t3(Page page, Grid g, Printed.Builder p, Random rnd, boolean brokenTotals) {
        MatrixTable t = Grid.T3;
        boolean hybrid = rnd.nextInt(4) == 0;
        p.quirk(hybrid ? "旧式单行（六）其他处理" : "三个（六）子行");
        page.broken(t.corner(), 12 + rnd.nextInt(4));
        page.line(t.columnGroup());
        for (String h : List.of("自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")) {
            page.broken(h, rnd.nextBoolean() ? 2 : 3);
        }
        // 0: row by row, 1: one block column by column, 2: bands column by column
        int mode = rnd.nextInt(3);
        boolean broken = brokenTotals && mode != 1;
        if (broken) {
            // the agency printed 总计 as 0 in every row: the table's own sums break, the text reads one way
            for (int r = 0; r < Grid.ROWS; r++) {
                g.t3[r][6] = 0;
            }
            p.printedAs(g).quirk("表三总计列印为 0");
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
        if (mode == 0) {
            rowByRow(page, rows, rowLabels, width, p, rnd, hybrid, broken);
            // values printed row by row stand in runs of whole rows: no other order is possible
            return;
        }
        if (mode == 2) {
            banded(page, rows, rowLabels, width, p, rnd, hybrid, broken);
            return;
        }
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
        page.repeat = null;
        otherOrder(p, rows, 0, rows.size(), false, hybrid, false);
    }

    /**
     * Where the numbers of rows {@code [from, to)}, printed column by column in one run, would also fit
     * every row sum read row by row (or, {@code byRows}, the other way), the order is not certain:
     * the cells that differ are not scored.
     */
    private static void otherOrder(Printed.Builder p, List<long[]> rows, int from, int to, boolean byRows,
                                   boolean hybrid, boolean broken) {
        int n = to - from;
        long[][] other = new long[n][Grid.COLS];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < Grid.COLS; c++) {
                int k = byRows ? r * Grid.COLS + c : c * n + r; // position in the printed sequence
                other[byRows ? k % n : k / Grid.COLS][byRows ? k / n : k % Grid.COLS] = rows.get(from + r)[c];
            }
        }
        for (int r = 0; r < n; r++) {
            long sum = 0;
            for (int c = 0; c < 6; c++) {
                sum += other[r][c];
            }
            if (sum != other[r][6] && !broken) {
                return; // the other order breaks a row sum (when the table's own sums hold, that rules it out)
            }
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < Grid.COLS; c++) {
                if (other[r][c] != rows.get(from + r)[c]) {
                    int at = from + r;
                    int truthRow = hybrid && at > Grid.SIX_FIRST ? at + 2 : at;
                    if (!(hybrid && at == Grid.SIX_FIRST)) {
                        p.force(Grid.t3(truthRow, c), Status.GREY);
                    }
                }
            }
        }
        p.quirk("换一种读序也符合行合计");
    }

    /**
     * pdftotext without {@code -layout} on a table that runs over pages, or whose tall rows break the
     * columns into blocks: the rows come in bands, each band column by column (its labels in a block
     * before or after it); the column header words may stand before each column's numbers.
     */
    private static void banded(Page page, List<long[]> rows, List<List<String>> rowLabels, int width,
                               Printed.Builder p, Random rnd, boolean hybrid, boolean broken) {
        boolean headers = broken || rnd.nextBoolean();
        boolean labelsFirst = rnd.nextBoolean();
        p.quirk("分段逐列输出" + (headers ? "，列名夹在数字之间" : "") + (labelsFirst ? "，标签在前" : "，标签在后"));
        String[] names = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};
        int from = 0;
        boolean first = true;
        while (from < rows.size()) {
            int to = Math.min(rows.size(), from + 2 + rnd.nextInt(10));
            if (rows.size() - to == 1) {
                to = rows.size();
            }
            List<String> labels = new ArrayList<>();
            for (int r = from; r < to; r++) {
                labels.addAll(rowLabels.get(r));
            }
            if (labelsFirst) {
                labels.forEach(l -> page.broken(l, width));
            }
            for (int c = 0; c < Grid.COLS; c++) {
                if (headers && (first || broken)) {
                    page.broken(names[c], 3);
                }
                for (int r = from; r < to; r++) {
                    page.line(Long.toString(rows.get(r)[c]));
                }
            }
            if (!labelsFirst) {
                labels.forEach(l -> page.broken(l, width));
            }
            if (!(headers && (first || broken)) && to - from > 1) {
                otherOrder(p, rows, from, to, false, hybrid, broken);
            }
            first = false;
            from = to;
            page.footer();
        }
    }

    /**
     * The other way pdftotext renders a Word table: row by row, a blank line after every cell, the
     * table header repeated after a page break, and the labels of some rows detached from their
     * numbers and printed a few rows later; the group label 三、本年度办理结果 one character a line.
     */
    private static void rowByRow(Page page, List<long[]> rows, List<List<String>> rowLabels, int width,
                                 Printed.Builder p, Random rnd, boolean hybrid, boolean broken) {
        boolean after = rnd.nextInt(3) == 0;
        p.quirk("按行输出，部分行标签脱离" + (after ? "，标签在本行数字之后" : ""));
        int perPage = page.perPage;
        page.perPage = perPage * 4; // a page holds about twenty table rows, each cell a line and a blank
        page.repeat = List.of(Grid.T3.columnGroup(), "法人或其他组织", Grid.T3.corner(), "自然", "人", "商业", "企业", "科研",
                "机构", "社会", "公益", "组织", "法律", "服务", "机构", "其他", "总计");
        List<String> late = new ArrayList<>();
        // rows whose numbers follow each other with no label between: [first, end) each
        List<int[]> runs = new ArrayList<>();
        boolean labelled = true;
        for (int i = 0; i < rows.size(); i++) {
            boolean detach = rnd.nextInt(4) == 0;
            List<String> own = new ArrayList<>();
            for (String l : rowLabels.get(i)) {
                (detach ? late : own).add(l);
            }
            if (!after) {
                labelled |= labels(page, own, width, rnd);
            }
            int onPage = page.number;
            page.room(2 * Grid.COLS); // a table row is never cut by a page break
            labelled |= page.number != onPage; // the header printed again on the new page
            if (labelled || runs.isEmpty()) {
                runs.add(new int[] {i, i + 1});
            } else {
                runs.get(runs.size() - 1)[1] = i + 1;
            }
            labelled = false;
            for (long v : rows.get(i)) {
                page.line(Long.toString(v));
                page.line("");
            }
            if (after) {
                labelled |= labels(page, own, width, rnd);
            }
            if (!late.isEmpty() && rnd.nextInt(3) == 0) {
                // drifted labels in a block elsewhere: the next row's numbers follow them
                late.forEach(l -> page.broken(l, width));
                late.clear();
                labelled = true;
            }
        }
        late.forEach(l -> page.broken(l, width));
        page.perPage = perPage;
        page.repeat = null;
        for (int[] run : runs) {
            if (run[1] - run[0] > 1) {
                otherOrder(p, rows, run[0], run[1], true, hybrid, broken);
            }
        }
    }

    /** A row's labels (true when there were any); the group label 三、本年度办理结果 sometimes one character a line. */
    private static boolean labels(Page page, List<String> labels, int width, Random rnd) {
        for (String l : labels) {
            if (l.equals(Grid.row(Grid.FIRST_RESULT).group()) && rnd.nextBoolean()) {
                for (char ch : l.toCharArray()) {
                    page.line(String.valueOf(ch));
                }
            } else {
                page.broken(l, width);
            }
        }
        return !labels.isEmpty();
    }

    private static void t4(Page page, Grid g, Printed.Builder p, Random rnd, boolean brokenTotals) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            cells.add(Grid.t4(i));
        }
        if (brokenTotals) {
            for (int k = 0; k < 3; k++) {
                g.t4[k * 5 + 4] = 0;
            }
            p.printedAs(g).quirk("表四总计印为 0");
        }
        p.fixed(cells, g.t4);
        List<String> five = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        if (brokenTotals || rnd.nextBoolean()) {
            // each column a block of its own: the header cells above a value come right before it
            p.quirk("表四列名夹在数字之间");
            String[] groups = {"行政复议", "未经复议直接起诉", "复议后起诉"};
            for (int k = 0; k < 3; k++) {
                page.broken(groups[k], 4);
                if (k == 1) {
                    page.line("行政诉讼");
                }
                for (int i = 0; i < 5; i++) {
                    page.broken(five.get(i), 2);
                    page.line(Long.toString(g.t4[k * 5 + i]));
                }
            }
            return;
        }
        for (String h : List.of("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉",
                "复议后起诉")) {
            page.broken(h, 4);
        }
        for (int k = 0; k < 2; k++) {
            for (String h : five) {
                page.broken(h, 2);
            }
        }
        for (int i = 0; i < 15; i++) {
            page.line(Long.toString(g.t4[i]));
        }
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

        /** Starts a new page unless {@code lines} more fit on this one. */
        void room(int lines) {
            if (onPage + lines > perPage) {
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
