package nianbao.legacy.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTextTest {

    @Test
    void removesHeadingMarksBoldAndEscapesButKeepsTableRows() {
        assertEquals(List.of("江北省统计局2022年度政府信息公开工作年度报告", "（一）系统化推进主动公开。全年公开信息532条。",
                        "| 合计 | 12 |", "", "一、总体情况", "2\\*3 = 6"),
                MarkdownText.lines(List.of("# **江北省统计局2022年度政府信息公开工作年度报告**",
                        "**（一）系统化推进主动公开。**全年公开信息532条。", "| **合计** | **12** |", "| --- | --- |",
                        "## 一、总体情况", "2\\\\*3 = 6")));
    }

    @Test
    void leavesLoneAsterisksAlone() {
        assertEquals(List.of("注：带*的为必填项", "**"), MarkdownText.lines(List.of("注：带*的为必填项", "**")));
    }

    @Test
    void knowsMarkdownByItsHeadingsOrATableSeparator() {
        assertTrue(MarkdownText.looksLikeMarkdown(List.of("# 标题", "| a | b |", "| --- | --- |")));
        assertFalse(MarkdownText.looksLikeMarkdown(List.of("标题", "正文")));
    }
}
