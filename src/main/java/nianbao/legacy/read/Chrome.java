package nianbao.legacy.read;

import java.util.regex.Pattern;

/**
 * Recognises what a copied web page, Word file or PDF adds around a report and is not part of it:
 * page chrome (当前位置, 发布日期, 打印本页, 扫一扫, 分享, 主办, 版权所有, 网安备 and ICP numbers),
 * extraction artifacts ({@code [bookmark: _GoBack]}, list bullets "- ") and PDF page numbers.
 */
public final class Chrome {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]");
    private static final Pattern BULLET = Pattern.compile("^[-•·▪●◆■*]\\s+");
    private static final Pattern CHROME_START = Pattern.compile(
            "^(当前位置|您(现在|所在)?的?(当前)?位置|所在位置|首页\\s*[>＞»]|发布(日期|时间)\\s*[:：]|(信息|文章)?来源\\s*[:：]"
            + "|(浏览|阅读|访问|点击)(次数|量)?\\s*[:：]|字号\\s*[:：]?\\s*[大中小]|【?\\s*(打印|关闭|收藏|返回顶部)"
            + "|分享(到|文章)|主办(单位)?\\s*[:：]|承办(单位)?\\s*[:：]|协办(单位)?\\s*[:：]|技术支持\\s*[:：]|网站标识码"
            + "|索引号\\s*[:：]|主题分类\\s*[:：]|发文机关\\s*[:：]|发布机构\\s*[:：]|成文日期\\s*[:：]|生成日期\\s*[:：]"
            + "|(上一篇|下一篇)|相关(链接|文章|阅读)|关注公众号|网站地图|联系我们\\s*$|\\d{10,}号\\s*$)",
            Pattern.CASE_INSENSITIVE);
    /** Words that make a whole line chrome wherever they stand in it. */
    private static final String[] CHROME_WORDS = {"扫一扫", "打印本页", "关闭窗口", "版权所有", "网安备", "ICP备", "ICP 备",
        "ICP证", "Copyright", "copyright", "COPYRIGHT", "©"};
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－\\s]*\\d{1,3}[-—–－\\s]*$|^第\\s*\\d{1,3}\\s*页\\s*([,，/]?\\s*共\\s*\\d{1,3}\\s*页)?$|^\\d{1,3}\\s*/\\s*\\d{1,3}$"
            + "|^(page\\s*)?\\d{1,3}\\s*(of|/)\\s*\\d{1,3}$", Pattern.CASE_INSENSITIVE);

    private Chrome() {
    }

    /** The line without extraction artifacts, bullets and surrounding blanks (ideographic ones too). */
    public static String clean(String line) {
        String s = line;
        if (s.indexOf('[') >= 0) {
            s = BOOKMARK.matcher(s).replaceAll("");
        }
        s = strip(s);
        if (!s.isEmpty() && "-•·▪●◆■*".indexOf(s.charAt(0)) >= 0) {
            s = strip(BULLET.matcher(s).replaceFirst(""));
        }
        return s;
    }

    /** Strips spaces, tabs, no-break and ideographic spaces at both ends. */
    public static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isBlank(s.charAt(a))) {
            a++;
        }
        while (b > a && isBlank(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\uFEFF' || c == '\u200B';
    }

    /** Removes every blank (for matching titles and headings written with stray spaces). */
    public static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isBlank(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when a cleaned line is page chrome rather than report text. */
    public static boolean isChrome(String cleaned) {
        if (cleaned.isEmpty() || cleaned.length() >= 200) {
            return false;
        }
        for (String w : CHROME_WORDS) {
            if (cleaned.contains(w)) {
                return true;
            }
        }
        return CHROME_START.matcher(cleaned).lookingAt();
    }

    /** True when a cleaned line is a page number or a "第 3 页 共 9 页" footer. */
    public static boolean isPageNumber(String cleaned) {
        return !cleaned.isEmpty() && cleaned.length() < 30 && PAGE_NUMBER.matcher(cleaned).matches();
    }
}
