package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static nianbao.legacy.meta.NarrativeParser.SUBSECTIONS;

/**
 * The sub-headings of 一、总体情况 as a report writes them, and which of the five sub-sections
 * （一）主动公开 … （五）监督保障 ({@link NarrativeParser#SUBSECTIONS}) each is: by the words it says,
 * whatever words surround them; by its numeral where it names two, or where five headings in the
 * official order are the agency's own words.
 */
final class SubHeadings {

    private SubHeadings() {
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
        Set<String> used = new HashSet<>();
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
     * short clause closed by 。 or ： with the body run on after it — one phrase, or two short ones
     * ("完善公开制度规范，加强政府信息管理。正文"), without digits; -1 otherwise.
     */
    static int headingWords(String rest, boolean bodyBelow) {
        int close = firstOf(rest, "。：:！？；");
        if (bodyBelow && rest.length() <= 40 && (close < 0 || close == rest.length() - 1)) {
            return close < 0 ? rest.length() : close;
        }
        if (close > 0 && close <= 30 && close < rest.length() - 1 && runOnWords(rest.substring(0, close))) {
            return close;
        }
        return -1;
    }

    /** Words that can be a heading run on into its body: no digits, at most two phrases of 2–15 characters. */
    private static boolean runOnWords(String words) {
        for (int i = 0; i < words.length(); i++) {
            if (Character.isDigit(words.charAt(i))) {
                return false;
            }
        }
        String[] phrases = words.split("[，,、]", -1);
        if (phrases.length > 2) {
            return false;
        }
        for (String p : phrases) {
            int n = Chrome.squeeze(p).length();
            if (n < 2 || n > 15) {
                return false;
            }
        }
        return true;
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
        Set<String> used = new HashSet<>();
        for (int k = 0; k < subs.size(); k++) {
            String f = subs.get(k).field(k);
            if (f == null || !used.add(f)) {
                return null;
            }
            out[k] = f;
        }
        return out;
    }

    /**
     * The headings as the import report quotes them: "（一）主动公开情况、（二）…" (or "1.主动公开情况、2.…"
     * when {@code arabic}), each cut at 16 characters.
     */
    static String titles(List<Heading> subs, boolean arabic) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < subs.size(); k++) {
            if (k > 0) {
                sb.append("、");
            }
            String t = subs.get(k).title();
            sb.append(arabic ? (k + 1) + "." : "（" + Outline.NUMERALS_TEN.charAt(k) + "）")
                    .append(t.length() > 16 ? t.substring(0, 16) + "…" : t);
        }
        return sb.toString();
    }

    /**
     * A sub-heading of 一 after its numeral: its title, the text that runs on after it, and the
     * fields its words name (主动公开 / 依申请 / 管理 / 平台 / 监督·考核·保障), whatever words surround
     * them: "主动公开方面", "政府信息公开监督保障情况。", "规范化办理依申请公开", "常态化开展监督管理".
     *
     * @param title the heading's words, without closing marks
     * @param body what follows the title on the same line, or ""
     * @param named the fields the title names, as indexes into {@link NarrativeParser#SUBSECTIONS}
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

    /** Words that name each of the five sub-sections of 一, in the order of {@link NarrativeParser#SUBSECTIONS}. */
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

}
