package nianbao.legacy;

import nianbao.model.Report;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The five real published reports in {@code ../shared/seeds/} (skipped when that folder is absent):
 * agency, year and publish date from their titles, every narrative section clean from first to last
 * sentence, no page chrome anywhere.
 */
class LegacyImporterSeedsTest {

    /** Where CI keeps the seeds; {@code -Dnianbao.seeds=DIR} points elsewhere (e.g. a worktree one level deeper). */
    static final Path SEEDS = Path.of(System.getProperty("nianbao.seeds", "../shared/seeds"));

    @BeforeAll
    static void seedsPresent() {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds not present");
    }

    static ImportResult load(String name) throws Exception {
        return LegacyImporter.importFile(SEEDS.resolve(name), name, Schemas.defaultSchema());
    }

    static void section(Report r, String field, String first, String last) {
        String t = r.text(field);
        assertTrue(t != null && t.startsWith(first), field + " starts: " + t);
        assertTrue(t.endsWith(last), field + " ends: " + t);
        for (String chrome : new String[] {"扫一扫", "网安备", "[bookmark", "当前位置", "发布日期", "版权所有", "主办:", "分享文章",
            "打印本页", "\n- ", "\t", "|"}) {
            assertFalse(t.contains(chrome), field + " contains " + chrome);
        }
        assertFalse(t.startsWith("- "), field + " keeps a bullet");
    }

    @Test
    void readsJiangjinWebScrapeWithItsPublishDateAndSwappedSubsections() throws Exception {
        ImportResult res = load("000_244fc18e7fe74578.txt");
        Report r = res.report();
        assertEquals("重庆市江津区卫生健康委员会", r.agency());
        assertEquals("2025", r.year());
        assertEquals("2026-01-08", r.text("meta.publish_date"));
        assertNull(r.text("text.overview"));
        section(r, "text.overview_proactive", "结合卫生健康行业特点", "行政处罚79件。");
        section(r, "text.overview_on_request", "2025年1月1日至12月31日", "未收到政府信息公开申请。");
        // this report numbers 平台建设 （三） and 信息管理 （四）: the words decide, not the numerals
        section(r, "text.overview_platform", "持续优化“一网站、一微信”主渠道建设", "构建高效联动的信息公开矩阵");
        section(r, "text.overview_management", "按照政务公开职责分工", "确保信息管理规范有序。");
        section(r, "text.overview_supervision", "委党委高度重视政务公开工作", "切实保障信息公开质量。");
        section(r, "text.problems", "2025年,我委在区委、区政府领导下", "切实提升政务公开的互动性与公众满意度。");
        assertEquals(4, r.text("text.problems").split("\n").length);
        assertEquals("本单位严格落实《政府信息公开条例》要求,完成政务公开各项工作。本机关未收取信息处理费。", r.text("text.other"));
        // the published 商业企业 = 1 in （七）总计 is kept and reported, not hidden
        assertEquals(0, r.number("t3.total.commercial").compareTo(java.math.BigDecimal.ONE));
        assertTrue(res.errors() > 0, "published inconsistency reported");
    }

    @Test
    void readsKunduolunPipeRowsWithAgencyOnTheLineBeforeTheYear() throws Exception {
        Report r = load("001_45ce31bc910069ab.txt").report();
        assertEquals("昆都仑区卫生健康委员会", r.agency());
        assertEquals("2025", r.year());
        section(r, "text.overview", "昆区卫生健康委员会主要领导高度重视", "现将2025年工作开展情况报告如下:");
        section(r, "text.overview_proactive", "一是政务信息情况。", "主动上传预决算表及报告。");
        section(r, "text.overview_on_request", "2025年共收到依申请公开4件", "按时答复办结。");
        section(r, "text.overview_management", "以标准化、规范化为核心", "公众信息权益。");
        section(r, "text.overview_platform", "依规定按时完成", "上传报送。");
        section(r, "text.overview_supervision", "昆区卫生健康委员会始终将", "工作质量与水平。");
        section(r, "text.problems", "主要问题:2025年政务信息整体质量有待提升", "确保信息报送及时、准确、全面。");
        section(r, "text.other", "(一)收费情况", "财政年报等。");
        assertFalse(r.text("text.overview").contains("本年度报告根据"), "the legal-basis preamble is not a section");
        assertEquals("昆区卫生健康委员会，地址:昆区市民大厅7号楼3楼304办公室,电话:5305955", r.text("meta.contact"));
    }

    @Test
    void readsJianxiPdfTextWithBrokenTitleAndBullets() throws Exception {
        Report r = load("002_c9d25de49169cfc6.txt").report();
        assertEquals("涧西区卫生健康委员会", r.agency());
        assertEquals("2024", r.year());
        section(r, "text.overview", "2024年, 涧西区卫生健康委在区委、区政府的正确领导下", "切实增强人民群众获得感和满意度。");
        section(r, "text.overview_proactive", "2024年,涧西区卫生健康委围绕", "微信公众号推送信息 785 条。");
        section(r, "text.overview_on_request", "安排专人办理依申请公开办件工作", "做到件件有回应。");
        section(r, "text.overview_management", "一是完善信息审核发布机制。", "做到公开及时、公开真实。");
        section(r, "text.overview_platform", "一是将政府门户网站、微信公众号", "确保信息发布及时准确。");
        section(r, "text.overview_supervision", "一是强化组织领导。", "而产生的责任追究义务。");
        section(r, "text.problems", "(一)存在问题: 2024年涧西区卫生健康委", "提高社会公众对政府信息公开工作的知晓度。");
        section(r, "text.other", "我委严格按照《国务院办公厅关于印发", "2024年度未收取信息处理费。");
    }

    @Test
    void readsJiulongpoWordExtractionWithoutTheBookmarkArtifact() throws Exception {
        ImportResult res = load("003_be85ec6c6b6a0b3c.txt");
        Report r = res.report();
        assertEquals("重庆市九龙坡区卫生健康委员会", r.agency());
        assertEquals("2023", r.year());
        section(r, "text.overview", "2023年，区卫生健康委严格落实", "推动卫生系统各项任务落实到位。");
        section(r, "text.overview_proactive", "全年通过政府官网发布", "确保工作进展和政策要求及时公开到位。");
        section(r, "text.overview_on_request", "在制度上，完善政府信息公开指南", "均在规定的时间内依法进行办理。");
        section(r, "text.overview_platform", "本机关依托九龙坡区人民政府网站建立子网站", "等专栏的建设和内容维护。");
        section(r, "text.overview_supervision", "一是采取平时检查和定期考核的方式", "严防失密泄密。");
        section(r, "text.problems", "存在不足：个别栏目公开信息不及时", "提升政府信息公开工作水平。");
        section(r, "text.other", "本单位严格落实《政府信息公开条例》", "本机关未收取信息处理费。");
        assertTrue(res.errors() > 0, "the published 第一项+第二项 = 第三项+第四项 failure is reported");
    }

    @Test
    void readsXinxiangTitleWithSpacesAndColonSubheadings() throws Exception {
        Report r = load("004_4341778a51cecd03.txt").report();
        assertEquals("新乡县卫生健康委员会", r.agency());
        assertEquals("2025", r.year());
        section(r, "text.overview", "在 2025 年，我委严格按照", "至 2025 年 12 月 31 日止。");
        section(r, "text.overview_proactive", "2025 年，我委通过新乡县人民政府门户网站公开信息 72 条", "“部门信息公开” 21 条。");
        section(r, "text.overview_on_request", "2025 年，我委未收到过信息公开申请。", "未收到过信息公开申请。");
        section(r, "text.overview_management", "一是坚决贯彻网络安全管理的各项制度要求", "保障账号使用安全。");
        section(r, "text.overview_platform", "2025 年，我委根据上级部门的相关要求", "内设科室等内容。");
        section(r, "text.overview_supervision", "一是着重加强内部监督体系的构建力度", "无责任追究情况发生。");
        section(r, "text.problems", "存在问题：一是信息员对于信息公开的理解不够透彻", "确保信息的时效性和连贯性。");
        assertEquals(2, r.text("text.problems").split("\n").length);
        section(r, "text.other", "本单位无收取信息处理费等其他需要报告的事项", "其他需要报告的事项");
    }
}
