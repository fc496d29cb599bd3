package nianbao.xlsx.layout;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.xlsx.write.TemplateWriter;
import nianbao.xlsx.write.WorkbookWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormulaCacheTest {

    private static Report example() throws Exception {
        return Reports.read(Path.of("examples/临江市自然资源和规划局-2025.json"));
    }

    /** Every formula cell's cached result, as "sheet!cell" → text. */
    private static Map<String, String> cached(XSSFWorkbook wb) {
        Map<String, String> out = new TreeMap<>();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        String v = switch (c.getCachedFormulaResultType()) {
                            case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
                            case STRING -> c.getStringCellValue();
                            default -> c.getCachedFormulaResultType().toString();
                        };
                        out.put(s.getSheetName() + "!" + c.getAddress(), v);
                    }
                }
            }
        }
        return out;
    }

    private static void agreesWithPoi(XSSFWorkbook wb, String name) {
        Map<String, String> ours = cached(wb);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        Map<String, String> poi = cached(wb);
        assertTrue(ours.size() > 200, name + ": formula cells " + ours.size());
        assertEquals(poi, ours, name);
    }

    @Test
    void cachesWhatExcelWouldComputeForEveryExampleAndBrokenVariant() throws Exception {
        Map<String, UnaryOperator<Report>> cases = new TreeMap<>();
        cases.put("consistent", r -> r);
        cases.put("stated total differs", r -> r.with(Value.number("t3.total.commercial", BigDecimal.valueOf(99), Source.none())));
        cases.put("blank part", r -> r.with(Value.blank("t3.new.social", Source.none())));
        cases.put("blank total", r -> r.with(Value.blank("t4.review.total", Source.none())));
        cases.put("decimal fee", r -> r.with(Value.number("t2.fees.amount", new BigDecimal("0.0250"), Source.none())));
        for (Map.Entry<String, UnaryOperator<Report>> e : cases.entrySet()) {
            try (XSSFWorkbook wb = WorkbookWriter.create(e.getValue().apply(example()))) {
                agreesWithPoi(wb, e.getKey());
            }
        }
    }

    @Test
    void cachesTheFreshTemplateAndTheCrossYearChecks() throws Exception {
        try (XSSFWorkbook wb = TemplateWriter.create(example().schema(), TemplateWriter.Options.none())) {
            agreesWithPoi(wb, "fresh template");
            assertEquals(CheckSheet.PENDING, wb.getSheet("校验").getRow(CheckSheet.FIRST_ROW).getCell(5).getStringCellValue());
        }
        try (XSSFWorkbook wb = TemplateWriter.create(example().schema(),
                new TemplateWriter.Options(null, null, example()))) {
            agreesWithPoi(wb, "with previous year");
        }
    }

    @Test
    void letsPoiEvaluateWhenANumberCellHoldsText() throws Exception {
        Report r = example().with(Value.text("t3.new.natural", "十二", Source.none()));
        try (XSSFWorkbook wb = WorkbookWriter.create(r)) {
            // the 校验 row summing 表三 一's parts meets the text: Excel's #VALUE!, not a guess
            assertTrue(cached(wb).containsValue("ERROR"), "a formula over the text cell caches an error");
            agreesWithPoi(wb, "text in a number cell");
        }
    }
}
