package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;
import nianbao.legacy.read.LineSpan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the narrative sections out of the cleaned lines: 一 split into its （一）–（五） where they
 * are present (text before （一） is the overview), 五 and 六 whole. Headings are removed from the
 * bodies, paragraphs are kept one per line, and chrome, page numbers, tables and the signature at
 * the end are left out.
 */
public final class NarrativeParser {

    public static final String OVERVIEW = "text.overview";
    public static final String[] SUBSECTIONS = {"text.overview_proactive", "text.overview_on_request",
        "text.overview_management", "text.overview_platform", "text.overview_supervision"};

    private static final Pattern SUB = Pattern.compile("^[（(]\\s*([一二三四五六七八九十])\\s*[）)]\\s*(.*)$");
    private static final Pattern SUB_HEADING_END = Pattern.compile("[。：:．]|\\.(?!\\d)");
    private static final String SENTENCE_END = "。！？；：…”’」』!?;";

    /**
     * One narrative field's text.
     *
     * @param fieldId the field
     * @param text the paragraphs, "\n" between them
     * @param line the decoded line where the body starts
     */
    public record Part(String fieldId, String text, int line) {
    }

    /**
     * What was found.
     *
     * @param parts the narrative fields found, in report order
     * @param signatureDate an ISO date signed under the last section, or null
     * @param signatureLine the decoded line of that date, or 0
     * @param signedName the agency's name signed under the last section, or null
     * @param signedLine the decoded line of that name, or 0
     * @param footer index (into the cleaned lines) of the page's chrome after the last section, or -1
     * @param notes remarks for the import report
     * @param keptWhole why 一 was kept whole in the overview although it has sub-headings of its
     *                  own (they cannot be mapped one to one to （一）–（五）), or null
     */
    public record Result(Map<String, Part> parts, String signatureDate, int signatureLine, String signedName, int signedLine,
                         int footer, List<String> notes, String keptWhole) {
    }

    private NarrativeParser() {
    }

    /**
     * Reads the narrative.
     *
     * @param lines the cleaned non-blank lines
     * @param outline the section headings among them
     * @param tables where the statistics tables are (never narrative)
     * @param wrapped true for PDF text, whose lines are wrapped at the page width and must be joined
     * @param agency the agency, whose name alone under 六 is a signature, or null
     * @param title the report title without blanks (a PDF repeats it as a page header), or null
     */
    public static Result parse(List<Outline.Cleaned> lines, Outline outline, List<LineSpan> tables, boolean wrapped,
                        String agency, String title) {
        if (title != null) {
            List<Outline.Cleaned> kept = new ArrayList<>(lines.size());
            int firstHeading = outline.first();
            for (int i = 0; i < lines.size(); i++) {
                Outline.Cleaned c = lines.get(i);
                // only after the first heading: before it the title is the title
                if (i <= firstHeading || firstHeading < 0 || !Chrome.squeeze(c.text()).equals(title)) {
                    kept.add(c);
                }
            }
            if (kept.size() != lines.size()) {
                lines = kept;
                outline = Outline.of(kept);
            }
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        int maxLen = wrapped ? typicalWidth(lines) : 0;
        // 一
        int start = outline.heading[0];
        boolean found = start >= 0;
        if (!found) {
            int sub = firstSubHeadingBefore(lines, outline.end(0, lines.size()));
            if (sub >= 0) {
                start = sub - 1; // the （一） line itself is body
                found = true;
                notes.add("未找到“一、总体情况”标题，从“（一）主动公开”处开始读取总体情况。");
            }
        }
        String keptWhole = null;
        if (found) {
            int end = Math.min(outline.end(0, lines.size()), firstTableLineAfter(lines, start, tables));
            keptWhole = overview(lines, start, end, outline.heading[0] >= 0 ? outline.rest[0] : null, tables, maxLen, parts, notes);
            if (keptWhole != null) {
                notes.add(keptWhole + "，“一、总体情况”全文导入“总体情况概述”，请按（一）至（五）分开填写。");
            }
        }
        Signature signature = Signature.NONE;
        int footer = -1;
        int last = outline.heading[5] >= 0 ? 5 : 4; // the signature stands under the last section
        for (int n = 4; n <= 5; n++) {
            int h = outline.heading[n];
            if (h < 0) {
                continue;
            }
            int end = outline.end(n, lines.size());
            List<Outline.Cleaned> body = new ArrayList<>();
            String rest = headingRest(outline.rest[n]);
            if (!rest.isEmpty()) {
                body.add(new Outline.Cleaned(lines.get(h).number(), rest));
            }
            for (int i = h + 1; i < end; i++) {
                Outline.Cleaned c = lines.get(i);
                if (Chrome.isChrome(c.text()) && n == last) {
                    footer = i;
                    break; // what follows the last section on a web page is the site footer
                }
                if (isBody(c, tables)) {
                    body.add(c);
                }
            }
            if (n == last) {
                signature = Signature.take(body, agency);
            }
            String field = n == 4 ? "text.problems" : "text.other";
            if (!body.isEmpty()) {
                parts.put(field, new Part(field, paragraphs(body, maxLen), body.get(0).number()));
            }
        }
        return new Result(parts, signature.date(), signature.dateLine(), signature.name(), signature.nameLine(), footer,
                notes, keptWhole);
    }

    private static String overview(List<Outline.Cleaned> lines, int heading, int end, String headingRest,
                                   List<LineSpan> tables, int maxLen, Map<String, Part> parts, List<String> notes) {
        List<Outline.Cleaned> items = new ArrayList<>();
        String rest = headingRest == null ? "" : headingRest(headingRest);
        if (!rest.isEmpty()) {
            items.add(new Outline.Cleaned(lines.get(heading).number(), rest));
        }
        for (int i = heading + 1; i < end; i++) {
            Outline.Cleaned c = lines.get(i);
            if (!isBody(c, tables)) {
                continue;
            }
            items.add(c);
        }
        // the report's own sub-headings: （一）, （二）, … in sequence at the start of a line or piece
        List<Integer> at = new ArrayList<>();
        List<Heading> subs = new ArrayList<>();
        List<String> rests = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Matcher m = SUB.matcher(Outline.unmark(items.get(i).text()));
            if (m.matches() && Outline.NUMERALS_TEN.indexOf(m.group(1).charAt(0)) == subs.size()) {
                at.add(i);
                subs.add(Heading.of(m.group(2)));
                rests.add(m.group(2));
            }
        }
        String[] fields = mapOneToOne(subs);
        List<String> bodies = new ArrayList<>();
        subs.forEach(h -> bodies.add(h.body()));
        if (fields == null && (fields = mapByNumber(items, at, rests, bodies)) != null) {
            notes.add("原文“一、总体情况”的小标题是自拟的（" + titles(subs) + "），按序号对应（一）至（五）导入。");
        }
        if (fields == null) {
            flush(OVERVIEW, items, maxLen, parts);
            return subs.isEmpty() ? null : "原文“一、总体情况”的小标题（" + titles(subs) + "）不能与（一）至（五）一一对应";
        }
        flush(OVERVIEW, items.subList(0, at.get(0)), maxLen, parts);
        for (int k = 0; k < subs.size(); k++) {
            List<Outline.Cleaned> body = new ArrayList<>();
            Outline.Cleaned h = items.get(at.get(k));
            if (!bodies.get(k).isEmpty()) {
                body.add(new Outline.Cleaned(h.number(), bodies.get(k)));
            }
            body.addAll(items.subList(at.get(k) + 1, k + 1 < subs.size() ? at.get(k + 1) : items.size()));
            flush(fields[k], body, maxLen, parts);
        }
        return null;
    }

    /**
     * The fields of five sub-headings numbered （一）–（五） in order that stand as headings but whose own
     * words do not all name a field ("（三）完善公开制度规范，加强政府信息管理"): each takes the field its
     * words name when they name one, else the one its numeral names. Null when they are not five, when
     * one does not stand as a heading (a numbered sentence in a list), or when the fields would not be
     * one to one. Replaces each body with the text after the heading's words.
     */
    static String[] mapByNumber(List<Outline.Cleaned> items, List<Integer> at, List<String> rests, List<String> bodies) {
        if (at.size() != SUBSECTIONS.length) {
            return null;
        }
        String[] out = new String[SUBSECTIONS.length];
        String[] body = new String[SUBSECTIONS.length];
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int k = 0; k < at.size(); k++) {
            int next = k + 1 < at.size() ? at.get(k + 1) : items.size();
            String rest = Chrome.strip(rests.get(k));
            int words = headingWords(rest, next > at.get(k) + 1);
            if (words < 0) {
                return null;
            }
            List<Integer> named = fieldsNamed(Chrome.squeeze(rest.substring(0, words)));
            int f = named.size() == 1 ? named.get(0) : named.isEmpty() || named.contains(k) ? k : -1;
            if (f < 0 || !used.add(SUBSECTIONS[f])) {
                return null;
            }
            out[k] = SUBSECTIONS[f];
            body[k] = words >= rest.length() ? "" : Chrome.strip(rest.substring(words + 1));
        }
        for (int k = 0; k < body.length; k++) {
            bodies.set(k, body[k]);
        }
        return out;
    }

    /**
     * How long the heading's words are in the text after a sub-heading's numeral when it stands as a
     * heading: a short line whose body follows on the next lines (closed by a full stop or not), or a
     * short clause without commas closed by 。 or ： with the body run on after it; -1 otherwise.
     */
    static int headingWords(String rest, boolean bodyBelow) {
        int close = firstOf(rest, "。：:！？；");
        if (bodyBelow && rest.length() <= 40 && (close < 0 || close == rest.length() - 1)) {
            return close < 0 ? rest.length() : close;
        }
        if (close > 0 && close <= 30 && close < rest.length() - 1 && firstOf(rest.substring(0, close), "，,、") < 0) {
            return close;
        }
        return -1;
    }

    private static boolean isBody(Outline.Cleaned c, List<LineSpan> tables) {
        // a piece of a glued line shares its line number with the tables glued into it: the
        // outline, not the table's line span, tells it apart
        return !Chrome.isChrome(c.text()) && (c.piece() || !inTable(c.number(), tables)) && !Chrome.isPageNumber(c.text());
    }

    /**
     * The field of each of a report's own sub-headings, or null when they cannot be mapped one to
     * one: a heading that names no field, names two and its numeral picks neither, or two
     * headings naming the same field.
     */
    static String[] mapOneToOne(List<Heading> subs) {
        if (subs.isEmpty() || subs.size() > SUBSECTIONS.length) {
            return null;
        }
        String[] out = new String[subs.size()];
        java.util.Set<String> used = new java.util.HashSet<>();
        for (int k = 0; k < subs.size(); k++) {
            String f = subs.get(k).field(k);
            if (f == null || !used.add(f)) {
                return null;
            }
            out[k] = f;
        }
        return out;
    }

    private static String titles(List<Heading> subs) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < subs.size(); k++) {
            if (k > 0) {
                sb.append("、");
            }
            String t = subs.get(k).title();
            sb.append('（').append(Outline.NUMERALS_TEN.charAt(k)).append('）')
                    .append(t.length() > 16 ? t.substring(0, 16) + "…" : t);
        }
        return sb.toString();
    }

    private static void flush(String field, List<Outline.Cleaned> body, int maxLen, Map<String, Part> parts) {
        if (!body.isEmpty()) {
            parts.put(field, new Part(field, paragraphs(body, maxLen), body.get(0).number()));
        }
    }

    /**
     * A sub-heading of 一 after its numeral: its title, the text that runs on after it, and the
     * fields its words name (主动公开 / 依申请 / 管理 / 平台 / 监督·考核·保障), whatever words surround
     * them: "主动公开方面", "政府信息公开监督保障情况。", "规范化办理依申请公开", "常态化开展监督管理".
     *
     * @param title the heading's words, without closing marks
     * @param body what follows the title on the same line, or ""
     * @param named the fields the title names, as indexes into {@link #SUBSECTIONS}
     */
    record Heading(String title, String body, List<Integer> named) {

        /** Parses the text after "（一）". */
        static Heading of(String rest) {
            int end = titleEnd(rest);
            String title = title(rest, end);
            String body = sentence(rest, end) ? Chrome.strip(rest)
                    : Chrome.strip(rest.substring(end).replaceFirst("^[。：:．.，,、\\s]+", ""));
            return new Heading(title, body, fieldsNamed(Chrome.squeeze(title)));
        }

        /** Whether the text after an ordinal is a heading naming a sub-section (without cutting out its body). */
        static boolean namesAField(String rest) {
            return !fieldsNamed(Chrome.squeeze(title(rest, titleEnd(rest)))).isEmpty();
        }

        /** A sentence, not a heading: "（一）加强组织领导，成立…" keeps all its words. */
        private static boolean sentence(String rest, int end) {
            return !isHeadingWords(Chrome.strip(rest.substring(0, end)))
                    || end < rest.length() && "，,；".indexOf(rest.charAt(end)) >= 0;
        }

        private static String title(String rest, int end) {
            if (sentence(rest, end)) {
                int comma = firstOf(rest, "，,；");
                return Chrome.strip(rest.substring(0, comma < 0 ? Math.min(rest.length(), 20) : comma));
            }
            return Chrome.strip(rest.substring(0, end));
        }

        /** True when the title names at least one field. */
        boolean namesAField() {
            return !named.isEmpty();
        }

        /**
         * The field for the {@code k}-th heading (0-based): the one its words name; where they name
         * two ("监督管理"), the one its position names if that is one of them; else null.
         */
        String field(int k) {
            if (named.size() == 1) {
                return SUBSECTIONS[named.get(0)];
            }
            return named.contains(k) ? SUBSECTIONS[k] : null;
        }
    }

    /** Words that name each of the five sub-sections of 一, in the order of {@link #SUBSECTIONS}. */
    private static final Pattern[] NAMES = {
        Pattern.compile("主动公开"),
        Pattern.compile("依申请|申请公开|公开申请|受理申请|申请办理"),
        Pattern.compile("管理|信息资源|审核|发布机制"),
        Pattern.compile("平台|网站|新媒体|政务微|渠道|载体|专栏建设|阵地"),
        Pattern.compile("监督|考核|保障|问责|评议|培训|组织领导"),
    };

    static List<Integer> fieldsNamed(String title) {
        List<Integer> out = new ArrayList<>(2);
        for (int k = 0; k < NAMES.length; k++) {
            if (NAMES[k].matcher(title).find()) {
                out.add(k);
            }
        }
        // "主动公开平台" or "依申请公开渠道" is about the platform only when nothing more specific is said
        if (out.size() > 1 && (out.contains(0) || out.contains(1)) && out.contains(3) && Chrome.squeeze(title).endsWith("建设")) {
            out.retainAll(List.of(3));
        }
        return out;
    }

    /**
     * Where a sub-heading's title ends in the text after its numeral: the whole text when it is
     * short heading words; else the earliest of a closing mark (。：:．), the end of 情况 or 方面,
     * or a blank that a crawler put between the heading and its first sentence — but not a blank
     * inside the title ("主动 公开 情况" in PDF text).
     */
    static int titleEnd(String rest) {
        if (rest.length() <= 20 && isHeadingWords(rest) && firstOf(rest, "。：:．") < 0) {
            return rest.length();
        }
        int limit = Math.min(rest.length(), 24);
        for (int i = 0; i < limit; i++) {
            char c = rest.charAt(i);
            if ("。：:．，,；".indexOf(c) >= 0 || c == '.' && (i + 1 >= rest.length() || !Character.isDigit(rest.charAt(i + 1)))) {
                return i;
            }
            if (i + 2 <= rest.length() && (rest.startsWith("情况", i) || rest.startsWith("方面", i))) {
                return i + 2;
            }
            if (Chrome.isBlank(c) && i > 0 && !continuesTitle(rest, i)) {
                return i;
            }
        }
        return rest.length() <= limit ? rest.length() : 0;
    }

    /** True when what follows a blank still belongs to the title ("情况", "工作", "方面"). */
    private static boolean continuesTitle(String rest, int from) {
        int a = from;
        while (a < rest.length() && Chrome.isBlank(rest.charAt(a))) {
            a++;
        }
        if (a == rest.length()) {
            return true;
        }
        for (String w : TITLE_WORDS) {
            if (rest.startsWith(w, a)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] TITLE_WORDS = {"情况", "工作", "方面", "建设", "公开", "管理", "保障"};

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Which of （一）–（五） a sub-heading is, by its words (some reports swap 三 and 四), else by its numeral. */
    static String subField(String rest, int ordinal) {
        String f = Heading.of(rest).field(ordinal);
        return f != null ? f : SUBSECTIONS[Math.min(ordinal, SUBSECTIONS.length - 1)];
    }

    /**
     * The body after a sub-heading: "主动公开情况。正文" → "正文", "主动公开：正文" → "正文",
     * "主动公开工作情况" → "", "主动公开情况2025年…" → "2025年…", "主动公开方面 正文" → "正文".
     */
    static String subBody(String rest) {
        return Heading.of(rest).body();
    }

    /** Heading words carry no digits and no sentence commas ("主动公开工作情况", not "2025年，全年…"). */
    private static boolean isHeadingWords(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '，' || c == ',' || c == '；') {
                return false;
            }
        }
        return true;
    }

    /** The text after a top heading's title, when a report runs its first sentence on: "五、…情况：正文". */
    private static String headingRest(String rest) {
        if (rest.length() <= 24) {
            return "";
        }
        Matcher d = SUB_HEADING_END.matcher(rest);
        if (d.find() && d.start() <= 24) {
            return Chrome.strip(rest.substring(d.end()));
        }
        return "";
    }

    private static int firstSubHeadingBefore(List<Outline.Cleaned> lines, int end) {
        for (int i = 0; i < end; i++) {
            Matcher m = SUB.matcher(lines.get(i).text());
            if (m.matches() && m.group(1).equals("一") && subField(m.group(2), 0).equals(SUBSECTIONS[0])) {
                return i;
            }
        }
        return -1;
    }

    private static int firstTableLineAfter(List<Outline.Cleaned> lines, int start, List<LineSpan> tables) {
        for (int i = Math.max(0, start + 1); i < lines.size(); i++) {
            if (!lines.get(i).piece() && inTable(lines.get(i).number(), tables)) {
                return i;
            }
        }
        return lines.size();
    }

    static boolean inTable(int line, List<LineSpan> tables) {
        for (LineSpan s : tables) {
            if (s.contains(line)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Joins lines into paragraphs; PDF lines wrapped at the page width are joined back first, and
     * pieces of one glued line are joined again with the blanks that stood between them.
     */
    static String paragraphs(List<Outline.Cleaned> body, int maxLen) {
        StringBuilder sb = new StringBuilder();
        String prev = null;
        int prevLine = -1;
        for (Outline.Cleaned c : body) {
            String t = maxLen > 0 ? pdfGaps(c.text()) : c.text();
            if (prev != null) {
                if (c.piece() && c.number() == prevLine) {
                    sb.append(c.glue());
                } else {
                    sb.append(maxLen > 0 && isWrapped(prev, maxLen) ? "" : "\n");
                }
            }
            sb.append(t);
            prev = t;
            prevLine = c.number();
        }
        return sb.toString();
    }

    /**
     * PDF extraction puts a tab where glyphs stand apart (a font change before digits, a table
     * gap); next to Chinese characters that is not a space anyone typed, elsewhere it is one.
     */
    static String pdfGaps(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\t') {
                sb.append(c);
                continue;
            }
            char before = sb.length() > 0 ? sb.charAt(sb.length() - 1) : ' ';
            char after = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (!isCjk(before) && !isCjk(after) && before != ' ' && after != ' ' && after != '\t') {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    static boolean isCjk(char c) {
        return (c >= '\u3000' && c <= '\u9FFF') || (c >= '\uFF00' && c <= '\uFFEF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    private static boolean isWrapped(String line, int maxLen) {
        char last = line.charAt(line.length() - 1);
        return SENTENCE_END.indexOf(last) < 0 && line.length() >= maxLen * 0.8;
    }

    /** The width of a full PDF text line: a high percentile of the line lengths. */
    private static int typicalWidth(List<Outline.Cleaned> lines) {
        int[] lens = new int[lines.size()];
        for (int i = 0; i < lens.length; i++) {
            lens[i] = lines.get(i).text().length();
        }
        java.util.Arrays.sort(lens);
        return lens.length == 0 ? 0 : Math.max(10, lens[(int) (lens.length * 0.9)]);
    }
}
