package nianbao.legacy.layouts;

import nianbao.model.Report;
import nianbao.schema.BlockTable;
import nianbao.schema.MatrixTable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What PDF→Markdown converters make of the report: headings with {@code #}, 表三 shredded into
 * several small tables with generic headers ({@code | 数据1 | 数据2 | …}), value rows whose label
 * cell is empty while the label stands alone on a line above or below the table (in any order), a
 * label fragment inside a value row ({@code | 其他法律行政 | 0 | 0 |}), sometimes one number
 * displaced into the neighbouring row (that row then has eight numbers, its neighbour six), a row's
 * total displaced onto a line of its own below its table, and loose cells (a page number between pieces).
 */
final class ShreddedMarkdownWriter implements LayoutWriter {

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public Printed write(Report report, long seed) {
        Random rnd = new Random(seed);
        Grid g = Grid.of(report);
        Printed.Builder p = new Printed.Builder(name());
        List<String> out = new ArrayList<>();
        out.add("# " + Prose.title(report));
        out.add("");
        for (Prose.Part part : Prose.parts(report)) {
            boolean sub = part.heading().startsWith("（");
            out.add(sub ? (rnd.nextBoolean() ? "### " + part.heading() : "**" + part.heading() + "**") : "## " + part.heading());
            out.add("");
            if (part.table() == null) {
                for (String para : part.paragraphs()) {
                    out.add(para);
                    out.add("");
                }
                continue;
            }
            switch (part.table()) {
                case "t2" -> t2(out, g, p);
                case "t3" -> t3(out, g, p, rnd);
                default -> t4(out, g, p, rnd);
            }
            out.add("");
        }
        return p.build("markdown.md", (String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static String separator(int n) {
        return "|" + " --- |".repeat(n);
    }

    private static void t2(List<String> out, Grid g, Printed.Builder p) {
        out.add(row(List.of("第二十条第（一）项", "", "", "")));
        out.add(separator(4));
        for (BlockTable.Block block : Grid.T2.blocks()) {
            if (!block.caption().equals("第二十条第（一）项")) {
                out.add(row(List.of(block.caption(), "", "", "")));
            }
            List<String> header = new ArrayList<>(block.header());
            while (header.size() < 4) {
                header.add("");
            }
            out.add(row(header));
            for (BlockTable.Row r : block.rows()) {
                List<String> cells = new ArrayList<>(List.of(r.label()));
                String[] v = g.t2Row(r);
                cells.addAll(List.of(v));
                while (cells.size() < 4) {
                    cells.add("");
                }
                out.add(row(cells));
                p.fixed(Grid.ids(r), g.t2Numbers(r));
            }
        }
    }

    private static void t3(List<String> out, Grid g, Printed.Builder p, Random rnd) {
        MatrixTable t = Grid.T3;
        out.add(row(List.of(t.corner(), t.columnGroup(), "", "", "", "", "", "")));
        out.add(separator(8));
        out.add(row(List.of("", "自然人", "法人或其他组织", "", "", "", "", "总计")));
        out.add(row(List.of("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "")));
        out.add("");
        // the printed numbers of each row; one may be displaced into a neighbour
        List<List<Long>> printed = new ArrayList<>();
        for (int r = 0; r < Grid.ROWS; r++) {
            List<Long> nums = new ArrayList<>();
            for (long v : g.t3[r]) {
                nums.add(v);
            }
            printed.add(nums);
        }
        // chunks of consecutive rows, each a small table
        List<int[]> chunks = new ArrayList<>();
        for (int r = 0; r < Grid.ROWS; ) {
            int n = Math.min(Grid.ROWS - r, 3 + rnd.nextInt(7));
            chunks.add(new int[] {r, r + n});
            r += n;
        }
        int displacedFrom = -1;
        int displacedTo = -1;
        if (rnd.nextInt(3) == 0) {
            int[] chunk = chunks.get(rnd.nextInt(chunks.size()));
            if (chunk[1] - chunk[0] >= 2) {
                displacedFrom = chunk[0] + rnd.nextInt(chunk[1] - chunk[0]);
                displacedTo = displacedFrom + 1 < chunk[1] && (displacedFrom == chunk[0] || rnd.nextBoolean())
                        ? displacedFrom + 1 : displacedFrom - 1;
                int j = rnd.nextInt(Grid.COLS);
                long v = printed.get(displacedFrom).remove(j);
                printed.get(displacedTo).add(rnd.nextInt(Grid.COLS + 1), v);
                p.quirk("一个数字错入相邻行（" + Grid.row(displacedFrom).key() + "→" + Grid.row(displacedTo).key() + "）");
            }
        }
        // a row's total displaced onto a line of its own below its table (the converter lost its cell)
        int looseRow = -1;
        long looseTotal = 0;
        if (rnd.nextInt(3) == 0) {
            int r = rnd.nextInt(Grid.ROWS);
            if (r != displacedFrom && r != displacedTo) {
                looseRow = r;
                looseTotal = printed.get(r).remove(Grid.COLS - 1);
                p.quirk("总计另起一行（" + Grid.row(r).key() + "）");
                displaced(p, r, -1, printed.get(r), List.of(looseTotal));
            }
        }
        for (int r = 0; r < Grid.ROWS; r++) {
            if (r != displacedFrom && r != displacedTo && r != looseRow) {
                p.fixed(Grid.t3Row(r), g.t3[r]);
            }
        }
        if (displacedFrom >= 0) {
            displaced(p, displacedFrom, displacedTo, printed.get(displacedFrom), printed.get(displacedTo));
        }
        String previousGroup = null;
        String previousSub = null;
        for (int[] chunk : chunks) {
            List<String> above = new ArrayList<>();
            List<Integer> rowLabels = new ArrayList<>();
            List<String> below = new ArrayList<>();
            List<String> body = new ArrayList<>();
            for (int r = chunk[0]; r < chunk[1]; r++) {
                MatrixTable.Axis axis = Grid.row(r);
                if (axis.group() != null && !axis.group().equals(previousGroup)) {
                    above.add(axis.group());
                }
                if (axis.subgroup() != null && !axis.subgroup().equals(previousSub)) {
                    above.add(axis.subgroup());
                }
                previousGroup = axis.group();
                previousSub = axis.subgroup();
                String label = axis.label();
                String cell;
                int how = rnd.nextInt(20);
                switch (how < 9 ? 0 : how < 13 ? 1 : how < 17 ? 2 : 3) {
                    case 0 -> cell = label;
                    case 1 -> {
                        cell = "";
                        rowLabels.add(above.size());
                        above.add(label);
                    }
                    case 2 -> {
                        cell = "";
                        below.add(label);
                    }
                    default -> {
                        // a fragment in the cell, the rest of the label on a line of its own
                        int cut = label.length() > 5 ? 2 + rnd.nextInt(label.length() - 4) : label.length();
                        cell = label.substring(cut).isEmpty() ? label : label.substring(cut);
                        if (!label.substring(cut).isEmpty()) {
                            (rnd.nextBoolean() ? above : below).add(label.substring(0, cut));
                        }
                    }
                }
                List<String> cells = new ArrayList<>(List.of(cell));
                printed.get(r).forEach(v -> cells.add(Long.toString(v)));
                body.add(row(cells));
            }
            if (rowLabels.size() > 1 && rnd.nextBoolean()) {
                // the row labels standing above the table come in another order (group labels stay)
                List<String> shuffled = new ArrayList<>();
                rowLabels.forEach(i -> shuffled.add(above.get(i)));
                Collections.shuffle(shuffled, rnd);
                for (int i = 0; i < rowLabels.size(); i++) {
                    above.set(rowLabels.get(i), shuffled.get(i));
                }
                p.quirk("标签顺序打乱");
            }
            for (String l : above) {
                out.add(l);
                out.add("");
            }
            List<String> header = new ArrayList<>(List.of(rnd.nextBoolean() ? "" : "项目"));
            for (int c = 1; c <= Grid.COLS; c++) {
                header.add("数据" + c);
            }
            out.add(row(header));
            out.add(separator(Grid.COLS + 1));
            out.addAll(body);
            out.add("");
            if (looseRow >= chunk[0] && looseRow < chunk[1]) {
                out.add(Long.toString(looseTotal));
                out.add("");
            }
            if (rnd.nextInt(6) == 0) {
                // a loose cell: a page number the converter put between the pieces
                out.add(Integer.toString(1 + rnd.nextInt(9)));
                out.add("");
                p.quirk("零散的页码");
            }
            for (String l : below) {
                out.add(l);
                out.add("");
            }
        }
    }

    /**
     * The readings of two neighbouring rows when one printed six numbers and the other eight. Wide:
     * the short row lacks one number at any place (its value then follows from its row sum) and any
     * one of the long row's numbers is a stray. Narrow: the stray is the short row's lost number.
     */
    private static void displaced(Printed.Builder p, int from, int to, List<Long> shortRow, List<Long> longRow) {
        List<long[]> wide = new ArrayList<>();
        List<long[]> narrow = new ArrayList<>();
        for (int gapAt = 0; gapAt < Grid.COLS; gapAt++) {
            for (int extra = 0; extra < longRow.size(); extra++) {
                long[] v = new long[2 * Grid.COLS];
                int k = 0;
                for (int c = 0; c < Grid.COLS; c++) {
                    v[c] = c == gapAt ? 0 : shortRow.get(k++);
                }
                long six = 0;
                for (int c = 0; c < 6; c++) {
                    six += v[c];
                }
                long fill = gapAt == 6 ? six : v[6] - six;
                k = 0;
                for (int i = 0; i < longRow.size(); i++) {
                    if (i != extra) {
                        v[Grid.COLS + k++] = longRow.get(i);
                    }
                }
                if (fill >= 0) {
                    v[gapAt] = fill;
                    wide.add(v);
                }
                long[] n = v.clone();
                n[gapAt] = longRow.get(extra);
                narrow.add(n);
            }
        }
        List<String> cells = new ArrayList<>(Grid.t3Row(from));
        if (to < 0) {
            // the long "row" is a line holding only the displaced number: keep the short row's cells
            p.readings(cells, firstRow(wide), firstRow(narrow), "另起一行的数字（" + Grid.row(from).key() + "）");
            return;
        }
        cells.addAll(Grid.t3Row(to));
        p.readings(cells, wide, narrow, "错位数字（" + Grid.row(from).key() + "/" + Grid.row(to).key() + "）");
    }

    private static List<long[]> firstRow(List<long[]> readings) {
        List<long[]> out = new ArrayList<>();
        for (long[] v : readings) {
            out.add(java.util.Arrays.copyOf(v, Grid.COLS));
        }
        return out;
    }

    private static void t4(List<String> out, Grid g, Printed.Builder p, Random rnd) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            cells.add(Grid.t4(i));
        }
        p.fixed(cells, g.t4);
        List<String> five = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        if (rnd.nextBoolean()) {
            List<String> h1 = new ArrayList<>(List.of("行政复议", "", "", "", "", "行政诉讼"));
            while (h1.size() < 15) {
                h1.add("");
            }
            out.add(row(h1));
            out.add(separator(15));
            List<String> h2 = new ArrayList<>(five);
            h2.addAll(List.of("未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""));
            out.add(row(h2));
            List<String> h3 = new ArrayList<>(List.of("", "", "", "", ""));
            h3.addAll(five);
            h3.addAll(five);
            out.add(row(h3));
            List<String> v = new ArrayList<>();
            for (long x : g.t4) {
                v.add(Long.toString(x));
            }
            out.add(row(v));
            return;
        }
        p.quirk("表四拆成三个小表");
        String[] names = {"行政复议", "行政诉讼 未经复议直接起诉", "行政诉讼 复议后起诉"};
        for (int k = 0; k < 3; k++) {
            out.add(names[k]);
            out.add("");
            out.add(row(List.of("数据1", "数据2", "数据3", "数据4", "数据5")));
            out.add(separator(5));
            out.add(row(five));
            List<String> v = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                v.add(Long.toString(g.t4[k * 5 + i]));
            }
            out.add(row(v));
            out.add("");
        }
    }
}
