package nianbao.legacy.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reading stage on a page saved from a site whose report was pasted from Word, and on pdftotext output. */
class WordPastedPageReadingTest {

    private static final String PAGE = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
            <head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
            <meta name=Generator content="Microsoft Word 15">
            <!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
            <style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm;} --></style></head>
            <body lang=ZH-CN><div class=WordSection1>
            <p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>三、收到和处理政府信息公开申请情况<span lang=EN-US><o:p></o:p></span></span></p>
            <table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
             <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
              <td colspan=3 rowspan=3 style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center><span>（本列数据的勾稽关系为：第一项加第二项之和，
              等于第三项加第四项之和）<o:p></o:p></span></p></td>
              <td colspan=7><p class=MsoNormal><span>申请人情况<o:p></o:p></span></p></td>
             </tr>
             <tr><td rowspan=2><p class=MsoNormal><span>自然人<o:p></o:p></span></p></td>
              <td colspan=5><p class=MsoNormal><span>法人或其他组织<o:p></o:p></span></p></td>
              <td rowspan=2><p class=MsoNormal><span>总计<o:p></o:p></span></p></td></tr>
             <tr><td><p class=MsoNormal><span>商业</span></p>
              <p class=MsoNormal><span>企业<o:p></o:p></span></p></td>
              <td><p class=MsoNormal><span>科研机构</span></p></td><td><p class=MsoNormal><span>社会公益组织</span></p></td>
              <td><p class=MsoNormal><span>法律服务机构</span></p></td><td><p class=MsoNormal><span>其他</span></p></td></tr>
             <tr><td rowspan=22><p class=MsoNormal><span>三、本年
              度办理结果<o:p></o:p></span></p></td>
              <td colspan=2><p class=MsoNormal><span>（一）予以公开<o:p></o:p></span></p></td>
              <td><p class=MsoNormal><span lang=EN-US style='font-family:"Times New Roman"'>14<o:p></o:p></span></p></td>
              <td><p class=MsoNormal><span lang=EN-US>2<o:p></o:p></span></p></td>
              <td><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td>
              <td><p class=MsoNormal><span lang=EN-US>0<o:p></o:p></span></p></td>
              <td><p class=MsoNormal><span lang=EN-US>1<o:p></o:p></span></p></td>
              <td><p class=MsoNormal><span lang=EN-US>0<o:p></o:p></span></p></td>
              <td><p class=MsoNormal><span lang=EN-US>17<o:p></o:p></span></p></td></tr>
            </table>
            <p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
            <p class=MsoNormal><span>五、存在的主要问题及改进情况</span></p>
            </div></body></html>
            """;

    @Test
    void readsAGbkWordPageSavedAsShtmlCellByCell(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("年报.shtml");
        Files.write(file, PAGE.getBytes(Charset.forName("GBK")));
        DecodedText t = LegacyReader.read(file, "年报.shtml");
        assertEquals("html", t.kind());
        assertEquals("GB18030", t.charset());
        assertEquals(List.of("三、收到和处理政府信息公开申请情况",
                "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
                "自然人\t法人或其他组织\t总计",
                "商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
                "三、本年度办理结果\t（一）予以公开\t14\t2\t\t0\t1\t0\t17",
                "五、存在的主要问题及改进情况"), t.lines().stream().map(TextLine::text).toList());
    }

    @Test
    void keepsASourceLineBreakBetweenLatinWordsAsASpace() {
        assertEquals("Microsoft Word", HtmlText.collapse("Microsoft\r\nWord"));
        assertEquals("第三项加", HtmlText.collapse("第三项\n加"));
        assertEquals("三、本年度办理结果", HtmlText.collapse("三、本年\r\n  度办理结果"));
        assertEquals("行政许可 2468", HtmlText.collapse("行政许可\n2468"));
    }

    @Test
    void aFormFeedBetweenPdfPagesBreaksTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("copied.txt");
        Files.writeString(file, "0\n3\n\n- 3 -\n\f12\n0\n", StandardCharsets.UTF_8);
        List<String> lines = LegacyReader.read(file, "copied.txt").lines().stream().map(TextLine::text).toList();
        assertEquals(List.of("0", "3", "", "- 3 -", "", "12", "0", ""), lines);
    }
}
