package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled fields a web page prints around a report (under the title, in the information table
 * above it, in a crawler's header, at the foot of the article): {@code 时间：2022-02-08 16:34},
 * {@code 发布日期：2022年2月8日}, {@code 来源：某局}, {@code 发布机构：某局}, several to a line or one per table
 * cell. Only a field's label followed by its value counts, or a date standing apart in a line of such
 * fields or alone on its line above the report, so a date inside a sentence is never taken.
 */
final class PageFields {

    /** Labels whose value names who published: 机关, 来源, 发布机构 …. */
    private static final String AGENCY_LABELS = "机关名称|发布机构|发布机关|发布单位|发布部门|发文机关|发文单位|公开主体|公开单位"
            + "|信息来源|文章来源|来源单位|来源|机关";
    /** Labels whose value is the publish date, best first in {@link #rank}. */
    private static final String DATE_LABELS = "信息发布时间|信息发布日期|发布时间|发布日期|公开时间|公开日期|发表时间|发表日期|上网时间|上网日期"
            + "|发文日期|印发日期|成文日期|生成日期|成文时间|时间|日期";
    /** Other labels of such lines; they end the value before them. */
    private static final String OTHER_LABELS = "索引号|发文字号|文号|主题分类|体裁分类|组配分类|服务对象分类|分类|栏目|浏览次数|浏览量|阅读次数"
            + "|阅读量|点击数|点击量|点击次数|访问量|访问次数|作者|责任编辑|编辑|字号|字体|标题|原文链接|有效性|关键词|主题词|公文种类|效力状况";
    private static final Pattern LABEL = Pattern.compile(
            "(?<!\\p{IsHan})(" + AGENCY_LABELS + "|" + DATE_LABELS + "|" + OTHER_LABELS + ")\\s*[:：]");
    private static final Pattern AGENCY = Pattern.compile(AGENCY_LABELS);
    private static final Pattern DATE = Pattern.compile(DATE_LABELS);
    private static final Pattern CELL_LABEL = Pattern.compile(AGENCY_LABELS + "|" + DATE_LABELS);
    /** Where a value ends at the latest: a tab, two blanks, a bracket of page chrome (【字体：大 中 小】, 【发布时间：…】). */
    private static final Pattern VALUE_END = Pattern.compile("\\t|\\s{2,}|[【】\\[\\]|｜]");
    /** The rank of a date printed without a label in an information line or alone under the title. */
    private static final int UNLABELLED = 1;
    /** The pieces of an information line: apart by a tab, two blanks or page-chrome brackets. */
    private static final Pattern SEGMENTS = Pattern.compile("\\t|\\s{2,}|\\u3000|[【】\\[\\]|｜]");
    private static final Pattern BRACKETS = Pattern.compile("^[（(\\[【]|[）)\\]】]$");
    /** A date in digits with its clock time: 2023-01-18 17:30, 2023/1/18 17:30:05. */
    private static final Pattern CLOCKED = Pattern.compile("(?<!\\d)(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)");
    /** Punctuation of a sentence, which a byline has none of. */
    private static final Pattern PROSE = Pattern.compile("[，。；、！？]");
    /** A line longer than this is prose, not a line of page fields; only its start is looked at. */
    private static final int LOOK = 400;

    /**
     * What the fields say.
     *
     * @param agency the value of the first 机关 / 来源 / 发布机构 field, or null
     * @param agencyLabel its label
     * @param agencyLine the decoded line it stands in, or 0
     * @param date the best publish date, ISO, or null
     * @param dateLabel its label
     * @param dateLine the decoded line it stands in, or 0
     */
    record Found(String agency, String agencyLabel, int agencyLine, String date, String dateLabel, int dateLine) {

        static final Found NONE = new Found(null, null, 0, null, null, 0);
    }

    private PageFields() {
    }

    /**
     * The fields in lines {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param top true above the report (between the page's top and the first section), where a line
     *            holding nothing but a date ("2023-01-20 10:30", "（2023年1月20日）") is the page's date
     */
    static Found scan(List<Outline.Cleaned> lines, int from, int to, boolean top) {
        String agency = null;
        String agencyLabel = null;
        int agencyLine = 0;
        BestDate best = new BestDate();
        for (int i = Math.max(0, from); i < Math.min(lines.size(), to); i++) {
            String t = lines.get(i).text();
            if (t.length() > LOOK) {
                t = t.substring(0, LOOK);
            }
            int line = lines.get(i).number();
            if (top && t.length() <= 40 && best.offer(dateAlone(t), "", line, UNLABELLED)) {
                continue;
            }
            if (top && t.length() <= 60 && UNLABELLED < best.rank && t.indexOf('：') < 0 && t.indexOf(':') >= 0) {
                // a page's byline without labels: "江临财政 2023-01-18 17:30 江南"; a date with its clock time
                // in a short line of no sentence
                Matcher clock = CLOCKED.matcher(t);
                if (clock.find() && !PROSE.matcher(t).find() && best.offer(Dates.at(clock.group(1), true), "", line, UNLABELLED)) {
                    continue;
                }
            }
            if (t.indexOf('：') < 0 && t.indexOf(':') < 0 && t.indexOf('\t') < 0) {
                continue;
            }
            List<String[]> fields = fields(t);
            if (!fields.isEmpty() && UNLABELLED < best.rank) {
                // an information line may print its date without a label: "2023-01-20 10:30  来源：某局"
                for (String segment : SEGMENTS.split(t)) {
                    if (!LABEL.matcher(segment).find() && best.offer(Dates.at(segment, true), "", line, UNLABELLED)) {
                        break;
                    }
                }
            }
            for (String[] f : fields) {
                if (DATE.matcher(f[0]).matches()) {
                    best.offer(Dates.at(f[1], true), f[0], line, rank(f[0]));
                } else if (agency == null && AGENCY.matcher(f[0]).matches() && !f[1].isEmpty()) {
                    agency = f[1];
                    agencyLabel = f[0];
                    agencyLine = line;
                }
            }
        }
        return new Found(agency, agencyLabel, agencyLine, best.date, best.label, best.line);
    }

    /** The best-ranked date seen so far (the first of a rank). */
    private static final class BestDate {
        String date;
        String label;
        int line;
        int rank = Integer.MAX_VALUE;

        /** Takes the date when there is one and it ranks better than the best so far; true when taken. */
        boolean offer(String d, String byLabel, int atLine, int withRank) {
            if (d == null || withRank >= rank) {
                return false;
            }
            date = d;
            label = byLabel;
            line = atLine;
            rank = withRank;
            return true;
        }
    }

    /**
     * 0 for the date a page was published (发布时间, 时间 …), 2 for the date the document was written
     * (成文日期 …); an unlabelled date under the title ranks between them ({@link #UNLABELLED}).
     */
    private static int rank(String label) {
        return label.startsWith("发文") || label.startsWith("印发") || label.startsWith("成文") || label.startsWith("生成") ? 2 : 0;
    }

    /** The date when the text is nothing but a date (and a time), brackets around it allowed: "（2023年1月20日）". */
    static String dateAlone(String text) {
        return Dates.at(BRACKETS.matcher(Chrome.strip(text)).replaceAll(""), true);
    }

    /** The label and value of each field in a line: "label：value" runs, or table cells holding a label alone. */
    static List<String[]> fields(String line) {
        List<String[]> out = new ArrayList<>();
        Matcher m = LABEL.matcher(line);
        int prevEnd = -1;
        String prevLabel = null;
        while (m.find()) {
            if (prevLabel != null) {
                out.add(new String[] {prevLabel, value(line.substring(prevEnd, m.start()))});
            }
            prevLabel = m.group(1);
            prevEnd = m.end();
        }
        if (prevLabel != null) {
            out.add(new String[] {prevLabel, value(line.substring(prevEnd))});
        }
        if (out.isEmpty() && line.indexOf('\t') >= 0) {
            String[] cells = line.split("\t");
            for (int k = 0; k + 1 < cells.length; k++) {
                String c = Chrome.squeeze(cells[k]);
                if (CELL_LABEL.matcher(c).matches()) {
                    out.add(new String[] {c, Chrome.strip(cells[k + 1])});
                }
            }
        }
        return out;
    }

    private static String value(String raw) {
        String v = raw.replaceFirst("^[\\s\\u3000]+", "");
        Matcher end = VALUE_END.matcher(v);
        if (end.find()) {
            v = v.substring(0, end.start());
        }
        return Chrome.strip(v);
    }
}
