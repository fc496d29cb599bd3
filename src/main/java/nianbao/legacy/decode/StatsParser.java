package nianbao.legacy.decode;

import nianbao.legacy.read.Text;
import nianbao.legacy.read.TextLine;
import nianbao.legacy.tokens.Labels;
import nianbao.legacy.tokens.Scanner;
import nianbao.legacy.tokens.Token;
import nianbao.legacy.tokens.Tokenizer;

import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
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
     * Parses the statistics tables with last year's report at hand. Last year's numbers are no identity
     * (agencies re-count their documents after a 清理, carry-overs get corrected), so they decide little:
     * the carry-over (二、上年结转 = last year's 四、结转下年度继续办理, X-CARRY) decides a cell of 二、上年结转 the
     * text leaves open only where the report itself shows the agency follows it (every other column of the
     * row the text decides equals last year's); the stock (现行有效件数 = last year's + 本年制发 − 本年废止,
     * X-STOCK) decides nothing and only names, in the reason of a cell left open, the number it would give.
     * A number read or inferred without them stays as it was (last year's report may disagree, which
     * {@code validate} reports), and each number the carry-over decided says so.
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
        StatsResult alone = parse(tk, schema, file, null, r -> false);
        if (previous == null || !"2021".equals(alone.format())
                || alone.values().stream().noneMatch(v -> v.how() == Provenance.MISSING)) {
            return alone;
        }
        List<String> notes = new ArrayList<>(alone.notes());
        List<Value> values = new ArrayList<>(alone.values());
        Set<String> carry = carryFollowed(schema, alone, previous);
        if (!carry.isEmpty()) {
            StatsResult with = parse(tk, schema, file, previous,
                    r -> "X-CARRY".equals(r.id()) && carry.contains(r.left().terms().get(0).fieldId()));
            decide(alone, with, values, notes, previousName);
        }
        hintStock(tk, schema, file, previous, previousName, values, notes);
        return new StatsResult(values, alone.layout(), alone.format(), notes, alone.spans());
    }

    /**
     * The cells of 二、上年结转 the text leaves open, when the agency shows it carries last year's 四、结转下年度继续办理
     * over: every other column of the row the text decides equals last year's (and there is such a column).
     */
    private static Set<String> carryFollowed(Schema schema, StatsResult alone, Function<String, BigDecimal> previous) {
        Set<String> open = new LinkedHashSet<>();
        int agree = 0;
        for (Rule r : schema.rules()) {
            if (!"X-CARRY".equals(r.id())) {
                continue;
            }
            String here = r.left().terms().get(0).fieldId();
            String last = r.right().terms().get(0).fieldId();
            Value v = alone.value(here);
            BigDecimal before = previous.apply(last);
            if (v.how() == Provenance.MISSING) {
                if (before != null) {
                    open.add(here);
                }
            } else if (v.number() != null && before != null && v.number().compareTo(before) == 0) {
                agree++;
            } else {
                return Set.of(); // the agency's carry-over differs from last year's in this report
            }
        }
        return agree > 0 ? open : Set.of();
    }

    /** Takes what last year's carry-over decided, unless it changes anything the text alone decides. */
    private static void decide(StatsResult alone, StatsResult with, List<Value> values, List<String> notes,
                               String previousName) {
        for (int i = 0; i < alone.values().size(); i++) {
            BigDecimal a = alone.values().get(i).number();
            BigDecimal w = with.values().get(i).number();
            if (a != null && (w == null || w.compareTo(a) != 0)) {
                // Last year's numbers contradict what the text alone decides: they decide nothing here
                // (validate's cross-year checks say where they disagree).
                notes.add("上年年报（" + previousName + "）的结转数与本文的数字对不上，没有用它确定数字。");
                return;
            }
        }
        List<String> decided = new ArrayList<>();
        for (int i = 0; i < alone.values().size(); i++) {
            Value a = alone.values().get(i);
            Value w = with.values().get(i);
            if (a.how() == Provenance.MISSING && w.number() != null) {
                String why = "只看本文无法确定（" + a.note() + "）；本报告“二、上年结转”的其他各列都与上年年报（" + previousName
                        + "）的“四、结转下年度继续办理”一致，按上年结转数确定"
                        + (w.how() == Provenance.INFERRED ? "：" + w.note() : "。");
                values.set(i, w.with(w.how(), why));
                decided.add(w.fieldId());
            }
        }
        if (!decided.isEmpty()) {
            notes.add("本报告“二、上年结转”已印出的各列都与上年年报（" + previousName + "）的“四、结转下年度继续办理”一致，"
                    + "用上年结转数又确定了 " + decided.size() + " 个只看本文无法确定的数字（"
                    + String.join("、", decided.subList(0, Math.min(6, decided.size()))) + (decided.size() > 6 ? " 等" : "") + "）。");
        }
    }

    /**
     * Names, in the reason of a 现行有效件数 row the text leaves open, what last year's stock would give: a
     * candidate for the clerk to check, never a number (agencies re-count their documents).
     */
    private static void hintStock(Tokenizer tk, Schema schema, String file, Function<String, BigDecimal> previous,
                                  String previousName, List<Value> values, List<String> notes) {
        if (schema.rules().stream().noneMatch(r -> "X-STOCK".equals(r.id()))) {
            return;
        }
        StatsResult stock = parse(tk, schema, file, previous, r -> "X-STOCK".equals(r.id()));
        int hinted = 0;
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            BigDecimal s = stock.values().get(i).number();
            if (v.how() == Provenance.MISSING && s != null && v.fieldId().startsWith("t2.")) {
                values.set(i, v.with(Provenance.MISSING, v.note() + "（按上年年报（" + previousName + "）的现行有效件数推算"
                        + "（本年现行有效 = 上年现行有效 + 本年制发 − 本年废止）本格为 " + Numbers.plain(s)
                        + "；但机关清理文件后常重新统计，此式不作为依据，请按原文核对后填写。）"));
                hinted++;
            }
        }
        if (hinted > 0) {
            notes.add("有 " + hinted + " 个表二数字只看本文无法确定；按上年年报（" + previousName + "）的现行有效件数推算出的数写在其说明里，"
                    + "仅供核对，未据此填写。");
        }
    }

    private static StatsResult parse(Tokenizer tk, Schema schema, String file,
                                     Function<String, BigDecimal> previous, Predicate<Rule> use) {
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
        List<Value> values = new Resolver(schema, scan, file, notes, previous, use).resolve();
        addTokenizerNotes(tk, scan, notes);
        long missing = values.stream().filter(v -> v.how() == Provenance.MISSING).count();
        long inferred = values.stream().filter(v -> v.how() == Provenance.INFERRED).count();
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
