package nianbao.validate;

import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextCheckTest {

    private static List<Finding> check(Report r) {
        return TextCheck.check(r, Fixtures.check("TEXT"));
    }

    @Test
    void blankRequiredSectionIsAWarningButTheLeadParagraphIsOptional() {
        Report r = Fixtures.qingshan().toBuilder().put(Value.blank("text.problems", Source.none()))
                .put(Value.blank("text.overview", Source.none())).build();
        List<Finding> f = check(r);
        assertEquals(1, f.size());
        assertEquals("TEXT", f.get(0).ruleId());
        assertEquals("正文!B9", f.get(0).position());
        assertEquals("正文 五、存在的主要问题及改进情况：未填写，请写明实际情况。", f.get(0).message());
    }

    @Test
    void placeholderTextIsAWarningQuotingIt() {
        for (String p : List.of("无", "无。", " 略 ", "待补充", "（略）", "——")) {
            List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "text.problems", p));
            assertEquals(1, f.size(), p);
            assertEquals("正文!B9", f.get(0).position());
            assertEquals(nianbao.schema.Severity.WARNING, f.get(0).severity());
            assertEquals("正文 五、存在的主要问题及改进情况：只写了“" + p.strip() + "”，像是占位文字，请写明实际情况。", f.get(0).message());
        }
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "text.other", "略"));
        assertEquals("正文 六、其他需要报告的事项：只写了“略”，像是占位文字，请写明实际情况。", f.get(0).message());
    }

    @Test
    void nothingToReportUnderSixIsARemarkNotAPlaceholder() {
        for (String p : List.of("无", "无。", "暂无。")) {
            List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "text.other", p));
            assertEquals(1, f.size(), p);
            assertEquals(nianbao.schema.Severity.INFO, f.get(0).severity());
            assertEquals("正文!B10", f.get(0).position());
            assertEquals("正文 六、其他需要报告的事项：只写了“" + p + "”，即没有需要报告的事项；本年度未收取信息处理费的，建议写明。",
                    f.get(0).message());
        }
    }

    @Test
    void realSentencesThatStartWithAPlaceholderWordAreFine() {
        assertEquals(List.of(), check(Fixtures.with(Fixtures.qingshan(), "text.other", "无其他需要报告的事项。")));
    }

    @Test
    void subSectionsAnImportFoundInTheOverviewAreOneRemarkNotWarnings() {
        Report.Builder b = Fixtures.qingshan().toBuilder();
        for (String id : List.of("text.overview_proactive", "text.overview_on_request", "text.overview_management",
                "text.overview_platform", "text.overview_supervision")) {
            b.put(Value.missing(id, Source.none(), Report.IN_OVERVIEW));
        }
        List<Finding> f = check(b.build());
        assertEquals(1, f.size());
        assertEquals(nianbao.schema.Severity.INFO, f.get(0).severity());
        assertEquals(5, f.get(0).fieldIds().size());
        assertEquals("正文 （一）、（二）、（三）、（四）、（五）：原文未按（一）至（五）分节，全文在“总体情况”中，不是缺少这部分；"
                + "如需分开，请按原文内容分别填写。", f.get(0).message());
        // without text in the overview the note is no excuse: the sections are really missing
        List<Finding> blank = check(b.put(Value.blank("text.overview", Source.none())).build());
        assertEquals(5, blank.size());
        blank.forEach(x -> assertEquals(nianbao.schema.Severity.WARNING, x.severity()));
        // a section the import says the original lacks is a warning
        Report lacks = Fixtures.qingshan().toBuilder()
                .put(Value.missing("text.overview_supervision", Source.none(), "原文中没有“（五）监督保障情况”")).build();
        assertEquals(List.of(nianbao.schema.Severity.WARNING), check(lacks).stream().map(Finding::severity).toList());
    }

    @Test
    void aSchemaWithoutTheNewerMessagesBorrowsTheDefaultWording() {
        nianbao.schema.Schema trial = nianbao.schema.Schemas.byId("gov-info-disclosure/2019").orElseThrow();
        Report.Builder b = Report.builder(trial);
        Fixtures.qingshan().values().forEach(v -> {
            if (trial.field(v.fieldId()).isPresent()) {
                b.put(v);
            }
        });
        b.put(Value.missing("text.overview_platform", Source.none(), Report.IN_OVERVIEW));
        Report r = b.build();
        List<Finding> f = Validator.validate(r);
        assertEquals(List.of("TEXT"), Fixtures.ids(f.stream().filter(x -> x.ruleId().equals("TEXT")).toList()));
    }

    @Test
    void aSubSectionWrittenTogetherWithAnotherIsARemark() {
        Report r = Fixtures.qingshan().toBuilder().put(Value.missing("text.overview_supervision", Source.none(),
                Report.WRITTEN_TOGETHER + "（“（四）政府信息公开平台建设、监督保障情况”），内容在该小节中")).build();
        List<Finding> f = check(r);
        assertEquals(1, f.size());
        assertEquals(nianbao.schema.Severity.INFO, f.get(0).severity());
        assertEquals("正文 （五）监督保障情况：原文把这一小节与另一小节合写在一个小标题下（“（四）政府信息公开平台建设、监督保障情况”），"
                + "内容在该小节中，不是缺少这部分；如需分开，请按原文内容分别填写。", f.get(0).message());
    }
}
