package nianbao.legacy;

import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code import --previous}: last year's report decides a glued run the text alone leaves open, fills
 * nothing the text decides on its own, and is not used when it is not last year's.
 */
class ImportPreviousTest {

    @TempDir
    Path tmp;

    /** The crawler page of 西陵区住房和城乡建设局 2025 with 行政规范性文件 printed as 12 / 3 / 75 glued. */
    private Path glued() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/legacy/layouts/crawler_ordinal_glued/input.txt"));
        assertTrue(text.contains("行政规范性文件0016"));
        Path p = tmp.resolve("西陵区住建局2025年报.txt");
        Files.writeString(p, text.replace("行政规范性文件0016", "行政规范性文件12375"), StandardCharsets.UTF_8);
        return p;
    }

    private static Report last(int year, long normativeValid) {
        return Report.builder(Schemas.defaultSchema()).file("2024.json")
                .text("meta.agency", "西陵区住房和城乡建设局").number("meta.year", year)
                .number("t2.normative.valid", normativeValid).build();
    }

    @Test
    void theTextAloneLeavesTheGluedRunOpen() throws Exception {
        ImportResult r = LegacyImporter.importFile(glued(), "年报.txt", null, null);
        for (String f : new String[] {"t2.normative.made", "t2.normative.repealed", "t2.normative.valid"}) {
            Value v = r.report().value(f);
            assertEquals(Provenance.MISSING, v.how(), f);
            assertTrue(v.note().contains("12375"), v.note());
        }
    }

    @Test
    void lastYearsStockDecidesTheSplit() throws Exception {
        ImportResult r = LegacyImporter.importFile(glued(), "年报.txt", null, last(2024, 66));
        Report rep = r.report();
        // 66 + 12 − 3 = 75: of the splits 1/2/375, 1/23/75, 12/3/75, … only 12/3/75 fits
        assertEquals(new BigDecimal("12"), rep.number("t2.normative.made"));
        assertEquals(new BigDecimal("3"), rep.number("t2.normative.repealed"));
        assertEquals(new BigDecimal("75"), rep.number("t2.normative.valid"));
        Value made = rep.value("t2.normative.made");
        assertEquals(Provenance.READ, made.how());
        assertTrue(made.note().contains("只看本文无法确定") && made.note().contains("上年年报（2024.json）"), made.note());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("用上年年报（2024.json）")
                && n.contains("又确定了 3 个") && n.contains("t2.normative.made")), r.notes().toString());
        // everything else as the text alone gives it
        ImportResult alone = LegacyImporter.importFile(glued(), "年报.txt", null, null);
        for (Value v : alone.report().values()) {
            if (!v.fieldId().startsWith("t2.normative.")) {
                assertEquals(v, rep.value(v.fieldId()), v.fieldId());
            }
        }
        // the cross-year checks ran on the import: 表三 二、上年结转 against last year's blank carry-over is
        // not checked (no number), the stock agrees
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals("X-STOCK")), r.findings().toString());
    }

    @Test
    void aStockThatFitsNoSplitDecidesNothing() throws Exception {
        // last year's 100 + made − repealed = valid fits none of the splits of 12375
        ImportResult r = LegacyImporter.importFile(glued(), "年报.txt", null, last(2024, 100));
        assertNull(r.report().number("t2.normative.made"));
        assertNull(r.report().number("t2.normative.valid"));
    }

    @Test
    void aReportOfAnotherYearIsNotUsed() throws Exception {
        ImportResult r = LegacyImporter.importFile(glued(), "年报.txt", null, last(2023, 66));
        assertNull(r.report().number("t2.normative.made"));
        assertTrue(r.notes().contains("上年年报（2024.json）是 2023 年的，本报告是 2025 年，不是上一年，没有用它确定数字。"),
                r.notes().toString());
    }

    @Test
    void aCarryOverThatContradictsThePrintedRowIsReportedAndLeftOut() throws Exception {
        // the text prints 二、上年结转 all 0 (read); last year's 四、结转 said 5 for 自然人: that equation
        // is a published inconsistency (X-CARRY), kept out of the decoding; the stock still decides the split
        Report last = Report.builder(Schemas.defaultSchema()).file("2024.json")
                .text("meta.agency", "西陵区住房和城乡建设局").number("meta.year", 2024)
                .number("t2.normative.valid", 66).number("t3.carry_over.natural", 5).build();
        ImportResult r = LegacyImporter.importFile(glued(), "年报.txt", null, last);
        assertEquals(BigDecimal.ZERO, r.report().number("t3.carried.natural"));
        assertEquals(Provenance.READ, r.report().value("t3.carried.natural").how());
        assertEquals(new BigDecimal("12"), r.report().number("t2.normative.made"));
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("X-CARRY")
                && f.fieldIds().get(0).equals("t3.carried.natural")), r.findings().toString());
    }
}
