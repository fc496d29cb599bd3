package nianbao.xlsx.layout;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import nianbao.validate.Finding;
import nianbao.validate.Validator;
import nianbao.xlsx.write.TemplateWriter;
import nianbao.xlsx.write.WorkbookWriter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 校验 sheet's live formulas and {@link Validator} must agree, rule instance by rule instance. */
class CheckSheetTest {

    static Report example() throws Exception {
        return Reports.readJson(Path.of("examples", "临江市自然资源和规划局-2025.json"));
    }

    static Report add(Report r, String id, long delta) {
        return r.with(Value.number(id, r.number(id).add(BigDecimal.valueOf(delta)), Source.none()));
    }

    static Report set(Report r, String id, Long n) {
        return r.with(n == null ? Value.blank(id, Source.none()) : Value.number(id, BigDecimal.valueOf(n), Source.none()));
    }

    /** Seed 000: every count 0 except 表三 （七）总计 / 商业企业 = 1, as printed in a real report. */
    static Report seed000(Report r) {
        for (Field f : r.schema().numericFields()) {
            r = set(r, f.id(), 0L);
        }
        return set(r, "t3.total.commercial", 1L);
    }

    /** The example named before " / " in a case name: each case runs on a 2021- and a 2019-format report. */
    static Report example(String caseName) throws Exception {
        return Reports.readJson(Path.of("examples", caseName.substring(0, caseName.indexOf(" / "))));
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String example : List.of("临江市自然资源和规划局-2025.json", "柳溪市人力资源和社会保障局-2020.json")) {
            for (Arguments a : casesOfOneExample()) {
                Object[] args = a.get();
                out.add(Arguments.of(example + " / " + args[0], args[1], args[2]));
            }
        }
        return out.stream();
    }

    static List<Arguments> casesOfOneExample() {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("consistent", (UnaryOperator<Report>) r -> r, Set.of()));
        out.add(Arguments.of("row total off", (UnaryOperator<Report>) r -> add(r, "t3.new.natural", 1),
                Set.of("T3-ROW", "T3-BAL")));
        out.add(Arguments.of("result total off", (UnaryOperator<Report>) r -> add(r, "t3.granted.commercial", 2),
                Set.of("T3-ROW", "T3-RESULT")));
        out.add(Arguments.of("balance off", (UnaryOperator<Report>) r -> add(add(r, "t3.carry_over.legal", 1),
                "t3.carry_over.total", 1), Set.of("T3-BAL")));
        out.add(Arguments.of("table 4 off", (UnaryOperator<Report>) r -> add(r, "t4.suit_direct.pending", 1),
                Set.of("T4-SUM")));
        out.add(Arguments.of("seed 000", (UnaryOperator<Report>) CheckSheetTest::seed000,
                Set.of("T3-RESULT", "T3-ROW", "T3-BAL")));
        out.add(Arguments.of("a blank part", (UnaryOperator<Report>) r -> set(r, "t3.new.social", null), Set.of()));
        return out;
    }

    /**
     * The first field the broken rule itself writes, as its 校验 row is keyed: the finding's first field is
     * the cell the evidence pins, which may be another one.
     */
    static String ruleField(Finding f) {
        return f.breakdown().sides().get(0).terms().get(0).cell().fieldId();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void checkSheetVerdictsAgreeWithTheValidator(String name, UnaryOperator<Report> change, Set<String> families)
            throws Exception {
        Report report = change.apply(example(name));
        try (XSSFWorkbook wb = WorkbookWriter.create(report)) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            Set<String> sheet = broken(wb, report.schema());
            Set<String> validator = new TreeSet<>();
            for (Finding f : linearFindings(Validator.validate(report))) {
                validator.add(f.ruleId() + " " + ruleField(f));
            }
            assertEquals(validator, sheet, name);
            Set<String> seen = new TreeSet<>();
            sheet.forEach(k -> seen.add(k.substring(0, k.indexOf(' '))));
            assertEquals(new TreeSet<>(families), seen, name);
            double count = wb.getSheet(report.schema().sheet("check")).getRow(1).getCell(2).getNumericCellValue();
            assertEquals(sheet.size(), (int) count);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void templateFilledCellByCellAgreesWithTheValidatorOnWhatItReadsBack(String name, UnaryOperator<Report> change,
                                                                          Set<String> families) throws Exception {
        Report report = change.apply(example(name));
        Path file = java.nio.file.Files.createTempFile("check", ".xlsx");
        try (XSSFWorkbook wb = TemplateWriter.create(report.schema(), TemplateWriter.Options.none())) {
            for (Field f : report.schema().numericFields()) {
                XSSFCell c = wb.getSheet(f.sheet()).getRow(f.cell().row()).getCell(f.cell().col());
                if (c.getCellType() != CellType.FORMULA && report.number(f.id()) != null) {
                    c.setCellValue(report.number(f.id()).doubleValue());
                }
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            Set<String> sheet = broken(wb, report.schema());
            Set<String> pending = pending(wb, report.schema());
            wb.write(java.nio.file.Files.newOutputStream(file));
            Report back = Reports.read(file);
            Set<String> validator = new TreeSet<>();
            for (Finding f : linearFindings(Validator.validate(back))) {
                validator.add(f.ruleId() + " " + ruleField(f));
            }
            // where the sheet still waits for a blank input cell, the validator judged a formula's
            // blank-as-zero result instead; everywhere else they must agree
            validator.removeAll(pending);
            assertEquals(validator, sheet, name);
            for (String p : pending) {
                assertTrue(name.endsWith(" / a blank part"), "only a blank input leaves a rule pending: " + p);
            }
            // totals are formulas in the template, so only the balance rule can break there
            assertFalse(sheet.stream().anyMatch(k -> k.startsWith("T3-ROW") || k.startsWith("T4-SUM")));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** The findings of the linear rules, the ones the 校验 sheet carries as formulas. */
    static List<Finding> linearFindings(List<Finding> findings) {
        Set<String> linear = new TreeSet<>();
        nianbao.schema.Schemas.defaultSchema().rules().forEach(r -> linear.add(r.id()));
        return findings.stream().filter(f -> linear.contains(f.ruleId())).toList();
    }

    /** Rule instances the sheet marks 待填写, as "ID first-field". */
    static Set<String> pending(XSSFWorkbook wb, Schema schema) {
        XSSFSheet check = wb.getSheet(schema.sheet("check"));
        List<Rule> rules = schema.rules().stream().filter(r -> !r.needsPrevious()).toList();
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (check.getRow(CheckSheet.FIRST_ROW + i).getCell(5).getStringCellValue().equals(CheckSheet.PENDING)) {
                out.add(rules.get(i).id() + " " + rules.get(i).left().terms().get(0).fieldId());
            }
        }
        return out;
    }

    /** Rule instances the sheet marks 不一致, as "ID first-field". */
    static Set<String> broken(XSSFWorkbook wb, Schema schema) {
        XSSFSheet check = wb.getSheet(schema.sheet("check"));
        List<Rule> rules = schema.rules().stream().filter(r -> !r.needsPrevious()).toList();
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < rules.size(); i++) {
            var row = check.getRow(CheckSheet.FIRST_ROW + i);
            assertEquals(rules.get(i).id(), row.getCell(0).getStringCellValue());
            String verdict = row.getCell(5).getStringCellValue();
            assertTrue(Set.of(CheckSheet.PASS, CheckSheet.FAIL, CheckSheet.PENDING).contains(verdict), verdict);
            if (verdict.equals(CheckSheet.FAIL)) {
                out.add(rules.get(i).id() + " " + rules.get(i).left().terms().get(0).fieldId());
            }
        }
        return out;
    }

    @org.junit.jupiter.api.Test
    void crossYearRowsAgreeWithTheValidatorGivenLastYear() throws Exception {
        Report last = Reports.readJson(Path.of("examples", "云溪区市场监督管理局-2025.json"));
        Report now = example();
        // this year's carried-over row is prefilled from last year; break one cell and the stock of rules
        Path file = java.nio.file.Files.createTempFile("prev", ".xlsx");
        try (XSSFWorkbook wb = TemplateWriter.create(now.schema(), new TemplateWriter.Options(null, 2026, last))) {
            for (Field f : now.schema().numericFields()) {
                XSSFCell c = wb.getSheet(f.sheet()).getRow(f.cell().row()).getCell(f.cell().col());
                boolean prefilled = f.rowKey().equals("carried");
                if (c.getCellType() != CellType.FORMULA && !prefilled && now.number(f.id()) != null) {
                    c.setCellValue(now.number(f.id()).doubleValue());
                }
            }
            XSSFCell carried = wb.getSheet("表三").getRow(5).getCell(3);
            carried.setCellValue(carried.getNumericCellValue() + 1);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            XSSFSheet check = wb.getSheet("校验");
            Set<String> sheet = new TreeSet<>();
            List<Rule> rules = now.schema().rules();
            for (int i = 0; i < rules.size(); i++) {
                var row = check.getRow(CheckSheet.FIRST_ROW + i);
                assertEquals(rules.get(i).id(), row.getCell(0).getStringCellValue());
                if (row.getCell(5).getStringCellValue().equals(CheckSheet.FAIL)) {
                    sheet.add(rules.get(i).id() + " " + rules.get(i).left().terms().get(0).fieldId());
                }
            }
            wb.write(java.nio.file.Files.newOutputStream(file));
            Report back = Reports.read(file);
            Set<String> validator = new TreeSet<>();
            for (Finding f : linearFindings(Validator.validate(back, last, Validator.Options.defaults()))) {
                validator.add(f.ruleId() + " " + ruleField(f));
            }
            assertEquals(validator, sheet);
            assertTrue(sheet.contains("X-CARRY t3.carried.natural"), sheet.toString());
            assertTrue(sheet.stream().anyMatch(k -> k.startsWith("X-STOCK")), sheet.toString());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @org.junit.jupiter.api.Test
    void eachRuleRowNamesTheCellsAClerkTypesOnBothSides() throws Exception {
        Report last = Reports.readJson(Path.of("examples", "云溪区市场监督管理局-2025.json"));
        try (XSSFWorkbook wb = TemplateWriter.create(last.schema(), new TemplateWriter.Options(null, 2026, last))) {
            XSSFSheet check = wb.getSheet("校验");
            java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
            for (int r = CheckSheet.FIRST_ROW; r <= check.getLastRowNum(); r++) {
                var row = check.getRow(r);
                cells.put(row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue(),
                        row.getCell(6).getStringCellValue());
            }
            // a total rule names its own cells; a balance names the typed cells behind each formula total
            assertEquals("表三：J5 = D5:I5", cells.get("T3-ROW 表三“一、本年新收”行 总计列"));
            assertEquals("表三：D28 = D7:D27", cells.get("T3-RESULT 表三（七）总计行 自然人列"));
            assertEquals("表三：D28（即 D7:D27） + D29 = D5:D6", cells.get("T3-BAL 表三自然人列"));
            assertEquals("表三：J28（即 D7:I27） + J29（即 D29:I29） = J5（即 D5:I5） + J6（即 D6:I6）", cells.get("T3-BAL 表三总计列"));
            assertEquals("表四：E5 = A5:D5", cells.get("T4-SUM 表四行政复议 总计"));
            // last year's figures are the reference cells the template shows beside the tables
            assertEquals("表三：J6（即 D6:I6） = 上年 J31", cells.get("X-CARRY 表三“二、上年结转”行 总计列"));
            assertEquals("表二：D5 = 上年 E5 + B5 − C5", cells.get("X-STOCK 表二行政规范性文件 现行有效件数"));
            assertEquals(CheckSheet.HELP, check.getRow(1).getCell(3).getStringCellValue());
            assertTrue(CheckSheet.HELP.contains("它在左边就应减去差额，在右边就应加上差额"), CheckSheet.HELP);
        }
    }
}
