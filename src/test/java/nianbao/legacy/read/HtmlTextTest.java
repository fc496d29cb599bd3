package nianbao.legacy.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HtmlTextTest {

    @Test
    void flattensBlocksBreaksAndTablesInReadingOrder() {
        List<String> lines = HtmlText.lines("""
                <html><head><title>标题</title><style>p{}</style></head><body>
                <script>document.write('<p>脚本</p>')</script>
                <h2>一、总体情况</h2><p>第一段&ldquo;引号&rdquo;&amp;符号。<br>第二行</p>
                <table><tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td></tr>
                <tr><td>2.其他法律行政法规禁止公开</td><td>1</td></tr>
                <tr><td colspan="2">（七）总计</td><td>3</td></tr></table>
                <div>六、其他需要报告的事项</div></body></html>
                """);
        assertEquals(List.of("一、总体情况", "第一段“引号”&符号。", "第二行", "（三）不予公开\t1.属于国家秘密\t0",
                "2.其他法律行政法规禁止公开\t1", "（七）总计\t3", "六、其他需要报告的事项"), lines);
    }

    @Test
    void readsAPageLaidOutWithATableAsParagraphsAndItsDataTablesAsRows() {
        String para = "2025年，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，" + "围绕群众关心的领域持续推进政府信息公开。".repeat(6);
        List<String> lines = HtmlText.lines("<table><tr><td class=\"nav\">首页</td></tr><tr><td><p>一、总体情况</p><p>" + para
                + "</p><p>（一）主动公开情况</p><table><tr><td>行政许可</td><td>57</td></tr></table></td></tr></table>");
        assertEquals(List.of("首页", "一、总体情况", para, "（一）主动公开情况", "行政许可\t57"), lines);
    }

    @Test
    void joinsWordsOfACellSplitByBreaks() {
        List<String> lines = HtmlText.lines("<table><tr><td>社会公益<br>组织</td><td>\n 法律服务\n 机构 </td></tr></table>");
        // a <br> stays a space; a source line break between Chinese characters disappears, as in a browser
        assertEquals(List.of("社会公益 组织\t法律服务机构"), lines);
    }

    @Test
    void readsTheDeclaredCharset() {
        byte[] b = "<html><head><meta charset=\"gb2312\"></head>".getBytes(StandardCharsets.US_ASCII);
        assertEquals("GB2312", HtmlText.declaredCharset(b).name());
        assertNull(HtmlText.declaredCharset("<html><meta charset=\"no-such\">".getBytes(StandardCharsets.US_ASCII)));
    }
}
