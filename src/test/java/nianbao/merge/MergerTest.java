package nianbao.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.Reports;
import nianbao.model.Report;
import nianbao.schema.Field;
import nianbao.schema.Schemas;
import nianbao.validate.Validator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MergerTest {

    private static final Columns COLUMNS = new Columns(Schemas.defaultSchema());
    private static final int FIXED = Columns.FIXED_ZH.length;
    private static final int NUMERIC_BASE = FIXED + COLUMNS.meta().size();

    @TempDir
    Path tmp;

    private MergeOptions options(Path in) {
        return MergeOptions.of(List.of(in.toString()), tmp.resolve("out/汇总.xlsx"));
    }

    @Test
    void columnSumsAreExactForCountsFeesAndHugeNumbers() {
        Merger.Sums sums = new Merger.Sums(3);
        sums.add(new double[] {3, 0.1, 9e14});
        sums.add(new double[] {Double.NaN, 0.2, 9e14});
        sums.add(new double[] {4, 1, 5e15});
        BigDecimal[] t = sums.totals();
        assertEquals(0, new BigDecimal("7").compareTo(t[0]));
        assertEquals(0, new BigDecimal("1.3").compareTo(t[1]), "0.1 + 0.2 + 1 without binary rounding: " + t[1]);
        assertEquals(0, new BigDecimal("6.8E15").compareTo(t[2]), t[2].toPlainString());
        assertEquals("青山县卫生健康委员会", Merger.normalize(" 青山县\u3000卫生健康 委员会\t"));
    }

    @Test
    void summaryPrintedAs44PagesOfTwoColumnsNowOpensWithAnOverviewThatFitsA4Landscape() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Report> good = Fixtures.goodInputs(in);
        Merger.merge(options(in), Merger.Progress.none());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("out/汇总.xlsx")))) {
            assertEquals("概览", wb.getSheetName(0), "the overview comes first");
            assertEquals(0, wb.getActiveSheetIndex());
            Sheet o = wb.getSheet("概览");
            List<String> header = new ArrayList<>();
            for (Cell c : o.getRow(0)) {
                header.add(c.getStringCellValue());
            }
            assertEquals(List.of("机关", "校验结果", "本年新收申请", "予以公开", "办理结果总计", "结转下年度继续办理",
                    "行政复议总计", "行政诉讼总计", "行政许可处理决定", "行政处罚处理决定"), header);
            // rows in path order, as on 汇总
            Sheet wide = wb.getSheet("汇总");
            BigDecimal newTotal = BigDecimal.ZERO;
            for (int r = 1; r <= good.size(); r++) {
                Row row = o.getRow(r);
                Row same = wide.getRow(SummaryWorkbook.HEADER_ROWS + r - 1);
                assertEquals(same.getCell(0).getStringCellValue(), row.getCell(0).getStringCellValue());
                assertTrue(row.getCell(1).getStringCellValue().startsWith(same.getCell(3).getStringCellValue()));
                Report rep = good.stream().filter(g -> g.agency().equals(row.getCell(0).getStringCellValue()))
                        .findFirst().orElseThrow();
                assertEquals(rep.number("t3.new.total").doubleValue(), row.getCell(2).getNumericCellValue());
                assertEquals(rep.number("t3.granted.total").doubleValue(), row.getCell(3).getNumericCellValue());
                assertEquals(rep.number("t3.total.total").doubleValue(), row.getCell(4).getNumericCellValue());
                assertEquals(rep.number("t3.carry_over.total").doubleValue(), row.getCell(5).getNumericCellValue());
                assertEquals(rep.number("t4.review.total").doubleValue(), row.getCell(6).getNumericCellValue());
                assertEquals(rep.number("t4.suit_direct.total").add(rep.number("t4.suit_after_review.total")).doubleValue(),
                        row.getCell(7).getNumericCellValue());
                assertEquals(rep.number("t2.licensing.decisions").doubleValue(), row.getCell(8).getNumericCellValue());
                assertEquals(rep.number("t2.punishment.decisions").doubleValue(), row.getCell(9).getNumericCellValue());
                newTotal = newTotal.add(rep.number("t3.new.total"));
            }
            Row total = o.getRow(good.size() + 1);
            assertEquals("合计（计入 " + good.size() + " 份）", total.getCell(0).getStringCellValue());
            assertEquals(newTotal.doubleValue(), total.getCell(2).getNumericCellValue());

            assertTrue(o.getPrintSetup().getLandscape(), "概览 landscape");
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, o.getPrintSetup().getPaperSize());
            assertTrue(o.getFitToPage(), "概览 fits the page");
            assertEquals(1, o.getPrintSetup().getFitWidth(), "one page across");
            assertEquals(0, o.getPrintSetup().getFitHeight(), "as many pages down as it takes");
            assertEquals(CellRangeAddress.valueOf("1:1"), o.getRepeatingRows());
            assertEquals(CellRangeAddress.valueOf("A:A"), o.getRepeatingColumns());

            assertTrue(wide.getPrintSetup().getLandscape(), "汇总 landscape");
            assertFalse(wide.getFitToPage(), "汇总 is too wide to shrink onto one page across");
            assertEquals(CellRangeAddress.valueOf("1:3"), wide.getRepeatingRows());
            assertEquals(CellRangeAddress.valueOf("A:A"), wide.getRepeatingColumns());
        }
    }

    @Test
    void overviewLeavesOutAHeadlineItsSchemaLacks() {
        int[][] all = Overview.positions(COLUMNS.numeric());
        for (int h = 0; h < all.length; h++) {
            assertNotNull(all[h], "the 2021 format has " + Overview.HEADLINES.get(h).header());
        }
        List<Field> fewer = COLUMNS.numeric().stream().filter(f -> !f.id().equals("t4.suit_after_review.total")).toList();
        int[][] some = Overview.positions(fewer);
        for (int h = 0; h < some.length; h++) {
            assertEquals(!Overview.HEADLINES.get(h).header().equals("行政诉讼总计"), some[h] != null,
                    Overview.HEADLINES.get(h).header());
        }
        assertEquals(fewer.indexOf(Schemas.defaultSchema().field("t3.new.total").orElseThrow()), some[0][0]);
    }

    @Test
    void summaryTotalsEqualTheSumOfEveryInputAndTheAccountingAddsUp() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Report> good = Fixtures.goodInputs(in);
        Fixtures.brokenInputs(in);

        MergeResult result = Merger.merge(options(in), Merger.Progress.none());

        assertEquals(8, result.inputs(), "4 good + 4 broken; the lock file is not an input");
        assertEquals(4, result.merged());
        assertEquals(4, result.failed());
        assertEquals("输入 8 份 = 成功 4 份 + 失败 4 份", result.accounting());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("out/汇总.xlsx")))) {
            assertEquals(List.of("概览", "汇总", "分析", "问题清单", "未能读取", "说明"), List.of(wb.getSheetName(0),
                    wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4), wb.getSheetName(5)));
            Sheet s = wb.getSheet("汇总");
            int totalRow = SummaryWorkbook.HEADER_ROWS + good.size();
            assertEquals("合计", s.getRow(totalRow).getCell(0).getStringCellValue());
            List<Field> numeric = COLUMNS.numeric();
            for (int i = 0; i < numeric.size(); i++) {
                BigDecimal expected = BigDecimal.ZERO;
                for (Report r : good) {
                    BigDecimal n = r.number(numeric.get(i).id());
                    expected = expected.add(n == null ? BigDecimal.ZERO : n);
                }
                BigDecimal actual = BigDecimal.valueOf(s.getRow(totalRow).getCell(NUMERIC_BASE + i).getNumericCellValue());
                assertEquals(0, expected.compareTo(actual), numeric.get(i).id() + ": " + expected + " vs " + actual);
                BigDecimal column = BigDecimal.ZERO;
                for (int r = SummaryWorkbook.HEADER_ROWS; r < totalRow; r++) {
                    Cell c = s.getRow(r).getCell(NUMERIC_BASE + i);
                    column = column.add(c == null ? BigDecimal.ZERO : BigDecimal.valueOf(c.getNumericCellValue()));
                }
                assertEquals(0, expected.compareTo(column), "rows of " + numeric.get(i).id() + " add up to 合计");
            }
            Sheet failed = wb.getSheet("未能读取");
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= failed.getLastRowNum(); r++) {
                names.add(Path.of(failed.getRow(r).getCell(0).getStringCellValue()).getFileName().toString());
                assertFalse(failed.getRow(r).getCell(1).getStringCellValue().isBlank());
                assertFalse(failed.getRow(r).getCell(1).getStringCellValue().contains("\n"));
            }
            assertEquals(List.of("foreign.xlsx", "not-a-zip.xlsx", "readme.txt", "zero.xlsx"), names);
            assertTrue(text(wb.getSheet("说明")).contains("输入 8 份 = 成功 4 份 + 失败 4 份"));
            assertTrue(text(wb.getSheet("说明")).contains("已忽略 1 个"), "the lock file is mentioned");
            assertFalse(text(wb.getSheet("说明")).contains("隐藏文件"), "no temporary file to mention");
        }
    }

    @Test
    void temporaryFilesOfAnUnfinishedSaveAreNotReadAndTheNoteSaysHowMany() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("current"));
        List<Report> good = Fixtures.goodInputs(in);
        Reports.write(Fixtures.renamed(good.get(0), "另一个单位", null), in.resolve("半截.json"));
        Files.move(in.resolve("半截.json"), in.resolve(".a009.json.51234.tmp"));
        Files.copy(in.resolve("r1.json"), in.resolve("r1.json.tmp"));
        MergeResult result = Merger.merge(options(in), Merger.Progress.none());
        assertEquals("输入 4 份 = 成功 4 份 + 失败 0 份", result.accounting(), "neither temporary file is an input");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("out/汇总.xlsx")))) {
            assertTrue(text(wb.getSheet("说明")).contains("已忽略 2 个隐藏文件、隐藏文件夹或 .tmp 文件"),
                    text(wb.getSheet("说明")));
        }
    }

    @Test
    void summaryHasAThreeLevelHeaderMergedWhereCellsRepeatFrozenAndFiltered() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Fixtures.goodInputs(in);
        Merger.merge(options(in), Merger.Progress.none());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("out/汇总.xlsx")))) {
            Sheet s = wb.getSheet("汇总");
            assertEquals("机关", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("校验结果", s.getRow(0).getCell(3).getStringCellValue());
            int t3 = NUMERIC_BASE + 10;
            assertEquals("表三 收到和处理政府信息公开申请情况", s.getRow(0).getCell(t3).getStringCellValue());
            assertEquals("一、本年新收", s.getRow(1).getCell(t3).getStringCellValue());
            assertEquals("自然人", s.getRow(2).getCell(t3).getStringCellValue());
            List<CellRangeAddress> merged = s.getMergedRegions();
            assertTrue(merged.contains(new CellRangeAddress(0, 2, 0, 0)), "机关 spans the three header rows");
            assertTrue(merged.contains(new CellRangeAddress(0, 0, t3, t3 + 25 * 7 - 1)), "表三 spans its 175 columns");
            assertTrue(merged.contains(new CellRangeAddress(1, 1, t3, t3 + 6)), "a 表三 row label spans its 7 columns");
            assertTrue(merged.contains(new CellRangeAddress(1, 2, FIXED, FIXED)), "a meta label spans rows 2–3");
            assertNotNull(s.getPaneInformation());
            assertEquals(SummaryWorkbook.HEADER_ROWS, s.getPaneInformation().getHorizontalSplitTopRow());
            assertNotNull(wb.getSheet("汇总").getCTWorksheet().getAutoFilter());
        }
    }

    @Test
    void rowsComeOutByAgencyThenPathWithTheirVerdict() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Fixtures.goodInputs(in);
        Merger.merge(options(in), Merger.Progress.none());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("out/汇总.xlsx")))) {
            Sheet s = wb.getSheet("汇总");
            List<String> agencies = new ArrayList<>();
            for (int r = 3; r < 7; r++) {
                agencies.add(s.getRow(r).getCell(0).getStringCellValue());
                assertEquals("通过", s.getRow(r).getCell(3).getStringCellValue());
                assertEquals(2025, (int) s.getRow(r).getCell(1).getNumericCellValue());
            }
            // Chinese collation (pinyin): 临江 lin, 青山 qing, 石桥 shi, 云溪 yun
            assertEquals(List.of("临江市自然资源和规划局", "青山县卫生健康委员会", "石桥镇人民政府", "云溪区市场监督管理局"), agencies);
        }
    }

    @Test
    void sameAgencyAndYearTwiceIsFlaggedAndTheLaterFileLeftOutOfTheTotals() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Report r = Fixtures.examples().get(0);
        Reports.write(r, in.resolve("a.json"));
        Reports.write(r, in.resolve("b.xlsx"));
        MergeResult result = Merger.merge(options(in).withExtras(null, null, tmp.resolve("合计.json")),
                Merger.Progress.none());
        assertEquals(1, result.merged());
        assertEquals(1, result.duplicates());
        assertEquals("输入 2 份 = 成功 1 份 + 失败 0 份 + 重复 1 份", result.accounting());
        String w = result.warnings().get(0);
        assertTrue(w.indexOf("a.json") < w.indexOf("b.xlsx") && w.endsWith("按路径顺序后者未计入合计。"), w);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("out/汇总.xlsx")))) {
            Sheet s = wb.getSheet("汇总");
            assertEquals("是", s.getRow(3).getCell(4).getStringCellValue());
            assertEquals("否（重复）", s.getRow(4).getCell(4).getStringCellValue());
            Sheet issues = wb.getSheet("问题清单");
            assertEquals("DUP", issues.getRow(1).getCell(2).getStringCellValue());
            assertTrue(issues.getRow(1).getCell(0).getStringCellValue().endsWith("b.xlsx"));
            // printed, a row with a wrapped sentence reads across: every cell of it is top-aligned
            for (int c = 0; c < 6; c++) {
                assertEquals(org.apache.poi.ss.usermodel.VerticalAlignment.TOP,
                        issues.getRow(1).getCell(c).getCellStyle().getVerticalAlignment(), "问题清单 column " + c);
            }
        }
        Report aggregate = Reports.read(tmp.resolve("合计.json"));
        assertEquals(0, r.number("t3.total.total").compareTo(aggregate.number("t3.total.total")),
                "the duplicate is not counted twice");
    }

    @Test
    void issueListNamesTheTypedCellTheNarrativePinsNotTheTotalFormula() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // 表三 一、本年新收/自然人 typed 400 instead of 339; the text says 418 requests were received
        Report r = Reports.readJson(Path.of("examples", "临江市自然资源和规划局-2025.json"));
        Reports.write(r.toBuilder().number("t3.new.natural", 400).number("t3.new.total", 479).build(), in.resolve("临江.xlsx"));
        Merger.merge(options(in), Merger.Progress.none());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("out/汇总.xlsx")))) {
            Row first = wb.getSheet("问题清单").getRow(1);
            assertEquals("T3-BAL", first.getCell(2).getStringCellValue());
            assertEquals("表三!D5", first.getCell(4).getStringCellValue());
            String message = first.getCell(5).getStringCellValue();
            assertTrue(message.endsWith("按正文“收到政府信息公开申请418件”，表三!D5“一、本年新收 / 自然人”应为 339（现填 400）。"), message);
        }
    }

    @Test
    void differentYearsWithoutYearOptionAreRefusedListingTheYears() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Report> ex = Fixtures.examples();
        Reports.write(ex.get(0), in.resolve("a.json"));
        Reports.write(Fixtures.renamed(ex.get(1), ex.get(1).agency(), 2024), in.resolve("b.json"));
        MixedYearsException e = assertThrows(MixedYearsException.class,
                () -> Merger.merge(options(in), Merger.Progress.none()));
        assertTrue(e.getMessage().contains("2024 年 1 份") && e.getMessage().contains("2025 年 1 份"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out/汇总.xlsx")), "nothing is written");

        MergeResult mixed = Merger.merge(options(in).withYears(null, true), Merger.Progress.none());
        assertEquals(2, mixed.merged());
    }

    @Test
    void reportsOfTwoYearsGetOneTotalPerYearNeverOneAcrossTheYears() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Report> ex = Fixtures.examples();
        List<Report> of2024 = List.of(Fixtures.renamed(ex.get(1), ex.get(1).agency(), 2024),
                Fixtures.renamed(ex.get(2), ex.get(2).agency(), 2024));
        Reports.write(ex.get(0), in.resolve("a.json"));
        Reports.write(of2024.get(0), in.resolve("b.json"));
        Reports.write(of2024.get(1), in.resolve("c.xlsx"));

        MergeResult result = Merger.merge(options(in).withYears(null, true), Merger.Progress.none());

        assertEquals(3, result.merged());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("out/汇总.xlsx")))) {
            Sheet s = wb.getSheet("汇总");
            int first = SummaryWorkbook.HEADER_ROWS + 3;
            assertEquals(first + 1, s.getLastRowNum(), "3 header rows, 3 reports, then 2024 年合计 and 2025 年合计");
            Row y2024 = s.getRow(first);
            Row y2025 = s.getRow(first + 1);
            assertEquals("2024 年合计", y2024.getCell(0).getStringCellValue());
            assertEquals(2024, y2024.getCell(1).getNumericCellValue(), 0);
            assertEquals("计入 2 份", y2024.getCell(2).getStringCellValue());
            assertEquals("2025 年合计", y2025.getCell(0).getStringCellValue());
            assertEquals(2025, y2025.getCell(1).getNumericCellValue(), 0);
            assertEquals("计入 1 份", y2025.getCell(2).getStringCellValue());
            List<Field> numeric = COLUMNS.numeric();
            int nonZero = 0;
            for (int i = 0; i < numeric.size(); i++) {
                String id = numeric.get(i).id();
                BigDecimal expected2024 = number(of2024.get(0), id).add(number(of2024.get(1), id));
                BigDecimal expected2025 = number(ex.get(0), id);
                assertEquals(0, expected2024.compareTo(BigDecimal.valueOf(y2024.getCell(NUMERIC_BASE + i)
                        .getNumericCellValue())), id + " of 2024");
                assertEquals(0, expected2025.compareTo(BigDecimal.valueOf(y2025.getCell(NUMERIC_BASE + i)
                        .getNumericCellValue())), id + " of 2025");
                nonZero += expected2024.signum() != 0 && expected2025.signum() != 0 ? 1 : 0;
            }
            assertTrue(nonZero > 20, "the years' sums differ from a cross-year total in many columns: " + nonZero);

            Sheet overview = wb.getSheet(Overview.SHEET);
            assertEquals(4 + 1, overview.getLastRowNum(), "header, 3 reports, then one 合计 per year");
            assertEquals("2024 年合计（计入 2 份）", overview.getRow(4).getCell(0).getStringCellValue());
            assertEquals("2025 年合计（计入 1 份）", overview.getRow(5).getCell(0).getStringCellValue());
            assertEquals("本年新收申请", overview.getRow(0).getCell(2).getStringCellValue());
            assertEquals(number(of2024.get(0), "t3.new.total").add(number(of2024.get(1), "t3.new.total")).doubleValue(),
                    overview.getRow(4).getCell(2).getNumericCellValue(), 0);
            assertEquals(number(ex.get(0), "t3.new.total").doubleValue(), overview.getRow(5).getCell(2).getNumericCellValue(), 0);
            assertTrue(text(wb.getSheet("说明")).contains("合计按年度分行"), text(wb.getSheet("说明")));
        }
    }

    @Test
    void anAggregateOfReportsOfTwoYearsIsRefusedNamingTheYearsAndWritesNothing() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Report> ex = Fixtures.examples();
        Reports.write(ex.get(0), in.resolve("a.json"));
        Reports.write(Fixtures.renamed(ex.get(1), ex.get(1).agency(), 2024), in.resolve("b.json"));
        Path agg = tmp.resolve("合计.json");
        MixedYearsException e = assertThrows(MixedYearsException.class, () -> Merger.merge(
                options(in).withYears(null, true).withExtras(null, null, agg), Merger.Progress.none()));
        assertEquals("--aggregate 只能合计一个年度的报告，计入合计的报告分属多个年度：2024 年 1 份，2025 年 1 份。"
                + "请加 --year 2025 只汇总一个年度（未写入任何文件）。", e.getMessage());
        assertFalse(Files.exists(agg));
        assertFalse(Files.exists(tmp.resolve("out/汇总.xlsx")));

        Merger.merge(options(in).withYears(2024, false).withExtras(null, null, agg), Merger.Progress.none());
        assertEquals(0, BigDecimal.valueOf(2024).compareTo(Reports.read(agg).number("meta.year")),
                "with --year only one year is counted: the aggregate is written");
    }

    private static BigDecimal number(Report r, String id) {
        BigDecimal n = r.number(id);
        return n == null ? BigDecimal.ZERO : n;
    }

    @Test
    void yearOptionKeepsOnlyThatYearAndListsTheOthersAsSkipped() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Report> ex = Fixtures.examples();
        Reports.write(ex.get(0), in.resolve("a.json"));
        Reports.write(Fixtures.renamed(ex.get(1), ex.get(1).agency(), 2024), in.resolve("b.json"));
        MergeResult result = Merger.merge(options(in).withYears(2025, false), Merger.Progress.none());
        assertEquals(1, result.merged());
        assertEquals(1, result.skipped());
        assertEquals("输入 2 份 = 成功 1 份 + 失败 0 份 + 其他年度 1 份", result.accounting());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("out/汇总.xlsx")))) {
            String about = text(wb.getSheet("说明"));
            assertTrue(about.contains("其他年度（未汇总）") && about.contains("b.json") && about.contains("2024 年"), about);
            assertEquals(4, wb.getSheet("汇总").getLastRowNum(), "3 header rows, 1 report, 合计");
        }
    }

    @Test
    void aggregateOfConsistentReportsIsItselfConsistent() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Report> good = Fixtures.goodInputs(in);
        Path agg = tmp.resolve("合计.xlsx");
        Merger.merge(options(in).withExtras(null, null, agg), Merger.Progress.none());
        Report aggregate = Reports.read(agg);
        assertEquals("汇总（4 个单位）", aggregate.agency());
        assertEquals("2025", aggregate.year().replaceAll("\\.0$", ""));
        assertEquals("汇总", aggregate.text("meta.data_scope"));
        assertEquals(List.of(), numberFindings(aggregate), "only the (deliberately) empty narrative may be flagged");
        BigDecimal sum = good.stream().map(r -> r.number("t3.new.total")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(aggregate.number("t3.new.total")));
        assertEquals(null, aggregate.text("text.problems"), "narrative stays empty");
    }

    @Test
    void aggregateRecomputesTotalsFromSummedPartsWhenAnInputTotalIsWrong() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Report r = Fixtures.examples().get(0);
        BigDecimal natural = r.number("t3.new.natural");
        Report wrong = r.toBuilder().number("t3.new.total", 99999).build();
        Reports.write(wrong, in.resolve("a.json"));
        Path agg = tmp.resolve("合计.json");
        Merger.merge(options(in).withExtras(null, null, agg), Merger.Progress.none());
        Report aggregate = Reports.read(agg);
        assertEquals(0, r.number("t3.new.total").compareTo(aggregate.number("t3.new.total")));
        assertEquals(0, natural.compareTo(aggregate.number("t3.new.natural")));
        assertEquals(List.of(), numberFindings(aggregate));
    }

    @Test
    void csvAndJsonLinesAreIdenticalWhateverTheThreadCount() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Report> ex = Fixtures.examples();
        for (int i = 0; i < 40; i++) {
            Report r = Fixtures.renamed(ex.get(i % ex.size()), "单位" + (char) ('甲' + (i * 7) % 40), null);
            Reports.write(r, in.resolve(String.format("f%02d", 39 - i) + (i % 3 == 0 ? ".xlsx" : ".json")));
        }
        Fixtures.brokenInputs(in);
        byte[][] csv = new byte[2][];
        byte[][] jsonl = new byte[2][];
        int[] threads = {1, 4};
        for (int k = 0; k < 2; k++) {
            Path c = tmp.resolve("t" + threads[k] + ".csv");
            Path j = tmp.resolve("t" + threads[k] + ".jsonl");
            Merger.merge(options(in).withExtras(c, j, null).withThreads(threads[k]), Merger.Progress.none());
            csv[k] = Files.readAllBytes(c);
            jsonl[k] = Files.readAllBytes(j);
        }
        assertArrayEquals(csv[0], csv[1]);
        assertArrayEquals(jsonl[0], jsonl[1]);
        List<String> lines = Files.readAllLines(tmp.resolve("t4.jsonl"), StandardCharsets.UTF_8);
        assertEquals(40, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertTrue(first.path("file").asText().endsWith(".xlsx") || first.path("file").asText().endsWith(".json"));
        assertEquals("通过", first.path("validation").path("result").asText());
        assertEquals("gov-info-disclosure/2021", first.path("schema").asText());
        assertTrue(first.path("values").has("t3.total.total"));
    }

    @Test
    void csvHasBomFieldIdHeaderAndNeutralisedFormulaText() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Report r = Fixtures.renamed(Fixtures.examples().get(0), "=HYPERLINK(\"http://x\",\"点我\")", null);
        Reports.write(r, in.resolve("a.json"));
        Path csv = tmp.resolve("a.csv");
        Merger.merge(options(in).withExtras(csv, null, null), Merger.Progress.none());
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertTrue(lines[0].startsWith("meta.agency,meta.year,file,validation,included,meta.publish_date"), lines[0]);
        assertTrue(lines[0].endsWith(",t4.suit_after_review.total"), lines[0]);
        assertTrue(lines[1].startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",2025,"), lines[1]);
    }

    @Test
    void sortingWithCollationKeysMatchesTheComparator() {
        List<Entry> entries = new ArrayList<>();
        String[] agencies = {"云溪区", "临江市", null, "青山县", "临江市", "Ａ局", "A局", "阿城区"};
        for (int i = 0; i < agencies.length; i++) {
            entries.add(new Entry("f" + (agencies.length - i), agencies[i], "2025", new String[0], new double[0], null,
                    0, 0, List.of(), -1, 0, COLUMNS, null, List.of()));
        }
        List<Entry> expected = new ArrayList<>(entries);
        expected.sort(Merger.outputOrder());
        Merger.sortForOutput(entries);
        assertEquals(expected, entries);
        assertEquals(null, entries.get(entries.size() - 1).agency(), "a report without agency comes last");
    }

    /** Findings that do not involve a narrative field (the aggregate's narrative is empty by design). */
    private static List<nianbao.validate.Finding> numberFindings(Report r) {
        return Validator.validate(r).stream()
                .filter(f -> f.fieldIds().stream().noneMatch(id -> id.startsWith("text."))).toList();
    }

    private static String text(Sheet s) {
        StringBuilder sb = new StringBuilder();
        for (Row row : s) {
            for (Cell c : row) {
                sb.append(c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.toString()).append('\t');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void aReaderBugIsOneChineseLineAndTheExceptionIsOnlyForTheMaintainers() {
        // a path without a file name makes the reader dereference null: a bug of this tool, not of the input
        Object outcome = Merger.readOne(new Merger.Job(Path.of("/"), "坏.xlsx", null, java.util.Map.of()), new Merger.Formats(), null);
        Failure f = assertInstanceOf(Failure.class, outcome);
        assertEquals("坏.xlsx", f.file());
        assertEquals("读取时出错：本工具未能处理这份文件（程序内部错误），请把这份文件交给维护人员。", f.reason());
        assertTrue(f.detail().startsWith("java.lang.NullPointerException"), f.detail());
    }
}
