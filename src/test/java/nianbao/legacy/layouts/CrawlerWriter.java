package nianbao.legacy.layouts;

import nianbao.model.Report;
import nianbao.schema.BlockTable;
import nianbao.schema.MatrixTable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A page as a crawler saved its innerText: the page fields (标题/发布时间/文号/栏目 …), then the report
 * in a few very long lines. Table cells lose their separators: a 表三 row is its label followed by
 * the seven numbers run together (and the next label's ordinal, {@code …00000002.其他法律…}), a 表二
 * triple is one digit run ({@code 规章000}), 表四 is fifteen glued one-digit cells or numbers apart,
 * header words are split by spaces ({@code 商业 企业}).
 */
final class CrawlerWriter implements LayoutWriter {

    @Override
    public String name() {
        return "crawler";
    }

    @Override
    public Printed write(Report report, long seed) {
        Random rnd = new Random(seed);
        Grid g = Grid.of(report);
        Printed.Builder p = new Printed.Builder(name());
        StringBuilder out = new StringBuilder();
        String date = report.text("meta.publish_date");
        out.append("标题: ").append(Prose.title(report)).append('\n');
        out.append("发布时间: ").append(date == null ? "2026-01-15" : date).append(' ')
                .append(String.format("%02d:%02d", 8 + rnd.nextInt(10), rnd.nextInt(60))).append('\n');
        out.append("文号: \n");
        out.append("发布机构: ").append(rnd.nextBoolean() ? report.agency() : "").append('\n');
        out.append("栏目: 政府信息公开年报\n");
        out.append("原文链接: https://www.gov-example-").append(rnd.nextInt(900) + 100)
                .append(".cn/zwgk/zfxxgknb/").append(report.year()).append("/t").append(100000 + rnd.nextInt(900000))
                .append(".html\n");
        if (rnd.nextBoolean()) {
            out.append("==================== 正文 ====================\n");
        }
        List<String> parts = new ArrayList<>();
        for (Prose.Part part : Prose.parts(report)) {
            StringBuilder s = new StringBuilder(part.heading());
            if (part.table() == null) {
                for (String para : part.paragraphs()) {
                    s.append(' ').append(para);
                }
            } else {
                switch (part.table()) {
                    case "t2" -> t2(s, g, p, rnd);
                    case "t3" -> t3(s, g, p, rnd);
                    default -> t4(s, g, p, rnd);
                }
            }
            parts.add(s.toString());
        }
        // a few very long lines: break before some of the parts only
        int breaks = rnd.nextInt(3);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.append(breaks > 0 && rnd.nextInt(4) == 0 ? "\n" : " ");
            }
            out.append(parts.get(i));
        }
        out.append('\n');
        return p.build("crawler.txt", out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String gap(Random rnd) {
        return rnd.nextBoolean() ? "" : " ";
    }

    private static void t2(StringBuilder s, Grid g, Printed.Builder p, Random rnd) {
        for (BlockTable.Block block : Grid.T2.blocks()) {
            s.append(gap(rnd)).append(block.caption());
            for (String h : block.header()) {
                s.append(gap(rnd)).append(h);
            }
            for (BlockTable.Row row : block.rows()) {
                String[] v = g.t2Row(row);
                List<String> cells = Grid.ids(row);
                s.append(gap(rnd)).append(row.label()).append(rnd.nextInt(4) == 0 ? " " : "").append(String.join("", v));
                if (v.length > 1) {
                    p.glued(cells, String.join("", v));
                } else {
                    p.fixed(cells, g.t2Numbers(row));
                }
            }
        }
    }

    private static void t3(StringBuilder s, Grid g, Printed.Builder p, Random rnd) {
        MatrixTable t = Grid.T3;
        s.append(gap(rnd)).append(t.corner()).append(' ').append(t.columnGroup());
        boolean split = rnd.nextBoolean();
        s.append(" 自然人 法人或其他组织 总计 ").append(split ? "商业 企业 科研 机构 社会公益组织 法律服务机构 其他"
                : "商业企业 科研机构 社会公益组织 法律服务机构 其他");
        p.quirk(split ? "表头词被空格拆开" : "表头词完整");
        String previousGroup = null;
        String previousSub = null;
        String[] runs = new String[Grid.ROWS];
        boolean[] ordinalGlued = new boolean[Grid.ROWS];
        for (int r = 0; r < Grid.ROWS; r++) {
            MatrixTable.Axis row = Grid.row(r);
            StringBuilder run = new StringBuilder();
            for (long v : g.t3[r]) {
                run.append(v);
            }
            runs[r] = run.toString();
            // the header words may run straight into 一、本年新收 (a page without any blank)
            String between = r == 0 ? gap(rnd) : rnd.nextInt(3) == 0 ? " " : "";
            if (row.group() != null && !row.group().equals(previousGroup)) {
                s.append(between).append(row.group());
                between = " ";
            }
            if (row.subgroup() != null && !row.subgroup().equals(previousSub)) {
                s.append(between).append(row.subgroup());
                between = " ";
            }
            previousGroup = row.group();
            previousSub = row.subgroup();
            // the ordinal of this label ("2.") follows the previous row's digits without a space
            ordinalGlued[r] = between.isEmpty() && Character.isDigit(row.label().charAt(0));
            s.append(between).append(row.label()).append(rnd.nextInt(3) == 0 ? "" : " ").append(runs[r]);
        }
        for (int r = 0; r < Grid.ROWS; r++) {
            List<String> cells = Grid.t3Row(r);
            List<long[]> narrow = Printed.splits(runs[r], Grid.COLS);
            List<long[]> wide = new ArrayList<>(narrow);
            if (r + 1 < Grid.ROWS && ordinalGlued[r + 1]) {
                // a reader may take the next label's ordinal for this row's last digit
                wide.addAll(Printed.splits(runs[r] + Grid.row(r + 1).label().charAt(0), Grid.COLS));
            }
            p.readings(cells, wide, narrow, "表三“" + Grid.row(r).label() + "”粘连 “" + runs[r] + "”");
        }
        s.append(' ');
    }

    private static void t4(StringBuilder s, Grid g, Printed.Builder p, Random rnd) {
        s.append(gap(rnd)).append("行政复议 行政诉讼 结果维持结果纠正其他结果尚未审结总计 未经复议直接起诉 复议后起诉 ")
                .append("结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计").append(gap(rnd));
        boolean oneDigit = true;
        StringBuilder run = new StringBuilder();
        List<String> spaced = new ArrayList<>();
        for (long v : g.t4) {
            oneDigit &= v < 10;
            run.append(v);
            spaced.add(Long.toString(v));
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            cells.add(Grid.t4(i));
        }
        boolean glue = oneDigit ? rnd.nextBoolean() : rnd.nextInt(5) == 0;
        if (glue) {
            s.append(run);
            p.glued(cells, run.toString());
            p.quirk("表四十五个数粘连");
        } else {
            s.append(String.join(" ", spaced));
            p.fixed(cells, g.t4);
        }
        s.append(' ');
    }
}
