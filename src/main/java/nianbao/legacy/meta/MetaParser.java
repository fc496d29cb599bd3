package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;
import nianbao.model.AgencyNames;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agency's name in the title, the year, the page's labelled fields (publish date, 来源 / 发布机构),
 * the contact, the data scope and the region at the top of a legacy report. The title comes in many shapes:
 * whole ("某委员会2025年政府信息公开工作年度报告"), with stray spaces ("某委员会 2025 年…"), broken across lines
 * ("…工作年" / "度报告"), with the agency on the line before the year or after it (see {@link Titles}); its
 * words count as the agency's name only when they are one ({@link AgencyName}).
 */
public final class MetaParser {

    /** The period the figures cover: 统计期限自2022年1月1日, 统计时限为2022年1月1日至…. */
    private static final Pattern PERIOD = Pattern.compile("统计(?:期限|时限|期间|区间|时间|期)?[为是自从：:]{0,3}(\\d{4})年1月1日");
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
    /** A line that is nothing but a year: 2022年度, （2022年）, 二〇二二年度. */
    private static final Pattern YEAR_ALONE = Pattern.compile("^[（(]?" + Dates.YEAR + "年度?[）)]?$");
    /** Divisions a name is broken after when a title wraps inside it (某省某市某县人力资源和社会 / 保障局2022年…). */
    private static final Pattern DIVISION = Pattern.compile("[省市县区旗州盟镇乡]");
    /** How much of a line can hold a title (a longer line is looked at only that far). */
    private static final int TITLE_LOOK = 120;
    /** How far into a page's footer its article fields are looked for. */
    private static final int FOOTER_LINES = 30;

    /**
     * What was found; null where nothing was.
     *
     * @param agency the agency the title names (a plausible name), or null
     * @param rejected the title's words for the agency when they are no agency's name (a fragment of a
     *                 sentence, page chrome), or null
     * @param year the report year
     * @param publishDate the publish date a page field prints (时间：, 发布日期：…), ISO
     * @param titleLine the decoded line of the title (0 when none)
     * @param dateLine the decoded line of the date (0 when none)
     * @param title the title as found, blanks removed
     * @param labelled the value of a 机关 / 来源 / 发布机构 page field, or null
     * @param labelledAs that field's label
     * @param labelledLine the decoded line of that field (0 when none)
     * @param compiler the agency the preamble says compiled the report (由……编制), or null
     * @param contact whom to ask about the report (unit, address, telephone), or null
     * @param contactLine the decoded line of the contact (0 when none)
     * @param summary the words saying the report sums up many units' work (data scope 汇总), or null
     * @param summaryLine the decoded line of those words (0 when none)
     * @param region the region (所属地区) the preamble names, or null
     * @param regionLine the decoded line of the region (0 when none)
     * @param regionFrom the words the region was read from, or null
     */
    public record Meta(String agency, String rejected, String year, String publishDate, int titleLine, int dateLine,
                String title, String labelled, String labelledAs, int labelledLine, String compiler,
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
        TitleAt head = title(lines, end);
        String year = head == null ? null : head.found.year();
        if (year == null && head != null) {
            // a title without a year with its year alone on the line above or below: "2022年度" / "某局政府信息公开工作年度报告"
            for (int i = head.index - 1; i <= head.index + 1 && year == null; i += 2) {
                Matcher m = i >= 0 && i < end ? YEAR_ALONE.matcher(Chrome.squeeze(lines.get(i).text())) : null;
                year = m != null && m.matches() ? Dates.year(m.group(1)) : null;
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
        PageFields.Found fields = PageFields.scan(lines, 0, end, true);
        String titleDate = head == null ? null : dateAfterTitle(lines.get(head.index).text());
        if (fields.date() == null && titleDate != null) {
            fields = new PageFields.Found(fields.agency(), fields.agencyLabel(), fields.agencyLine(), titleDate, "", head.line);
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
        String compiler = null;
        String agency = head == null ? null : head.agency;
        for (int i = 0; i < Math.min(lines.size(), Math.max(end, 30)) && region == null; i++) {
            String s = Chrome.squeeze(lines.get(i).text());
            Matcher m = SUMMED_REGION.matcher(s);
            if (m.find() && isPlace(m.group(1))) {
                region = m.group(1);
            } else if ((m = COMPILER.matcher(s)).find()) {
                if (compiler == null && AgencyName.plausible(m.group(1))) {
                    compiler = m.group(1);
                }
                region = AgencyNames.regionOf(m.group(1), agency);
            }
            if (region != null) {
                regionLine = lines.get(i).number();
                regionFrom = m.group();
            }
        }
        return new Meta(agency, head == null ? null : head.rejected, year, fields.date(), head == null ? 0 : head.line,
                fields.dateLine(), head == null ? null : head.text, fields.agency(), fields.agencyLabel(), fields.agencyLine(),
                compiler, contact, contactLine, summary, summaryLine, region, regionLine, regionFrom);
    }

    /**
     * The meta with what the page prints at its foot, after the report's last section (a publish date,
     * a 来源 field), where the top printed none.
     *
     * @param lines the cleaned lines
     * @param footer index of the first line of page chrome after the last section, or -1
     */
    public static Meta withFooter(Meta meta, List<Outline.Cleaned> lines, int footer) {
        if (footer < 0 || meta.publishDate() != null && meta.labelled() != null) {
            return meta;
        }
        PageFields.Found f = PageFields.scan(lines, footer, footer + FOOTER_LINES, false);
        boolean date = meta.publishDate() == null && f.date() != null;
        boolean labelled = meta.labelled() == null && f.agency() != null;
        if (!date && !labelled) {
            return meta;
        }
        return new Meta(meta.agency(), meta.rejected(), meta.year(), date ? f.date() : meta.publishDate(),
                meta.titleLine(), date ? f.dateLine() : meta.dateLine(), meta.title(),
                labelled ? f.agency() : meta.labelled(), labelled ? f.agencyLabel() : meta.labelledAs(),
                labelled ? f.agencyLine() : meta.labelledLine(), meta.compiler(), meta.contact(), meta.contactLine(),
                meta.summary(), meta.summaryLine(), meta.region(), meta.regionLine(), meta.regionFrom());
    }

    /**
     * A title and the agency it names.
     *
     * @param found the title
     * @param index its index in the cleaned lines
     * @param line its decoded line
     * @param text the title as printed, blanks removed (with the agency's line when that stands above it)
     * @param agency the agency, a plausible name, or null
     * @param rejected the title's words for the agency that are no name, or null
     */
    private record TitleAt(Titles.Found found, int index, int line, String text, String agency, String rejected) {
    }

    /**
     * The title among the lines before the first heading (chrome skipped), and the agency: the title's
     * own words, or the line above a title that has none (the line below when the one above is no
     * name). A title wrapped onto two lines is joined only when the agency's words end on the first
     * line, so a breadcrumb above the title never becomes part of the name.
     */
    private static TitleAt title(List<Outline.Cleaned> lines, int end) {
        TitleAt t = title(lines, end, false);
        return t != null ? t : title(lines, end, true);
    }

    /**
     * The last title with a year that names an agency before the report begins (or, when {@code noYear},
     * the last line that is an agency's title without one); the last title when none names one. The
     * report's own title stands right above it: titles above that are a page's links (a column's list
     * "2021年度政府信息公开工作年度报告", another agency's report in a sidebar) and a title naming no agency
     * is a link or a sentence ("现将本机关…").
     */
    private static TitleAt title(List<Outline.Cleaned> lines, int end, boolean noYear) {
        TitleAt last = null;
        TitleAt lastNamed = null;
        for (int i = 0; i < end; i++) {
            TitleAt t = titleAt(lines, i, end, noYear);
            if (t == null) {
                continue;
            }
            last = t;
            if (t.agency != null) {
                lastNamed = t;
            }
        }
        return lastNamed != null ? lastNamed : last;
    }

    /** The title in line {@code i} (or wrapped from it onto the next), or null. */
    private static TitleAt titleAt(List<Outline.Cleaned> lines, int i, int end, boolean noYear) {
        if (Chrome.isChrome(lines.get(i).text())) {
            return null;
        }
        String s = squeezedStart(lines.get(i).text()); // a title a crawler glued to the first sentence: its start
        Titles.Found f = noYear ? Titles.withoutYear(s) : Titles.in(s);
        if (noYear && (f == null || !AgencyName.plausible(AgencyName.clean(f.words())))) {
            return null;
        }
        if (f != null && !Titles.endsAsTitle(lines.get(i).text(), f.text().length(), f.words())) {
            return null; // a sentence naming a report: "…关于2021年度政府信息公开工作年度报告编制工作的通知》"
        }
        if (f == null && i + 1 < end) {
            // a title wrapped onto the next line, but never when the next line is a title (this one is
            // the agency above it, handled below, or a breadcrumb) nor words running over the break
            String next = squeezedStart(lines.get(i + 1).text());
            Titles.Found joined = Titles.in(next) == null ? Titles.in(s + next) : null;
            f = joined != null && joined.wordsEnd() <= s.length()
                    && Titles.endsAsTitle(lines.get(i + 1).text(), joined.text().length() - s.length(), joined.words()) ? joined : null;
        }
        if (f == null) {
            return null;
        }
        String words = AgencyName.clean(f.words());
        String text = f.text();
        String above = i > 0 ? squeezedStart(lines.get(i - 1).text()) : "";
        if (words.isEmpty()) {
            String a = AgencyName.clean(above);
            if (i > 0 && AgencyName.plausible(a) && !Chrome.isChrome(lines.get(i - 1).text())) {
                return new TitleAt(f, i, lines.get(i).number(), a + text, a, null);
            }
            String below = i + 1 < end && lines.get(i + 1).text().length() <= 2 * AgencyName.MAX
                    ? AgencyName.clean(lines.get(i + 1).text()) : "";
            return new TitleAt(f, i, lines.get(i).number(), text, AgencyName.plausible(below) ? below : null, null);
        }
        if (!words.isEmpty() && !DIVISION.matcher(words).find() && !above.isEmpty() && DIVISION.matcher(above).find()
                && !Chrome.isChrome(lines.get(i - 1).text()) && Titles.in(above) == null) {
            String whole = AgencyName.clean(above + words); // the title wrapped inside the agency's name
            if (AgencyName.plausible(whole)) {
                return new TitleAt(f, i, lines.get(i).number(), above + text, whole, null);
            }
        }
        boolean ok = AgencyName.plausible(words);
        return new TitleAt(f, i, lines.get(i).number(), text, ok ? words : null, ok || words.isEmpty() ? null : words);
    }

    /** A date printed after the title in its line: "…年度报告　2023-01-20", "…年度报告（2023年1月20日）"; or null. */
    private static String dateAfterTitle(String line) {
        int at = Math.max(line.lastIndexOf("报告"), line.lastIndexOf("年报"));
        return at < 0 || line.length() - at > 40 ? null : PageFields.dateAlone(line.substring(at + 2));
    }

    /** The first {@link #TITLE_LOOK} characters of a line without its blanks (a long line is not squeezed whole). */
    private static String squeezedStart(String text) {
        String s = Chrome.squeeze(text.length() > 4 * TITLE_LOOK ? text.substring(0, 4 * TITLE_LOOK) : text);
        return s.length() > TITLE_LOOK ? s.substring(0, TITLE_LOOK) : s;
    }

    /** A named place (江南省临江市, 平潭综合实验区), not 全市, 本区 or 区直. */
    private static boolean isPlace(String words) {
        return !words.matches("^(全|本|我|各|下属|所属).*") && words.matches(".*(省|市|州|盟|县|旗|区|镇|乡|街道)");
    }

}
