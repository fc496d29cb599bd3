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
    void departmentAmountThatLooksLikeYuanIsAWarningThatSaysWhy() {
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "t2.fees.amount", 12500));
        assertEquals(1, f.size());
        assertEquals("FEE", f.get(0).ruleId());
        assertEquals("表二!B15", f.get(0).position());
        assertEquals("12500", f.get(0).actual());
        assertEquals("≤ 1000", f.get(0).expected());
        assertEquals("表二 行政事业性收费 / 本年收费金额（单位：万元）：填报 12500 万元，超过 1000 万元，数额异常大："
                + "“青山县卫生健康委员会”是一个部门的报告，一个部门一年的行政事业性收费很少超过 1000 万元。"
                + "本栏单位是万元，是否误填成了元？（如 12500 元应填 1.25）", f.get(0).message());
        assertEquals(List.of(), check(Fixtures.with(Fixtures.qingshan(), "t2.fees.amount", new BigDecimal("12.5"))));
    }

    /** Real totals of county and city governments' reports (4,068; 7,545; 96,171.6 万元) are not 元. */
    @Test
    void wholeGovernmentsAndZonesMayCollectTensOfThousandsOfWanYuan() {
        for (String agency : List.of("白沙县人民政府", "临江市人民政府", "滨海新区管委会", "东湖高新技术产业开发区管理委员会",
                "兴安盟行政公署", "澄湖综合实验区", "桃源县", "北岸市西城区")) {
            for (String amount : List.of("4068", "7545", "96171.6")) {
                Report r = Fixtures.with(Fixtures.with(Fixtures.qingshan(), "meta.agency", agency), "t2.fees.amount",
                        new BigDecimal(amount));
                assertEquals(List.of(), check(r), agency + " " + amount);
            }
        }
        Report scope = Fixtures.with(Fixtures.with(Fixtures.qingshan(), "meta.data_scope", "汇总"), "t2.fees.amount",
                new BigDecimal("96171.6"));
        assertEquals(List.of(), check(scope), "汇总 by data scope");
    }

    @Test
    void departmentsOfAGovernmentAreStillDepartments() {
        for (String agency : List.of("白沙县人民政府办公室", "滨海新区管委会财政局", "临江市市场监督管理局", "桃源县卫生健康委员会",
                "北岸市西城区政务服务中心")) {
            Report r = Fixtures.with(Fixtures.with(Fixtures.qingshan(), "meta.agency", agency), "t2.fees.amount", 4068);
            assertEquals(List.of("FEE"), Fixtures.ids(check(r)), agency);
        }
    }

    @Test
    void aWholeGovernmentsAmountBeyondAHundredYiIsStillAWarning() {
        Report r = Fixtures.with(Fixtures.with(Fixtures.qingshan(), "meta.agency", "临江市人民政府"), "t2.fees.amount",
                961_716_000L);
        List<Finding> f = check(r);
        assertEquals(1, f.size());
        assertEquals("≤ 1000000", f.get(0).expected());
        assertEquals("表二 行政事业性收费 / 本年收费金额（单位：万元）：填报 961716000 万元，超过 1000000 万元（100 亿元），"
                + "即使是整个政府或园区的汇总也异常大。本栏单位是万元，是否误填成了元？（如 12500 元应填 1.25）", f.get(0).message());
    }

    @Test
    void aThousandfoldJumpOverLastYearIsTheSignOfYuanForAnyAgency() {
        Report last = Fixtures.with(Fixtures.with(Fixtures.qingshan(), "meta.agency", "临江市人民政府"), "t2.fees.amount",
                new BigDecimal("4068"));
        Report now = Fixtures.with(last, "t2.fees.amount", 40_680_000L);
        List<Finding> f = FeeCheck.check(now, last, Fixtures.check("FEE"));
        assertEquals(1, f.size());
        assertEquals("表二 行政事业性收费 / 本年收费金额（单位：万元）：填报 40680000 万元，是上年 4068 万元的 10000 倍（达到 1000 倍），"
                + "很像把“元”填成了“万元”。本栏单位是万元，请核对（如 12500 元应填 1.25）。", f.get(0).message());
        // a department's small amount that jumps a thousandfold is below the size limit yet still suspect
        Report deptLast = Fixtures.with(Fixtures.qingshan(), "t2.fees.amount", new BigDecimal("0.25"));
        assertEquals(List.of("FEE"), Fixtures.ids(FeeCheck.check(Fixtures.with(deptLast, "t2.fees.amount", 250),
                deptLast, Fixtures.check("FEE"))));
        // a real rise is not
        assertEquals(List.of(), FeeCheck.check(Fixtures.with(last, "t2.fees.amount", new BigDecimal("7545")), last,
                Fixtures.check("FEE")));
        // last year 0: no ratio; the size decides
        Report zero = Fixtures.with(last, "t2.fees.amount", 0);
        assertEquals(List.of(), FeeCheck.check(Fixtures.with(zero, "t2.fees.amount", 4068), zero, Fixtures.check("FEE")));
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

    @Test
    void aBlankSectionSixIsLeftToTheTextCheck() {
        Report r = Fixtures.qingshan().toBuilder().number("t3.other_no_fee.total", 2)
                .put(nianbao.model.Value.blank("text.other", nianbao.model.Source.none())).build();
        assertEquals(List.of(), check(r));
        assertEquals(List.of("TEXT"), Fixtures.ids(TextCheck.check(r, Fixtures.check("TEXT"))));
    }
}
