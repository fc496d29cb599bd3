package nianbao.validate;

import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeeCheckTest {

    private static List<Finding> check(Report r) {
        return FeeCheck.check(r, Fixtures.check("FEE"));
    }

    @Test
    void amountThatLooksLikeYuanIsAWarning() {
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "t2.fees.amount", 12500));
        assertEquals(1, f.size());
        assertEquals("FEE", f.get(0).ruleId());
        assertEquals("表二!B15", f.get(0).position());
        assertEquals("12500", f.get(0).actual());
        assertEquals("≤ 1000", f.get(0).expected());
        assertEquals("表二 行政事业性收费 / 本年收费金额（单位：万元）：填报 12500 万元，超过 1000 万元，数额异常大。"
                + "本栏单位是万元，是否误填成了元？（如 12500 元应填 1.25）", f.get(0).message());
        assertEquals(List.of(), check(Fixtures.with(Fixtures.qingshan(), "t2.fees.amount", new BigDecimal("12.5"))));
    }

    @Test
    void unpaidFeeRequestsNeedAWordOnFeesInSectionSix() {
        Report r = Fixtures.qingshan().toBuilder().number("t3.other_no_fee.total", 2)
                .text("text.other", "落实2025年政务公开工作要点情况良好。").build();
        List<Finding> f = check(r);
        assertEquals(1, f.size());
        assertEquals("正文!B10", f.get(0).position());
        assertEquals(List.of("text.other", "t3.other_no_fee.total"), f.get(0).fieldIds());
        assertEquals("表三（六）2.（逾期未缴纳信息处理费、不再处理）共 2 件，但“六、其他需要报告的事项”没有写明信息处理费的收取情况。",
                f.get(0).message());
        assertEquals(List.of(), check(r.toBuilder().text("text.other", "本年度发出收费通知2件，申请人未缴纳信息处理费。").build()));
    }
}
