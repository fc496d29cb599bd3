package nianbao.validate;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.schema.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static nianbao.validate.Fixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidatorTest {

    private static final Validator.Options OPTIONS = new Validator.Options(false, LocalDate.of(2026, 2, 1));

    @Test
    void everyBundledExampleYieldsNoFindingAtAll() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                assertEquals(List.of(), Validator.validate(Reports.readJson(p), null, OPTIONS), p.toString());
            }
        }
    }

    @Test
    void seed000NumbersGiveExactlyTheThreeFindingsThePublishedOneCauses() throws Exception {
        Report r = Reports.readJson(Path.of("src/test/resources/validate/seed-000-published-one/input.json"));
        List<Finding> f = Validator.validate(r, null, OPTIONS);
        assertEquals(List.of("T3-ROW", "T3-RESULT", "T3-BAL"), ids(f));
        // the 1 typed in 表三（七）总计 / 商业企业 is the one cell that mends all three: each finding names it
        String pin = "只有改 表三!E28 能让各项勾稽关系同时成立：表三!E28“（七）总计 / 商业企业”应为 0（现填 1）。";
        assertEquals(List.of("表三!E28", "表三!E28", "表三!E28"), f.stream().map(Finding::position).toList());
        assertEquals(List.of("t3.total.commercial", "t3.total.total", "t3.total.natural", "t3.total.research",
                "t3.total.social", "t3.total.legal", "t3.total.other"), f.get(0).fieldIds());
        assertEquals("1", f.get(0).expected());
        assertEquals("0", f.get(0).actual());
        assertEquals("0", f.get(0).cellExpected());
        assertEquals("1", f.get(0).cellActual());
        assertEquals("表三“（七）总计”行 总计列：填报 0，按六类申请人合计应为 1。明细：表三!J28 总计 0；表三!E28 商业企业 1 = 1（另 5 格为 0）。"
                + pin, f.get(0).message());
        assertEquals("0", f.get(1).expected());
        assertEquals("1", f.get(1).actual());
        assertEquals("表三（七）总计行 商业企业列：填报 1，按各项办理结果合计应为 0。明细：表三!E28 （七）总计 1；表三!E7:E27 共 21 格，都为 0。"
                + pin, f.get(1).message());
        assertEquals("表三商业企业列：第三项加第四项之和为 1，第一项加第二项之和为 0，二者应相等。明细：表三!E28 （七）总计 1 + 表三!E29 四、结转下年度 0 = 1；"
                + "表三!E5 一、本年新收 0 + 表三!E6 二、上年结转 0 = 0。" + pin, f.get(2).message());
    }

    @Test
    void tableFourTotalThatIsNotTheSumOfResultsBreaksT4Sum() {
        Report r = Fixtures.with(Fixtures.linjiang(), "t4.review.total", Fixtures.linjiang().number("t4.review.total").longValue() + 1);
        List<Finding> f = Validator.validate(r, null, OPTIONS);
        assertEquals(List.of("T4-SUM"), ids(f));
        assertEquals("表四!E5", f.get(0).position());
        assertTrue(f.get(0).message().startsWith("表四行政复议 总计：填报 "), f.get(0).message());
    }

    @Test
    void rowTotalThatIsNotTheSumOfApplicantsBreaksT3RowAndTheResultSumOfTheTotalColumn() {
        Report base = Fixtures.linjiang();
        Report r = Fixtures.with(base, "t3.granted.total", base.number("t3.granted.total").longValue() + 2);
        List<Finding> f = Validator.validate(r, null, OPTIONS);
        // （一）予以公开 总计 is also a part of （七）总计 总计, so T3-RESULT breaks in that column too
        assertEquals(List.of("T3-ROW", "T3-RESULT"), ids(f));
        // the typed 总计 is the one cell that mends both
        assertEquals("表三!J7", f.get(0).position());
        assertEquals("表三!J7", f.get(1).position());
        assertEquals(String.valueOf(base.number("t3.granted.total").longValue()), f.get(0).expected());
        assertEquals(String.valueOf(base.number("t3.granted.total").longValue()), f.get(1).cellExpected());
    }

    @Test
    void stockInForceThatDoesNotFollowLastYearIsAWarning() {
        Report now = Fixtures.qingshan();
        Report last = now.toBuilder().number("meta.year", 2024).number("t2.normative.valid", 5).build();
        List<Finding> f = Validator.validate(now, last, OPTIONS);
        assertEquals(List.of("X-STOCK"), ids(f));
        assertEquals(Severity.WARNING, f.get(0).severity());
        assertEquals("表二!D5", f.get(0).position());
        assertEquals("6", f.get(0).expected());
        assertEquals("9", f.get(0).actual());
    }

    @Test
    void carriedOverThatDiffersFromLastYearsCarryOverIsAnError() {
        Report now = Fixtures.qingshan();
        Report last = now.toBuilder().number("meta.year", 2024).number("t2.normative.valid", 8).number("t3.carry_over.legal", 2)
                .number("t3.carry_over.total", 2).number("t3.new.legal", 2).number("t3.new.total", 15).build();
        List<Finding> f = Validator.validate(now, last, OPTIONS);
        assertEquals(List.of("X-CARRY", "X-CARRY"), ids(f));
        assertEquals("表三!H6", f.get(0).position());
        assertEquals("表三“二、上年结转”行 法律服务机构列：填报 0，上年报告“四、结转下年度继续办理”为 2。明细：表三!H6 二、上年结转 0；"
                + "上年 表三!H29 四、结转下年度 2。没有哪一个格子单独改动后能让这些勾稽关系同时成立，可能不止一处填错，也可能是上年报告有误，"
                + "请逐格核对。", f.get(0).message());
    }

    @Test
    void listsErrorsBeforeWarningsBeforeInfos() {
        Report now = Fixtures.qingshan().toBuilder().number("t4.review.total", 3).number("t2.fees.amount", 5000).build();
        Report last = Fixtures.qingshan().toBuilder().number("meta.year", 2024).number("t2.licensing.decisions", 100)
                .number("t2.normative.valid", 8).build();
        List<Severity> s = Validator.validate(now, last, OPTIONS).stream().map(Finding::severity).toList();
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO), s);
    }

    @Test
    void blankCellsAreErrorsUnlessBlankCountsAsZero() {
        Report r = Fixtures.qingshan().toBuilder().put(nianbao.model.Value.blank("t4.review.other",
                nianbao.model.Source.none())).build();
        assertEquals(List.of("TYPE"), ids(Validator.validate(r, null, OPTIONS)));
        assertEquals(List.of(), Validator.validate(r, null, new Validator.Options(true, LocalDate.of(2026, 2, 1))));
    }

    @Test
    void aNumberOutOfBoundsIsOneTypeErrorAtItsCellNotAStringOfAbsurdSums() {
        Report r = Fixtures.with(Fixtures.qingshan(), "t3.new.natural", new BigDecimal("1e400"));
        List<Finding> f = Validator.validate(r);
        assertEquals(List.of("TYPE"), Fixtures.ids(f.stream().filter(x -> x.severity() == Severity.ERROR).toList()));
        assertEquals("表三!D5", f.get(0).position());
        assertTrue(f.get(0).message().contains("填报 1E+400，超出允许的范围"), f.get(0).message());
        for (Finding x : f) {
            assertTrue(x.message().length() < 200, "no 400-digit number quoted: " + x.message());
        }
    }
}
