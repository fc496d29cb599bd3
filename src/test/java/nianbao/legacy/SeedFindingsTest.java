package nianbao.legacy;

import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.schema.Schemas;
import nianbao.schema.Severity;
import nianbao.validate.Finding;
import nianbao.validate.Validator;
import nianbao.xlsx.read.WorkbookReader;
import nianbao.xlsx.write.WorkbookWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a user sees after importing each real seed report and validating the workbook it got:
 * only the published errors the seeds README names (000: 商业企业 = 1 in （七）总计; 003: the
 * 第一项+第二项 = 第三项+第四项 rule in two columns) — no warning, no false alarm.
 */
class SeedFindingsTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void seedsPresent() {
        assumeTrue(Files.isDirectory(LegacyImporterSeedsTest.SEEDS), "../shared/seeds not present");
    }

    /** The findings of validate on the imported workbook, as "RULE cell severity". */
    static List<String> findings(String seed) throws Exception {
        Report imported = LegacyImporter.importFile(LegacyImporterSeedsTest.SEEDS.resolve(seed), seed,
                Schemas.defaultSchema()).report();
        Path xlsx = dir.resolve(seed + ".xlsx");
        WorkbookWriter.write(imported, xlsx);
        Report read = WorkbookReader.read(xlsx);
        List<String> out = new ArrayList<>();
        for (Finding f : Validator.validate(read)) {
            out.add(f.ruleId() + " " + f.position() + " " + f.severity().name());
        }
        // the report validated in memory right after import says the same
        List<String> direct = new ArrayList<>();
        for (Finding f : Validator.validate(imported)) {
            direct.add(f.ruleId() + " " + f.severity().name());
        }
        assertEquals(direct, out.stream().map(s -> s.replaceFirst(" \\S+ ", " ")).toList(), seed + " before and after the workbook");
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "000_244fc18e7fe74578.txt;T3-ROW 表三!E28 ERROR|T3-RESULT 表三!E28 ERROR|T3-BAL 表三!E28 ERROR",
        "001_45ce31bc910069ab.txt;",
        "002_c9d25de49169cfc6.txt;",
        "003_be85ec6c6b6a0b3c.txt;T3-BAL 表三!D28 ERROR|T3-BAL 表三!E28 ERROR",
        "004_4341778a51cecd03.txt;",
    })
    void onlyThePublishedErrorsAreFound(String seed, String expected) throws Exception {
        List<String> want = expected == null ? List.of() : List.of(expected.split("\\|"));
        assertEquals(want, findings(seed));
    }

    /**
     * The crawler-glued seed: its narrative splits into all five sub-sections (no TEXT), its 9,116.36
     * 万元 of fees are a summed-up zone's (no FEE), and the only findings are the three 表二 cells of
     * the glued "8855698" the import could not split (TYPE, naming the import's reason) — true, not
     * a false alarm: the text alone does not decide them.
     */
    @Test
    void theGluedSeedRaisesNoWarningAndReportsOnlyWhatTheImportCouldNotRead() throws Exception {
        String seed = "005_crawler_glued.txt";
        Report imported = LegacyImporter.importFile(LegacyImporterSeedsTest.SEEDS.resolve(seed), seed,
                Schemas.defaultSchema()).report();
        for (Finding f : Validator.validate(imported)) {
            assertTrue(f.severity() == Severity.ERROR && f.ruleId().equals("TYPE"), f.toString());
            assertTrue(f.message().contains("导入旧年报时未能确定这个数（表二“行政规范性文件”"), f.message());
            for (String id : f.fieldIds()) {
                assertEquals(Provenance.MISSING, imported.value(id).how(), id);
            }
        }
        assertEquals(List.of("TYPE 表二!B5 ERROR", "TYPE 表二!C5 ERROR", "TYPE 表二!D5 ERROR"), findings(seed));
    }

    /** The crawler-glued seed's narrative: one long line cut at its headings, every section whole. */
    @Test
    void theGluedSeedsNarrativeSplitsIntoEveryField() throws Exception {
        String seed = "005_crawler_glued.txt";
        Report r = LegacyImporter.importFile(LegacyImporterSeedsTest.SEEDS.resolve(seed), seed,
                Schemas.defaultSchema()).report();
        LegacyImporterSeedsTest.section(r, "text.overview", "2022年，平潭综合实验区坚持以", "发展提供有力保障。");
        LegacyImporterSeedsTest.section(r, "text.overview_proactive", "平潭综合实验区切实落实国务院办公厅", "推送到政府网站首页显眼位置。");
        LegacyImporterSeedsTest.section(r, "text.overview_on_request", "一是畅通依申请公开渠道", "均已结案。");
        // its own text speaks of 文号、发布日期 (not page chrome), so only its ends are checked
        assertTrue(r.text("text.overview_management").startsWith("一是健全信息发布平台管理机制。"));
        assertTrue(r.text("text.overview_management").endsWith("下载、查阅。"));
        LegacyImporterSeedsTest.section(r, "text.overview_platform", "进一步加强政府门户网站和政务新媒体", "“互联网+政务服务”。");
        LegacyImporterSeedsTest.section(r, "text.overview_supervision", "一是压实工作责任。", "造成不良影响或者严重后果的情况。");
        LegacyImporterSeedsTest.section(r, "text.problems", "2022年，平潭综合实验区政府信息公开工作取得了一定成绩", "提高解读效果。");
        assertEquals("2022年，无收取信息处理费情况。", r.text("text.other"));
        // "汇总平潭综合实验区各有关单位政府信息公开工作情况编制而成": a summed-up report, so its 9,116.36 万元 is no FEE
        assertEquals("汇总", r.text("meta.data_scope"));
        assertEquals(Provenance.INFERRED, r.value("meta.data_scope").how());
        for (String f : new String[] {"text.overview", "text.overview_proactive", "text.problems"}) {
            assertTrue(!r.text(f).contains("二、主动公开") && !r.text(f).contains("第二十条"), f + " holds table text");
        }
    }
}
