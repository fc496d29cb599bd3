package nianbao.legacy;

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
final class Outline {

    static final String NUMERALS = "一二三四五六";
    private static final Pattern TOP = Pattern.compile("^([一二三四五六])[、.．,，]\\s*(.*)$");
    private static final Pattern[] WORDS = {
        Pattern.compile("总体情况|总体|概述|基本情况"),
        Pattern.compile("主动公开"),
        Pattern.compile("申请"),
        Pattern.compile("复议|诉讼"),
        Pattern.compile("问题|改进"),
        Pattern.compile("其他|需要报告"),
    };

    /** Index (into the cleaned lines) of each section's heading, or -1 when absent. */
    final int[] heading = new int[6];
    /** The heading line's text after the numeral. */
    final String[] rest = new String[6];

    private Outline() {
        Arrays.fill(heading, -1);
    }

    /** Finds the headings in order among the cleaned lines. */
    static Outline of(List<Cleaned> lines) {
        Outline o = new Outline();
        int next = 0;
        for (int i = 0; i < lines.size() && next < 6; i++) {
            String first = firstCell(lines.get(i).text());
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
            String body = Chrome.squeeze(first);
            if (WORDS[n].matcher(body.length() > 24 ? body.substring(0, 24) : body).find()) {
                o.heading[n] = i;
                o.rest[n] = first.substring(first.indexOf(m.group(1).charAt(0)) + 1).replaceFirst("^[、.．,，\\s]+", "");
                next = n + 1;
            }
        }
        return o;
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
    int first() {
        for (int h : heading) {
            if (h >= 0) {
                return h;
            }
        }
        return -1;
    }

    /** The numerals of the sections that were found, e.g. [一, 二, 五, 六]. */
    List<String> found() {
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
     * One non-blank line after cleaning, with its line number in the decoded text.
     *
     * @param number the line number in the decoded input
     * @param text the cleaned text
     */
    record Cleaned(int number, String text) {
    }
}
