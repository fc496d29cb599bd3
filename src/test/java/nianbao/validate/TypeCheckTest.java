package nianbao.validate;

import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Field;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeCheckTest {

    private static List<Finding> check(Report r) {
        return TypeCheck.check(r, Fixtures.check("TYPE"), false);
    }

    @Test
    void aFilledConsistentReportHasNoTypeProblem() {
        assertEquals(List.of(), check(Fixtures.qingshan()));
    }

    @Test
    void quotesChineseNumeralTextAndSuggestsTheDigits() {
        Report r = Fixtures.with(Fixtures.qingshan(), "t3.granted.natural", "十二");
        List<Finding> f = check(r);
        assertEquals(1, f.size());
        assertEquals("TYPE", f.get(0).ruleId());
        assertEquals("表三!D7", f.get(0).position());
        assertEquals("十二", f.get(0).actual());
        assertEquals("12", f.get(0).expected());
        assertEquals("表三 （一）予以公开 / 自然人：填写的“十二”不是数字，请填写阿拉伯数字（如 12）。", f.get(0).message());
        assertEquals("t3.granted.natural: '十二' is not a number; enter digits (e.g. 12).", f.get(0).messageEn());
    }

    @Test
    void quotesOtherTextWithoutAHint() {
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "t2.rules.made", "见附件"));
        assertEquals("表二 规章 / 本年制发件数：填写的“见附件”不是数字，请填写阿拉伯数字。", f.get(0).message());
        assertEquals("表二!B4", f.get(0).position());
    }

    @Test
    void aNegativeChangeInThe2019FormatIsFineButAFractionIsNot() throws Exception {
        Report liuxi = nianbao.Reports.readJson(java.nio.file.Path.of("examples/柳溪市人力资源和社会保障局-2020.json"));
        assertEquals(-3, liuxi.number("t2.licensing.items_change").intValue());
        assertEquals(List.of(), check(liuxi));
        Report half = liuxi.with(Value.number("t2.fees.items_change", new BigDecimal("-1.5"), Source.none()));
        List<Finding> f = check(half);
        assertEquals(1, f.size());
        assertEquals("表二 行政事业性收费 / 本年增/减：填报 -1.5，件数应为整数。", f.get(0).message());
        assertEquals("表二!C16", f.get(0).position());
    }

    @Test
    void negativeCountIsAnError() {
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "t4.review.upheld", -2));
        assertEquals("表四!A5", f.get(0).position());
        assertEquals("表四 行政复议 / 结果维持：填报 -2，不能为负数。", f.get(0).message());
        assertEquals("-2", f.get(0).actual());
    }

    @Test
    void fractionalCountIsAnErrorButAFractionalAmountIsFine() {
        Report r = Fixtures.with(Fixtures.with(Fixtures.qingshan(), "t2.licensing.decisions", new BigDecimal("12.5")),
                "t2.fees.amount", new BigDecimal("0.35"));
        List<Finding> f = check(r);
        assertEquals(1, f.size());
        assertEquals("表二!B8", f.get(0).position());
        assertEquals("表二 行政许可 / 本年处理决定数量：填报 12.5，件数应为整数。", f.get(0).message());
    }

    @Test
    void negativeAmountIsAnError() {
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "t2.fees.amount", new BigDecimal("-0.5")));
        assertEquals("表二!B15", f.get(0).position());
        assertEquals("-0.5", f.get(0).actual());
    }

    @Test
    void blankCellAsksForZero() {
        Report r = Fixtures.qingshan().toBuilder().put(Value.blank("t3.carry_over.other", Source.cell("x.xlsx", "表三", "I29"))).build();
        List<Finding> f = check(r);
        assertEquals(1, f.size());
        assertEquals("表三!I29", f.get(0).position());
        assertEquals("x.xlsx", f.get(0).source().file());
        assertEquals("0", f.get(0).expected());
        assertEquals("表三 四、结转下年度 / 其他：未填写，没有数据请填写 0。", f.get(0).message());
        assertEquals(List.of(), TypeCheck.check(r, Fixtures.check("TYPE"), true));
    }

    @Test
    void aTableLeftEntirelyBlankIsOneFinding() {
        Report.Builder b = Fixtures.qingshan().toBuilder();
        for (Field f : Fixtures.SCHEMA.numericFields()) {
            if ("t4".equals(f.tableId())) {
                b.put(Value.blank(f.id(), Source.none()));
            }
        }
        List<Finding> f = check(b.build());
        assertEquals(1, f.size());
        assertEquals(15, f.get(0).fieldIds().size());
        assertEquals("表四!A5", f.get(0).position());
        assertEquals("表四整张表未填写（15 个格子），没有数据请填写 0。", f.get(0).message());
    }

    @Test
    void aNumberTheImportCouldNotDetermineSaysWhyInsteadOfAskingForZero() {
        Report r = Fixtures.qingshan().toBuilder()
                .put(Value.missing("t2.fees.amount", Source.none(), "原文“9116.36”所在行数字粘连，有两种拆法。")).build();
        List<Finding> f = check(r);
        assertEquals(1, f.size());
        assertEquals(null, f.get(0).expected());
        assertEquals("表二 行政事业性收费 / 本年收费金额（单位：万元）：导入旧年报时未能确定这个数（原文“9116.36”所在行数字粘连，有两种拆法），"
                + "请按原文核对后填写。", f.get(0).message());
        Report.Builder none = Fixtures.qingshan().toBuilder();
        for (Field fd : Fixtures.SCHEMA.numericFields()) {
            if (fd.tableId().equals("t4")) {
                none.put(Value.missing(fd.id(), Source.none(), "没有找到统计表。"));
            }
        }
        List<Finding> table = check(none.build());
        assertEquals(1, table.size());
        assertEquals("表四整张表导入旧年报时未能读出（15 个格子，没有找到统计表），请按原文填写。", table.get(0).message());
    }

    @Test
    void aCountBeyondTheSchemasBoundIsOutOfRangeQuotedWithItsExponent() {
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "t3.new.natural",
                new BigDecimal("1.7976931348623157E308")));
        assertEquals(1, f.size());
        assertEquals("表三!D5", f.get(0).position());
        assertEquals("表三 一、本年新收 / 自然人：填报 1.7976931348623157E+308，超出允许的范围（0 至 1000000000），"
                + "请核对是否多输了数字或粘贴错了内容。", f.get(0).message());
        assertEquals("1.7976931348623157E+308", f.get(0).actual());
    }

    @Test
    void aNumberWithAnExponentTooLargeToComputeWithIsOutOfRangeNotNotANumber() {
        // JSON 1e999999999 is kept as its text by the reader (a sum of it would take a gigabyte)
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "t3.new.natural", "1E+999999999"));
        assertEquals(1, f.size());
        assertEquals("表三!D5", f.get(0).position());
        assertEquals("表三 一、本年新收 / 自然人：填报 1E+999999999，超出允许的范围（0 至 1000000000），"
                + "请核对是否多输了数字或粘贴错了内容。", f.get(0).message());
        List<Finding> tiny = check(Fixtures.with(Fixtures.qingshan(), "t3.new.natural", "1E-999999999"));
        assertEquals("表三 一、本年新收 / 自然人：填报 1E-999999999，件数应为整数。", tiny.get(0).message());
        List<Finding> text = check(Fixtures.with(Fixtures.qingshan(), "t3.new.natural", "1E+9999999999999"));
        assertTrue(text.get(0).message().contains("不是数字"), "an exponent beyond any number stays not a number");
    }

    @Test
    void theBoundItselfIsAllowedAndOneMoreIsNot() {
        assertEquals(List.of(), check(Fixtures.with(Fixtures.qingshan(), "t2.rules.made", 1_000_000_000L)));
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "t2.rules.made", 1_000_000_001L));
        assertEquals("表二 规章 / 本年制发件数：填报 1000000001，超出允许的范围（0 至 1000000000），"
                + "请核对是否多输了数字或粘贴错了内容。", f.get(0).message());
    }

    @Test
    void anAmountHasItsOwnBoundAndTheOlderFormatDeclaresItsOwn() throws Exception {
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "t2.fees.amount", new BigDecimal("100000000.5")));
        assertEquals("表二!B15", f.get(0).position());
        assertTrue(f.get(0).message().contains("（0 至 100000000）"), f.get(0).message());
        Report liuxi = nianbao.Reports.readJson(java.nio.file.Path.of("examples/柳溪市人力资源和社会保障局-2020.json"));
        assertEquals(List.of(), check(liuxi.with(Value.number("t2.procurement.amount", new BigDecimal("300000000"),
                Source.none()))), "a 2019 procurement total in 万元 may exceed 10^8");
        List<Finding> down = check(liuxi.with(Value.number("t2.licensing.items_change", new BigDecimal("-1000000001"),
                Source.none())));
        assertTrue(down.get(0).message().contains("（-1000000000 至 1000000000）"), down.get(0).message());
    }

    @Test
    void aDateInACountCellIsNamedAsADate() {
        List<Finding> f = check(Fixtures.with(Fixtures.qingshan(), "t3.new.natural", "2025-01-15"));
        assertEquals(1, f.size());
        assertEquals("表三!D5", f.get(0).position());
        assertEquals("表三 一、本年新收 / 自然人：填写的是日期“2025-01-15”，不是数字；单元格若被设成了日期格式，"
                + "请改为“常规”后重新填写。", f.get(0).message());
        assertEquals("2025-01-15", f.get(0).actual());
    }
}
