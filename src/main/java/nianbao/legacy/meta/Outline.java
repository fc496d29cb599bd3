package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's six top-level sections (一、总体情况 … 六、其他需要报告的事项) located in the cleaned
 * lines. A heading counts only with its numeral, a 、-like mark and a word of its title, and only
 * in order, so 三、本年度办理结果 inside table three or 一是… in a paragraph never start a section.
 */
public final class Outline {

    static final String NUMERALS = "一二三四五六";
    /** The numerals of sub-headings, which some reports count past 六. */
    static final String NUMERALS_TEN = "一二三四五六七八九十";
    private static final Pattern TOP = Pattern.compile("^([一二三四五六])[、.．,，]\\s*(.*)$");
    private static final Pattern[] WORDS = {
        Pattern.compile("总体情况|总体|概述|概况|基本情况"),
        Pattern.compile("主动公开"),
        Pattern.compile("申请"),
        Pattern.compile("复议|诉讼"),
        Pattern.compile("问题|改进|不足|整改"),
        Pattern.compile("其他|其它|需要报告|需报告|说明的事项"),
    };
    /** Markdown heading marks and bold around a heading copied from a Markdown page into plain text. */
    private static final Pattern MARKS = Pattern.compile("^(#{1,6}\\s*)?(\\*\\*|__)?");

    /** Index (into the cleaned lines) of each section's heading, or -1 when absent. */
    public final int[] heading = new int[6];
    /** The heading line's text after the numeral. */
    final String[] rest = new String[6];

    private Outline() {
        Arrays.fill(heading, -1);
    }

    /** Finds the headings in order among the cleaned lines. */
    public static Outline of(List<Cleaned> lines) {
        Outline o = new Outline();
        int next = 0;
        for (int i = 0; i < lines.size() && next < 6; i++) {
            String first = unmark(firstCell(lines.get(i).text()));
            if (first.length() > 48) {
                continue;
            }
            Matcher m = TOP.matcher(Chrome.squeeze(first.length() > 12 ? first.substring(0, 12) : first));
            if (!m.find()) {
                continue;
            }
            int n = NUMERALS.indexOf(m.group(1).charAt(0));
            if (n < next) {
                continue;
            }
            if (fits(n, first)) {
                o.heading[n] = i;
                o.rest[n] = first.substring(first.indexOf(m.group(1).charAt(0)) + 1).replaceFirst("^[、.．,，\\s]+", "");
                next = n + 1;
            }
        }
        return o;
    }

    /** True when a heading's text (numeral included) names section {@code n} within its first words. */
    static boolean fits(int n, String heading) {
        String body = Chrome.squeeze(heading);
        return WORDS[n].matcher(body.length() > 24 ? body.substring(0, 24) : body).find();
    }

    /** The text without a leading Markdown heading mark ("### ") or bold marks ("**…**", "**…**正文") around its start. */
    static String unmark(String s) {
        if (s.isEmpty() || s.charAt(0) != '#' && s.charAt(0) != '*' && s.charAt(0) != '_') {
            return s;
        }
        Matcher m = MARKS.matcher(s);
        String t = Chrome.strip(m.replaceFirst(""));
        if (t.endsWith("**") || t.endsWith("__")) {
            t = Chrome.strip(t.substring(0, t.length() - 2));
        } else if (m.reset().lookingAt() && m.group(2) != null && t.contains(m.group(2))) {
            // the bold closes inside the line: "**（一）主动公开。**正文"
            int close = t.indexOf(m.group(2));
            t = t.substring(0, close) + t.substring(close + 2);
        }
        return t;
    }

    /** Index of the first heading after section {@code n}'s, or {@code size} when none follows. */
    int end(int n, int size) {
        for (int k = n + 1; k < 6; k++) {
            if (heading[k] >= 0) {
                return heading[k];
            }
        }
        return size;
    }

    /** Index of the first found heading, or -1. */
    public int first() {
        for (int h : heading) {
            if (h >= 0) {
                return h;
            }
        }
        return -1;
    }

    /** The numerals of the sections that were found, e.g. [一, 二, 五, 六]. */
    public List<String> found() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            if (heading[k] >= 0) {
                out.add(String.valueOf(NUMERALS.charAt(k)));
            }
        }
        return out;
    }

    static String firstCell(String raw) {
        String line = raw.startsWith("|") ? raw.substring(1) : raw;
        int cut = line.length();
        int t = line.indexOf('\t');
        if (t >= 0) {
            cut = t;
        }
        int p = line.indexOf('|');
        if (p >= 0 && p < cut) {
            cut = p;
        }
        return Chrome.strip(line.substring(0, cut));
    }

    /**
     * One non-blank line after cleaning, with its line number in the decoded text; or a piece of a
     * long line that held several sections glued together (a crawler's innerText), cut where a
     * heading starts.
     *
     * @param number the line number in the decoded input
     * @param text the cleaned text
     * @param glue null for a whole line; for a piece, the blanks that stood before it in the line
     *             ("" for the line's first piece), to join pieces that turn out not to be headings
     */
    public record Cleaned(int number, String text, String glue) {

        /** A whole line. */
        public Cleaned(int number, String text) {
            this(number, text, null);
        }

        /** True when this is a piece of a longer line, not a whole line. */
        boolean piece() {
            return glue != null;
        }
    }
}
