package nianbao.web;

import nianbao.Reports;
import nianbao.model.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office's review over HTTP: marks on findings, what the agency sees, what a new version does to them, the 催报 list. */
class ReviewPagesTest {

    static final String[] AGENCIES = CollectionDeskTest.AGENCIES;

    @TempDir
    Path dir;

    Web web;
    String id;
    List<String> links;

    @BeforeEach
    void start() throws Exception {
        web = Web.start(dir.resolve("data"), 1024 * 1024);
        web.login();
        Web.Response r = web.multipart("/office/collections", Map.of("name", "2025年度年报收集", "year", "2025",
                "agencies", String.join("\n", AGENCIES)));
        id = r.header("Location").substring("/office/c/".length());
        Matcher m = Pattern.compile("(/u/[A-Za-z0-9_-]{43})</td>").matcher(web.get("/office/c/" + id + "/links").text());
        links = new ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /** 临江's report, with 表三 一 总计 off by one when broken. */
    private Web.Part linjiang(boolean broken, String name) throws Exception {
        return new Web.Part(name, Web.workbook(Web.variant(Web.example("临江市自然资源和规划局-2025.json"), AGENCIES[1], broken), dir));
    }

    /** The finding keys offered for marking on the agency's detail page. */
    private List<String> keys(String html) {
        Matcher m = Pattern.compile("name=\"key\" value=\"([^\"]+)\"").matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private Web.Response mark(String key, String kind, String note) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("key", key);
        form.put("kind", kind);
        form.put("note", note);
        form.put("do", "save");
        return web.post("/office/c/" + id + "/a/a002/mark", form);
    }

    private String deskRow(String slot) throws Exception {
        Matcher m = Pattern.compile("<tr data-slot=\"" + slot + "\">(.*?)</tr>").matcher(web.get("/office/c/" + id).text());
        assertTrue(m.find(), slot);
        return m.group(1);
    }

    @Test
    void aMarkToCorrectReachesTheAgencyAndGoesAwayWithTheFinding() throws Exception {
        Web agency = web.stranger();
        agency.submit(links.get(1), Map.of("file", linjiang(true, "临江.xlsx")));
        String detail = web.get("/office/c/" + id + "/a/a002").text();
        assertTrue(keys(detail).contains("T3-ROW@t3.new.total"), keys(detail).toString());

        Web.Response marked = mark("T3-ROW@t3.new.total", "fix", "请按申请登记台账核对一、本年新收的总计。");
        assertEquals(303, marked.status());
        assertEquals("/office/c/" + id + "/a/a002", marked.header("Location"));
        String again = web.get("/office/c/" + id + "/a/a002").text();
        assertTrue(again.contains("<b>需改正</b>：请按申请登记台账核对一、本年新收的总计。"), "the mark on the detail page");
        assertTrue(deskRow("a002").contains("<span class=\"badge warn\">待改正（1）</span>"), deskRow("a002"));
        String log = Files.readString(web.data.resolve("log.tsv"));
        assertTrue(log.contains("政务公开办\t标记 a002 临江市自然资源和规划局 第 1 版 T3-ROW 表三!J5 需改正：请按申请登记台账核对一、本年新收的总计。"), log);

        String page = agency.get(links.get(1)).text();
        assertTrue(page.contains("<h2>政务公开办的意见</h2>"), "the agency sees the office's comment");
        assertTrue(page.contains("<b>需改正</b>：请按申请登记台账核对一、本年新收的总计。"), page);
        assertFalse(web.stranger().get(links.get(0)).text().contains("请按申请登记台账"), "another agency does not");

        agency.submit(links.get(1), Map.of("file", linjiang(false, "临江-改正.xlsx")));
        assertFalse(agency.get(links.get(1)).text().contains("政务公开办的意见"), "fixed: the comment is gone");
        assertFalse(deskRow("a002").contains("待改正"), deskRow("a002"));
        assertEquals("{ }", Files.readString(web.data.resolve("collections").resolve(id).resolve("marks.json")).strip());
        assertTrue(Files.readString(web.data.resolve("log.tsv"))
                .contains("标记解除 a002 临江市自然资源和规划局 T3-ROW 表三!J5（需改正）：第 2 版已没有这条问题"));
    }

    @Test
    void aVerifiedMarkStaysWithItsFindingAcrossVersionsAndCanBeTakenBack() throws Exception {
        Web agency = web.stranger();
        agency.submit(links.get(1), Map.of("file", linjiang(true, "第一版.xlsx")));
        assertEquals(303, mark("T3-ROW@t3.new.total", "ok", "原始台账如此，已电话核实。").status());
        agency.submit(links.get(1), Map.of("file", linjiang(true, "第二版.xlsx")));
        assertTrue(deskRow("a002").contains("<span class=\"badge ok\">已核实（1）</span>"), "the finding is still there, so is its mark");
        String detail = web.get("/office/c/" + id + "/a/a002").text();
        assertTrue(detail.contains("<b>已核实无误</b>：原始台账如此，已电话核实。"), detail);
        assertTrue(detail.contains("（第 1 版）"), "the version the office looked at");
        assertFalse(agency.get(links.get(1)).text().contains("政务公开办的意见"), "a verified finding is no comment to the agency");
        assertEquals("已核实无误：原始台账如此，已电话核实。", summaryMark("T3-ROW"), "the summary's 问题清单 carries the mark");

        Map<String, String> clear = new LinkedHashMap<>(Map.of("key", "T3-ROW@t3.new.total", "do", "clear"));
        assertEquals(303, web.post("/office/c/" + id + "/a/a002/mark", clear).status());
        assertTrue(deskRow("a002").contains("<td>—</td>"), deskRow("a002"));
        assertTrue(Files.readString(web.data.resolve("log.tsv")).contains("撤销标记 a002 临江市自然资源和规划局 第 2 版 T3-ROW 表三!J5（原为已核实无误：原始台账如此，已电话核实。）"));
    }

    /** The 政务公开办意见 of the first 问题清单 row of a rule in the collection's summary workbook. */
    private String summaryMark(String rule) throws Exception {
        Web.Response r = web.get("/office/c/" + id + "/download/summary.xlsx");
        assertEquals(200, r.status());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(r.body()))) {
            var sheet = wb.getSheet("问题清单");
            assertEquals("政务公开办意见", sheet.getRow(0).getCell(6).getStringCellValue());
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                var row = sheet.getRow(i);
                if (row.getCell(2).getStringCellValue().equals(rule)) {
                    return row.getCell(6) == null ? "" : row.getCell(6).getStringCellValue();
                }
            }
        }
        throw new AssertionError("no " + rule + " in 问题清单");
    }

    @Test
    void aMarkIsRefusedWithoutTheOfficeTheTokenANoteOrAFindingStillThere() throws Exception {
        web.stranger().submit(links.get(1), Map.of("file", linjiang(true, "临江.xlsx")));
        Path marks = web.data.resolve("collections").resolve(id).resolve("marks.json");
        Map<String, String> form = Map.of("key", "T3-ROW@t3.new.total", "kind", "fix", "note", "请改正。", "do", "save");
        assertEquals(401, web.stranger().post("/office/c/" + id + "/a/a002/mark", form).status());
        assertEquals(403, web.post("/office/c/" + id + "/a/a002/mark", form, false).status());
        Web.Response blank = mark("T3-ROW@t3.new.total", "fix", "  ");
        assertEquals(400, blank.status());
        assertEquals("请写明需要该单位怎样改正。", Web.notice(blank));
        Web.Response gone = mark("T3-ROW@t3.new.legal", "fix", "请改正。");
        assertEquals(409, gone.status());
        assertEquals("这条问题已不在该单位的最新一版中（可能刚刚改正了），请刷新页面后再看。", Web.notice(gone));
        assertEquals(400, mark("T3-ROW@t3.new.total", "maybe", "请改正。").status());
        assertEquals(404, web.post("/office/c/" + id + "/a/a009/mark", form).status());
        assertFalse(Files.exists(marks), "nothing was written");
    }

    @Test
    void theRemindListHasTheMissingAndTheToCorrectWithTheirLinks() throws Exception {
        web.stranger().submit(links.get(0), Map.of("file", new Web.Part("青山.xlsx", Web.workbook(
                Web.variant(Web.example("青山县卫生健康委员会-2025.json"), AGENCIES[0], false), dir))));
        web.stranger().submit(links.get(1), Map.of("file", linjiang(true, "临江.xlsx")));
        mark("T3-ROW@t3.new.total", "fix", "请核对总计。");
        Web.Response page = web.get("/office/c/" + id + "/remind");
        assertEquals(200, page.status());
        String html = page.text();
        assertTrue(html.contains("<tr><td>002</td><td>临江市自然资源和规划局</td><td>待改正（1 处）</td><td class=\"mono\">"
                + web.base + links.get(1) + "</td></tr>"), html);
        assertTrue(html.contains("<tr><td>003</td><td>云溪区市场监督管理局</td><td>未提交</td>"), html);
        assertFalse(html.contains("<td>青山县卫生健康委员会</td>"), "who has submitted and has nothing to correct is not reminded");
        assertTrue(html.contains("1. 临江市自然资源和规划局（待改正（1 处））：" + web.base + links.get(1) + "\n2. 云溪区市场监督管理局（未提交）："
                + web.base + links.get(2)), "the notice text");
        Web.Response csv = web.get("/office/c/" + id + "/remind.csv");
        assertEquals(200, csv.status());
        assertEquals(List.of("\uFEFF序号,机关名称,情况,上传链接", "002,临江市自然资源和规划局,待改正（1 处）," + web.base + links.get(1),
                "003,云溪区市场监督管理局,未提交," + web.base + links.get(2)), csv.text().lines().toList());
        Web.Response stranger = web.stranger().get("/office/c/" + id + "/remind.csv");
        assertEquals(303, stranger.status(), "the office's only");
        assertEquals("/office", stranger.header("Location"));
    }

    @Test
    void anAgencyCorrectsItsReportInTheFormAndHandsItInAsANewVersion() throws Exception {
        Web agency = web.stranger();
        agency.submit(links.get(1), Map.of("file", linjiang(true, "临江.xlsx")));
        mark("T3-ROW@t3.new.total", "fix", "请核对总计。");
        String right = Web.example("临江市自然资源和规划局-2025.json").number("t3.new.total").toPlainString();
        Web.Response checked = agency.follow(agency.post(links.get(1) + "/v/1", Map.of("t3.new.total", right, "action", "recheck")));
        assertEquals(200, checked.status());
        assertTrue(Web.notice(checked).startsWith("这是在网页上改正、还没有提交的内容（基于第 1 版）：校验通过。"), Web.notice(checked));
        Matcher draft = Pattern.compile("action=\"(/u/[^\"]+/d/[^\"]+)\"").matcher(checked.text());
        assertTrue(draft.find());
        assertEquals(404, web.stranger().get(links.get(0) + draft.group(1).substring(draft.group(1).indexOf("/d/"))).status(),
                "a draft opens under its own link only");
        Web.Response sent = agency.post(draft.group(1), Map.of("action", "submit"));
        assertEquals(303, sent.status());
        assertTrue(sent.header("Location").endsWith("/v/2"), sent.header("Location"));
        Path stored = web.data.resolve("collections").resolve(id).resolve("versions/a002/0002.xlsx");
        assertEquals(0, Reports.read(stored).number("t3.new.total").compareTo(new java.math.BigDecimal(right)));
        assertTrue(Reports.validate(Reports.read(stored)).stream().noneMatch(f -> f.severity() == nianbao.schema.Severity.ERROR));
        assertTrue(deskRow("a002").contains("<span class=\"badge ok\">已提交</span>"), deskRow("a002"));
        assertFalse(deskRow("a002").contains("待改正"), "the corrected finding took its mark along");
        String log = Files.readString(web.data.resolve("log.tsv"), StandardCharsets.UTF_8);
        assertTrue(log.contains("单位 a002 临江市自然资源和规划局\t在网页上改正第 1 版后提交为第 2 版（0 个错误"), log);
        assertEquals(403, web.stranger().post(links.get(1) + "/v/1", Map.of("action", "submit"), false).status(), "CSRF");
    }
}
