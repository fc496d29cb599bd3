package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of an annual report in one line of text (blanks removed) and the words it gives for the
 * agency. Titles put the year in several places: before the report's name with the agency in front
 * ("某局2022年政府信息公开工作年度报告"), first ("2022年度某局政府信息公开工作年度报告"), after it in brackets
 * ("某局政府信息公开工作年度报告（2022年）") or inside it ("某局政府信息公开工作2022年度报告"); years may be
 * written out (二〇二二年).
 */
final class Titles {

    private static final String Y = Dates.YEAR + "年度?";
    private static final String OPENNESS = "(?:政府信息公开|政务信息公开|政务公开|信息公开)";
    private static final String REPORT = "(?:工作)?(?:情况)?(?:年度)?(?:工作)?的?(?:报告|年报)";
    /** Agency, year, report: 某局2022年度政府信息公开工作年度报告 (also 某局关于2022年…, 某局2022年度的…). */
    private static final Pattern AGENCY_YEAR = Pattern.compile("^(.*?)" + Y + "的?" + OPENNESS + REPORT);
    /** Year, agency, report: 2022年度某局政府信息公开工作年度报告. */
    private static final Pattern YEAR_AGENCY = Pattern.compile("^(.*?)" + Y + "(.+?)" + OPENNESS + REPORT);
    /** Agency, report, year in brackets: 某局政府信息公开工作年度报告（2022年度）. */
    private static final Pattern YEAR_AFTER = Pattern.compile("^(.*?)" + OPENNESS + REPORT + "[（(]" + Y + "[）)]");
    /** Agency, year inside the report's name: 某局政府信息公开工作2022年度报告. */
    private static final Pattern YEAR_INSIDE = Pattern.compile("^(.*?)" + OPENNESS + "(?:工作)?" + Y + "(?:工作)?报告");
    /** A page field glued to the title it follows: "…年度报告发布时间：…". */
    private static final Pattern FIELD_AFTER = Pattern.compile("(发布|发文|时间|日期|来源|信息来源|浏览|阅读|字号|作者|索引)");
    /** A notice issuing a report, and what follows the report's name in it. */
    private static final Pattern ISSUING = Pattern.compile("关于(印发|公布|发布)[《〈“]?$");
    private static final Pattern NOTICE = Pattern.compile("的?(通知|公告)");
    /** A whole line that is an agency and the report's name without a year: 某局政府信息公开工作年度报告. */
    private static final Pattern NO_YEAR = Pattern.compile("^(.+?)" + OPENNESS + REPORT + "$");

    /**
     * A title found in a line.
     *
     * @param year the year, four digits, or null for a title without one
     * @param words the words the title gives for the agency (maybe empty), not yet cleaned
     * @param text the title as printed, blanks removed, from the line's start to the end of the report's name
     * @param wordsEnd where those words end in the squeezed line
     */
    record Found(String year, String words, String text, int wordsEnd) {
    }

    private Titles() {
    }

    /** The title in a line whose blanks are removed, or null. */
    static Found in(String squeezed) {
        if (squeezed.indexOf('报') < 0 || squeezed.indexOf('公') < 0) {
            return null; // every title has 报告 or 年报 and 公开
        }
        Matcher m = AGENCY_YEAR.matcher(squeezed);
        if (m.find()) {
            return found(m, 2, 1);
        }
        m = YEAR_AGENCY.matcher(squeezed);
        if (m.find()) {
            // words before the year are page chrome or a label ("标题："): the agency follows the year
            return found(m, 2, 3);
        }
        m = YEAR_AFTER.matcher(squeezed);
        if (m.find()) {
            return found(m, 2, 1);
        }
        m = YEAR_INSIDE.matcher(squeezed);
        if (m.find()) {
            return found(m, 2, 1);
        }
        return null;
    }

    /**
     * A line that is nothing but an agency's name and the report's name, without a year (the year is
     * elsewhere: under the title, in the preamble), or null.
     */
    static Found withoutYear(String squeezed) {
        if (squeezed.indexOf('报') < 0 || squeezed.length() > 80) {
            return null;
        }
        Matcher m = NO_YEAR.matcher(squeezed);
        return m.find() ? new Found(null, m.group(1), m.group(), m.end(1)) : null;
    }

    /**
     * True when the report's name ends the title in the line as printed: the line ends there, or a
     * blank, a bracket, a separator, a date or a page field follows ("…年度报告（2022年度）", "…年度报告_某市人民政府",
     * "…年度报告 本报告根据…"). Words running straight on make it a sentence that names a report, not a
     * title: "…年度报告编制工作的通知》要求", "…年度报告如下", "《…年度报告》的通知" (but for a notice issuing the agency's own report).
     *
     * @param line the line as printed
     * @param end where the title's text ends in the line with its blanks removed
     * @param words the title's words for the agency (a notice issuing the report may run on: 的通知)
     */
    static boolean endsAsTitle(String line, int end, String words) {
        int i = 0;
        for (int kept = 0; i < line.length() && kept < end; i++) {
            if (!Chrome.isBlank(line.charAt(i))) {
                kept++;
            }
        }
        if (i < line.length() && "》」』”’".indexOf(line.charAt(i)) >= 0) {
            i++; // the title quoted: what follows the closing quote decides
        }
        if (i >= line.length() || Chrome.isBlank(line.charAt(i))) {
            return true;
        }
        if (ISSUING.matcher(words).find() && NOTICE.matcher(line).region(i, line.length()).lookingAt()) {
            return true; // 某局关于印发《2022年…报告》的通知: the agency issues its own report
        }
        return !Character.isIdeographic(line.charAt(i)) || FIELD_AFTER.matcher(line).region(i, line.length()).lookingAt();
    }

    private static Found found(Matcher m, int year, int words) {
        String y = Dates.year(m.group(year));
        return y == null ? null : new Found(y, m.group(words), m.group(), m.end(words));
    }
}
