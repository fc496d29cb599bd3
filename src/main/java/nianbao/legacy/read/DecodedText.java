package nianbao.legacy.read;

import java.util.List;

/**
 * A legacy report turned into lines, with what it was: the input kind ({@code text}, {@code html},
 * {@code docx}, {@code pdf}, {@code markdown}) and the character set it was decoded with.
 *
 * @param file the input as the user named it
 * @param kind the input kind
 * @param charset the character set used for text inputs (e.g. {@code UTF-8}, {@code GB18030}), or
 *                the container format for binary ones
 * @param lines the decoded lines, numbered from one
 * @param notes what the import report should say about the reading itself (e.g. bytes that fit no
 *              character and were replaced), in Chinese
 */
public record DecodedText(String file, String kind, String charset, List<TextLine> lines, List<String> notes) {

    public DecodedText {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    /** Decoded text with nothing to note about the reading. */
    public DecodedText(String file, String kind, String charset, List<TextLine> lines) {
        this(file, kind, charset, lines, List.of());
    }

    /** The numbers of the lines where bytes that fit no character were replaced by U+FFFD, in order. */
    public List<Integer> damagedLines() {
        List<Integer> out = new java.util.ArrayList<>();
        for (TextLine l : lines) {
            if (l.text().indexOf('\uFFFD') >= 0) {
                out.add(l.number());
            }
        }
        return out;
    }

    /** Numbers the given line texts from one. */
    public static List<TextLine> number(List<String> texts) {
        TextLine[] out = new TextLine[texts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new TextLine(i + 1, texts.get(i));
        }
        return List.of(out);
    }

    /** Splits text into lines on CR, LF or CRLF, a form feed (the page break of pdftotext) and the Unicode line/paragraph separators. */
    public static List<String> splitLines(String text) {
        List<String> out = new java.util.ArrayList<>();
        int from = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029') {
                out.add(text.substring(from, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                from = i + 1;
            }
        }
        out.add(text.substring(from));
        return java.util.Collections.unmodifiableList(out);
    }
}
