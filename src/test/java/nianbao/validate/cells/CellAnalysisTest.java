package nianbao.validate.cells;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.validate.Finding;
import nianbao.validate.Validator;
import nianbao.validate.cells.Breakdown.Cell;
import nianbao.validate.cells.Breakdown.Evidence;
import nianbao.validate.cells.Breakdown.Kind;
import nianbao.validate.cells.Breakdown.Suspect;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cell-naming rule: a slip in each kind of cell, with and without evidence. A pin needs evidence
 * that leaves one cell and one value; without it every cell that could be wrong is named.
 */
class CellAnalysisTest {

    private static final Validator.Options OPTIONS = new Validator.Options(false, LocalDate.of(2026, 3, 1));

    @TempDir
    Path dir;

    static Report example(String name) throws Exception {
        return Reports.readJson(Path.of("examples", name));
    }

    static Report linjiang() throws Exception {
        return example("临江市自然资源和规划局-2025.json");
    }

    /** The report with one number changed and every total recomputed, as the template's formulas do. */
    static Report typed(Report r, String fieldId, long value) {
        Report x = r.toBuilder().number(fieldId, value).build();
        Set<String> seen = new HashSet<>();
        List<Rule> formulas = x.schema().totalRules().stream()
                .filter(t -> seen.add(t.left().terms().get(0).fieldId())).toList();
        for (int pass = 0; pass < 3; pass++) {
            for (Rule t : formulas) {
                Report now = x;
                BigDecimal sum = t.right().evaluate(now::number, id -> null);
                x = x.toBuilder().number(t.left().terms().get(0).fieldId(), sum).build();
            }
        }
        return x;
    }

    /** Last year's report that this year's agrees with: its carry-over is this year's 上年结转, its stock adds up. */
    static Report.Builder lastYearOf(Report now) {
        Report.Builder last = now.toBuilder().number("meta.year", 2024);
        for (String col : List.of("natural", "commercial", "research", "social", "legal", "other", "total")) {
            last.number("t3.carry_over." + col, now.number("t3.carried." + col));
        }
        for (String kind : List.of("rules", "normative")) {
            last.number("t2." + kind + ".valid", now.number("t2." + kind + ".valid")
                    .subtract(now.number("t2." + kind + ".made")).add(now.number("t2." + kind + ".repealed")));
        }
        return last;
    }

    /** The findings of the consistency rules (not the other checks). */
    static List<Finding> rules(Report r, Report previous) {
        return Validator.validate(r, previous, OPTIONS).stream()
                .filter(f -> f.breakdown() != null).toList();
    }

    static List<String> positions(List<Suspect> suspects) {
        return suspects.stream().map(Suspect::position).toList();
    }

    static List<String> cells(List<Cell> cells) {
        return cells.stream().map(c -> c.position() + "=" + c.value().toPlainString()).toList();
    }

    /** The clerk's way: the example filled into the template, one cell typed over in the workbook, read back. */
    private Report workbookTypedOver(Report report, String fieldId, double value) throws Exception {
        Path filled = dir.resolve("filled.xlsx");
        Reports.write(report, filled);
        Field f = report.schema().require(fieldId);
        Path typed = dir.resolve("typed.xlsx");
        try (InputStream in = Files.newInputStream(filled); XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(typed)) {
            wb.getSheet(f.sheet()).getRow(f.cell().row()).getCell(f.cell().col()).setCellValue(value);
            wb.write(out); // not recalculated: the reader works the formula totals out itself
        }
        return Reports.read(typed);
    }

    @Test
    void aNewRequestsSlipIsPinnedByTheCountTheNarrativeStates() throws Exception {
        List<Finding> f = rules(workbookTypedOver(linjiang(), "t3.new.natural", 400), null);
        assertEquals(List.of("T3-BAL", "T3-BAL"), f.stream().map(Finding::ruleId).toList());
        Finding natural = f.get(0);
        assertEquals("表三!D5", natural.position());
        assertEquals("t3.new.natural", natural.fieldIds().get(0));
        assertEquals("339", natural.cellExpected());
        assertEquals("400", natural.cellActual());
        assertEquals("414", natural.expected()); // the sums stay where other code reads them
        assertEquals("353", natural.actual());
        Breakdown b = natural.breakdown();
        assertEquals(List.of(new Evidence(Kind.NARRATIVE, "收到政府信息公开申请418件", "正文!B5")), b.pin().evidence());
        assertEquals(List.of("表三!D5=400", "表三!D6=14"), cells(b.sides().get(1).cells()));
        assertEquals(22, b.sides().get(0).cells().size());
        assertEquals("表三!D28", b.sides().get(0).terms().get(0).cell().position());
        assertTrue(b.sides().get(0).terms().get(0).computed());
        assertEquals("表三自然人列：第三项加第四项之和为 353，第一项加第二项之和为 414，二者应相等。明细：表三!D28 （七）总计 334"
                + "（表三!D7:D27 共 21 格之和） + 表三!D29 四、结转下年度 19 = 353；表三!D5 一、本年新收 400 + 表三!D6 二、上年结转 14 = 414。"
                + "按正文“收到政府信息公开申请418件”，表三!D5“一、本年新收 / 自然人”应为 339（现填 400）。", natural.message());
        assertTrue(natural.messageEn().endsWith("Per the narrative '收到政府信息公开申请418件', 表三!D5 should be 339 (now 400)."),
                natural.messageEn());
        Finding total = f.get(1);
        assertTrue(total.message().startsWith("表三总计列："), total.message());
        assertEquals("表三!D5", total.position());
        assertEquals(b.pin(), total.breakdown().pin());
    }

    @Test
    void withoutTheNarrativesCountTheSameSlipIsNotPinnedAndEveryCellOfTheColumnIsNamed() throws Exception {
        Report r = typed(linjiang().toBuilder().text("text.overview_on_request", "依申请公开工作平稳有序。").build(),
                "t3.new.natural", 400);
        Finding natural = rules(r, null).get(0);
        assertEquals("表三!D28", natural.position()); // no cell is blamed: the rule's own place
        assertNull(natural.breakdown().pin());
        assertNull(natural.cellExpected());
        List<String> suspects = positions(natural.breakdown().suspects());
        // 上年结转 (14) cannot be 61 too high; every other cell of the column can be the wrong one
        assertEquals(23, suspects.size());
        assertTrue(suspects.contains("表三!D5") && suspects.contains("表三!D29") && !suspects.contains("表三!D6"), suspects.toString());
        assertTrue(natural.message().endsWith("可能填错的格子有 23 个，任何一个都可能，请逐格核对：表三!D5 多填了 61，"
                + "或 表三!D7:D27、D29 中某格少填了 61。"), natural.message());
        assertEquals("表三!D5、D7:D27、D29", natural.breakdown().toCheck());
    }

    @Test
    void aCarriedOverSlipIsPinnedByLastYearsCarryOver() throws Exception {
        Report now = linjiang();
        Report.Builder last = lastYearOf(now);
        Report slip = typed(now, "t3.carried.natural", 20);
        List<Finding> f = rules(slip, last.build());
        assertEquals(List.of("T3-BAL", "T3-BAL", "X-CARRY", "X-CARRY"), f.stream().map(Finding::ruleId).toList());
        for (Finding x : f) {
            assertEquals("表三!D6", x.position(), x.message());
            assertEquals("14", x.cellExpected());
            assertEquals(List.of(new Evidence(Kind.PREVIOUS, "表三!D29 四、结转下年度 / 自然人 14", "表三!D29")),
                    x.breakdown().pin().evidence());
        }
        assertEquals("表三“二、上年结转”行 自然人列：填报 20，上年报告“四、结转下年度继续办理”为 14。明细：表三!D6 二、上年结转 20；"
                + "上年 表三!D29 四、结转下年度 14。按上年报告（表三!D29 四、结转下年度 / 自然人 14），表三!D6“二、上年结转 / 自然人”应为 14"
                + "（现填 20）。", f.get(2).message());
        // without last year's report the same slip could be in 24 cells of the column
        Finding alone = rules(slip, null).get(0);
        assertNull(alone.breakdown().pin());
        assertEquals(24, alone.breakdown().suspects().size());
    }

    @Test
    void aResultRowSlipWithoutEvidenceIsNotPinnedAndSaysWhichCellsCouldBeWrong() throws Exception {
        Finding natural = rules(typed(linjiang(), "t3.granted.natural", 150), null).get(0);
        assertNull(natural.breakdown().pin());
        // 8 too many: any result cell of 8 or more may hold it, or 本年新收/上年结转 may be 8 short
        assertEquals(List.of("表三!D5", "表三!D6", "表三!D7", "表三!D8", "表三!D12", "表三!D17", "表三!D18", "表三!D20",
                "表三!D21", "表三!D25", "表三!D29"), positions(natural.breakdown().suspects()));
        assertEquals(new BigDecimal("142"), natural.breakdown().suspects().get(2).expected());
        assertTrue(natural.message().endsWith("可能填错的格子有 11 个，任何一个都可能，请逐格核对：表三!D7:D8、D12、D17:D18、"
                + "D20:D21、D25、D29 中某格多填了 8，或 表三!D5:D6 中某格少填了 8。"), natural.message());
    }

    @Test
    void aTable4SlipAgainstATypedTotalNamesTheFiveCells() throws Exception {
        Report r = linjiang().toBuilder().number("t4.review.upheld", 5).build(); // 总计 stays 20 as typed
        List<Finding> f = rules(r, null);
        assertEquals(1, f.size());
        Finding sum = f.get(0);
        assertEquals("T4-SUM", sum.ruleId());
        assertNull(sum.breakdown().pin());
        assertEquals(List.of("表四!A5", "表四!B5", "表四!C5", "表四!D5", "表四!E5"), positions(sum.breakdown().suspects()));
        assertEquals("表四行政复议 总计：填报 20，按结果维持、结果纠正、其他结果、尚未审结合计应为 14。明细：表四!E5 总计 20；"
                + "表四!A5 结果维持 5 + 表四!B5 结果纠正 3 + 表四!C5 其他结果 2 + 表四!D5 尚未审结 4 = 14。可能填错的格子有 5 个，任何一个都可能，"
                + "请逐格核对：表四!E5 多填了 6，或 表四!A5:D5 中某格少填了 6。", sum.message());
    }

    @Test
    void aTable4SlipIsPinnedWhereTheTextSaysThereWasNoReview() throws Exception {
        Report.Builder b = linjiang().toBuilder().text("text.overview_supervision", "本年度未发生政府信息公开行政复议案件。");
        for (String col : List.of("upheld", "corrected", "other", "pending", "total")) {
            b.number("t4.review." + col, 0);
        }
        Finding sum = rules(b.number("t4.review.upheld", 1).build(), null).get(0);
        assertEquals("表四!A5", sum.position());
        assertEquals("0", sum.cellExpected());
        assertEquals(List.of(new Evidence(Kind.NARRATIVE, "未发生政府信息公开行政复议案件", "正文!B8")),
                sum.breakdown().pin().evidence());
        assertTrue(sum.message().endsWith("按正文“未发生政府信息公开行政复议案件”，表四!A5“行政复议 / 结果维持”应为 0（现填 1）。"),
                sum.message());
    }

    @Test
    void aSlipInThe2019FormatIsPinnedTheSameWay() throws Exception {
        Report r = typed(example("柳溪市人力资源和社会保障局-2020.json"), "t3.new.commercial", 19);
        assertEquals("gov-info-disclosure/2019", r.schema().id());
        List<Finding> f = rules(r, null);
        assertEquals(List.of("T3-BAL", "T3-BAL"), f.stream().map(Finding::ruleId).toList());
        Finding commercial = f.get(0);
        assertEquals("表三!E5", commercial.position());
        assertEquals("9", commercial.cellExpected());
        // 2019's table has one 其他处理 row: the results are rows 7 to 25, 总计 26, 结转 27
        assertTrue(commercial.message().contains("表三!E26 （七）总计 8（= 表三!E7 （一）予以公开 4 + "), commercial.message());
        assertTrue(commercial.message().endsWith("按正文“收到政府信息公开申请101件”，表三!E5“一、本年新收 / 商业企业”应为 9（现填 19）。"),
                commercial.message());
    }

    @Test
    void aTypedOneInTheTotalRowIsPinnedByTheRulesThatHold() throws Exception {
        Report r = linjiang().toBuilder().number("t3.total.commercial", 51).build(); // parts add up to 53
        List<Finding> f = rules(r, null);
        assertEquals(List.of("T3-ROW", "T3-RESULT", "T3-BAL"), f.stream().map(Finding::ruleId).toList());
        for (Finding x : f) {
            assertEquals("表三!E28", x.position());
            assertEquals(List.of(new Evidence(Kind.RULES, "", "")), x.breakdown().pin().evidence());
            assertTrue(x.message().endsWith("只有改 表三!E28 能让各项勾稽关系同时成立：表三!E28“（七）总计 / 商业企业”应为 53（现填 51）。"),
                    x.message());
        }
    }

    @Test
    void theTextContradictingTheOnlyCellTheRulesAllowIsNoPin() throws Exception {
        Report r = linjiang().toBuilder().number("t3.new.natural", 400) // 一、本年新收 总计 stays 418 as typed
                .text("text.overview_on_request", "2025年共收到政府信息公开申请500件。").build();
        Finding row = rules(r, null).get(0);
        assertEquals("T3-ROW", row.ruleId());
        assertNull(row.breakdown().pin());
        assertEquals(List.of("表三!D5"), positions(row.breakdown().suspects()));
        assertTrue(row.message().endsWith("若只有一处填错，只能是 表三!D5“一、本年新收 / 自然人”应为 339（现填 400），"
                + "但这与正文“收到政府信息公开申请500件”不符，请核对表格和正文。"), row.message());
    }

    @Test
    void aCarryOverThatOnlyLastYearsReportContradictsIsNotBlamedOnOneCell() throws Exception {
        Report now = linjiang();
        Report last = lastYearOf(now).number("t3.carry_over.natural", 15).number("t3.carry_over.total", 20).build();
        List<Finding> f = rules(now, last);
        assertEquals(List.of("X-CARRY", "X-CARRY"), f.stream().map(Finding::ruleId).toList());
        Finding natural = f.get(0);
        assertNull(natural.breakdown().pin());
        assertEquals(List.of(), natural.breakdown().suspects());
        assertEquals("", natural.breakdown().toCheck());
        // this year's 自然人 column balances: changing 上年结转 alone would break it
        assertTrue(natural.message().endsWith("没有哪一个格子单独改动后能让这些勾稽关系同时成立，可能不止一处填错，也可能是上年报告有误，请逐格核对。"),
                natural.message());
    }
}
