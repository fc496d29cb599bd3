package nianbao.compare;

import nianbao.validate.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * A comparison as a sequence of format-neutral blocks, so that the page, the Markdown, the Word document and
 * the workbook say the same things in the same order: title, lead and the list of reports; 一、总体情况（草稿）;
 * 二、同比大幅变化; 三、跨年度核对; 四、逐项对比 (表二, 表三, 表四); 五、说明.
 *
 * @param blocks the blocks in reading order
 */
public record CompareLayout(List<Block> blocks) {

    public CompareLayout {
        blocks = List.copyOf(blocks);
    }

    /** One piece of the document. */
    public sealed interface Block permits Title, Heading, Paragraph, Items, Simple, Table {
    }

    /** The title. */
    public record Title(String text) implements Block {
    }

    /**
     * A heading.
     *
     * @param level 1 for 一、总体情况（草稿）, 2 for （二）依申请公开情况 or 表三
     */
    public record Heading(int level, String text) implements Block {
    }

    /** What a paragraph is. */
    public enum Style {
        /** Ordinary text. */
        PLAIN,
        /** Draft sentences for the clerk to copy. */
        DRAFT
    }

    /** One paragraph. */
    public record Paragraph(String text, Style style) implements Block {
    }

    /** What a list item is. */
    public enum Tone {
        /** A remark. */
        NOTE,
        /** A large change. */
        FLAG,
        /** A cross-year check rated an error. */
        PROBLEM,
        /** A cross-year check given as information. */
        INFO
    }

    /**
     * One item of a list.
     *
     * @param text the item
     * @param tone what it is
     */
    public record Item(String text, Tone tone) {
    }

    /** A list. */
    public record Items(List<Item> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A small table of text (the list of reports): a header row and rows. */
    public record Simple(List<String> header, List<List<String>> rows) implements Block {
        public Simple {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One table's lines across the years.
     *
     * @param name 表二, 表三, 表四
     * @param lines the lines
     */
    public record Table(String name, TableLines lines) implements Block {
    }

    /** The words for the marks every output explains under 说明. */
    public static final List<String> LEGEND = List.of(
            "“推断”：导入原文时按勾稽关系推出的数字，原文未直接写出，请核对原文。",
            "“缺失”：导入原文时未能确定的数字，不按 0 计，也不参与增减计算。",
            "“未填”：报告中此格空白，不按 0 计。",
            "“—”：该年度的报告格式没有此项（或上年为 0、本年也为 0，无增减百分比）。",
            "“新增”：上年为 0、本年大于 0，没有增减百分比。");

    /** Lays out a comparison. */
    public static CompareLayout of(AgencyComparison c) {
        List<Block> b = new ArrayList<>();
        b.add(new Title(c.title()));
        List<Integer> years = c.years();
        b.add(new Paragraph("共 " + years.size() + " 份报告（" + joinYears(years) + "）。逐项列出表二、表三、表四的数字和相邻年度的增减、"
                + "增减百分比；增减达到“" + AgencyComparison.RULE + "”的标为大幅变化。导入原文的数字注明“推断”“缺失”，都不按 0 计。",
                Style.PLAIN));
        List<List<String>> rows = new ArrayList<>();
        for (YearReport r : c.series().reports()) {
            rows.add(List.of(r.year() + "年", r.file(), r.describe(), r.report().schema().formatName()));
        }
        b.add(new Simple(List.of("年度", "文件", "来源", "格式"), rows));
        int section = 0;
        b.add(new Heading(1, numeral(section++) + "、总体情况（草稿）"));
        drafts(c, b);
        b.add(new Heading(1, numeral(section++) + "、同比大幅变化"));
        List<AgencyComparison.Flag> flags = c.flagged();
        if (flags.isEmpty()) {
            b.add(new Paragraph("没有增减达到“" + AgencyComparison.RULE + "”的数字。", Style.PLAIN));
        } else {
            b.add(new Paragraph("下列 " + flags.size() + " 处增减达到“" + AgencyComparison.RULE + "”，建议核实原因：", Style.PLAIN));
            List<Item> items = new ArrayList<>();
            flags.forEach(f -> items.add(new Item(f.line() + "：" + f.words(), Tone.FLAG)));
            b.add(new Items(items));
        }
        b.add(new Heading(1, numeral(section++) + "、跨年度核对"));
        checks(c, b);
        b.add(new Heading(1, numeral(section++) + "、逐项对比"));
        for (TableLines t : c.tables()) {
            b.add(new Heading(2, c.tableName(t) + " " + t.title()));
            b.add(new Table(c.tableName(t), t));
        }
        b.add(new Heading(1, numeral(section) + "、说明"));
        List<Item> notes = new ArrayList<>();
        LEGEND.forEach(l -> notes.add(new Item(l, Tone.NOTE)));
        c.notes().forEach(n -> notes.add(new Item(n, Tone.NOTE)));
        b.add(new Items(notes));
        return new CompareLayout(b);
    }

    private static void drafts(AgencyComparison c, List<Block> b) {
        List<YearReport> reports = c.series().reports();
        YearReport latest = reports.get(reports.size() - 1);
        YearReport before = reports.get(reports.size() - 2);
        b.add(new Paragraph("以下句子按 " + latest.year() + " 年报告的数字生成，并与 " + before.year()
                + " 年报告比较，可复制到“一、总体情况”相应部分再修改；有数字缺失或未填的句子不生成。", Style.PLAIN));
        if (c.drafts().isEmpty()) {
            b.add(new Paragraph(latest.report().schema().formatName() + "没有可生成的句子。", Style.PLAIN));
        }
        for (DraftSection d : c.drafts()) {
            b.add(new Heading(2, d.heading()));
            b.add(d.sentences().isEmpty() ? new Paragraph("（本部分没有可生成的句子。）", Style.PLAIN)
                    : new Paragraph(String.join("", d.sentences()), Style.DRAFT));
            if (!d.notes().isEmpty()) {
                List<Item> items = new ArrayList<>();
                d.notes().forEach(n -> items.add(new Item(n, Tone.NOTE)));
                b.add(new Items(items));
            }
        }
    }

    private static void checks(AgencyComparison c, List<Block> b) {
        b.add(new Paragraph("按校验规则核对相邻年度的报告：评为错误的跨年度规则（如本年“二、上年结转”应等于上年“四、结转下年度继续办理”）"
                + "列为问题；其余（如现行有效件数，机关清理文件后会重新统计）只作提示。", Style.PLAIN));
        for (CrossYear x : c.checks()) {
            b.add(new Heading(2, x.year() + " 年与 " + x.previousYear() + " 年"));
            if (!x.checked()) {
                b.add(new Paragraph("不是相邻年度（缺 " + gap(x) + " 的报告），未做跨年度核对。", Style.PLAIN));
                continue;
            }
            if (x.problems().isEmpty() && x.information().isEmpty()) {
                b.add(new Paragraph("未发现不一致。", Style.PLAIN));
                continue;
            }
            List<Item> items = new ArrayList<>();
            String file = c.series().reports().stream().filter(r -> r.year() == x.year()).findFirst().orElseThrow().file();
            x.problems().forEach(f -> items.add(new Item(finding("问题", file, f), Tone.PROBLEM)));
            x.information().forEach(f -> items.add(new Item(finding("提示", file, f), Tone.INFO)));
            b.add(new Items(items));
        }
    }

    /** 问题 X-CARRY 柳溪-2023.xlsx 表三!D6：… — the place in the later year's file, as the validator names it. */
    private static String finding(String word, String file, Finding f) {
        String where = f.position();
        return word + " " + f.ruleId() + " " + file + (where.isEmpty() ? "" : " " + where) + "：" + f.message();
    }

    private static String gap(CrossYear x) {
        List<String> missing = new ArrayList<>();
        for (int y = x.previousYear() + 1; y < x.year(); y++) {
            missing.add(String.valueOf(y));
        }
        return String.join("、", missing) + " 年";
    }

    private static String joinYears(List<Integer> years) {
        List<String> out = new ArrayList<>();
        years.forEach(y -> out.add(String.valueOf(y)));
        return String.join("、", out) + " 年";
    }

    private static String numeral(int i) {
        return String.valueOf("一二三四五六七八九十".charAt(i));
    }
}
