package nianbao.legacy;

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
final class NarrativeParser {

    static final String OVERVIEW = "text.overview";
    static final String[] SUBSECTIONS = {"text.overview_proactive", "text.overview_on_request",
        "text.overview_management", "text.overview_platform", "text.overview_supervision"};

    private static final Pattern SUB = Pattern.compile("^[（(]\\s*([一二三四五])\\s*[）)]\\s*(.*)$");
    private static final Pattern SUB_HEADING_END = Pattern.compile("[。：:．]|\\.(?!\\d)");
    private static final Pattern SIGNATURE_DATE = Pattern.compile(
            "^(\\d{4})\\s*[年\\-/.]\\s*(\\d{1,2})\\s*[月\\-/.]\\s*(\\d{1,2})\\s*日?$");
    private static final String SENTENCE_END = "。！？；：…”’」』!?;";

    /**
     * One narrative field's text.
     *
     * @param fieldId the field
     * @param text the paragraphs, "\n" between them
     * @param line the decoded line where the body starts
     */
    record Part(String fieldId, String text, int line) {
    }

    /**
     * What was found.
     *
     * @param parts the narrative fields found, in report order
     * @param signatureDate an ISO date signed under the last section, or null
     * @param signatureLine the decoded line of that date, or 0
     * @param notes remarks for the import report
     */
    record Result(Map<String, Part> parts, String signatureDate, int signatureLine, List<String> notes) {
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
    static Result parse(List<Outline.Cleaned> lines, Outline outline, List<LineSpan> tables, boolean wrapped,
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
        if (found) {
            int end = Math.min(outline.end(0, lines.size()), firstTableLineAfter(lines, start, tables));
            overview(lines, start, end, outline.heading[0] >= 0 ? outline.rest[0] : null, tables, maxLen, parts);
        }
        String[] signature = new String[2];
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
                if (Chrome.isChrome(c.text())) {
                    if (n == 5) {
                        break; // what follows the last section on a web page is the site footer
                    }
                    continue;
                }
                if (!inTable(c.number(), tables) && !Chrome.isPageNumber(c.text())) {
                    body.add(c);
                }
            }
            if (n == 5) {
                dropSignature(body, agency, signature);
            }
            String field = n == 4 ? "text.problems" : "text.other";
            if (!body.isEmpty()) {
                parts.put(field, new Part(field, paragraphs(body, maxLen), body.get(0).number()));
            }
        }
        return new Result(parts, signature[0], signature[1] == null ? 0 : Integer.parseInt(signature[1]), notes);
    }

    private static void overview(List<Outline.Cleaned> lines, int heading, int end, String headingRest,
                                 List<LineSpan> tables, int maxLen, Map<String, Part> parts) {
        List<Outline.Cleaned> current = new ArrayList<>();
        String field = OVERVIEW;
        int lastOrdinal = -1;
        String rest = headingRest == null ? "" : headingRest(headingRest);
        if (!rest.isEmpty()) {
            current.add(new Outline.Cleaned(lines.get(heading).number(), rest));
        }
        for (int i = heading + 1; i < end; i++) {
            Outline.Cleaned c = lines.get(i);
            if (Chrome.isChrome(c.text()) || inTable(c.number(), tables) || Chrome.isPageNumber(c.text())) {
                continue;
            }
            Matcher m = SUB.matcher(c.text());
            if (m.matches()) {
                int ordinal = Outline.NUMERALS.indexOf(m.group(1).charAt(0));
                String target = subField(m.group(2), ordinal);
                if (ordinal > lastOrdinal && !parts.containsKey(target) && !target.equals(field)) {
                    flush(field, current, maxLen, parts);
                    current = new ArrayList<>();
                    field = target;
                    lastOrdinal = ordinal;
                    String body = subBody(m.group(2));
                    if (!body.isEmpty()) {
                        current.add(new Outline.Cleaned(c.number(), body));
                    }
                    continue;
                }
            }
            current.add(c);
        }
        flush(field, current, maxLen, parts);
    }

    private static void flush(String field, List<Outline.Cleaned> body, int maxLen, Map<String, Part> parts) {
        if (!body.isEmpty()) {
            parts.put(field, new Part(field, paragraphs(body, maxLen), body.get(0).number()));
        }
    }

    /** Which of （一）–（五） a sub-heading is, by its words first (some reports swap 三 and 四), else by its numeral. */
    static String subField(String rest, int ordinal) {
        String head = Chrome.squeeze(rest.length() > 20 ? rest.substring(0, 20) : rest);
        if (head.contains("依申请") || head.startsWith("申请公开")) {
            return SUBSECTIONS[1];
        }
        if (head.contains("主动公开")) {
            return SUBSECTIONS[0];
        }
        if (head.contains("平台")) {
            return SUBSECTIONS[3];
        }
        if (head.contains("管理")) {
            return SUBSECTIONS[2];
        }
        if (head.contains("监督") || head.contains("保障")) {
            return SUBSECTIONS[4];
        }
        return SUBSECTIONS[ordinal];
    }

    /**
     * The body after a sub-heading: "主动公开情况。正文" → "正文", "主动公开：正文" → "正文",
     * "主动公开工作情况" → "", "主动公开情况2025年…" → "2025年…".
     */
    static String subBody(String rest) {
        Matcher d = SUB_HEADING_END.matcher(rest);
        if (d.find() && d.start() <= 20 && isHeadingWords(rest.substring(0, d.start()))) {
            return Chrome.strip(rest.substring(d.end()));
        }
        int qk = rest.indexOf("情况");
        if (qk >= 0 && qk <= 16 && isHeadingWords(rest.substring(0, qk))) {
            return Chrome.strip(rest.substring(qk + 2).replaceFirst("^[。：:．.，,\\s]+", ""));
        }
        if (rest.length() <= 20 && isHeadingWords(rest)) {
            return "";
        }
        return Chrome.strip(rest);
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
            if (inTable(lines.get(i).number(), tables)) {
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

    /** Removes the agency name and date signed under the last section; remembers the date. */
    private static void dropSignature(List<Outline.Cleaned> body, String agency, String[] date) {
        for (int k = 0; k < 3 && !body.isEmpty(); k++) {
            String last = body.get(body.size() - 1).text();
            Matcher m = SIGNATURE_DATE.matcher(last);
            if (m.matches()) {
                date[0] = String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                date[1] = String.valueOf(body.get(body.size() - 1).number());
                body.remove(body.size() - 1);
            } else if (agency != null && Chrome.squeeze(last).equals(Chrome.squeeze(agency))) {
                body.remove(body.size() - 1);
            } else {
                return;
            }
        }
    }

    /** Joins lines into paragraphs; PDF lines wrapped at the page width are joined back first. */
    static String paragraphs(List<Outline.Cleaned> body, int maxLen) {
        StringBuilder sb = new StringBuilder();
        String prev = null;
        for (Outline.Cleaned c : body) {
            String t = maxLen > 0 ? pdfGaps(c.text()) : c.text();
            if (prev != null) {
                sb.append(maxLen > 0 && isWrapped(prev, maxLen) ? "" : "\n");
            }
            sb.append(t);
            prev = t;
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
