package nianbao.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    private static String row(String html, String slot) {
        Matcher m = Pattern.compile("<tr data-slot=\"" + slot + "\">(.*?)</tr>").matcher(html);
        assertTrue(m.find(), slot);
        return m.group(1);
    }
}
