package nianbao.legacy.tokens;

import nianbao.legacy.read.TextLine;

import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScannerTest {

    private static Scanner scan(String... lines) {
        List<TextLine> in = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            in.add(new TextLine(i + 1, lines[i]));
        }
        return Scanner.run(Tokenizer.run(in).tokens, Labels.of(Schemas.defaultSchema()));
    }

    private static String numbers(Scanner.RowRead r) {
        return String.join(" ", r.values().stream().map(t -> t.number() == null ? "_" : t.number().toPlainString()).toList());
    }

    @Test
    void collectsTheNumbersAfterEachLabelAcrossLines() {
        Scanner s = scan("二、主动公开政府信息情况", "规章", "1", "", "0", "5", "行政规范性文件", "2", "3", "40");
        assertEquals("1 0 5", numbers(s.t2.get("rules")));
        assertEquals("2 3 40", numbers(s.t2.get("normative")));
    }

    @Test
    void groupAndSubgroupLabelsSharingTheLineOfTheFirstRowAreContextOnly() {
        Scanner s = scan("三、收到和处理政府信息公开申请情况", "三、本年度办理结果\t（一）予以公开\t3\t0\t0\t0\t0\t0\t3",
                "（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1", "2.其他法律法规禁止公开\t0\t0\t0\t0\t0\t0\t0");
        assertEquals("3 0 0 0 0 0 3", numbers(s.t3.get("granted")));
        assertEquals("1 0 0 0 0 0 1", numbers(s.t3.get("denied_secret")));
        assertEquals("0 0 0 0 0 0 0", numbers(s.t3.get("denied_law")));
        assertEquals(null, s.six);
    }

    @Test
    void aSingleSixthRowIsKeptAsTheHybridRow() {
        Scanner s = scan("三、收到和处理政府信息公开申请情况", "（六）其他处理\t1\t0\t0\t0\t0\t0\t1", "（七）总计\t1\t0\t0\t0\t0\t0\t1");
        assertNotNull(s.six);
        assertEquals("1 0 0 0 0 0 1", numbers(s.six));
        assertEquals("1 0 0 0 0 0 1", numbers(s.t3.get("total")));
    }

    @Test
    void table4RunsAreBrokenByHeaderWordsAndJunk() {
        Scanner s = scan("四、政府信息公开行政复议、行政诉讼情况", "结果 维持\t1 1 1\t总计", "0\t1\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
                "五、存在的主要问题及改进情况", "2025 年 3 项工作");
        assertEquals(1, s.t4Runs.size());
        assertEquals(15, s.t4Runs.get(0).size());
    }

    @Test
    void spansRunFromTheHeadingToTheLastLabelOrNumber() {
        Scanner s = scan("一、总体情况", "正文", "二、主动公开政府信息情况", "行政许可\t5", "三、收到和处理政府信息公开申请情况",
                "（七）总计\t0\t0\t0\t0\t0\t0\t0", "五、存在的主要问题及改进情况", "正文");
        assertArrayEquals(new int[] {3, 4}, s.spans.get("t2"));
        assertArrayEquals(new int[] {5, 6}, s.spans.get("t3"));
        assertFalse(s.spans.containsKey("t4"));
    }

    @Test
    void rowLabelsInTheNarrativeDoNotOpenATableThatHasItsOwnHeading() {
        Scanner s = scan("一、总体情况", "行政许可", "4", "二、主动公开政府信息情况", "行政许可\t612");
        assertEquals("612", numbers(s.t2.get("licensing")));
        assertTrue(s.spans.get("t2")[0] == 4);
    }

    @Test
    void aCentredGroupLabelBetweenARowLabelAndItsNumbersKeepsTheRowOpen() {
        Scanner s = scan("三、收到和处理政府信息公开申请情况", "（一）予以公开", "三、本年度办理结果", "3", "0", "0", "0", "0", "0", "3",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理",
                "1", "0", "0", "0", "0", "0", "1");
        assertEquals("3 0 0 0 0 0 3", numbers(s.t3.get("granted")));
        assertEquals("1 0 0 0 0 0 1", numbers(s.t3.get("other_no_fee")));
        assertEquals(null, s.six);
    }

    @Test
    void aLabelRepeatedThousandsOfTimesKeepsItsFirstNumbersAndFewNotes() {
        List<String> lines = new ArrayList<>(List.of("二、主动公开政府信息情况"));
        for (int i = 0; i < 1000; i++) {
            lines.add("规章\t" + i + "\t0\t" + (i + 1));
        }
        Scanner s = scan(lines.toArray(String[]::new));
        assertEquals("0 0 1", numbers(s.t2.get("rules")));
        assertEquals(6, s.notes.size(), s.notes.toString());
        assertEquals("“规章”在第 2 行和第 3 行各出现一次，采用第一次的数字。", s.notes.get(0));
        assertEquals("另有 994 处行标签重复出现或带着不该有的数字，同样只采用第一次的数字。", s.notes.get(5));
    }
}
