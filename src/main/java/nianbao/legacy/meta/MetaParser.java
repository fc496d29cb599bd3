package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;
import nianbao.model.AgencyNames;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agency, the year, the publish date, the contact, the data scope and the region at the top of a
 * legacy report. The title comes in many shapes: whole ("某委员会2025年政府信息公开工作年度报告"), with stray spaces ("某委员会 2025 年…"),
 * broken across lines ("…工作年" / "度报告"), or with the agency on the line before the year.
 */
public final class MetaParser {

    private static final Pattern TITLE = Pattern.compile(
            "^(.*?)(\\d{4})年度?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?报告");
    private static final Pattern PUBLISH = Pattern.compile(
            "(?:发布|公开|生成|成文)(?:日期|时间)\\s*[:：]\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final Pattern PERIOD = Pattern.compile("统计期限?自?(\\d{4})年1月1日");
    private static final Pattern CONTACT = Pattern.compile("请与(.{2,40}?)联系\\s*[（(]([^）)]{4,120})[）)]");
    private static final Pattern CONTACT_PLAIN = Pattern.compile("请与(.{2,40}?)联系[，,。；;：:]?\\s*((?:地址|电话|联系电话)[:：].{4,120}?)(?:[。；;]|$)");
    /** The preamble saying the report sums up many units: "汇总…各有关单位…编制而成", "由各部门…汇总". */
    private static final Pattern SUMMARY = Pattern.compile(
            "汇总[^。；]{0,40}?(各有关单位|各单位|各部门|各级|所属|下属|各乡镇|各街道|各区县|各县区|各成员单位)[^。；]{0,40}?(编制|形成|汇编)"
            + "|(由|根据)[^。；]{0,30}?(各有关单位|各单位|各部门|各乡镇|各街道|所属单位)[^。；]{0,30}?汇总");
    /** Who compiled the report, as the preamble names it: "由江南省临川市青山县卫生健康委员会编制". */
    private static final Pattern COMPILER = Pattern.compile("由([^，,。；;、：:（）()《》“”\\s]{2,60}?)(?:根据[^。；]{0,200}?)?编制");
    /** The region whose units a summary report sums up: "汇总江南省临江市云溪区各有关单位". */
    private static final Pattern SUMMED_REGION = Pattern.compile(
            "汇总([^，,。；;、：:（）()《》“”\\s]{2,30}?)(?:各有关单位|各单位|各部门|各成员单位)");
    private static final Pattern CRUMBS = Pattern.compile("^.*[>＞»/]");

    /**
     * What was found; null where nothing was.
     *
     * @param agency the agency
     * @param year the report year
     * @param publishDate the publish date, ISO
     * @param titleLine the decoded line of the title (0 when none)
     * @param dateLine the decoded line of the date (0 when none)
     * @param title the title as found, blanks removed
     * @param contact whom to ask about the report (unit, address, telephone), or null
     * @param contactLine the decoded line of the contact (0 when none)
     * @param summary the words saying the report sums up many units' work (data scope 汇总), or null
     * @param summaryLine the decoded line of those words (0 when none)
     * @param region the region (所属地区) the preamble names, or null
     * @param regionLine the decoded line of the region (0 when none)
     * @param regionFrom the words the region was read from, or null
     */
    public record Meta(String agency, String year, String publishDate, int titleLine, int dateLine, String title,
                String contact, int contactLine, String summary, int summaryLine, String region, int regionLine,
                String regionFrom) {
    }

    private MetaParser() {
    }

    /**
     * Looks at the lines before the first section heading (or the first 60 lines without one).
     *
     * @param lines the cleaned non-blank lines
     * @param firstHeading index of the first section heading, or -1
     */
    public static Meta parse(List<Outline.Cleaned> lines, int firstHeading) {
        int end = firstHeading >= 0 ? firstHeading : Math.min(lines.size(), 60);
        String agency = null;
        String year = null;
        String title = null;
        int titleLine = 0;
        for (int i = 0; i < end && agency == null; i++) {
            String s = Chrome.squeeze(lines.get(i).text());
            if (Chrome.isChrome(lines.get(i).text()) || s.length() > 120) {
                continue;
            }
            String joined = i + 1 < end ? s + Chrome.squeeze(lines.get(i + 1).text()) : s;
            for (String candidate : new String[] {s, joined}) {
                Matcher m = TITLE.matcher(candidate);
                if (!m.find()) {
                    continue;
                }
                year = m.group(2);
                title = m.group();
                titleLine = lines.get(i).number();
                String a = agencyName(m.group(1));
                if (a.isEmpty() && i > 0) {
                    a = agencyName(Chrome.squeeze(lines.get(i - 1).text()));
                    title = a + title;
                }
                agency = a.isEmpty() ? null : a;
                break;
            }
            if (year != null) {
                break;
            }
        }
        if (year == null) {
            for (int i = 0; i < Math.min(lines.size(), 200) && year == null; i++) {
                Matcher m = PERIOD.matcher(Chrome.squeeze(lines.get(i).text()));
                if (m.find()) {
                    year = m.group(1);
                }
            }
        }
        String date = null;
        int dateLine = 0;
        for (int i = 0; i < Math.min(lines.size(), Math.max(end, 30)); i++) {
            Matcher m = PUBLISH.matcher(lines.get(i).text());
            if (m.find()) {
                date = String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                dateLine = lines.get(i).number();
                break;
            }
        }
        String contact = null;
        int contactLine = 0;
        for (int i = 0; i < Math.min(lines.size(), Math.max(end, 30)) && contact == null; i++) {
            String t = lines.get(i).text();
            if (!t.contains("联系")) {
                continue;
            }
            Matcher m = CONTACT.matcher(t);
            if (!m.find()) {
                m = CONTACT_PLAIN.matcher(t);
                if (!m.find()) {
                    continue;
                }
            }
            contact = Chrome.strip(m.group(1)) + "，" + Chrome.strip(m.group(2));
            contactLine = lines.get(i).number();
        }
        String summary = null;
        int summaryLine = 0;
        for (int i = 0; i < Math.min(lines.size(), Math.max(end, 30)) && summary == null; i++) {
            String t = lines.get(i).text();
            if (t.contains("汇总")) {
                Matcher m = SUMMARY.matcher(t);
                if (m.find()) {
                    summary = m.group();
                    summaryLine = lines.get(i).number();
                }
            }
        }
        String region = null;
        int regionLine = 0;
        String regionFrom = null;
        for (int i = 0; i < Math.min(lines.size(), Math.max(end, 30)) && region == null; i++) {
            String t = Chrome.squeeze(lines.get(i).text());
            Matcher m = SUMMED_REGION.matcher(t);
            if (m.find() && isPlace(m.group(1))) {
                region = m.group(1);
            } else if ((m = COMPILER.matcher(t)).find()) {
                region = AgencyNames.regionOf(m.group(1), agency);
            }
            if (region != null) {
                regionLine = lines.get(i).number();
                regionFrom = m.group();
            }
        }
        return new Meta(agency, year, date, titleLine, dateLine, title, contact, contactLine, summary, summaryLine,
                region, regionLine, regionFrom);
    }

    /** A named place (江南省临江市, 平潭综合实验区), not 全市, 本区 or 区直. */
    private static boolean isPlace(String words) {
        return !words.matches("^(全|本|我|各|下属|所属).*") && words.matches(".*(省|市|州|盟|县|旗|区|镇|乡|街道)");
    }

    /** The agency out of what precedes the year: breadcrumbs, quotes and "关于" removed. */
    static String agencyName(String raw) {
        String a = CRUMBS.matcher(raw).replaceFirst("");
        a = a.replaceAll("[《》〈〉“”\"'【】\\[\\]]", "");
        a = a.replaceFirst("^(标题|题目|名称)[:：]", "");
        a = a.replaceFirst("关于$", "");
        a = a.replaceFirst("[:：,，。]+$", "");
        if (a.length() > 40 || a.matches(".*\\d{4}年.*")) {
            return "";
        }
        return a;
    }
}
