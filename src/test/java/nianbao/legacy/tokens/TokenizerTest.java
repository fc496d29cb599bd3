package nianbao.legacy.tokens;

import nianbao.legacy.read.Text;
import nianbao.legacy.read.TextLine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {

    private static List<Token> tokens(String... lines) {
        List<TextLine> in = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            in.add(new TextLine(i + 1, lines[i]));
        }
        return Tokenizer.run(in).tokens;
    }

    private static String kinds(List<Token> ts) {
        StringBuilder sb = new StringBuilder();
        for (Token t : ts) {
            sb.append(switch (t.kind()) {
                case TEXT -> "T:" + t.prefix() + t.key();
                case NUMBER -> "N:" + t.number().toPlainString() + (t.glued() ? "g" : "");
                case PLACEHOLDER -> "P";
                case JUNK -> "J";
            }).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void tabRowsGiveOneTokenPerCellWithItsColumn() {
        List<Token> ts = tokens("规章\t0\t 3 \t12\t\t");
        assertEquals("T:规章 N:0 N:3 N:12", kinds(ts));
        assertEquals(1, ts.get(0).column());
        assertEquals(4, ts.get(1).column());
        assertEquals(7, ts.get(2).column());
        assertTrue(ts.stream().allMatch(t -> t.sep() == Token.Sep.TAB));
    }

    @Test
    void pipeRowsIgnoreTrailingEmptyCellsAndMarkdownRules() {
        assertEquals("T:行政处罚 N:7", kinds(tokens("行政处罚 | 7 | ||")));
        Tokenizer t = Tokenizer.run(List.of(new TextLine(1, "|---|:---:|"), new TextLine(2, "| 规章 | 1 |")));
        assertTrue(t.markdown);
        assertEquals("T:规章 N:1", kinds(t.tokens));
    }

    @Test
    void spaceRowsJoinLabelWordsAndSplitAtEnumerators() {
        assertEquals("T:(一)予以公开 N:12 N:3", kinds(tokens("(一) 予以公开 12 3")));
        assertEquals("T:(三)不予公开 T:1.属于国家秘密 N:0", kinds(tokens("（三）不予公开 1.属于国家秘密 0")));
        assertEquals("T:社会公益组织 T:法律服务机构", kinds(tokens("社会 公益 组织\t法律 服务 机构")));
    }

    @Test
    void severalNumbersInOneTabCellAreJunkButStraySpacesAreNot() {
        assertEquals("T:尚未审结 J N:0", kinds(tokens("尚未 审结\t1 1 1\t0 ")));
    }

    @Test
    void numbersGluedToTheirLabelAreSplitOff() {
        assertEquals("T:行政许可 N:4928g", kinds(tokens("行政许可4928")));
        assertEquals("T:行政事业性收费 N:3.2g", kinds(tokens("行政事业性收费3.2")));
        assertEquals("T:(七)总计 N:24g N:8", kinds(tokens("（七）总计24 8")));
        assertEquals("T:2019年度报告", kinds(tokens("2019年度报告")));
        assertEquals("T:第3页", kinds(tokens("其他\t第3页")).replace("T:其他 ", ""));
    }

    @Test
    void fullWidthDigitsPlaceholdersAndUnitsAreRead() {
        assertEquals("T:行政许可 N:1234", kinds(tokens("行政许可　１２３４")));
        assertEquals("T:行政处罚 P N:5", kinds(tokens("行政处罚\t—\t5件")));
        assertEquals("N:1234", kinds(tokens("1,234")));
    }

    @Test
    void chromeLinesAreDroppedAndCounted() {
        Tokenizer t = Tokenizer.run(List.of(new TextLine(1, "第 3 页 共 8 页"), new TextLine(2, "— 5 —"),
                new TextLine(3, "0")));
        assertEquals(2, t.chromeLines);
        assertEquals("N:0", kinds(t.tokens));
    }

    @Test
    void hugeLinesAreCut() {
        Tokenizer t = Tokenizer.run(List.of(new TextLine(1, "0 ".repeat(1_000_000))));
        assertEquals(1, t.truncatedLines);
        assertEquals(Text.MAX_LINE / 2, t.tokens.size());
    }

    @Test
    void emptyCellsBetweenNumbersBecomeBlankCellsButAlignmentCellsDoNot() {
        assertEquals("T:一、本年新收 N:4 P P N:4", kinds(tokens("一、本年新收\t\t\t4\t\t\t4\t\t")));
        assertEquals("T:规章 N:0 N:0 N:0", kinds(tokens("规章 | 0 | 0 | 0 | ||")));
    }

    @Test
    void gluedDigitsWithALeadingZeroStayOneRunForTheDecoderToCut() {
        List<Token> ts = tokens("行政强制00");
        assertEquals("T:行政强制 N:0g", kinds(ts));
        assertEquals("00", ts.get(1).raw());
    }

    @Test
    void aCountGluedToASignedChangeIsTwoRunsTheSecondWithItsSign() {
        // 2019 format: 上一年项目数量 2648, 本年增/减 -18, 处理决定数量 538 glued by a crawler
        List<Token> ts = tokens("行政许可2648-18538行政处罚7012");
        assertEquals("T:行政许可 N:2648g N:-18538g T:行政处罚 N:7012g", kinds(ts));
        assertEquals("-18538", ts.get(2).raw());
        assertEquals(9, ts.get(2).column());
        // a date (two minus signs) and a telephone number (leading zero) stay what they were
        assertEquals("T:其中 J", kinds(tokens("其中2020-01-15")));
        assertEquals("T:咨询 J", kinds(tokens("咨询0571-8612345")));
    }

    @Test
    void digitsGluedBetweenLabelsAreCutOutOfTheText() {
        List<Token> ts = tokens("规章000行政规范性文件12375第二十条第（五）项信息内容行政许可10690");
        assertEquals("T:规章 N:0g T:行政规范性文件 N:12375g T:第二十条第五项信息内容行政许可 N:10690g", kinds(ts));
        assertEquals("000", ts.get(1).raw());
        assertEquals(6, ts.get(2).column());
    }

    @Test
    void theNextLabelsOrdinalGluedToTheDigitsIsLeftWithTheLabel() {
        List<Token> ts = tokens("1.属于国家秘密00000002.其他法律行政法规禁止公开");
        assertEquals("T:1.属于国家秘密 N:0g T:2.其他法律行政法规禁止公开", kinds(ts));
        assertEquals("0000000", ts.get(1).raw());
        assertEquals("T:一、本年新收 N:713000074g T:二、上年结转", kinds(tokens("一、本年新收713000074二、上年结转")));
    }

    @Test
    void datesCountsAndOrdinalsInSentencesAreNotCells() {
        assertEquals("T:2022年全区收到申请75件", kinds(tokens("2022年，全区收到申请75件")));
        assertEquals("T:1.属于国家秘密", kinds(tokens("1.属于国家秘密")));
        assertEquals("T:本机关共有第3类信息", kinds(tokens("本机关共有第3类信息")));
    }

    @Test
    void aHugeInputTokenisedInTwoHalvesGivesExactlyTheTokensOfItsLines() {
        String[] shapes = {"规章\t1\t0\t5", "行政许可4928行政处罚12", "| 一、本年新收 | 3 | 0 |", "第 3 页 共 8 页", "（七）总计 ７ ０ /",
            "本机关2025年共发布信息321条。"};
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            lines.add(new TextLine(i + 1, shapes[i % shapes.length] + (i % 7 == 0 ? "\t" + i : "")));
        }
        Tokenizer all = Tokenizer.run(lines);
        List<Token> oneByOne = new ArrayList<>();
        int chrome = 0;
        for (TextLine l : lines) {
            Tokenizer t = Tokenizer.run(List.of(l));
            oneByOne.addAll(t.tokens);
            chrome += t.chromeLines;
        }
        assertEquals(oneByOne, all.tokens);
        assertEquals(chrome, all.chromeLines);
        assertTrue(chrome > 4000, "the page marks are counted in both halves");
    }
}
