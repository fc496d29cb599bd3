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
            List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "text.other", p));
            assertEquals(1, f.size(), p);
            assertEquals("正文!B10", f.get(0).position());
            assertEquals("正文 六、其他需要报告的事项：只写了“" + p.strip() + "”，像是占位文字，请写明实际情况。", f.get(0).message());
        }
    }

    @Test
    void realSentencesThatStartWithAPlaceholderWordAreFine() {
        assertEquals(List.of(), check(Fixtures.with(Fixtures.qingshan(), "text.other", "无其他需要报告的事项。")));
    }
}
