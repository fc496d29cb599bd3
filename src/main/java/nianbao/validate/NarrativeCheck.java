package nianbao.validate;

import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.schema.Check;
import nianbao.schema.Section;
import nianbao.validate.cells.Statement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NARR: a number stated in 一、总体情况 that clearly contradicts the tables — the requests received
 * (against 表三 一, or 一 + 二 where the sentence speaks of 上年结转), “未收到…申请” while 一 &gt; 0,
 * the applicant breakdown that follows a matching count, and 行政许可/行政处罚/行政强制 decisions
 * against 表二. A mention that cannot be tied to one table value for sure is left alone: a false
 * alarm costs more trust than a missed one.
 */
final class NarrativeCheck {

    /** Arabic digits, or a Chinese numeral that starts with a digit or 十 (so a bare 万 is not 10000). */
    private static final String NUM = "([0-9０-９]+|[〇零一二两三四五六七八九十][〇零一二两三四五六七八九十百千万]*)";
    /** Where sentences end, and where clauses within them. */
    private static final String SENTENCE_ENDS = "。；;！!？?\n";
    private static final String COMMAS = "，,";
    private static final Pattern ANY_DIGIT = Pattern.compile("\\d");
    private static final Pattern HANDLING_VERB = Pattern.compile("办理|办结|作出|做出|审批|核发|完成");
    private static final Pattern RECEIVED = Pattern.compile("(收到|受理|接收|接到|新收)([^0-9０-９]{0,24}?)" + NUM + "(件|个|份)");
    private static final Pattern NONE = Pattern.compile("(未|没有|尚未|并未)(收到|受理|接到|接收)");
    private static final Pattern NO_CASE = Pattern.compile("(未|没有|并未)(发生|引起|产生|出现|涉及|收到)");
    /** Words after which “未…行政复议” no longer says there were none (未被纠正, 未败诉 …). */
    private static final Pattern NOT_NO_CASE = Pattern.compile("纠正|败诉|撤销|违法|追究|责任|维持|赔偿");
    private static final Pattern APPLICANT = Pattern.compile(
            "(自然人|商业企业|科研机构|社会公益组织|法律服务机构)(?:提出的?|提交的?)?(?:申请)?(?:共|为)?" + NUM + "件");
    private static final Pattern DECISION = Pattern.compile(
            "(行政许可|行政处罚|行政强制)(决定书?|事项|案件|办件)?(?:数量)?(?:共计|合计|共|计|为|达)?[：:]?" + NUM + "(件|项|宗|个|起)");
    private static final Pattern COUNT_IN_CLAUSE = Pattern.compile(NUM + "(件|个|份)");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /** Words that put a clause about another period or a cumulative figure. */
    private static final Pattern OTHER_PERIOD = Pattern.compile("去年|上一年|上年度(?!结转)|同比|累计|历年|以来|上年(?!结转)");
    /** Words that put a sentence about another scope than the table's (subordinate units, the whole region). */
    private static final List<String> OTHER_SCOPE = List.of("本级", "下属", "所属", "下级", "直属", "系统内", "全系统", "全区",
            "全市", "全县", "全省", "各单位");
    /** Every word OTHER_PERIOD can match contains one of these (上年度 contains 上年). */
    private static final List<String> OTHER_PERIOD_WORDS = List.of("去年", "上一年", "上年", "同比", "累计", "历年", "以来");
    private static final Pattern NOT_REQUESTS = Pattern.compile("复议|诉讼|投诉|举报|信访|许可|建议|提案|咨询|其中|答复|办结|不予|部分|结转|处理费");
    private static final Pattern APPROXIMATE_BEFORE = Pattern.compile("(约|近|逾|超过|超|多达|将近|不足|不到|大约)$");
    private static final Pattern APPROXIMATE_AFTER = Pattern.compile("^(左右|余|多|以上|以下)");

    private static final Map<String, String> APPLICANT_COLUMNS = Map.of("自然人", "natural", "商业企业", "commercial",
            "科研机构", "research", "社会公益组织", "social", "法律服务机构", "legal");
    private static final Map<String, String> DECISION_FIELDS = Map.of("行政许可", "t2.licensing.decisions",
            "行政处罚", "t2.punishment.decisions", "行政强制", "t2.coercion.decisions");
    private static final String NEW = "t3.new.total";
    private static final String CARRIED = "t3.carried.total";
    private static final Set<Character> UNITS = Set.of('件', '项', '宗', '个', '起');

    private NarrativeCheck() {
    }

    /**
     * What the text says about the tables: the contradictions as findings, and every number it states
     * for sure (agreeing or not) as evidence for which cell of a broken rule is wrong.
     */
    record Scan(List<Finding> findings, List<Statement> statements) {
    }

    static List<Finding> check(Report report, Check check) {
        return scan(report, check).findings();
    }

    static Scan scan(Report report, Check check) {
        List<Finding> out = new ArrayList<>();
        List<Statement> said = new ArrayList<>();
        for (String fieldId : overviewFields(report)) {
            String text = report.text(fieldId);
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String sentence : pieces(text, SENTENCE_ENDS)) {
                sentence(report, check, fieldId, sentence, out, said);
            }
        }
        return new Scan(out, said);
    }

    /** A number the text states: the sum of one of the alternatives' fields is {@code stated}. */
    private static Statement statement(Report report, String fieldId, String quote, List<List<String>> alternatives,
                                       BigDecimal stated) {
        return new Statement(fieldId, RuleEngine.sourceOf(report, fieldId).position(), quote.strip(), alternatives, stated);
    }

    private static List<String> overviewFields(Report report) {
        return report.schema().sections().stream().filter(s -> "一".equals(s.no()))
                .findFirst().map(Section::texts).orElse(List.of());
    }

    private static void sentence(Report report, Check check, String fieldId, String sentence, List<Finding> out,
                                 List<Statement> said) {
        boolean otherScope = containsWord(sentence, OTHER_SCOPE);
        boolean carried = sentence.contains("结转");
        BigDecimal newTotal = report.numberIfPresent(NEW);
        boolean countMatched = false;
        for (String clause : pieces(sentence, COMMAS)) {
            if (!samePeriod(report, clause)) {
                continue;
            }
            if (!otherScope) {
                if (countMatched && !carried) {
                    applicants(report, check, fieldId, clause, out, said);
                }
                Boolean matched = received(report, check, fieldId, clause, carried, out, said);
                if (matched != null) {
                    countMatched = matched;
                    if (matched && !carried) {
                        // the breakdown may follow in the same clause: 收到申请13件（其中自然人11件…）
                        int at = clause.indexOf("其中");
                        if (at >= 0) {
                            applicants(report, check, fieldId, clause.substring(at), out, said);
                        }
                    }
                }
                noneReceived(report, check, fieldId, clause, newTotal, out, said);
                noCases(report, check, fieldId, clause, out, said);
            }
            decisions(report, check, fieldId, clause, out, said);
        }
    }

    /**
     * Checks “收到…申请 N 件” in one clause.
     *
     * @return null when the clause states no request count, else whether the count agrees with 表三
     */
    private static Boolean received(Report report, Check check, String fieldId, String clause, boolean carried,
                                    List<Finding> out, List<Statement> said) {
        if (!containsAny(clause, "收受接") || !containsAny(clause, "件个份")) {
            return null; // RECEIVED cannot match: spare the regular expression
        }
        Matcher m = RECEIVED.matcher(clause);
        while (m.find()) {
            String filler = m.group(2);
            if (!filler.contains("公开") || !filler.contains("申请") || NOT_REQUESTS.matcher(filler).find()
                    || negated(clause, m.start()) || APPROXIMATE_BEFORE.matcher(filler).find()
                    || APPROXIMATE_AFTER.matcher(clause.substring(m.end())).find()) {
                continue;
            }
            BigDecimal stated = ChineseNumbers.parse(m.group(3));
            if (stated != null) {
                said.add(statement(report, fieldId, m.group(), carried ? List.of(List.of(NEW), List.of(NEW, CARRIED))
                        : List.of(List.of(NEW)), stated));
            }
            BigDecimal fresh = report.numberIfPresent(NEW);
            BigDecimal prior = report.numberIfPresent(CARRIED);
            if (stated == null || fresh == null || (carried && prior == null)) {
                return null;
            }
            if (stated.compareTo(fresh) == 0 || (carried && stated.compareTo(fresh.add(prior)) == 0)) {
                return true;
            }
            String quote = m.group();
            Map<String, String> vars = new LinkedHashMap<>();
            vars.put("quote", quote);
            vars.put("label", report.schema().require(fieldId).label());
            if (carried) {
                vars.put("table", "表三 一、本年新收 总计");
                vars.put("new", Numbers.plain(fresh));
                vars.put("expected", Numbers.plain(fresh.add(prior)));
                out.add(Messages.finding(check, "messageCarry", report, List.of(fieldId, NEW, CARRIED),
                        Numbers.plain(fresh) + " 或 " + Numbers.plain(fresh.add(prior)), Numbers.plain(stated), vars));
            } else {
                vars.put("table", "表三 一、本年新收 总计");
                vars.put("table_en", "table 3 new requests (" + NEW + ")");
                vars.put("expected", Numbers.plain(fresh));
                out.add(Messages.finding(check, "message", report, List.of(fieldId, NEW), Numbers.plain(fresh),
                        Numbers.plain(stated), vars));
            }
            return false;
        }
        return null;
    }

    /** Checks “未收到…公开申请” while 表三 一 is above zero (null when blank). */
    private static void noneReceived(Report report, Check check, String fieldId, String clause, BigDecimal newTotal,
                                     List<Finding> out, List<Statement> said) {
        if (!containsAny(clause, "未没")) {
            return;
        }
        Matcher m = NONE.matcher(clause);
        if (!m.find()) {
            return;
        }
        String rest = clause.substring(m.end());
        if (!rest.contains("公开") || !rest.contains("申请") || NOT_REQUESTS.matcher(rest).find()
                || COUNT_IN_CLAUSE.matcher(clause).find()) {
            return;
        }
        String quote = clause.substring(m.start()).strip();
        said.add(statement(report, fieldId, quote, List.of(List.of(NEW)), BigDecimal.ZERO));
        if (newTotal == null || newTotal.signum() <= 0) {
            return; // the text agrees with the table
        }
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("quote", quote);
        vars.put("label", report.schema().require(fieldId).label());
        vars.put("table", "表三 一、本年新收 总计");
        vars.put("table_en", "table 3 new requests (" + NEW + ")");
        vars.put("expected", Numbers.plain(newTotal));
        out.add(Messages.finding(check, "noRequest", report, List.of(fieldId, NEW), Numbers.plain(newTotal), "0", vars));
    }

    /** Checks “未发生…行政复议、行政诉讼” against the totals of 表四. */
    private static void noCases(Report report, Check check, String fieldId, String clause, List<Finding> out,
                                List<Statement> said) {
        if (!containsAny(clause, "未没")) {
            return;
        }
        Matcher m = NO_CASE.matcher(clause);
        if (!m.find()) {
            return;
        }
        String rest = clause.substring(m.end());
        if (NOT_NO_CASE.matcher(rest).find() || COUNT_IN_CLAUSE.matcher(clause).find() || ANY_DIGIT.matcher(rest).find()) {
            return;
        }
        String quote = clause.substring(m.start()).strip();
        if (rest.contains("行政复议")) {
            said.add(statement(report, fieldId, quote, List.of(List.of("t4.review.total")), BigDecimal.ZERO));
            BigDecimal reviews = report.numberIfPresent("t4.review.total");
            if (reviews != null && reviews.signum() > 0) {
                noCase(report, check, fieldId, quote, "表四 行政复议 总计", List.of("t4.review.total"), reviews, out);
            }
        }
        if (rest.contains("行政诉讼")) {
            List<String> suits = List.of("t4.suit_direct.total", "t4.suit_after_review.total");
            said.add(statement(report, fieldId, quote, List.of(suits), BigDecimal.ZERO));
            BigDecimal direct = report.numberIfPresent("t4.suit_direct.total");
            BigDecimal after = report.numberIfPresent("t4.suit_after_review.total");
            if (direct != null && after != null && direct.add(after).signum() > 0) {
                noCase(report, check, fieldId, quote, "表四 行政诉讼总计（未经复议直接起诉与复议后起诉之和）", suits,
                        direct.add(after), out);
            }
        }
    }

    private static void noCase(Report report, Check check, String fieldId, String quote, String table,
                               List<String> tableFields, BigDecimal count, List<Finding> out) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("quote", quote);
        vars.put("table", table);
        vars.put("table_en", String.join(" + ", tableFields));
        vars.put("expected", Numbers.plain(count));
        List<String> ids = new ArrayList<>();
        ids.add(fieldId);
        ids.addAll(tableFields);
        out.add(Messages.finding(check, "noCase", report, ids, Numbers.plain(count), "0", vars));
    }

    /** Checks “其中自然人申请 N 件…” right after a request count that agreed with 表三. */
    private static void applicants(Report report, Check check, String fieldId, String clause, List<Finding> out,
                                   List<Statement> said) {
        if (clause.indexOf('件') < 0) {
            return;
        }
        Matcher m = APPLICANT.matcher(clause);
        while (m.find()) {
            if (APPROXIMATE_AFTER.matcher(clause.substring(m.end())).find()) {
                continue;
            }
            String col = APPLICANT_COLUMNS.get(m.group(1));
            String tableField = "t3.new." + col;
            compare(report, check, fieldId, tableField, m.group(), ChineseNumbers.parse(m.group(2)), out, said);
        }
    }

    /** Checks 行政许可/行政处罚/行政强制 decision counts against 表二. */
    private static void decisions(Report report, Check check, String fieldId, String clause, List<Finding> out,
                                  List<Statement> said) {
        if (!clause.contains("行政")) {
            return;
        }
        Matcher m = DECISION.matcher(clause);
        while (m.find()) {
            String before = clause.substring(0, m.start());
            if (before.endsWith("《") || joinedWithAnother(before)
                    || APPROXIMATE_AFTER.matcher(clause.substring(m.end())).find()) {
                continue;
            }
            // 行政许可事项 N 项 may be the catalogue of permit types; only a handling verb makes it decisions.
            if ("事项".equals(m.group(2)) && !HANDLING_VERB.matcher(before).find()) {
                continue;
            }
            compare(report, check, fieldId, DECISION_FIELDS.get(m.group(1)), m.group(), ChineseNumbers.parse(m.group(3)),
                    out, said);
        }
    }

    /** True for “行政许可、行政处罚 N 件”: the number may be the sum of both. */
    private static boolean joinedWithAnother(String before) {
        if (before.isEmpty()) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        if ("、和及与".indexOf(last) < 0) {
            return false;
        }
        return before.length() < 2 || !UNITS.contains(before.charAt(before.length() - 2));
    }

    private static void compare(Report report, Check check, String fieldId, String tableField, String quote,
                                BigDecimal stated, List<Finding> out, List<Statement> said) {
        if (stated != null) {
            said.add(statement(report, fieldId, quote, List.of(List.of(tableField)), stated));
        }
        BigDecimal table = report.numberIfPresent(tableField);
        if (stated == null || table == null || stated.compareTo(table) == 0) {
            return;
        }
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("quote", quote);
        vars.put("label", report.schema().require(fieldId).label());
        vars.put("table", report.schema().require(tableField).label());
        vars.put("table_en", tableField);
        vars.put("expected", Numbers.plain(table));
        out.add(Messages.finding(check, "message", report, List.of(fieldId, tableField), Numbers.plain(table),
                Numbers.plain(stated), vars));
    }

    private static boolean negated(String clause, int at) {
        String before = clause.substring(0, at);
        return before.endsWith("未") || before.endsWith("没有") || before.endsWith("没") || before.endsWith("无")
                || before.endsWith("不");
    }

    /** False when the clause names another year than the report's, or last year, or a running total. */
    private static boolean samePeriod(Report report, String clause) {
        if (clause.indexOf('年') < 0 && !containsWord(clause, OTHER_PERIOD_WORDS)) {
            return true; // neither a year nor any word of OTHER_PERIOD
        }
        if (containsWord(clause, OTHER_PERIOD_WORDS) && OTHER_PERIOD.matcher(clause).find()) {
            return false;
        }
        BigDecimal year = report.number("meta.year");
        Matcher y = YEAR.matcher(clause);
        while (y.find()) {
            if (year == null || Integer.parseInt(y.group(1)) != year.intValue()) {
                return false;
            }
        }
        return true;
    }

    /** The non-empty pieces of a text between any of the delimiter characters. */
    private static List<String> pieces(String text, String delimiters) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || delimiters.indexOf(text.charAt(i)) >= 0) {
                if (i > start) {
                    out.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** True when the text contains any of the words. */
    private static boolean containsWord(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text holds any of these characters: a cheap necessary condition checked before a
     * regular expression whose every alternative contains one of them.
     */
    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (text.indexOf(chars.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
