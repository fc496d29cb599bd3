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
 * {@code import --previous}: last year's numbers are no identity. The stock never decides a number (it only
 * names its candidate in the reason); the carry-over decides only where the report shows the agency
 * follows it; nothing the text decides on its own changes; a report of another year is not used.
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
    void lastYearsStockNeverDecidesButNamesItsCandidateInTheReason() throws Exception {
        ImportResult r = LegacyImporter.importFile(glued(), "年报.txt", null, last(2024, 66));
        Report rep = r.report();
        // 66 + 12 − 3 = 75 fits only the split 12/3/75, but agencies re-count after 清理: no number from it
        for (String f : new String[] {"t2.normative.made", "t2.normative.repealed", "t2.normative.valid"}) {
            assertEquals(Provenance.MISSING, rep.value(f).how(), f);
            assertTrue(rep.value(f).note().contains("12375"), rep.value(f).note());
        }
        assertTrue(rep.value("t2.normative.made").note().contains("按上年年报（2024.json）的现行有效件数推算")
                && rep.value("t2.normative.made").note().contains("本格为 12；")
                && rep.value("t2.normative.made").note().contains("不作为依据"), rep.value("t2.normative.made").note());
        assertTrue(rep.value("t2.normative.valid").note().contains("本格为 75；"), rep.value("t2.normative.valid").note());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("仅供核对，未据此填写")), r.notes().toString());
        // everything else as the text alone gives it
        ImportResult alone = LegacyImporter.importFile(glued(), "年报.txt", null, null);
        for (Value v : alone.report().values()) {
            if (!v.fieldId().startsWith("t2.normative.")) {
                assertEquals(v, rep.value(v.fieldId()), v.fieldId());
            }
        }
    }

    /** 表三 with 二、上年结转 printing — for 商业企业 and 科研机构 (its other columns as given). */
    private Path carried(String natural) throws Exception {
        String text = String.join("\n", "清溪县交通运输局2025年政府信息公开工作年度报告",
                "三、收到和处理政府信息公开申请情况",
                "一、本年新收政府信息公开申请数量\t6\t1\t0\t0\t0\t0\t7",
                "二、上年结转政府信息公开申请数量\t" + natural + "\t—\t—\t0\t0\t0\t5");
        Path p = tmp.resolve("清溪县交通运输局2025年报.txt");
        Files.writeString(p, text + "\n", StandardCharsets.UTF_8);
        return p;
    }

    private static Report lastCarry(long natural) {
        return Report.builder(Schemas.defaultSchema()).file("2024.json")
                .text("meta.agency", "清溪县交通运输局").number("meta.year", 2024)
                .number("t3.carry_over.natural", natural).number("t3.carry_over.commercial", 2)
                .number("t3.carry_over.research", 0).number("t3.carry_over.social", 0)
                .number("t3.carry_over.legal", 0).number("t3.carry_over.other", 0)
                .number("t3.carry_over.total", natural + 2).build();
    }

    @Test
    void lastYearsCarryOverDecidesWhereTheOtherColumnsOfTheRowAgreeWithIt() throws Exception {
        ImportResult alone = LegacyImporter.importFile(carried("3"), "年报.txt", null, null);
        assertEquals(Provenance.MISSING, alone.report().value("t3.carried.commercial").how());
        ImportResult r = LegacyImporter.importFile(carried("3"), "年报.txt", null, lastCarry(3));
        Value commercial = r.report().value("t3.carried.commercial");
        assertEquals(new BigDecimal("2"), commercial.number());
        assertEquals(Provenance.INFERRED, commercial.how());
        assertTrue(commercial.note().contains("其他各列都与上年年报（2024.json）的“四、结转下年度继续办理”一致"), commercial.note());
        assertEquals(BigDecimal.ZERO, r.report().number("t3.carried.research"));
        // and what the rules then force (科研机构 is 0 in every row once its carry-over is 0)
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("用上年结转数又确定了 25 个")
                && n.contains("t3.carried.commercial、t3.carried.research") && n.endsWith("等）。")), r.notes().toString());
    }

    @Test
    void lastYearsCarryOverDecidesNothingWhereTheReportShowsItDiffers() throws Exception {
        // 自然人 printed 3, last year's 四、结转 said 4: the agency does not carry last year's numbers over
        ImportResult r = LegacyImporter.importFile(carried("3"), "年报.txt", null, lastCarry(4));
        assertNull(r.report().number("t3.carried.commercial"));
        assertNull(r.report().number("t3.carried.research"));
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("X-CARRY")
                && f.fieldIds().get(0).equals("t3.carried.natural")), r.findings().toString());
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
        // is a published inconsistency (X-CARRY), kept out of the decoding; the stock decides nothing
        Report last = Report.builder(Schemas.defaultSchema()).file("2024.json")
                .text("meta.agency", "西陵区住房和城乡建设局").number("meta.year", 2024)
                .number("t2.normative.valid", 66).number("t3.carry_over.natural", 5).build();
        ImportResult r = LegacyImporter.importFile(glued(), "年报.txt", null, last);
        assertEquals(BigDecimal.ZERO, r.report().number("t3.carried.natural"));
        assertEquals(Provenance.READ, r.report().value("t3.carried.natural").how());
        assertNull(r.report().number("t2.normative.made"));
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("X-CARRY")
                && f.fieldIds().get(0).equals("t3.carried.natural")), r.findings().toString());
    }
}
