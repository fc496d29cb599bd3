package nianbao.render;

import nianbao.compare.AgencyComparison;
import nianbao.compare.CompareBatch;
import nianbao.compare.CompareIndex;
import nianbao.compare.CompareLayout;
import nianbao.compare.Line;
import nianbao.compare.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * A comparison as Markdown with pipe tables: the draft sentences as quotes to copy, inferred numbers with
 * “（推断）”, missing ones as 缺失, large changes in bold; and the index of a folder of comparisons.
 */
public final class CompareMarkdown {

    private CompareMarkdown() {
    }

    /** The Markdown of one comparison. */
    public static String of(AgencyComparison c) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        for (CompareLayout.Block b : CompareLayout.of(c).blocks()) {
            if (b instanceof CompareLayout.Title t) {
                sb.append("# ").append(MarkdownRenderer.inline(t.text())).append('\n');
            } else if (b instanceof CompareLayout.Heading h) {
                sb.append(h.level() == 1 ? "## " : "### ").append(MarkdownRenderer.inline(h.text())).append('\n');
            } else if (b instanceof CompareLayout.Paragraph p) {
                sb.append(p.style() == CompareLayout.Style.DRAFT ? "> " + MarkdownRenderer.inline(p.text())
                        : MarkdownRenderer.paragraph(p.text())).append('\n');
            } else if (b instanceof CompareLayout.Items list) {
                list.items().forEach(i -> sb.append("- ").append(MarkdownRenderer.inline(i.text())).append('\n'));
            } else if (b instanceof CompareLayout.Simple s) {
                table(s.header(), s.rows(), sb);
            } else if (b instanceof CompareLayout.Table t) {
                lines(c, t, sb);
            }
            sb.append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /** The index of a folder of comparisons; links are the comparisons' file names. */
    public static String index(CompareBatch.Result r, String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(MarkdownRenderer.inline(title)).append("\n\n");
        sb.append(MarkdownRenderer.paragraph(CompareIndex.summary(r))).append("\n\n");
        if (!r.written().isEmpty()) {
            sb.append("## 已生成的对比\n\n");
            separator(CompareIndex.HEADER, 1, sb);
            for (CompareBatch.Written w : r.written()) {
                List<String> row = CompareIndex.row(w);
                List<String> markup = new ArrayList<>();
                markup.add("[" + MarkdownRenderer.cellText(row.get(0)) + "](" + ComparePage.href(w.fileName()) + ")");
                row.subList(1, row.size()).forEach(x -> markup.add(MarkdownRenderer.cellText(x)));
                markup(markup, sb);
            }
            sb.append('\n');
        }
        for (CompareIndex.Part part : CompareIndex.problems(r)) {
            sb.append("## ").append(MarkdownRenderer.inline(part.heading())).append("\n\n");
            part.lines().forEach(l -> sb.append("- ").append(MarkdownRenderer.inline(l)).append('\n'));
            sb.append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /** A pipe table of text. */
    private static void table(List<String> header, List<List<String>> rows, StringBuilder sb) {
        separator(header, header.size(), sb);
        rows.forEach(r -> markup(r.stream().map(MarkdownRenderer::cellText).toList(), sb));
    }

    /** The header row and the alignment row; columns from {@code numbersFrom} on are right-aligned. */
    private static void separator(List<String> header, int numbersFrom, StringBuilder sb) {
        markup(header.stream().map(MarkdownRenderer::cellText).toList(), sb);
        sb.append('|');
        for (int c = 0; c < header.size(); c++) {
            sb.append(c >= numbersFrom ? " ---: |" : " --- |");
        }
        sb.append('\n');
    }

    /** One row of cells already escaped. */
    private static void markup(List<String> cells, StringBuilder sb) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(c).append(" |");
        }
        sb.append('\n');
    }

    /** 项目 | 细项 | 2020年 | 2021年 | 2021年比上年·增减 | 2021年比上年·增减% | … */
    private static void lines(AgencyComparison c, CompareLayout.Table t, StringBuilder sb) {
        List<Integer> years = c.years();
        List<String> changes = c.changeHeadings();
        List<String> header = new ArrayList<>(List.of("项目", "细项"));
        for (int i = 0; i < years.size(); i++) {
            header.add(years.get(i) + "年");
            if (i > 0) {
                header.add(changes.get(i - 1) + "·增减");
                header.add(changes.get(i - 1) + "·增减%");
            }
        }
        separator(header, 2, sb);
        String group = null;
        for (Line l : t.lines().lines()) {
            List<String> row = new ArrayList<>();
            row.add(l.group().equals(group) ? "" : MarkdownRenderer.cellText(l.group()));
            group = l.group();
            row.add(MarkdownRenderer.cellText(l.label()));
            for (int i = 0; i < l.entries().size(); i++) {
                row.add(MarkdownRenderer.cellText(l.entries().get(i).shownWithMark()));
                if (i > 0) {
                    Step s = l.steps().get(i - 1);
                    row.add(bold(s.differenceText(), s.large()));
                    row.add(bold(s.percentText(l.type()), s.large()));
                }
            }
            markup(row, sb);
        }
    }

    /** A change, in bold when it is large. */
    private static String bold(String text, boolean large) {
        String t = MarkdownRenderer.cellText(text);
        return large && !text.isEmpty() ? "**" + t + "**" : t;
    }
}
