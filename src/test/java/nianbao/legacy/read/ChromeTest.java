package nianbao.legacy.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChromeTest {

    @Test
    void removesBookmarkArtifactBulletsAndIdeographicBlanks() {
        assertEquals("（四）平台建设", Chrome.clean("[bookmark: _GoBack]（四）平台建设"));
        assertEquals("(一)主动公开情况。正文", Chrome.clean("- (一)主动公开情况。正文"));
        assertEquals("正文", Chrome.clean("\u3000\u3000正文\u00A0 "));
    }

    @Test
    void recognisesPageChrome() {
        for (String s : new String[] {"当前位置: 某区政府>政务公开>年报", "发布日期:2026-01-08 14:25:08", "扫一扫在手机打开当前页",
            "分享文章到", "主办:某区人民政府办公室", "版权所有:某区人民政府", "蒙公网安备 15020302000445号", "15020302000445号",
            "京ICP备05001234号", "【打印本页】【关闭窗口】", "索引号：11500116MB1234567X/2026-00012"}) {
            assertTrue(Chrome.isChrome(s), s);
        }
    }

    @Test
    void keepsReportSentencesThatMentionSharingOrHosting() {
        for (String s : new String[] {"分享信息公开的成功案例和经验教训。", "由区政府主办的政务公开日活动。", "一是夯实门户网站主阵地。",
            "2025年1月1日至12月31日,未收到政府信息公开申请。"}) {
            assertFalse(Chrome.isChrome(s), s);
        }
    }

    @Test
    void recognisesPdfPageNumbers() {
        assertTrue(Chrome.isPageNumber("- 3 -"));
        assertTrue(Chrome.isPageNumber("3 -"));
        assertTrue(Chrome.isPageNumber("第 3 页 共 9 页"));
        assertTrue(Chrome.isPageNumber("3/9"));
        assertFalse(Chrome.isPageNumber("2025年共收到申请3件。"));
    }
}
