package nianbao.legacy.decode;

import nianbao.legacy.read.Text;
import nianbao.legacy.read.TextLine;
import nianbao.legacy.tokens.Labels;
import nianbao.legacy.tokens.Scanner;
import nianbao.legacy.tokens.Token;
import nianbao.legacy.tokens.Tokenizer;

import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the three statistics tables (表二, 表三, 表四) of a published annual report from its decoded
 * text lines, whatever the layout: one cell per line, tab, pipe, Markdown or space separated rows,
 * scraped pages with glued cells, PDF extraction with scattered labels. Every number is marked as
 * read where it was printed, inferred when only the consistency rules force it, or missing; a number
 * it is not sure of is never guessed.
 */
public final class StatsParser {

    private static final List<String> STRONG_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量");

    private StatsParser() {
    }

    /**
     * Parses the statistics tables.
     *
     * @param lines the decoded lines of one report (any layout); null or empty gives all MISSING
     * @param schema the report format
     * @param file the file name to put in every value's source
     * @return the values of every numeric field in schema order, with layout, format, notes and spans
     */
    public static StatsResult parse(List<TextLine> lines, Schema schema, String file) {
        return parse(lines, schema, file, null, null, null);
    }

    /**
     * Parses the statistics tables with last year's report at hand: its carry-over (二、上年结转 = last
     * year's 四、结转下年度继续办理) and stock (现行有效件数 = last year's + 本年制发 − 本年废止) are further
     * equations that may decide a reading the text alone leaves open. They only fill in what the text
     * alone leaves missing: a number read or inferred without them stays as it was (last year's report
     * may itself disagree, which {@code validate} reports), and each number they decided says so.
     *
     * @param previous last year's value of a field (null when blank or absent), or null for none
     * @param previousName last year's file as the user named it, for the notes
     * @param tokens the lines' tokens when already under way (a large input is tokenised while its
     *               outline is read), or null to tokenise here
     */
    public static StatsResult parse(List<TextLine> lines, Schema schema, String file,
                                    Function<String, BigDecimal> previous,
                                    String previousName, Supplier<Tokenizer> tokens) {
        List<TextLine> input = lines == null ? List.of() : lines;
        Tokenizer tk = tokens != null ? tokens.get() : Tokenizer.run(input);
        StatsResult alone = parse(tk, schema, file, null);
        if (previous == null || !"2021".equals(alone.format())
                || alone.values().stream().noneMatch(v -> v.how() == nianbao.model.Provenance.MISSING)) {
            return alone;
        }
        StatsResult with = parse(tk, schema, file, previous);
        for (int i = 0; i < alone.values().size(); i++) {
            BigDecimal a = alone.values().get(i).number();
            BigDecimal w = with.values().get(i).number();
            if (a != null && (w == null || w.compareTo(a) != 0)) {
                // Last year's numbers contradict what the text alone decides: they decide nothing here
                // (validate's cross-year checks say where they disagree).
                List<String> notes = new ArrayList<>(alone.notes());
                notes.add("上年年报（" + previousName + "）的结转数或现行有效件数与本文的数字对不上，没有用它确定数字。");
                return new StatsResult(alone.values(), alone.layout(), alone.format(), notes, alone.spans());
            }
        }
        List<Value> values = new ArrayList<>(alone.values().size());
        List<String> decided = new ArrayList<>();
        for (int i = 0; i < alone.values().size(); i++) {
            Value a = alone.values().get(i);
            Value w = with.values().get(i);
            if (a.how() == nianbao.model.Provenance.MISSING && w.number() != null) {
                String why = "只看本文无法确定（" + a.note() + "）；加上上年年报（" + previousName + "）的数字后确定"
                        + (w.how() == nianbao.model.Provenance.INFERRED ? "：" + w.note() : "。");
                values.add(w.with(w.how(), why));
                decided.add(w.fieldId());
            } else {
                values.add(a);
            }
        }
        if (decided.isEmpty()) {
            return alone;
        }
        List<String> notes = new ArrayList<>(alone.notes());
        notes.add("用上年年报（" + previousName + "）的“四、结转下年度继续办理”和现行有效件数作为补充的勾稽关系，又确定了 "
                + decided.size() + " 个只看本文无法确定的数字（" + String.join("、", decided.subList(0, Math.min(6, decided.size())))
                + (decided.size() > 6 ? " 等" : "") + "）。");
        return new StatsResult(values, alone.layout(), alone.format(), notes, alone.spans());
    }

    private static StatsResult parse(Tokenizer tk, Schema schema, String file,
                                     Function<String, BigDecimal> previous) {
        Objects.requireNonNull(schema, "schema");
        Scanner scan = Scanner.run(tk.tokens, Labels.of(schema));
        List<String> notes = new ArrayList<>();

        boolean found = !scan.t2.isEmpty() || !scan.t3.isEmpty() || !scan.t4Runs.isEmpty() || scan.six != null;
        long strong = scan.y2019.stream().filter(STRONG_2019::contains).count();
        if (strong >= 1 || scan.y2019.size() >= 2) {
            notes.add("表二的栏目（" + String.join("、", scan.y2019) + "）属于 2019 年试行格式（国办公开办函〔2019〕60号），"
                    + "与 2021 年格式不一致，未导入任何数字，请按 2021 年格式重新填报。");
            return new StatsResult(allMissing(schema, file, "2019 年试行格式的报告，数字未导入。"), layout(scan, tk),
                    "2019", notes, spans(scan));
        }
        if (!found) {
            notes.add("没有找到统计表（表二、表三、表四的行标签都未出现），所有数字留空。");
            addTokenizerNotes(tk, scan, notes);
            return new StatsResult(allMissing(schema, file, "没有找到统计表。"), "无", "unknown", notes, spans(scan));
        }
        notes.addAll(scan.notes);
        List<Value> values = new Resolver(schema, scan, file, notes, previous).resolve();
        addTokenizerNotes(tk, scan, notes);
        long missing = values.stream().filter(v -> v.how() == nianbao.model.Provenance.MISSING).count();
        long inferred = values.stream().filter(v -> v.how() == nianbao.model.Provenance.INFERRED).count();
        if (missing > 0 || inferred > 0) {
            notes.add("共 " + values.size() + " 个数字：读取 " + (values.size() - missing - inferred) + " 个，推断 " + inferred
                    + " 个，缺失 " + missing + " 个。");
        }
        return new StatsResult(values, layout(scan, tk), "2021", notes, spans(scan));
    }

    private static void addTokenizerNotes(Tokenizer tk, Scanner scan, List<String> notes) {
        if (tk.chromeLines > 0) {
            notes.add("跳过网页或页眉页脚文字 " + tk.chromeLines + " 行（如“第 3 页”“发布日期”“网安备”）。");
        }
        if (tk.truncatedLines > 0) {
            notes.add("有 " + tk.truncatedLines + " 行超过 " + Text.MAX_LINE + " 个字符，只读取了前面部分。");
        }
        if (tk.junkCells > 0) {
            notes.add("跳过 " + tk.junkCells + " 个含多个数字的单元格（如表头里的“1 1 1”），它们不是统计数字。");
        }
        if (scan.glued > 0) {
            notes.add("有 " + scan.glued + " 个数字与行标签粘连（如“行政许可4928”），已拆开读取。");
        }
        if (scan.stray > 0) {
            notes.add("表格中有 " + scan.stray + " 个数字不跟在任何行标签之后，未采用。");
        }
        if (scan.byPrefix > 0) {
            notes.add("有 " + scan.byPrefix + " 个行标签文字残缺，按序号和所在分组认定。");
        }
    }

    private static List<Value> allMissing(Schema schema, String file, String why) {
        List<Value> out = new ArrayList<>();
        Source where = new Source(file, null, null, 0, 0);
        for (Field f : schema.numericFields()) {
            out.add(Value.missing(f.id(), where, why));
        }
        return out;
    }

    private static List<StatsResult.TableSpan> spans(Scanner scan) {
        List<StatsResult.TableSpan> out = new ArrayList<>();
        for (String t : List.of("t2", "t3", "t4")) {
            int[] s = scan.spans.get(t);
            if (s != null) {
                out.add(new StatsResult.TableSpan(t, s[0], s[1]));
            }
        }
        return out;
    }

    /** Names the layout from the lines that gave numbers to the tables. */
    private static String layout(Scanner scan, Tokenizer tk) {
        if (scan.used.isEmpty()) {
            return "无";
        }
        Map<Integer, Integer> perLine = new HashMap<>();
        Map<Token.Sep, Integer> bySep = new HashMap<>();
        for (Token t : scan.used) {
            perLine.merge(t.line(), 1, Integer::sum);
            bySep.merge(t.sep(), 1, Integer::sum);
        }
        long single = perLine.values().stream().filter(n -> n == 1).count();
        if (single * 10 >= perLine.size() * 7L) {
            return "一格一行";
        }
        Token.Sep top = null;
        int best = 0;
        for (Map.Entry<Token.Sep, Integer> e : bySep.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                top = e.getKey();
            }
        }
        if (best * 10 < scan.used.size() * 7) {
            return "混合";
        }
        return switch (top) {
            case TAB -> "制表符分隔";
            case PIPE, MARKDOWN -> tk.markdown ? "Markdown 表格" : "竖线分隔";
            case SPACE -> "空格分隔";
            case SINGLE -> "一格一行";
        };
    }
}
