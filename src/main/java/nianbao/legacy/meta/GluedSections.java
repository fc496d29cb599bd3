package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts long lines where a section heading starts inside them, so the outline and the narrative
 * see headings a web crawler's innerText (or a heading run on into its first sentence) glued into
 * one line: {@code …提供有力保障。 （一）主动公开方面 平潭…}. A heading counts only at a sentence
 * boundary (line start, a blank, or 。！？；) and only when its words name a section, so the
 * {@code （一）} of {@code 第二十条第（一）项} or of an enumeration inside a sentence, and the row
 * labels of a glued table, stay where they are.
 */
public final class GluedSections {

    /** Shorter lines cannot hold a heading and a body the outline would miss. */
    static final int MIN_LENGTH = 48;
    /**
     * How much of the text after a sub-heading's ordinal decides whether it names a sub-section: its
     * title ends within 24 characters, or at the first comma of a sentence (a title longer than this
     * names nothing a clerk would call a heading). Keeps a 5 MB line linear.
     */
    static final int HEADING_WINDOW = 200;
    private static final Pattern TOP = Pattern.compile("[一二三四五六][、．.]");
    private static final Pattern SUB = Pattern.compile("[（(]\\s*[一二三四五六七八九十]\\s*[）)]");
    /** Where a top heading's title ends: its last word, a blank or a closing mark. */
    private static final Pattern TITLE_END = Pattern.compile("情况|事项|措施|方面|\\s|[。：:]");
    private static final String BOUNDARY = "。！？；!?;";

    private GluedSections() {
    }

    /** The lines with every long one cut at the headings inside it; other lines unchanged. */
    public static List<Outline.Cleaned> split(List<Outline.Cleaned> lines) {
        List<Outline.Cleaned> out = null;
        for (int i = 0; i < lines.size(); i++) {
            Outline.Cleaned c = lines.get(i);
            List<Integer> cuts = c.text().length() > MIN_LENGTH ? cuts(c.text()) : List.of();
            if (cuts.isEmpty()) {
                if (out != null) {
                    out.add(c);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            pieces(c, cuts, out);
        }
        return out == null ? lines : out;
    }

    private static void pieces(Outline.Cleaned c, List<Integer> cuts, List<Outline.Cleaned> out) {
        String t = c.text();
        int from = 0;
        String glue = "";
        List<Integer> all = new ArrayList<>(cuts);
        all.add(t.length());
        for (int cut : all) {
            String piece = t.substring(from, cut);
            String stripped = Chrome.strip(piece);
            if (!stripped.isEmpty()) {
                int lead = piece.indexOf(stripped);
                out.add(new Outline.Cleaned(c.number(), stripped, glue + piece.substring(0, lead)));
                glue = piece.substring(lead + stripped.length());
            } else {
                glue += piece;
            }
            from = cut;
        }
    }

    /** The offsets where a piece starts: before each heading, and after a top heading's title. */
    static List<Integer> cuts(String t) {
        List<Integer> out = new ArrayList<>();
        Matcher top = TOP.matcher(t);
        while (top.find()) {
            int at = top.start();
            if (!atBoundary(t, at)) {
                continue;
            }
            int n = Outline.NUMERALS.indexOf(t.charAt(at));
            int end = titleEnd(t, top.end());
            if (end < 0 || !Outline.fits(n, t.substring(at, end))) {
                continue;
            }
            if (at > 0) {
                out.add(at);
            }
            if (end < t.length()) {
                out.add(end);
            }
        }
        Matcher sub = SUB.matcher(t);
        while (sub.find()) {
            int at = sub.start();
            String rest = t.substring(sub.end(), Math.min(t.length(), sub.end() + HEADING_WINDOW));
            if (at > 0 && atBoundary(t, at) && SubHeadings.Heading.namesAField(rest)) {
                out.add(at);
            }
        }
        out.sort(null);
        return out.stream().distinct().toList();
    }

    /** True at the line start, after a blank or after the end of a sentence. */
    private static boolean atBoundary(String t, int at) {
        if (at == 0) {
            return true;
        }
        char before = t.charAt(at - 1);
        return Chrome.isBlank(before) || BOUNDARY.indexOf(before) >= 0;
    }

    /** Where a top heading's title ends (after its closing mark, if any), or -1 when it runs on past 30 characters. */
    private static int titleEnd(String t, int from) {
        Matcher m = TITLE_END.matcher(t);
        m.region(from, Math.min(t.length(), from + 30));
        if (!m.find()) {
            return t.length() - from <= 30 ? t.length() : -1;
        }
        int end = Chrome.isBlank(t.charAt(m.start())) ? m.start() : m.end();
        while (end < t.length() && "。：:．".indexOf(t.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }
}
