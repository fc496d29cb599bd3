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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk keys everything by the roster slot, i.e. by the link that uploaded (issue #19's scenario):
 * 甲县财政局's link uploads a workbook that says 青山县卫生健康委员会, then 青山 uploads its own.
 */
class DeskRosterTest {

    static final String JIA = "甲县财政局";
    static final String QINGSHAN = "青山县卫生健康委员会";

    @TempDir
    Path dir;

    Web web;
    String collection;
    List<String> links = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        web = Web.start(dir.resolve("data"), 1024 * 1024);
        web.login();
        Web.Response r = web.multipart("/office/collections", Map.of("name", "2025年度全县年报", "year", "2025",
                "agencies", JIA + "\n" + QINGSHAN + "\n云溪区市场监督管理局"));
        assertEquals(303, r.status(), r.text());
        collection = r.header("Location");
        Matcher m = Pattern.compile("(/u/[A-Za-z0-9_-]{43})</td>").matcher(web.get(collection + "/links").text());
        while (m.find()) {
            links.add(m.group(1));
        }
        assertEquals(3, links.size());
    }

    @AfterEach
    void stop() {
        web.close();
    }

    /** 青山's own report: the example with its numbers. */
    private byte[] qingshan() throws Exception {
        return Web.workbook(Web.example("青山县卫生健康委员会-2025.json"), dir);
    }

    /** What 甲县财政局 uploaded by mistake: another agency's numbers in a workbook that says 青山. */
    private byte[] copiedFromQingshan() throws Exception {
        return Web.workbook(Web.variant(Web.example("云溪区市场监督管理局-2025.json"), QINGSHAN, false), dir);
    }

    private void uploadTheScenario() throws Exception {
        Web jia = web.stranger();
        Web.Response wrong = jia.submit(links.get(0), Map.of("file", new Web.Part("年报.xlsx", copiedFromQingshan())));
        assertEquals(200, wrong.status());
        assertTrue(Web.notice(wrong).contains("工作簿中的机关名称为“" + QINGSHAN + "”，与名单中的“" + JIA + "”不同：政务公开办会看到“机关名称不符”，"
                + "汇总时按“" + JIA + "”计。如果传错了文件，请重新上传本单位的年报。"), Web.notice(wrong));
        Web.Response own = web.stranger().submit(links.get(1), Map.of("file", new Web.Part("青山2025.xlsx", qingshan())));
        assertFalse(Web.notice(own).contains("机关名称"), Web.notice(own));
    }

    @Test
    void theStatusPageTheDetailPageAndTheStatusListFlagTheWorkbookThatNamesAnotherAgency() throws Exception {
        uploadTheScenario();
        String page = web.get(collection).text();
        String jia = row(page, "a001");
        assertTrue(jia.contains("<span class=\"badge ok\">已提交</span><small class=\"flag\">机关名称不符：工作簿写的是“" + QINGSHAN + "”</small>"), jia);
        assertFalse(row(page, "a002").contains("flag"), row(page, "a002"));
        assertTrue(row(page, "a003").contains("未提交"));

        Web.Response detail = web.get(collection + "/a/a001");
        assertTrue(Web.notice(detail).contains("机关名称不符：工作簿写的是“" + QINGSHAN + "”，名单中是“" + JIA + "”。汇总时按名单计入“" + JIA
                + "”；请与该单位核对是否传错了文件。"), Web.notice(detail));
        assertFalse(Web.notice(web.get(collection + "/a/a002")).contains("不符"));

        String csv = web.get(collection + "/download/status.csv").text();
        assertTrue(csv.contains("\r\n001,甲县财政局,已提交,0,0,1,"), csv);
        assertTrue(csv.contains("," + QINGSHAN + ",机关名称不符：工作簿写的是“" + QINGSHAN + "”\r\n"), csv);
        assertTrue(csv.contains("\r\n002,青山县卫生健康委员会,已提交,0,0,1,") && csv.contains("," + QINGSHAN + ",\r\n003,"), csv);
    }

    @Test
    void theSummaryListsEveryRosterAgencyInRosterOrderEachWithItsOwnUpload() throws Exception {
        uploadTheScenario();
        Map<String, List<String>> book = sheets(web.get(collection + "/download/summary.xlsx"));
        List<String> summary = book.get("汇总");
        assertEquals(List.of("甲县财政局|2025|第1版（年报.xlsx）|1 个错误 0 个警告|是", "青山县卫生健康委员会|2025|第1版（青山2025.xlsx）|通过|是",
                "云溪区市场监督管理局|||未提交|否（未提交）", "合计|2025|计入 2 份（不含未提交 1 个单位）||"),
                summary.subList(3, 7).stream().map(DeskRosterTest::firstFive).toList());
        String problems = String.join("\n", book.get("问题清单"));
        assertTrue(problems.contains("第1版（年报.xlsx）|甲县财政局|AGENCY|错误|基本信息!B3|机关名称不符：工作簿写的是“青山县卫生健康委员会”，"
                + "本行按名单计入“甲县财政局”。"), problems);
        String all = String.join("\n", book.values().stream().flatMap(List::stream).toList());
        assertFalse(all.contains("否（重复）") || problems.contains("重复"), "two roster agencies never displace each other");
        for (String internal : new String[] {web.data.toString(), "versions/", "tmp/", "读取线程", "--year", "nianbao serve"}) {
            assertFalse(all.contains(internal), "no server path or command-line word: " + internal);
        }
        assertTrue(String.join("\n", book.get("说明")).contains("来源|收集：2025年度全县年报"), book.get("说明").toString());

        // the CSV: the same rows, the same names; the aggregate: both reports, each once
        List<String> csv = web.get(collection + "/download/summary.csv").text().lines().toList();
        assertTrue(csv.get(1).startsWith("甲县财政局,2025,第1版（年报.xlsx）,"), csv.get(1));
        assertTrue(csv.get(2).startsWith("青山县卫生健康委员会,2025,第1版（青山2025.xlsx）,"), csv.get(2));
        assertFalse(String.join("\n", csv).contains(web.data.toString()));
        Path agg = dir.resolve("合计.xlsx");
        Files.write(agg, web.get(collection + "/download/aggregate.xlsx").body());
        Report sum = Reports.read(agg);
        for (String id : new String[] {"t3.new.natural", "t3.new.total", "t3.granted.total", "t3.total.total"}) {
            assertEquals(Web.example("云溪区市场监督管理局-2025.json").number(id).add(Web.example("青山县卫生健康委员会-2025.json").number(id))
                    .longValue(), sum.number(id).longValue(), id);
        }

        // the zip of every upload: each file in its roster agency's folder, whatever the workbook says
        List<String> names = new ArrayList<>();
        List<String> list = List.of();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(
                web.get(collection + "/download/submissions.zip").body()), StandardCharsets.UTF_8)) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                if (e.getName().equals("清单.csv")) {
                    list = new String(zip.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
                }
            }
        }
        assertEquals(List.of("001-甲县财政局/第1版.xlsx", "002-青山县卫生健康委员会/第1版.xlsx", "清单.csv"), names);
        assertTrue(list.get(0).endsWith(",SHA-256,名单核对"), list.get(0));
        assertTrue(list.get(1).startsWith("001-甲县财政局/第1版.xlsx,甲县财政局,1,")
                && list.get(1).endsWith(",机关名称不符：工作簿写的是“" + QINGSHAN + "”"), list.get(1));
        assertTrue(list.get(2).startsWith("002-青山县卫生健康委员会/第1版.xlsx,青山县卫生健康委员会,1,") && list.get(2).endsWith(","),
                list.get(2));

        // 甲县财政局 sends its own report: its row takes the new version, the flag goes
        web.stranger().submit(links.get(0), Map.of("file", new Web.Part("甲县财政局2025.xlsx",
                Web.workbook(Web.variant(Web.example("临江市自然资源和规划局-2025.json"), JIA, false), dir))));
        summary = sheets(web.get(collection + "/download/summary.xlsx")).get("汇总");
        assertEquals("甲县财政局|2025|第2版（甲县财政局2025.xlsx）|通过|是", firstFive(summary.get(3)));
        assertFalse(row(web.get(collection).text(), "a001").contains("flag"));
    }

    @Test
    void beforeAnyUploadTheSummaryListsWhoIsMissingAndTheAggregateSaysThereIsNothingToAdd() throws Exception {
        List<String> summary = sheets(web.get(collection + "/download/summary.xlsx")).get("汇总");
        assertEquals(List.of("甲县财政局|||未提交|否（未提交）", "青山县卫生健康委员会|||未提交|否（未提交）", "云溪区市场监督管理局|||未提交|否（未提交）"),
                summary.subList(3, 6).stream().map(DeskRosterTest::firstFive).toList());
        Web.Response agg = web.get(collection + "/download/aggregate.xlsx");
        assertEquals(409, agg.status());
        assertEquals("还没有单位提交年报，暂无可合计的内容。", Web.notice(agg));
    }

    @Test
    void anOverflowingCountIsListedAndLeftOutOfTheTotalsAndEveryDownloadStillAnswers() throws Exception {
        // 甲县财政局's report with a pasted 1.7976931348623157E308 in 表三 一、本年新收 / 自然人
        Report overflowing = Web.variant(Web.example("临江市自然资源和规划局-2025.json"), JIA, false).with(
                nianbao.model.Value.number("t3.new.natural", new java.math.BigDecimal("1.7976931348623157E308"),
                        nianbao.model.Source.none()));
        Web.Response page = web.stranger().submit(links.get(0), Map.of("file", new Web.Part("甲.xlsx", Web.workbook(overflowing, dir))));
        assertEquals(200, page.status());
        // the workbook holds the number as Excel does, to 15 significant digits
        assertTrue(page.text().contains("表三 一、本年新收 / 自然人：填报 1.79769313486232E+308，超出允许的范围（0 至 1000000000）"), page.text());
        web.stranger().submit(links.get(1), Map.of("file", new Web.Part("青山2025.xlsx", qingshan())));

        for (String download : new String[] {"summary.xlsx", "summary.csv", "aggregate.xlsx", "submissions.zip", "status.csv"}) {
            assertEquals(200, web.get(collection + "/download/" + download).status(), download);
        }
        Map<String, List<String>> book = sheets(web.get(collection + "/download/summary.xlsx"));
        assertEquals(List.of("甲县财政局|2025|第1版（甲.xlsx）|1 个错误 0 个警告|否（数值异常）",
                "青山县卫生健康委员会|2025|第1版（青山2025.xlsx）|通过|是", "云溪区市场监督管理局|||未提交|否（未提交）"),
                book.get("汇总").subList(3, 6).stream().map(DeskRosterTest::firstFive).toList());
        assertTrue(String.join("\n", book.get("数值异常")).contains(
                "第1版（甲.xlsx）|甲县财政局|表三!D5|1.79769313486232E+308|"), book.get("数值异常").toString());
        Path agg = dir.resolve("合计.xlsx");
        Files.write(agg, web.get(collection + "/download/aggregate.xlsx").body());
        assertEquals(Web.example("青山县卫生健康委员会-2025.json").number("t3.new.natural"), Reports.read(agg).number("t3.new.natural"),
                "only 青山 is summed");
        assertFalse(web.err.toString().contains("内部错误"), web.err.toString());
    }

    /** Every sheet of a downloaded workbook as rows of cell texts joined by |. */
    private Map<String, List<String>> sheets(Web.Response download) throws Exception {
        assertEquals(200, download.status(), download.text());
        Path f = Files.createTempFile(dir, "summary-", ".xlsx");
        Files.write(f, download.body());
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(f.toFile())) {
            var fmt = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var sheet : wb) {
                List<String> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    var row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        cells.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)));
                    }
                    rows.add(String.join("|", cells));
                }
                out.put(sheet.getSheetName(), rows);
            }
        }
        return out;
    }

    private static String firstFive(String row) {
        String[] cells = (row + "|||||").split("\\|", -1);
        return String.join("|", java.util.Arrays.copyOf(cells, 5));
    }

    private static String row(String html, String slot) {
        Matcher m = Pattern.compile("<tr data-slot=\"" + slot + "\">(.*?)</tr>").matcher(html);
        assertTrue(m.find(), slot);
        return m.group(1);
    }
}
