package nianbao.validate;

import nianbao.model.Report;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NarrativeCheckTest {

    private static final String ON_REQUEST = "text.overview_on_request";
    private static final String PROACTIVE = "text.overview_proactive";

    private static List<Finding> check(Report r) {
        return NarrativeCheck.check(r, Fixtures.check("NARR"));
    }

    /** All numbers 0 except 表三 一 (in 自然人 and 总计); the narrative says what the test gives. */
    private static Report requests(long newTotal, String sentence) {
        return Fixtures.allZero().number("t3.new.natural", newTotal).number("t3.new.total", newTotal)
                .text(ON_REQUEST, sentence).build();
    }

    @Test
    void consistentExamplesRaiseNothing() {
        assertEquals(List.of(), check(Fixtures.qingshan()));
        assertEquals(List.of(), check(Fixtures.linjiang()));
        assertEquals(List.of(), check(Fixtures.example("云溪区市场监督管理局-2025.json")));
    }

    @Test
    void seed000NoRequestSentenceIsNotFlaggedWhenTableThreeHasNone() {
        Report r = requests(0, "(二)依申请公开情况。2025年1月1日至12月31日,未收到政府信息公开申请。");
        assertEquals(List.of(), check(r));
    }

    @Test
    void noRequestSentenceIsFlaggedWhenTableThreeHasNewRequests() {
        List<Finding> f = check(requests(3, "(二)依申请公开情况。2025年1月1日至12月31日,未收到政府信息公开申请。"));
        assertEquals(1, f.size());
        assertEquals("NARR", f.get(0).ruleId());
        assertEquals("正文!B5", f.get(0).position());
        assertEquals(List.of(ON_REQUEST, "t3.new.total"), f.get(0).fieldIds());
        assertEquals("3", f.get(0).expected());
        assertEquals("0", f.get(0).actual());
        assertEquals("（二）依申请公开情况写明“未收到政府信息公开申请”，但表三 一、本年新收 总计为 3，请核对正文或表格。",
                f.get(0).message());
    }

    @Test
    void seed001CountMatchingTableThreeRaisesNothing() {
        assertEquals(List.of(), check(requests(4, "2025年共收到依申请公开4件,均已按照《中华人民共和国政府信息公开条例》按时答复办结。")));
    }

    @Test
    void seed001CountContradictingTableThreeIsFlagged() {
        List<Finding> f = check(requests(5, "2025年共收到依申请公开4件,均已按照《中华人民共和国政府信息公开条例》按时答复办结。"));
        assertEquals(1, f.size());
        assertEquals("5", f.get(0).expected());
        assertEquals("4", f.get(0).actual());
        assertEquals("（二）依申请公开情况写明“收到依申请公开4件”，但表三 一、本年新收 总计为 5，请核对正文或表格。", f.get(0).message());
        assertEquals("text.overview_on_request says '收到依申请公开4件' but table 3 new requests (t3.new.total) is 5.",
                f.get(0).messageEn());
    }

    @Test
    void understandsChineseNumerals() {
        assertEquals(List.of(), check(requests(12, "本年度共受理政府信息公开申请十二件。")));
        assertEquals("12", check(requests(13, "本年度共受理政府信息公开申请十二件。")).get(0).actual());
    }

    @Test
    void acceptsACountThatIncludesLastYearsCarryOverWhenTheSentenceSaysSo() {
        Report r = Fixtures.allZero().number("t3.new.total", 10).number("t3.carried.total", 2)
                .text(ON_REQUEST, "2025年共收到政府信息公开申请12件（含上年结转2件），均已办结。").build();
        assertEquals(List.of(), check(r));
        Report wrong = r.toBuilder().text(ON_REQUEST, "2025年共收到政府信息公开申请13件（含上年结转2件）。").build();
        List<Finding> f = check(wrong);
        assertEquals(1, f.size());
        assertEquals("10 或 12", f.get(0).expected());
        assertEquals(List.of(ON_REQUEST, "t3.new.total", "t3.carried.total"), f.get(0).fieldIds());
    }

    @Test
    void leavesMentionsItCannotTieToOneValueAlone() {
        // approximate, another year, last year, cumulative, another scope, reviews rather than requests
        for (String s : List.of("全年收到政府信息公开申请10余件。", "2024年收到政府信息公开申请9件。",
                "较上年收到政府信息公开申请3件有所增加。", "累计收到政府信息公开申请300件。",
                "全市卫生健康系统共收到政府信息公开申请88件。", "未收到政府信息公开行政复议申请。",
                "本年度共办理政府信息公开申请7件。")) {
            assertEquals(List.of(), check(requests(5, s)), s);
        }
    }

    @Test
    void checksTheApplicantBreakdownOnlyAfterAMatchingTotal() {
        Report r = Fixtures.allZero().number("t3.new.natural", 11).number("t3.new.commercial", 2).number("t3.new.total", 13)
                .text(ON_REQUEST, "2025年共收到政府信息公开申请13件，其中自然人申请10件、商业企业申请2件。").build();
        List<Finding> f = check(r);
        assertEquals(1, f.size());
        assertEquals(List.of(ON_REQUEST, "t3.new.natural"), f.get(0).fieldIds());
        assertEquals("11", f.get(0).expected());
        assertEquals("10", f.get(0).actual());
        assertEquals("（二）依申请公开情况写明“自然人申请10件”，但表三 一、本年新收 / 自然人为 11，请核对正文或表格。", f.get(0).message());
    }

    @Test
    void comparesLicensingAndPunishmentCountsWithTableTwo() {
        Report r = Fixtures.allZero().number("t2.licensing.decisions", 4928).number("t2.punishment.decisions", 79)
                .text(PROACTIVE, "2025年,累计公开部门财政预决算信息96条,办理行政许可4928项、行政处罚79件。").build();
        assertEquals(List.of(), check(r));
        List<Finding> f = check(r.toBuilder().number("t2.punishment.decisions", 80).build());
        assertEquals(1, f.size());
        assertEquals("正文!B4", f.get(0).position());
        assertEquals(List.of(PROACTIVE, "t2.punishment.decisions"), f.get(0).fieldIds());
        assertEquals("（一）主动公开情况写明“行政处罚79件”，但表二 行政处罚 / 本年处理决定数量为 80，请核对正文或表格。", f.get(0).message());
    }

    @Test
    void leavesPermitCataloguesAndJointMentionsAlone() {
        Report r = Fixtures.allZero().number("t2.licensing.decisions", 4928).number("t2.punishment.decisions", 79)
                .text(PROACTIVE, "梳理公布行政许可事项52项。公开行政许可、行政处罚等信息共计222条。公开行政许可、行政处罚100件。"
                        + "依据《行政许可法》12条规定。").build();
        assertEquals(List.of(), check(r));
    }

    /**
     * The section 一 text of the five real seed reports, with their real table numbers, raises no
     * NARR; with 表三 一 one higher, exactly the seeds that state a request count (or none) get one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "000_244fc18e7fe74578.txt, 2025, 0, 4928, 79, true",
        "001_45ce31bc910069ab.txt, 2025, 4, 0, 7, true",
        "002_c9d25de49169cfc6.txt, 2024, 0, 3895, 93, true",
        "003_be85ec6c6b6a0b3c.txt, 2023, 2, 80, 314, true",
        "004_4341778a51cecd03.txt, 2025, 0, 2079, 26, true",
    })
    void realSeedNarrativesRaiseNoFalseAlarm(String seed, int year, int requests, int licensing, int punishment,
                                             boolean statesRequests) throws IOException {
        // ../shared/seeds in CI and in the main checkout; one level further up from a worktree
        Path file = Path.of("../shared/seeds", seed);
        if (!Files.exists(file)) {
            file = Path.of("../../shared/seeds", seed);
        }
        Assumptions.assumeTrue(Files.isRegularFile(file), "seeds not available");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf("二、主动公开政府信息情况");
        String overview = text.substring(0, end > 0 ? end : text.length());
        Report r = Fixtures.allZero().number("meta.year", year).number("t3.new.natural", requests)
                .number("t3.new.total", requests).number("t2.licensing.decisions", licensing)
                .number("t2.punishment.decisions", punishment).text(PROACTIVE, overview).text(ON_REQUEST, "见上文。").build();
        assertEquals(List.of(), check(r));
        List<Finding> off = check(r.toBuilder().number("t3.new.total", requests + 1).build());
        assertEquals(statesRequests ? 1 : 0, off.size(), off.toString());
    }
}
