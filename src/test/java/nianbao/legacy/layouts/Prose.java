package nianbao.legacy.layouts;

import nianbao.model.Report;
import nianbao.schema.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The narrative of a report in published order (title, 一 with its （一）…（五）, the table sections
 * 二 三 四, then 五 and 六), and invented sentences for generated reports.
 */
final class Prose {

    /**
     * One part of the published text.
     *
     * @param heading the heading as printed (一、总体情况, （一）主动公开情况, 二、主动公开政府信息情况 …)
     * @param paragraphs its paragraphs (empty for a table section)
     * @param table t2, t3, t4 or null
     */
    record Part(String heading, List<String> paragraphs, String table) {
    }

    private Prose() {
    }

    /** The title as published. */
    static String title(Report r) {
        return r.title();
    }

    /** The parts of the report after its title. */
    static List<Part> parts(Report r) {
        List<Part> out = new ArrayList<>();
        for (Section s : Grid.SCHEMA.sections()) {
            if (s.table() != null) {
                out.add(new Part(s.title(), List.of(), s.table()));
                continue;
            }
            List<String> lead = new ArrayList<>();
            List<Part> subs = new ArrayList<>();
            for (String id : s.texts()) {
                String heading = s.heading(id);
                String text = r.text(id);
                List<String> paras = text == null ? List.of() : List.of(text.split("\n"));
                if (heading == null) {
                    lead.addAll(paras);
                } else {
                    subs.add(new Part(heading, paras, null));
                }
            }
            out.add(new Part(s.title(), lead, null));
            out.addAll(subs);
        }
        return out;
    }

    private static final String[] PROACTIVE = {
        "全年通过门户网站“政府信息公开”专栏主动公开各类信息%d条，其中政策文件%d件、政策解读%d篇。",
        "围绕群众关注的办事服务事项，及时更新办事指南%d项，发布工作动态%d条，回应社会关切%d次。",
        "依托政务新媒体账号推送信息%d条，阅读量较上年有所增长；按时公开部门预决算和“三公”经费信息。"};
    private static final String[] MANAGEMENT = {
        "落实信息发布“三审三校”制度，公开前逐条开展保密审查，全年未发生泄密和错发情况。",
        "对照主动公开基本目录梳理公开事项%d项，对已失效的%d件文件及时标注。",
        "建立政府信息公开台账，按月更新公开目录，做到应公开尽公开。"};
    private static final String[] PLATFORM = {
        "优化门户网站栏目设置，新增“政策问答”栏目，完善站内检索功能。",
        "加强政务新媒体管理，关停更新不及时的账号%d个，保持平台内容规范。",
        "推进政务公开专区建设，在服务大厅设置查阅点%d个，方便群众现场查阅。"};
    private static final String[] SUPERVISION = {
        "将政务公开工作纳入年度绩效考核，组织业务培训%d次，参训人员%d人次。",
        "主要负责同志定期听取政务公开工作汇报，全年未发生政务公开责任追究情况。",
        "主动接受社会评议，通过意见箱、热线电话收集意见建议%d条并逐条反馈。"};
    private static final String[] PROBLEMS = {
        "政策解读形式较为单一，图解、视频等形式运用不多；部分栏目更新不够及时。",
        "下一步将丰富解读形式，健全栏目维护责任清单，按季度开展自查。",
        "依申请公开答复的规范化水平仍需提高，将加强法律审核，统一答复文书格式。"};

    /** Invented narrative for a generated report. */
    static void fill(Report.Builder b, String agency, int year, int requests, Random rnd) {
        b.text("text.overview", year + "年，" + agency + "认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、"
                + "不公开为例外，扎实推进政务公开各项工作。");
        b.text("text.overview_proactive", pick(rnd, PROACTIVE) + pick(rnd, PROACTIVE));
        b.text("text.overview_on_request", requests == 0 ? year + "年，本机关未收到政府信息公开申请。"
                : "全年共收到政府信息公开申请" + requests + "件，均在法定期限内答复，未发生逾期答复情况。");
        b.text("text.overview_management", pick(rnd, MANAGEMENT));
        b.text("text.overview_platform", pick(rnd, PLATFORM));
        b.text("text.overview_supervision", pick(rnd, SUPERVISION));
        b.text("text.problems", pick(rnd, PROBLEMS) + "\n" + pick(rnd, PROBLEMS));
        b.text("text.other", rnd.nextBoolean() ? year + "年度，本机关未收取信息处理费。"
                : "本年度未发生收取信息处理费的情况；人大代表建议和政协提案均已按期办复。");
    }

    private static String pick(Random rnd, String[] options) {
        String s = options[rnd.nextInt(options.length)];
        return s.contains("%d") ? String.format(s, 2 + rnd.nextInt(300), 1 + rnd.nextInt(30), 1 + rnd.nextInt(20)) : s;
    }
}
