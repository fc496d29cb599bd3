package nianbao.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DraftsTest {

    static DraftSection onRequest(List<YearReport> reports) throws Exception {
        return AgencyComparison.of(Series.of(reports, false)).drafts().get(1);
    }

    @Test
    void writesTheNewRequestsAsAgenciesDo() throws Exception {
        DraftSection d = onRequest(Fixtures.yunxi());
        assertEquals("（二）依申请公开情况", d.heading());
        assertEquals("本年共新收政府信息公开申请59件，比上年增加30件，增长103.4%，上年结转2件。", d.sentences().get(0));
        assertEquals("本年度办理结果中，予以公开28件，占46.7%；部分公开6件，占10.0%；不予公开4件，占6.7%。", d.sentences().get(1));
    }

    @Test
    void aFallIsWrittenAsADecreaseAndFromZeroWithoutAPercentage() throws Exception {
        List<YearReport> r = new ArrayList<>(Fixtures.yunxi());
        r.set(1, Fixtures.withNumber(r.get(1), "t3.new.total", 64));
        DraftSection d = onRequest(r);
        assertEquals("本年共新收政府信息公开申请59件，比上年减少5件，下降7.8%，上年结转2件。", d.sentences().get(0));
        assertTrue(d.sentences().get(3).startsWith("本年因政府信息公开被申请行政复议3件，比上年增加3件，被提起行政诉讼2件，与上年持平。"),
                d.sentences().get(3));
    }

    @Test
    void aSentenceIsNeverMadeFromAMissingNumber() throws Exception {
        List<YearReport> r = new ArrayList<>(Fixtures.liuxi());
        // the imported 2022 report as the latest: its 行政处罚 is missing
        r.removeIf(x -> x.year() == 2023);
        DraftSection proactive = AgencyComparison.of(Series.of(r, false)).drafts().get(0);
        assertFalse(String.join("", proactive.sentences()).contains("行政处罚"), proactive.sentences().toString());
        assertTrue(proactive.notes().contains("未写“本年作出行政许可决定…”：表二 行政处罚 / 本年处理决定数量缺失。"),
                proactive.notes().toString());
    }

    @Test
    void aChangeAgainstAMissingNumberIsLeftOutAndSaidSo() throws Exception {
        DraftSection proactive = AgencyComparisonTest.liuxi().drafts().get(0);
        assertTrue(proactive.sentences().get(2).contains("行政处罚决定88件，行政强制决定0件"), proactive.sentences().get(2));
        assertEquals(List.of("未与上年比较“表二 行政处罚 / 本年处理决定数量”：2022 年的报告中表二 行政处罚 / 本年处理决定数量缺失。"),
                proactive.notes());
    }

    @Test
    void anInferredNumberInASentenceIsPointedOut() throws Exception {
        List<YearReport> r = new ArrayList<>(Fixtures.liuxi());
        r.removeIf(x -> x.year() == 2023);
        DraftSection d = AgencyComparison.of(Series.of(r, false)).drafts().get(1);
        assertEquals("本年共新收政府信息公开申请153件，比上年增加14件，增长10.1%，上年结转7件。", d.sentences().get(0));
        assertTrue(d.notes().contains("“本年共新收政府信息公开申请…”含导入时推断的数字：表三 一、本年新收 / 总计 = 153，请核对原文。"),
                d.notes().toString());
    }

    @Test
    void theOldFormatIsDraftedInItsOwnWords() throws Exception {
        List<YearReport> r = Fixtures.liuxi();
        Series first = Series.of(List.of(r.get(2), r.get(1)), false);
        DraftSection proactive = AgencyComparison.of(first).drafts().get(0);
        assertEquals("本年制发规章0件，废止0件，现行有效规章3件。", proactive.sentences().get(0));
    }
}
