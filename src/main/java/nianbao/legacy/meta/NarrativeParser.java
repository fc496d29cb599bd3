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
    /** A sub-heading numbered 1. 1． 1、 (not a number such as 1.5万). */
    private static final Pattern ARABIC_SUB = Pattern.compile("^([1-9])\\s*[.．、]\\s*(?![\\d.．])(.*)$");
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
     * @param together the sub-sections of 一 written together with another under one heading, each with
     *                 that heading ("（四）政府信息公开平台建设、监督保障情况"); their text is in the other's field
     */
    public record Result(Map<String, Part> parts, String signatureDate, int signatureLine, String signedName, int signedLine,
                         int footer, List<String> notes, String keptWhole, Map<String, String> together) {
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
        Map<String, String> together = new LinkedHashMap<>();
        if (found) {
            int end = Math.min(outline.end(0, lines.size()), firstTableLineAfter(lines, start, tables));
            keptWhole = overview(lines, start, end, outline.heading[0] >= 0 ? outline.rest[0] : null, tables, maxLen, parts, notes,
                    together);
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
                notes, keptWhole, together);
    }

    private static String overview(List<Outline.Cleaned> lines, int heading, int end, String headingRest,
                                   List<LineSpan> tables, int maxLen, Map<String, Part> parts, List<String> notes,
                                   Map<String, String> together) {
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
        // the report's own sub-headings: （一）, （二）, … in sequence at the start of a line or piece; where
        // there are none, 1. 2. … (a report that numbers its sub-sections so)
        List<Integer> at = new ArrayList<>();
        List<SubHeadings.Heading> subs = new ArrayList<>();
        List<String> rests = new ArrayList<>();
        boolean arabic = false;
        for (Pattern numbered : List.of(SUB, ARABIC_SUB)) {
            for (int i = 0; i < items.size(); i++) {
                Matcher m = numbered.matcher(Outline.unmark(items.get(i).text()));
                if (m.matches() && ordinal(m.group(1)) == subs.size()) {
                    at.add(i);
                    subs.add(SubHeadings.Heading.of(m.group(2)));
                    rests.add(m.group(2));
                }
            }
            if (!subs.isEmpty()) {
                arabic = numbered == ARABIC_SUB;
                break;
            }
        }
        String[] fields = SubHeadings.mapOneToOne(subs);
        List<String> bodies = new ArrayList<>();
        subs.forEach(h -> bodies.add(h.body()));
        if (fields == null && (fields = SubHeadings.mapByNumber(items, at, rests, bodies)) != null) {
            notes.add("原文“一、总体情况”的小标题是自拟的（" + SubHeadings.titles(subs, arabic) + "），按序号对应（一）至（五）导入。");
        }
        if (fields == null) {
            flush(OVERVIEW, items, maxLen, parts);
            return subs.isEmpty() ? null
                    : "原文“一、总体情况”的小标题（" + SubHeadings.titles(subs, arabic) + "）不能与（一）至（五）一一对应";
        }
        flush(OVERVIEW, items.subList(0, at.get(0)), maxLen, parts);
        List<String> mapped = List.of(fields);
        for (int k = 0; k < subs.size(); k++) {
            for (int g : subs.get(k).named()) {
                if (!mapped.contains(SUBSECTIONS[g])) {
                    // "（四）政府信息公开平台建设、监督保障情况": （五） is in （四）, not missing
                    together.putIfAbsent(SUBSECTIONS[g], (arabic ? (k + 1) + "." : "（" + Outline.NUMERALS_TEN.charAt(k) + "）")
                            + subs.get(k).title());
                }
            }
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

    /** The 0-based place of a sub-heading's numeral: 一 or 1 is 0. */
    private static int ordinal(String numeral) {
        char c = numeral.charAt(0);
        return c >= '1' && c <= '9' ? c - '1' : Outline.NUMERALS_TEN.indexOf(c);
    }

    private static boolean isBody(Outline.Cleaned c, List<LineSpan> tables) {
        // a piece of a glued line shares its line number with the tables glued into it: the
        // outline, not the table's line span, tells it apart
        return !Chrome.isChrome(c.text()) && (c.piece() || !inTable(c.number(), tables)) && !Chrome.isPageNumber(c.text());
    }

    private static void flush(String field, List<Outline.Cleaned> body, int maxLen, Map<String, Part> parts) {
        if (!body.isEmpty()) {
            parts.put(field, new Part(field, paragraphs(body, maxLen), body.get(0).number()));
        }
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
            if (m.matches() && m.group(1).equals("一") && SubHeadings.subField(m.group(2), 0).equals(SUBSECTIONS[0])) {
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
