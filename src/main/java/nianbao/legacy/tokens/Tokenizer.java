package nianbao.legacy.tokens;

import nianbao.legacy.read.Text;
import nianbao.legacy.read.TextLine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Splits decoded lines into cells (tabs, pipes, Markdown rows, runs of spaces, or one cell per
 * line), classifies each cell as text, number, placeholder or junk, and drops page chrome. Runs in
 * time linear in the input: no regular expressions, long lines cut at {@link Text#MAX_LINE}.
 */
public final class Tokenizer {

    private static final String[] PLACEHOLDERS = {"-", "--", "—", "——", "–", "/", "无", "×", "*", "---"};
    private static final String[] UNITS = {"万元", "万", "件", "元", "项", "条", "个", "次"};

    public final List<Token> tokens = new ArrayList<>();
    public int chromeLines;
    public int truncatedLines;
    public int junkCells;
    public boolean markdown;

    private Tokenizer() {
    }

    /** Lines from which on a text is tokenised in two halves at once (lines are independent). */
    private static final int PARALLEL_LINES = 20_000;

    /** Tokenises every line. */
    public static Tokenizer run(List<TextLine> lines) {
        if (lines.size() < PARALLEL_LINES) {
            return run(lines, 0, lines.size());
        }
        // A huge input (a garbage file, a whole website saved as one page): the first half on another
        // thread; each line's tokens depend on that line alone, so the halves join exactly.
        int half = lines.size() / 2;
        Supplier<Tokenizer> first = background(() -> run(lines, 0, half));
        Tokenizer second = run(lines, half, lines.size());
        Tokenizer t = first.get();
        t.tokens.addAll(second.tokens);
        t.chromeLines += second.chromeLines;
        t.truncatedLines += second.truncatedLines;
        t.junkCells += second.junkCells;
        t.markdown |= second.markdown;
        return t;
    }

    /**
     * Starts tokenising a large input on another thread, so that it runs while the caller reads the
     * outline (tokens do not depend on the format); null for an ordinary input.
     */
    public static Supplier<Tokenizer> ahead(List<TextLine> lines) {
        return lines.size() < PARALLEL_LINES ? null : background(() -> run(lines, 0, lines.size()));
    }

    private static Supplier<Tokenizer> background(Callable<Tokenizer> work) {
        FutureTask<Tokenizer> task = new FutureTask<>(work);
        Thread worker = new Thread(task, "nianbao-tokenizer");
        worker.setDaemon(true);
        worker.start();
        return () -> {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("导入被中断", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    private static Tokenizer run(List<TextLine> lines, int from, int to) {
        Tokenizer t = new Tokenizer();
        for (int i = from; i < to; i++) {
            TextLine line = lines.get(i);
            if (line == null || line.text() == null) {
                continue;
            }
            t.line(line.number(), line.text());
        }
        return t;
    }

    private void line(int number, String original) {
        String s = original;
        if (s.length() > Text.MAX_LINE) {
            s = s.substring(0, Text.MAX_LINE);
            truncatedLines++;
        }
        String h = Text.half(s);
        String squeezed = Text.squeeze(h);
        if (squeezed.isEmpty()) {
            return;
        }
        if (Text.isChrome(squeezed)) {
            chromeLines++;
            return;
        }
        if (h.indexOf('\t') >= 0) {
            cells(number, h, '\t', Token.Sep.TAB);
        } else if (h.indexOf('|') >= 0) {
            if (isMarkdownRule(h)) {
                markdown = true;
                return;
            }
            cells(number, h, '|', Token.Sep.PIPE);
        } else if (hasSpaceSeparatedNumber(h)) {
            spaces(number, h);
        } else {
            int start = 0;
            while (start < h.length() && Text.isSpace(h.charAt(start))) {
                start++;
            }
            cell(number, h.substring(start).trim(), start, Token.Sep.SINGLE);
        }
    }

    /** A Markdown table rule such as {@code |---|:---:|}. */
    private static boolean isMarkdownRule(String h) {
        boolean dash = false;
        for (int i = 0; i < h.length(); i++) {
            char c = h.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && !Text.isSpace(c)) {
                return false;
            }
        }
        return dash && h.contains("--");
    }

    /** True when some whitespace-delimited piece of the line is a number (a space-separated row). */
    private static boolean hasSpaceSeparatedNumber(String h) {
        int n = h.length();
        int i = 0;
        boolean sawSpace = false;
        while (i < n) {
            while (i < n && Text.isSpace(h.charAt(i))) {
                i++;
                sawSpace = true;
            }
            int start = i;
            while (i < n && !Text.isSpace(h.charAt(i))) {
                i++;
            }
            if ((i > start && sawSpace || i > start && i < n) && i - start <= 40) {
                String piece = h.substring(start, i);
                if (Character.isDigit(h.charAt(start)) && (parseNumber(piece) != null || plainDigits(piece, 0, piece.length()))
                        || start > 0 && i - start <= 3 && isPlaceholder(piece)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void cells(int number, String h, char sep, Token.Sep style) {
        int start = 0;
        int n = h.length();
        boolean afterValue = false;
        List<Integer> empties = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            if (i == n || h.charAt(i) == sep) {
                int a = start;
                while (a < i && Text.isSpace(h.charAt(a))) {
                    a++;
                }
                int b = i;
                while (b > a && Text.isSpace(h.charAt(b - 1))) {
                    b--;
                }
                if (b > a) {
                    String raw = h.substring(a, b);
                    boolean value = isValueCell(raw);
                    if (value && afterValue) {
                        // Empty cells between two numbers are blank cells of the row (often meaning 0).
                        for (int e : empties) {
                            tokens.add(new Token(Token.Kind.PLACEHOLDER, "", "", "", null, false, number, e + 1, style));
                        }
                    }
                    empties.clear();
                    cell(number, raw, a, style);
                    afterValue = value;
                } else if (afterValue && i < n) {
                    empties.add(start);
                }
                start = i + 1;
            }
        }
    }

    private static boolean isValueCell(String raw) {
        String squeezed = Text.squeeze(raw);
        return !isBareOrdinal(squeezed) && cellNumber(squeezed) != null && digitGroups(raw) <= 1 || isPlaceholder(squeezed);
    }

    /**
     * A cell's number ({@link #parseNumber}), or a whole number with a minus sign printed as the cell's
     * own first character ({@code -18}, {@code －18}: the 2019 format's 本年增/减). A lone dash stays a placeholder.
     */
    static BigDecimal cellNumber(String squeezed) {
        BigDecimal n = parseNumber(squeezed);
        if (n != null || squeezed.length() < 2 || "-－−".indexOf(squeezed.charAt(0)) < 0) {
            return n;
        }
        BigDecimal magnitude = parseNumber(squeezed.substring(1));
        return magnitude != null && magnitude.scale() <= 0 ? magnitude.negate() : null;
    }

    /** {@code 4.} or {@code 4、}: an ordinal standing alone. */
    static boolean isBareOrdinal(String squeezed) {
        int n = squeezed.length();
        if (n < 2 || n > 3 || ".、．".indexOf(squeezed.charAt(n - 1)) < 0) {
            return false;
        }
        for (int i = 0; i < n - 1; i++) {
            if (squeezed.charAt(i) < '0' || squeezed.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** One cell of a tab or pipe row (or a whole one-cell line). */
    private void cell(int number, String raw, int offset, Token.Sep style) {
        String squeezed = Text.squeeze(raw);
        if (isBareOrdinal(squeezed)) {
            // 4. alone: a row label's ordinal whose words were shredded away, not the number 4.
            add(number, raw, squeezed, offset, style);
            return;
        }
        BigDecimal num = cellNumber(squeezed);
        if (num != null) {
            if (digitGroups(raw) > 1) {
                junkCells++;
                tokens.add(new Token(Token.Kind.JUNK, raw, "", "", null, false, number, offset + 1, style));
            } else {
                tokens.add(new Token(Token.Kind.NUMBER, raw, "", "", num, false, number, offset + 1, style));
            }
            return;
        }
        if (isPlaceholder(squeezed)) {
            tokens.add(new Token(Token.Kind.PLACEHOLDER, raw, "", "", null, false, number, offset + 1, style));
            return;
        }
        text(number, raw, squeezed, offset, style);
    }

    /**
     * A text cell, splitting off numbers glued into it: to its end (行政许可4928), between labels
     * ({@code 规章000行政规范性文件12375}) or at its start ({@code 713000074二、上年结转…}). A digit run
     * followed by {@code .} and a word ends with the next label's ordinal
     * ({@code 00000002.其他法律…} is {@code 0000000} and {@code 2.其他法律…}).
     */
    private void text(int number, String raw, String squeezed, int offset, Token.Sep style) {
        int n = squeezed.length();
        int from = 0;
        int i = 0;
        boolean split = false;
        while (i < n) {
            char c = squeezed.charAt(i);
            if (!isDigit(c)) {
                i++;
                continue;
            }
            int j = runEnd(squeezed, i);
            char before = i > 0 ? squeezed.charAt(i - 1) : ' ';
            char after = j < n ? squeezed.charAt(j) : ' ';
            int dataEnd = j;
            boolean ordinal = (after == '.' || after == '、') && j + 1 < n && !isDigit(squeezed.charAt(j + 1))
                    && plainDigits(squeezed, i, j);
            if (ordinal) {
                // The last digit (two when it is a 0: 10.) is the next label's ordinal.
                int ord = squeezed.charAt(j - 1) == '0' && j - i >= 3 ? 2 : 1;
                dataEnd = j - ord;
            }
            boolean startsPiece = i == from;
            boolean data = dataEnd > i && dataEnd - i <= 40 && (startsPiece || gluable(before))
                    && (ordinal || j >= n || !isUnit(after)) && before != '第';
            if (!data) {
                i = j;
                continue;
            }
            if (i > from) {
                addText(number, raw, squeezed.substring(from, i), offset, style);
            }
            String digits = squeezed.substring(i, dataEnd);
            int col = offset + Math.max(0, raw.indexOf(digits));
            int minus = signedJoint(digits);
            if (minus > 0) {
                // 2648-18538: a count glued to a signed change (2019's 本年增/减) and what follows it;
                // two runs, the second starting with its sign, cut by Splits like any other.
                tokens.add(new Token(Token.Kind.NUMBER, digits.substring(0, minus), "", "",
                        new BigDecimal(digits.substring(0, minus)), true, number, col + 1, style));
                tokens.add(new Token(Token.Kind.NUMBER, digits.substring(minus), "", "",
                        new BigDecimal(digits.substring(minus)), true, number, col + 1 + minus, style));
                split = true;
                from = dataEnd;
                i = j;
                continue;
            }
            BigDecimal value = parseNumber(digits);
            if (value == null && plainDigits(digits, 0, digits.length())) {
                // A run too long for one number (a large agency's 7 cells glued): Splits cuts it.
                value = new BigDecimal(digits);
            }
            if (value == null) {
                tokens.add(new Token(Token.Kind.JUNK, digits, "", "", null, true, number, col + 1, style));
            } else {
                tokens.add(new Token(Token.Kind.NUMBER, digits, "", "", value, i > 0 || dataEnd < n, number, col + 1, style));
            }
            split = true;
            from = dataEnd;
            i = j;
        }
        if (!split) {
            add(number, raw, squeezed, offset, style);
        } else if (from < n) {
            addText(number, raw, squeezed.substring(from), offset, style);
        }
    }

    private void addText(int number, String raw, String part, int offset, Token.Sep style) {
        int at = raw.indexOf(part);
        add(number, part, part, offset + Math.max(0, at), style);
    }

    /**
     * The position of the one minus sign inside a run of plain digits ({@code 2648-18538}), or 0: no
     * decimal point, digits on both sides, a single minus (two are a date such as {@code 2020-01-15}),
     * no leading zero before it.
     */
    static int signedJoint(String run) {
        int minus = run.indexOf('-', 1);
        if (minus <= 0 || minus == run.length() - 1 || run.indexOf('-', minus + 1) >= 0
                || run.charAt(0) == '0' && minus > 1) {
            // 0571-8888…: a telephone number, not cells
            return 0;
        }
        return plainDigits(run, 0, minus) && plainDigits(run, minus + 1, run.length()) ? minus : 0;
    }

    private static boolean plainDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The end of a digit run: digits, a decimal point between digits, a minus sign before digits. */
    private static int runEnd(String s, int i) {
        int n = s.length();
        int j = i;
        boolean dot = false;
        while (j < n) {
            char c = s.charAt(j);
            if (isDigit(c)) {
                j++;
            } else if (c == '.' && !dot && j + 1 < n && isDigit(s.charAt(j + 1)) && j > i) {
                dot = true;
                j++;
            } else if (c == '-' && j + 1 < n && isDigit(s.charAt(j + 1)) && j > i) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Characters after which digits are a date, an amount in words or a page, not a cell. */
    private static boolean isUnit(char c) {
        return "年月日号页条%‰时分秒岁件个次项人家篇期".indexOf(c) >= 0;
    }

    /** Whether a number right after this character may be a cell glued to its label. */
    private static boolean gluable(char c) {
        if (Text.isCjk(c)) {
            return "第年月日号页".indexOf(c) < 0;
        }
        return c == ')' || c == '"' || c == ']';
    }

    private void add(int number, String raw, String squeezed, int offset, Token.Sep style) {
        String body = squeezed.length() > 160 ? squeezed.substring(0, 160) : squeezed;
        String[] named = texts.get(body);
        if (named == null) {
            int p = Text.prefixLength(body, 0);
            named = new String[] {Text.canonicalPrefix(body.substring(0, p)), Text.key(body.substring(p)), raw};
            if (texts.size() < POOL_LIMIT) {
                texts.put(body, named);
            }
        }
        // The same label text recurs (every row label of a long file, every report of a batch): one
        // set of strings for all its tokens keeps a large input's token list small.
        String same = raw.equals(named[2]) ? named[2] : raw;
        tokens.add(new Token(Token.Kind.TEXT, same, named[0], named[1], null, false, number, offset + 1, style));
    }

    /** Prefix, key and raw text per text cell seen, shared by its recurrences. */
    private final HashMap<String, String[]> texts = new HashMap<>();
    private static final int POOL_LIMIT = 50_000;

    /** A line whose cells are separated by spaces: numbers apart, neighbouring words joined. */
    private void spaces(int number, String h) {
        int n = h.length();
        int i = 0;
        StringBuilder text = new StringBuilder();
        int textStart = -1;
        while (i < n) {
            while (i < n && Text.isSpace(h.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !Text.isSpace(h.charAt(i))) {
                i++;
            }
            String piece = h.substring(start, i);
            boolean value = parseNumber(piece) != null || isPlaceholder(piece)
                    || piece.length() <= 40 && plainDigits(piece, 0, piece.length());
            boolean newLabel = !value && text.length() > 0 && Text.prefixLength(piece, 0) > 0
                    && Text.prefixLength(text.toString(), 0) != text.length();
            if ((value || newLabel) && text.length() > 0) {
                cell(number, text.toString(), textStart, Token.Sep.SPACE);
                text.setLength(0);
            }
            if (value) {
                cell(number, piece, start, Token.Sep.SPACE);
            } else {
                if (text.length() == 0) {
                    textStart = start;
                }
                text.append(piece);
            }
        }
        if (text.length() > 0) {
            cell(number, text.toString(), textStart, Token.Sep.SPACE);
        }
    }

    private static int digitGroups(String raw) {
        int groups = 0;
        boolean in = false;
        for (int i = 0; i < raw.length(); i++) {
            boolean digit = Character.isDigit(raw.charAt(i));
            if (digit && !in) {
                groups++;
            }
            in = digit || (in && (raw.charAt(i) == '.' || raw.charAt(i) == ','));
        }
        return groups;
    }

    private static boolean isPlaceholder(String squeezed) {
        for (String p : PLACEHOLDERS) {
            if (p.equals(squeezed)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cell's number: digits with optional thousands commas and decimals, optionally followed by
     * a unit (件, 万元); null when the cell is anything else.
     */
    static BigDecimal parseNumber(String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(0)) && !Text.isSpace(s.charAt(0))) {
            return null;
        }
        String t = s;
        for (String u : UNITS) {
            if (t.endsWith(u)) {
                t = t.substring(0, t.length() - u.length());
                break;
            }
        }
        int n = t.length();
        if (n == 0 || n > 18) {
            return null;
        }
        StringBuilder digits = new StringBuilder(n);
        boolean dot = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '.' && !dot && i > 0 && i < n - 1) {
                dot = true;
                digits.append(c);
            } else if (c == ',' && !dot && i > 0 && i + 3 < n + 1 && isThousands(t, i)) {
                continue;
            } else if (Text.isSpace(c)) {
                continue;
            } else {
                return null;
            }
        }
        if (digits.length() == 0 || digits.charAt(0) == '.') {
            return null;
        }
        if (!dot && digits.length() <= 3) {
            return SMALL[Integer.parseInt(digits, 0, digits.length(), 10)];
        }
        return new BigDecimal(digits.toString());
    }

    /** 0 … 999, the numbers most cells hold, shared. */
    private static final BigDecimal[] SMALL = new BigDecimal[1000];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = BigDecimal.valueOf(i);
        }
    }

    private static boolean isThousands(String t, int comma) {
        int count = 0;
        for (int i = comma + 1; i < t.length() && Character.isDigit(t.charAt(i)); i++) {
            count++;
        }
        return count == 3;
    }
}
