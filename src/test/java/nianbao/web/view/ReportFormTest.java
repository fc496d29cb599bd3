package nianbao.web.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.validate.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormTest {

    private static Report example() throws Exception {
        return Reports.readJson(Path.of("examples", "青山县卫生健康委员会-2025.json"));
    }

    private static ReportForm.Value cell(ReportForm form, String fieldId) {
        for (ReportForm.Section s : form.sections()) {
            if (s.table() == null) {
                continue;
            }
            for (List<ReportForm.Cell> row : s.table().rows()) {
                for (ReportForm.Cell c : row) {
                    if (c.value() != null && c.value().fieldId().equals(fieldId)) {
                        return c.value();
                    }
                }
            }
        }
        return null;
    }

    @Test
    void theSectionsFollowTheNationalFormatWithTheirNarrativeAndTable() throws Exception {
        ReportForm form = ReportForm.of(example(), List.of(), null, "/check/x", "t", false);
        assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
                form.sections().stream().map(ReportForm.Section::title).toList());
        assertEquals("t2", form.sections().get(1).table().tableId());
        assertNull(form.sections().get(0).table());
        assertEquals("text.overview_proactive", form.sections().get(0).texts().get(1).name());
        assertEquals(List.of("meta.agency", "meta.year", "meta.publish_date", "meta.region", "meta.contact", "meta.data_scope"),
                form.meta().stream().map(ReportForm.Input::name).toList());
        assertEquals(List.of("本机关", "汇总"), form.meta().get(5).options());
        // 表三's header: the corner note over three label columns, 申请人情况 over the seven columns
        List<ReportForm.Cell> top = form.sections().get(2).table().rows().get(0);
        assertEquals(3, top.get(0).colSpan());
        assertEquals("申请人情况", top.get(1).text());
        assertEquals(7, top.get(1).colSpan());
    }

    @Test
    void aFindingMarksItsCellAndARuleFindingIsLeftToTheScript() throws Exception {
        Report r = example();
        Report broken = r.toBuilder().number("t3.new.total", r.number("t3.new.total").longValue() + 1)
                .text("t3.new.legal", "二").build();
        Report missing = broken.with(Value.missing("t4.review.upheld", Source.none(), "原文此处为空"))
                .with(Value.inferred("t4.review.corrected", r.number("t4.review.corrected"), Source.none(), "按合计倒推"));
        List<Finding> findings = Reports.validate(missing);
        ReportForm form = ReportForm.of(missing, findings, null, "/check/x", "t", false);
        ReportForm.Value typed = cell(form, "t3.new.legal");
        assertEquals("v-read bad", typed.cssClass());
        assertTrue(typed.others().contains("“二”不是数字"), typed.others());
        assertEquals(List.of(), typed.ruleProblems());
        ReportForm.Value gone = cell(form, "t4.review.upheld");
        assertEquals("missing", gone.how());
        // the import's finding quotes the importer's note: the tip says it once, not in the reason again
        assertEquals("缺失", gone.reason());
        assertEquals("缺失。" + gone.others(), gone.tip());
        assertEquals(1, gone.tip().split("原文此处为空", -1).length - 1, gone.tip());
        assertEquals("v-missing bad", gone.cssClass());
        // an inferred value no finding mentions keeps its why
        assertEquals("推断：按合计倒推", cell(form, "t4.review.corrected").reason());
        assertEquals("v-read", cell(form, "t3.new.natural").cssClass());
    }

    @Test
    void theCellTheEvidencePinsIsMarkedAndTheScriptIsToldWhichItIs() throws Exception {
        // 本年新收/自然人 typed 400 over 339 (its row total following): the narrative's 418 pins 表三!D5
        Report good = Reports.readJson(Path.of("examples", "临江市自然资源和规划局-2025.json"));
        long slip = 400 - good.number("t3.new.natural").longValue();
        Report r = good.toBuilder().number("t3.new.natural", 400)
                .number("t3.new.total", good.number("t3.new.total").longValue() + slip).build();
        ReportForm form = ReportForm.of(r, Reports.validate(r), null, "/check/x", "t", false);
        ReportForm.Value typed = cell(form, "t3.new.natural");
        assertEquals("v-read bad", typed.cssClass());
        assertEquals(2, typed.ruleProblems().size(), typed.ruleProblems().toString());
        assertTrue(typed.ruleProblems().get(0).endsWith("表三!D5“一、本年新收 / 自然人”应为 339（现填 400）。"),
                typed.ruleProblems().get(0));
        assertEquals("v-read", cell(form, "t3.total.natural").cssClass(), "not the rule's own cell");
        assertEquals("v-read", cell(form, "t3.new.total").cssClass());
        List<String> pins = new java.util.ArrayList<>();
        for (JsonNode rule : new ObjectMapper().readTree(form.rules()).path("rules")) {
            if (rule.has("pin")) {
                pins.add(rule.path("left").get(0).get(1).asText() + "→" + rule.path("pin").asText());
            }
        }
        assertEquals(List.of("t3.total.natural→t3.new.natural", "t3.total.total→t3.new.natural"), pins);
    }

    @Test
    void theRulesGoToThePageAsDataFromTheSchema() throws Exception {
        Report r = example();
        JsonNode rules = new ObjectMapper().readTree(ReportForm.of(r, List.of(), null, "/c", "t", false).rules());
        JsonNode row = null;
        int cross = 0;
        for (JsonNode rule : rules.path("rules")) {
            if (rule.path("id").asText().equals("T3-ROW") && rule.path("left").get(0).get(1).asText().equals("t3.new.total")) {
                row = rule;
            }
            cross += rule.path("id").asText().startsWith("X-") ? 1 : 0;
        }
        assertTrue(row != null, "表三 一、本年新收 row total");
        assertTrue(row.path("total").asBoolean());
        assertEquals(6, row.path("right").size());
        assertEquals("[1,\"t3.new.natural\"]", row.path("right").get(0).toString());
        assertTrue(row.path("message").asText().contains("{left}"), "the sentence with its numbers still open");
        assertEquals(0, cross, "no cross-year rule without last year's report");

        Report last = r.toBuilder().number("meta.year", 2024).build();
        JsonNode withLast = new ObjectMapper().readTree(ReportForm.of(r, List.of(), last, "/c", "t", false).rules());
        assertFalse(withLast.path("previous").isEmpty(), "last year's values come along");
        assertEquals(last.number("t3.carry_over.natural").toPlainString(),
                withLast.path("previous").path("t3.carry_over.natural").asText());
    }

    @Test
    void whatTheFormShowsIsThePrintedText() throws Exception {
        Report r = example().toBuilder().number("t2.fees.amount", new java.math.BigDecimal("1.50000")).build();
        var shown = ReportForm.shown(r);
        assertEquals("1.5", shown.get("t2.fees.amount"));
        assertEquals(r.agency(), shown.get("meta.agency"));
        assertEquals(r.number("t3.new.total").toPlainString(), shown.get("t3.new.total"));
    }
}
