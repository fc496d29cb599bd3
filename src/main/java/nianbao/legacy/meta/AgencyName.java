package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether words can be an agency's name, and the name out of the words a title, a labelled page line
 * or a signature put around it. A name is a few Chinese words ending like a body of government
 * (局, 委员会, 办公室, 人民政府, 中心, 管委会, … or a place: 平潭综合实验区); never a piece of a
 * sentence (punctuation, digits, 根据/编制/本机关 …) nor page chrome (栏目 names such as
 * 政府信息公开年报, 首页, 当前位置, a site's name ending in 网站).
 */
final class AgencyName {

    static final int MIN = 3;
    static final int MAX = 40;

    /** Marks and labels around the name: Markdown, quotes, brackets of a link, "标题：". */
    private static final Pattern QUOTES = Pattern.compile("[《》〈〉“”\"'‘’【】\\[\\]*#＃]");
    private static final Pattern LABEL = Pattern.compile("^(标题|题目|名称|文章标题|正文标题|title)[:：]", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[>＞»›/|｜_—–\\-:：\\s]+$");
    /** Markup or a link in front of the name (no prose punctuation in it): the name is the Chinese words after it. */
    private static final Pattern MARKUP_BEFORE = Pattern.compile(
            "^([^，。；：、！？“”]*[A-Za-z!=<>(){}\\[\\]\"'#*_/\\\\.][^\\p{IsHan}]*)([\\p{IsHan}（）()·]+)$");
    /** Everything up to the last breadcrumb or site-title separator. */
    private static final Pattern SEPARATED = Pattern.compile("^.*[>＞»›/|｜_—–-]");
    /** Page words that end a prefix glued before the name: the column ("政府信息公开年报"), 首页, 当前位置. */
    private static final Pattern CHROME_WORDS = Pattern.compile(
            "年度报告|工作报告|公开年报|年报|首页|当前位置|所在位置|您的位置|位置|栏目|专栏|正文|公开目录|公开指南|政务公开|信息公开|政府信息");
    /** The words of prose or page chrome no agency's name holds. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "的|了|根据|按照|依据|依照|编制(?!委员会)|要求|规定|报告|年报|本机关|本单位|本部门|我委|我局|我办|我厅|我院|我区|我市|我县"
            + "|现将|如下|特此|以下|情况|工作年度|公开工作|条例|首页|位置|栏目|专栏|正文|来源|时间|日期|网站|网页|门户|公众号|微信|浏览"
            + "|点击|打印|关闭|分享|索引|文号|通知|关于|印发|年度|全年|本年|今年|上年");
    /**
     * Words a name never starts with: prepositions and sentence openers (not 和, 将, 于, 如, 特, 经, which
     * start 和平区, 将乐县, 于都县, 如东县, 特克斯县, 经济技术开发区; 依 only as 依据 / 依照 / 依法 / 依托, not
     * 依兰县, 依安县).
     */
    private static final Pattern PROSE_START = Pattern.compile("^(由|在|对|据|截至|现将|请|通过|为了|其中|同时|按|依[据照法托])");
    /** The openness office's own name (政务公开办公室, 政府信息公开办), which may hold the column's words. */
    private static final Pattern OPENNESS_OFFICE = Pattern.compile("(政府信息公开|政务公开|信息公开)办");
    private static final Pattern OPENNESS_WORDS = Pattern.compile("政务公开|信息公开|政府信息");
    /** How names of government bodies, offices, institutions and places end. */
    private static final Pattern ENDING = Pattern.compile(
            "(局|委员会|委|办公室|办公厅|办|厅|部|署|院|中心|政府|管委会|会|社|联|协|公司|集团|银行|行|监狱|海关|处|站|所|队|馆|台|团|师"
            + "|组|校|学|园|场|港|关|司|室|庭|科|股|库|省|市|县|区|旗|州|盟|镇|乡|街道|村|岛|林区|矿区|新区|苏木|嘎查)$");
    /** A bracketed part after the name: 某市人民政府办公室（市政府研究室）. */
    private static final Pattern TRAILING_BRACKET = Pattern.compile("[（(][^（）()]*[）)]$");
    /** A name that starts with the level of government alone: 市财政局, 县卫健委, 区人民政府办公室. */
    private static final Pattern LEVEL = Pattern.compile("^(省|市|州|盟|县|旗|区)");
    private static final Pattern ONLY_NAME_CHARS = Pattern.compile("[\\p{IsHan}（）()·]+");

    private AgencyName() {
    }

    /**
     * The name out of the words before (or after) a title's year: marks, labels and breadcrumbs
     * removed, and a page column glued in front ("政府信息公开年报平潭综合实验区") cut off when
     * what follows it is a name; "" when nothing is left.
     */
    static String clean(String raw) {
        String a = Chrome.squeeze(raw);
        a = QUOTES.matcher(a).replaceAll("");
        a = LABEL.matcher(a).replaceFirst("");
        a = TRAILING_SEPARATORS.matcher(a).replaceFirst(""); // 某局——2022年…: the name is before the dash
        a = SEPARATED.matcher(a).replaceFirst("");
        a = a.replaceFirst("^(关于)?(印发|公布)?", "").replaceFirst("(关于)?(印发|公布)?的?$", "");
        a = a.replaceFirst("^[:：,，。、;；）)\\s]+", "").replaceFirst("[:：,，。、;；（(\\s]+$", "");
        if (whyNot(a) == null) {
            return a;
        }
        Matcher markup = MARKUP_BEFORE.matcher(a);
        if (markup.matches() && whyNot(markup.group(2)) == null) {
            return markup.group(2); // ![](logo.png)某局, <span class="x">某局
        }
        // a column's name glued in front: keep what follows the last page word, if that is a name
        Matcher m = CHROME_WORDS.matcher(a);
        int cut = -1;
        while (m.find()) {
            cut = m.end();
        }
        if (cut > 0 && cut < a.length()) {
            String rest = a.substring(cut);
            if (whyNot(rest) == null) {
                return rest;
            }
        }
        return a;
    }

    /**
     * Why the words are not an agency's name, in Chinese (for the import report), or null when they
     * can be one.
     */
    static String whyNot(String name) {
        if (name == null || name.isEmpty()) {
            return "没有文字";
        }
        if (name.length() > MAX) {
            return "太长，不像机关名称";
        }
        if (!ONLY_NAME_CHARS.matcher(name).matches()) {
            return "含有标点、数字或其他符号，是句子或网页文字的一部分";
        }
        if (NOT_A_NAME.matcher(name).find() || PROSE_START.matcher(name).find()) {
            return "是句子或网页栏目的文字，不是机关名称";
        }
        if (OPENNESS_WORDS.matcher(OPENNESS_OFFICE.matcher(name).replaceAll("")).find()) {
            return "是网页栏目的文字，不是机关名称";
        }
        String core = TRAILING_BRACKET.matcher(name).replaceFirst("");
        if (core.length() < MIN) {
            return "太短，不像机关名称";
        }
        if (!ENDING.matcher(core).find()) {
            return "结尾不像机关名称";
        }
        return null;
    }

    /** True when a name starts with its level of government and leaves out its place: 市商务局, 县卫健委. */
    static boolean placeLeftOut(String name) {
        return LEVEL.matcher(name).lookingAt();
    }

    /** True when the words can be an agency's name. */
    static boolean plausible(String name) {
        return whyNot(name) == null;
    }

    /**
     * True when two names name the same agency: equal, or one is the other with its region in front
     * (江南省临川市青山县卫生健康委员会 / 青山县卫生健康委员会, 青山市财政局 / 市财政局).
     */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (!longer.endsWith(shorter) || shorter.length() < 4) {
            return false;
        }
        String region = longer.substring(0, longer.length() - shorter.length());
        // 江南省临川市青山县卫生健康委员会 / 青山县卫生健康委员会; 青山市财政局 / 市财政局 (the level kept, the place left out)
        return region.matches("\\p{IsHan}*(省|市|州|盟|县|旗|区|自治区|自治州|自治县)")
                || region.matches("\\p{IsHan}{2,}") && LEVEL.matcher(shorter).lookingAt();
    }
}
