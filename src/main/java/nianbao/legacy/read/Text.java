package nianbao.legacy.read;

/**
 * Character-level normalisation of legacy text: full-width forms to half-width (one char for one
 * char, so columns stay valid), canonical label keys without spaces and punctuation, enumerator
 * prefixes such as （一）, 一、 and 1., and recognition of web-page chrome and page furniture.
 */
public final class Text {

    /**
     * Lines longer than this are cut: a crawler's innerText holds a whole report in a few lines of
     * some ten thousand characters, but a line of megabytes is garbage and must not cost memory.
     */
    public static final int MAX_LINE = 100_000;

    private static final String CN_NUMERALS = "一二三四五六七八九十";

    /** Words that mark a line as web-page chrome or page furniture, never table data. */
    private static final String[] CHROME = {
        "网安备", "ICP备", "icp备", "当前位置", "您的位置", "打印本页", "关闭窗口", "关闭本页", "发布日期", "发布时间",
        "浏览次数", "访问次数", "点击数", "阅读次数", "扫一扫", "分享到", "版权所有", "主办单位", "主办:", "承办:",
        "技术支持", "网站标识码", "索引号", "【打印】", "【关闭】", "[打印]", "[关闭]", "字号:", "字体:", "来源:",
        "信息来源:", "收藏本页", "返回顶部", "上一篇", "下一篇"
    };

    private Text() {
    }

    /** Maps one character to its half-width form (digits, letters, brackets, punctuation, spaces). */
    public static char half(char c) {
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        if (c >= 'Ａ' && c <= 'Ｚ') {
            return (char) (c - 'Ａ' + 'A');
        }
        if (c >= 'ａ' && c <= 'ｚ') {
            return (char) (c - 'ａ' + 'a');
        }
        switch (c) {
            case '（': case '﹙': case '〔': return '(';
            case '）': case '﹚': case '〕': return ')';
            case '【': case '［': return '[';
            case '】': case '］': return ']';
            case '：': case '∶': return ':';
            case '．': case '·': case '。': return c == '。' ? '。' : '.';
            case '，': return ',';
            case '；': return ';';
            case '｜': case '│': case '┃': return '|';
            case '－': case '−': return '-';
            case '／': return '/';
            case '＋': return '+';
            case '％': return '%';
            case '“': case '”': case '＂': case '"': case '‘': case '’': case '\'': return '"';
            case '\u3000': case '\u00A0': case '\u2002': case '\u2003': case '\u2009': case '\u200B':
            case '\uFEFF': case '\r': case '\f': case '\u000B': return ' ';
            default: return c;
        }
    }

    /** The half-width form of a whole string; same length, so offsets carry over. */
    public static String half(String s) {
        int first = 0;
        while (first < s.length() && half(s.charAt(first)) == s.charAt(first)) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        char[] out = new char[s.length()];
        s.getChars(0, first, out, 0);
        for (int i = first; i < out.length; i++) {
            out[i] = half(s.charAt(i));
        }
        return new String(out);
    }

    /** True for spaces and tabs after {@link #half(char)}. */
    public static boolean isSpace(char c) {
        if (c > ' ' && c < 0x7F || c >= '\u3400' && c <= '\u9FFF') {
            return false; // visible ASCII and CJK ideographs, most of any text, without the tables
        }
        return c == ' ' || c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** True for CJK ideographs. */
    public static boolean isCjk(char c) {
        return c >= '\u3400' && c <= '\u9FFF';
    }

    static boolean isCnNumeral(char c) {
        return CN_NUMERALS.indexOf(c) >= 0;
    }

    /** The string without any whitespace. */
    public static String squeeze(String s) {
        int first = 0;
        while (first < s.length() && !isSpace(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        sb.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The length of an enumerator prefix at {@code from} of a squeezed, half-width string:
     * {@code (一)}, {@code 一、}, {@code 1.}, {@code 1、}, {@code (1)}; 0 when there is none.
     */
    public static int prefixLength(String s, int from) {
        int n = s.length();
        if (from >= n) {
            return 0;
        }
        char c = s.charAt(from);
        if (c == '(') {
            int i = from + 1;
            while (i < n && i - from <= 3 && (isCnNumeral(s.charAt(i)) || Character.isDigit(s.charAt(i)))) {
                i++;
            }
            if (i > from + 1 && i < n && s.charAt(i) == ')') {
                return i + 1 - from;
            }
            return 0;
        }
        if (isCnNumeral(c)) {
            int i = from;
            while (i < n && i - from < 2 && isCnNumeral(s.charAt(i))) {
                i++;
            }
            if (i < n && (s.charAt(i) == '、' || s.charAt(i) == ',')) {
                return i + 1 - from;
            }
            return 0;
        }
        if (c >= '0' && c <= '9') {
            int i = from;
            while (i < n && i - from < 2 && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == '、') && i + 1 < n && !Character.isDigit(s.charAt(i + 1))) {
                return i + 1 - from;
            }
        }
        return 0;
    }

    /**
     * The canonical form of an enumerator prefix: {@code (三)}, {@code 三、} or {@code 3.}; a
     * bracketed digit {@code (3)} counts as {@code 3.}.
     */
    public static String canonicalPrefix(String p) {
        if (p.isEmpty()) {
            return "";
        }
        if (p.charAt(0) == '(') {
            String inner = p.substring(1, p.length() - 1);
            return Character.isDigit(inner.charAt(0)) ? inner + "." : "(" + inner + ")";
        }
        char last = p.charAt(p.length() - 1);
        String body = p.substring(0, p.length() - 1);
        if (Character.isDigit(body.charAt(0))) {
            return body + ".";
        }
        return last == ',' ? body + "、" : p;
    }

    /**
     * The label key: no spaces, no punctuation or quotes, known OCR slips corrected. Digits and
     * letters stay (they distinguish 第二十条 captions and stray junk).
     */
    public static String key(String squeezedRest) {
        StringBuilder sb = new StringBuilder(squeezedRest.length());
        for (int i = 0; i < squeezedRest.length(); i++) {
            char c = squeezedRest.charAt(i);
            if (isPunct(c)) {
                continue;
            }
            sb.append(c);
        }
        return ocr(sb.toString());
    }

    private static boolean isPunct(char c) {
        return switch (c) {
            case '、', ',', '。', '.', ';', ':', '"', '(', ')', '[', ']', '《', '》', '〈', '〉', '<', '>', '-', '—',
                 '–', '_', '!', '！', '?', '？', '…', '*', '•', '●', '◆', '■', '·', '~', '～', '†', '‡', '「', '」',
                 '『', '』', '/', '\\', '=', '#', '`', '“', '”', '‘', '’', '（', '）', '，', '：', '；', '【', '】' -> true;
            default -> false;
        };
    }

    /** OCR and typing slips seen in published tables. */
    private static String ocr(String k) {
        if (k.indexOf('记') >= 0) {
            k = k.replace("总记", "总计");
        }
        if (k.indexOf('汁') >= 0) {
            k = k.replace("总汁", "总计");
        }
        if (k.indexOf('讫') >= 0) {
            k = k.replace("总讫", "总计");
        }
        return k;
    }

    /** True when a whole line is web-page chrome or page furniture (page numbers, footers). */
    public static boolean isChrome(String squeezed) {
        if (squeezed.isEmpty()) {
            return false;
        }
        if (squeezed.length() <= 120) {
            for (String w : CHROME) {
                if (squeezed.contains(w)) {
                    return true;
                }
            }
        }
        return isPageMark(squeezed);
    }

    /** 第3页共8页, 共8页第3页, 第3页, —5—, -5-, 3/8, Page 3 of 8. */
    static boolean isPageMark(String s) {
        int n = s.length();
        if (n > 24) {
            return false;
        }
        if (s.startsWith("第") && s.contains("页")) {
            return digitsAndAllowed(s, "第页共/");
        }
        if (s.startsWith("共") && s.contains("页")) {
            return digitsAndAllowed(s, "第页共/");
        }
        char first = s.charAt(0);
        char last = s.charAt(n - 1);
        if (n >= 3 && isDash(first) && isDash(last)) {
            return digitsAndAllowed(s, "-—–─");
        }
        int slash = s.indexOf('/');
        if (slash > 0 && slash < n - 1 && n <= 7) {
            return digitsAndAllowed(s, "/");
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("page") && digitsAndAllowed(lower.substring(4), "of/");
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '—' || c == '–' || c == '─';
    }

    private static boolean digitsAndAllowed(String s, String allowed) {
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (allowed.indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }
}
