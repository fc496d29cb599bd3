package nianbao.legacy.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes Markdown markup a report's text does not contain: heading marks, strong emphasis, block
 * quotes, table separator rows and backslash escapes. Table rows stay pipe-separated
 * for the statistics parser.
 */
public final class MarkdownText {

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern SEPARATOR_ROW = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?");
    /** Strong emphasis inside a line (bold around a sub-heading that runs on into its body, a bold cell). */
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~])");

    private MarkdownText() {
    }

    /** True when a text names itself Markdown by its markup: a heading mark and a table separator row, or several headings. */
    static boolean looksLikeMarkdown(List<String> raw) {
        int headings = 0;
        boolean separator = false;
        for (int i = 0; i < Math.min(raw.size(), 400); i++) {
            String s = raw.get(i);
            if (HEADING.matcher(s).lookingAt()) {
                headings++;
            } else if (!separator && s.contains("---") && SEPARATOR_ROW.matcher(s).matches()) {
                separator = true;
            }
        }
        return headings >= 3 || headings >= 1 && separator;
    }

    static List<String> lines(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (String line : raw) {
            String s = line;
            if (SEPARATOR_ROW.matcher(s).matches()) {
                out.add("");
                continue;
            }
            s = HEADING.matcher(s).replaceFirst("");
            s = QUOTE.matcher(s).replaceFirst("");
            String t = s.strip();
            if (t.length() > 4 && (t.startsWith("**") && t.endsWith("**") || t.startsWith("__") && t.endsWith("__"))) {
                s = t.substring(2, t.length() - 2);
            }
            if (s.indexOf("**") >= 0 || s.indexOf("__") >= 0) {
                s = EMPHASIS.matcher(s).replaceAll("$2"); // **（一）主动公开。**正文, | **合计** |
            }
            if (s.indexOf('\\') >= 0) {
                s = ESCAPE.matcher(s).replaceAll("$1");
            }
            out.add(s);
        }
        return out;
    }
}
