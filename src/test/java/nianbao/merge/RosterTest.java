package nianbao.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.Reports;
import nianbao.model.Report;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The collection desk's merge: one row per roster slot, named by the roster. */
class RosterTest {

    private static final String JIA = "甲县财政局";
    private static final String QINGSHAN = "青山县卫生健康委员会";
    private static final String SHIQIAO = "石桥镇人民政府";
    private static final int NUMERIC_BASE = Columns.FIXED_ZH.length
            + new Columns(nianbao.schema.Schemas.defaultSchema()).meta().size();

    @TempDir
    Path tmp;

    /** Where the desk keeps its files: a server path that must never show in a summary. */
    private Path serverDir() throws Exception {
        return Files.createDirectories(tmp.resolve("srv/年报数据/collections/2025-001/current"));
    }

    @Test
    void aWorkbookNamingAnotherAgencyIsCountedUnderItsRosterSlotAndDisplacesNobody() throws Exception {
        Path dir = serverDir();
        List<Report> ex = Fixtures.examples();
        Report linjiang = ex.get(0);
        Report qingshan = ex.get(2);
        assertEquals(QINGSHAN, qingshan.agency());
        // 甲县财政局's link uploads a copy of another agency's workbook that still says 青山县卫生健康委员会
        Reports.write(Fixtures.renamed(linjiang, QINGSHAN, null), dir.resolve("a001.xlsx"));
        Reports.write(qingshan, dir.resolve("a002.xlsx"));
        List<RosterSlot> roster = List.of(
                new RosterSlot(JIA, dir.resolve("a001.xlsx"), "第1版（青山年报.xlsx）"),
                new RosterSlot(QINGSHAN, dir.resolve("a002.xlsx"), "第1版（2025年报.xlsx）"),
                new RosterSlot(SHIQIAO, null, null));
        Path out = tmp.resolve("out");
        MergeOptions o = MergeOptions.roster(roster, 2025, "收集：2025 年度政府信息公开工作年度报告")
                .withOutput(out.resolve("汇总.xlsx"))
                .withExtras(out.resolve("汇总.csv"), out.resolve("汇总.jsonl"), out.resolve("合计.json"));

        MergeResult result = Merger.merge(o, Merger.Progress.none());

        assertEquals(2, result.merged());
        assertEquals(0, result.duplicates(), "no 重复 rule in roster mode");
        assertEquals(1, result.notSubmitted());
        assertEquals("输入 2 份 = 成功 2 份 + 失败 0 份；名单 3 个单位，未提交 1 个", result.accounting());
        BigDecimal expected = linjiang.number("t3.new.total").add(qingshan.number("t3.new.total"));
        int t3New = NUMERIC_BASE + nianbao.schema.Schemas.defaultSchema().numericFields()
                .indexOf(nianbao.schema.Schemas.defaultSchema().require("t3.new.total"));

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("汇总.xlsx")))) {
            Sheet s = wb.getSheet("汇总");
            assertEquals(List.of(JIA, QINGSHAN, SHIQIAO, "合计"), column(s, 0, 3, 7), "roster order, one row per slot");
            assertEquals(List.of("第1版（青山年报.xlsx）", "第1版（2025年报.xlsx）", "", "计入 2 份（不含未提交 1 个单位）"),
                    column(s, 2, 3, 7));
            assertEquals(List.of("1 个错误 0 个警告", "通过", "未提交"), column(s, 3, 3, 6));
            assertEquals(List.of("是", "是", "否（未提交）"), column(s, 4, 3, 6));
            assertEquals(linjiang.number("t3.new.total").doubleValue(), s.getRow(3).getCell(t3New).getNumericCellValue());
            assertEquals(null, s.getRow(5).getCell(t3New), "the agency that submitted nothing has no numbers");
            assertEquals(expected.doubleValue(), s.getRow(6).getCell(t3New).getNumericCellValue(), "合计 = both");

            Sheet overview = wb.getSheet("概览");
            assertEquals(List.of(JIA, QINGSHAN, SHIQIAO), column(overview, 0, 1, 4));
            assertEquals(List.of("1 个错误 0 个警告（机关名称不符）", "通过", "未提交"), column(overview, 1, 1, 4));
            assertEquals("合计（计入 2 份）", overview.getRow(4).getCell(0).getStringCellValue());
            assertEquals(expected.doubleValue(), overview.getRow(4).getCell(2).getNumericCellValue());

            Row issue = wb.getSheet("问题清单").getRow(1);
            assertEquals(List.of("第1版（青山年报.xlsx）", JIA, "AGENCY", "错误", "基本信息!B3"),
                    List.of(issue.getCell(0).getStringCellValue(), issue.getCell(1).getStringCellValue(),
                            issue.getCell(2).getStringCellValue(), issue.getCell(3).getStringCellValue(),
                            issue.getCell(4).getStringCellValue()));
            assertTrue(issue.getCell(5).getStringCellValue().startsWith("机关名称不符：工作簿写的是“" + QINGSHAN + "”"),
                    issue.getCell(5).getStringCellValue());

            String about = text(wb.getSheet("说明"));
            assertTrue(about.contains("来源\t收集：2025 年度政府信息公开工作年度报告"), about);
            assertTrue(about.contains("年度\t2025 年\t"), about);
            assertTrue(about.contains("输入 2 份 = 成功 2 份 + 失败 0 份；名单 3 个单位，未提交 1 个"), about);
            for (String word : List.of("读取线程", "--year", "nianbao merge", "命令", "重复")) {
                assertFalse(about.contains(word), word + " in 说明:\n" + about);
            }
            assertNoServerPath(wb);
        }

        List<String> csv = Files.readAllLines(out.resolve("汇总.csv"), StandardCharsets.UTF_8);
        assertEquals(4, csv.size(), "header + one line per slot");
        assertTrue(csv.get(0).startsWith("\uFEFF机关,年度,文件,校验结果,计入合计,"), csv.get(0));
        assertTrue(csv.get(1).startsWith(JIA + ",2025,第1版（青山年报.xlsx）,1 个错误 0 个警告,是,"), csv.get(1));
        assertTrue(csv.get(3).startsWith(SHIQIAO + ",,,未提交,否（未提交）,"), csv.get(3));
        assertFalse(String.join("\n", csv).contains(tmp.toString()));

        List<String> jsonl = Files.readAllLines(out.resolve("汇总.jsonl"), StandardCharsets.UTF_8);
        assertEquals(2, jsonl.size(), "one line per report read");
        JsonNode first = new ObjectMapper().readTree(jsonl.get(0));
        assertEquals("第1版（青山年报.xlsx）", first.path("file").asText());
        assertEquals(JIA, first.path("agency").asText());
        assertEquals(QINGSHAN, first.path("agency_in_file").asText());
        assertFalse(new ObjectMapper().readTree(jsonl.get(1)).has("agency_in_file"));

        Report aggregate = Reports.read(out.resolve("合计.json"));
        assertEquals("汇总（2 个单位）", aggregate.agency());
        assertEquals(0, expected.compareTo(aggregate.number("t3.new.total")));
    }

    @Test
    void theOfficesMarksStandBesideTheirFindingsInTheIssueList() throws Exception {
        Path dir = serverDir();
        Report qingshan = Fixtures.examples().get(2);
        Report broken = qingshan.toBuilder().number("t3.new.total", qingshan.number("t3.new.total").longValue() + 1)
                .text("t2.licensing.decisions", "三").build();
        Reports.write(broken, dir.resolve("a001.xlsx"));
        var marks = java.util.Map.of("T3-ROW@t3.new.total", "需改正：请按台账核对总计。",
                "TYPE@t2.licensing.decisions", "已核实无误：原件如此。");
        Path out = tmp.resolve("out.xlsx");
        Merger.merge(MergeOptions.roster(List.of(new RosterSlot(QINGSHAN, dir.resolve("a001.xlsx"), "第2版（a.xlsx）", marks)),
                2025, "收集").withOutput(out), Merger.Progress.none());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet issues = wb.getSheet("问题清单");
            assertEquals("政务公开办意见", issues.getRow(0).getCell(6).getStringCellValue());
            java.util.Map<String, String> byRule = new java.util.HashMap<>();
            for (int r = 1; r <= issues.getLastRowNum(); r++) {
                Row row = issues.getRow(r);
                Cell mark = row.getCell(6);
                byRule.merge(row.getCell(2).getStringCellValue(), mark == null ? "" : mark.getStringCellValue(), (a, b) -> a + "|" + b);
            }
            assertEquals("需改正：请按台账核对总计。", byRule.get("T3-ROW"));
            assertEquals("已核实无误：原件如此。", byRule.get("TYPE"));
            assertTrue(byRule.containsKey("T3-BAL") || byRule.size() == 2, byRule.toString());
            assertEquals("", byRule.getOrDefault("T3-BAL", ""), "an unmarked finding has no 意见");
        }
    }

    @Test
    void spacesInTheAgencyNameAreNoMismatch() throws Exception {
        Path dir = serverDir();
        Report qingshan = Fixtures.examples().get(2);
        Reports.write(Fixtures.renamed(qingshan, "青山县　卫生健康 委员会", null), dir.resolve("a.json"));
        Path out = tmp.resolve("汇总.xlsx");
        MergeResult result = Merger.merge(MergeOptions.roster(
                List.of(new RosterSlot(QINGSHAN, dir.resolve("a.json"), "第2版（a.json）")), 2025, "收集")
                .withOutput(out), Merger.Progress.none());
        assertEquals(0, result.withErrors());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals(List.of("通过"), column(wb.getSheet("概览"), 1, 1, 2));
            assertEquals(List.of(QINGSHAN), column(wb.getSheet("汇总"), 0, 3, 4), "named as on the roster");
        }
    }

    @Test
    void anUnreadableFileAndAReportOfAnotherYearKeepTheirRowsUncounted() throws Exception {
        Path dir = serverDir();
        List<Report> ex = Fixtures.examples();
        Files.write(dir.resolve("a001.xlsx"), new byte[0]);
        Reports.write(Fixtures.renamed(ex.get(2), QINGSHAN, 2024), dir.resolve("a002.xlsx"));
        Reports.write(ex.get(1), dir.resolve("a003.json"));
        List<RosterSlot> roster = List.of(
                new RosterSlot(JIA, dir.resolve("a001.xlsx"), "第1版（空.xlsx）"),
                new RosterSlot(QINGSHAN, dir.resolve("a002.xlsx"), "第1版（去年.xlsx）"),
                new RosterSlot(ex.get(1).agency(), dir.resolve("a003.json"), "第4版（a.json）"));
        Path out = tmp.resolve("汇总.xlsx");

        MergeResult result = Merger.merge(MergeOptions.roster(roster, 2025, "收集").withOutput(out),
                Merger.Progress.none());

        assertEquals("输入 3 份 = 成功 1 份 + 失败 1 份 + 其他年度 1 份；名单 3 个单位，未提交 0 个", result.accounting());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet s = wb.getSheet("汇总");
            assertEquals(List.of(JIA, QINGSHAN, ex.get(1).agency(), "合计"), column(s, 0, 3, 7));
            assertEquals(List.of("无法读取", "通过", "通过"), column(s, 3, 3, 6));
            assertEquals(List.of("否（无法读取）", "否（其他年度）", "是"), column(s, 4, 3, 6));
            assertEquals("计入 1 份（不含其他年度 1 份、无法读取 1 份）", s.getRow(6).getCell(2).getStringCellValue());
            assertEquals(List.of("无法读取", "通过（其他年度，未计入合计）", "通过"), column(wb.getSheet("概览"), 1, 1, 4));

            Sheet failed = wb.getSheet("未能读取");
            assertEquals(List.of("机关", "文件", "原因"), List.of(failed.getRow(0).getCell(0).getStringCellValue(),
                    failed.getRow(0).getCell(1).getStringCellValue(), failed.getRow(0).getCell(2).getStringCellValue()));
            assertEquals(JIA, failed.getRow(1).getCell(0).getStringCellValue());
            assertEquals("第1版（空.xlsx）", failed.getRow(1).getCell(1).getStringCellValue());
            assertTrue(failed.getRow(1).getCell(2).getStringCellValue().contains("空"),
                    failed.getRow(1).getCell(2).getStringCellValue());
            String about = text(wb.getSheet("说明"));
            assertTrue(about.contains("其他年度（未汇总）") && about.contains("第1版（去年.xlsx）（" + QINGSHAN + "）"), about);
            assertNoServerPath(wb);
        }
    }

    @Test
    void aRosterWhereNobodySubmittedStillListsEveryAgency() throws Exception {
        Path out = tmp.resolve("汇总.xlsx");
        MergeResult result = Merger.merge(MergeOptions.roster(List.of(new RosterSlot(JIA, null, null),
                new RosterSlot(QINGSHAN, null, "")), 2025, "收集").withOutput(out), Merger.Progress.none());
        assertEquals("输入 0 份 = 成功 0 份 + 失败 0 份；名单 2 个单位，未提交 2 个", result.accounting());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals(List.of(JIA, QINGSHAN, "合计"), column(wb.getSheet("汇总"), 0, 3, 6));
            assertEquals(0.0, wb.getSheet("汇总").getRow(5).getCell(NUMERIC_BASE).getNumericCellValue());
        }
    }

    @Test
    void aRosterSlotIsAnAgencyAndASubmittedOneHasALabel() {
        assertThrows(IllegalArgumentException.class, () -> new RosterSlot(" ", null, null));
        assertThrows(IllegalArgumentException.class, () -> new RosterSlot(JIA, Path.of("a.xlsx"), null));
        assertThrows(IllegalArgumentException.class, () -> new MergeOptions(List.of("a.xlsx"), null, null, null, null,
                null, false, 1, true, "收集", List.of()));
    }

    private void assertNoServerPath(XSSFWorkbook wb) {
        for (Sheet sheet : wb) {
            String t = text(sheet);
            assertFalse(t.contains(tmp.toString()) || t.contains("年报数据/collections"), sheet.getSheetName() + ":\n" + t);
        }
    }

    /** The texts of one column from row {@code from} up to (not including) {@code to}; empty for a blank cell. */
    private static List<String> column(Sheet s, int col, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int r = from; r < to; r++) {
            Cell c = s.getRow(r).getCell(col);
            out.add(c == null ? "" : c.getStringCellValue());
        }
        return out;
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
}
