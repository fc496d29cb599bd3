package nianbao.merge.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageBreaksTest {

    @Test
    void columnsBreakBetweenGroupsWithTheRepeatedColumnOnEveryPage() {
        // 同比: 机关 30, 本年度 7, 上年度 7, 大幅变化 38, then 8 groups of three 8-wide columns
        int[] widths = new int[4 + 24];
        widths[0] = 30;
        widths[1] = 7;
        widths[2] = 7;
        widths[3] = 38;
        for (int c = 4; c < widths.length; c++) {
            widths[c] = 8;
        }
        // page 1: A–D and one group (106 ≤ 108); then 机关 + three groups (102) a page
        assertEquals(List.of(7, 16, 25), PageBreaks.columns(widths, 4, 1, 3));
    }

    @Test
    void aGroupWiderThanAPageIsLeftToThePrinterWithoutAnEmptyPageBeforeIt() {
        int[] widths = new int[1 + 2 * 15];
        widths[0] = 30;
        for (int c = 1; c < widths.length; c++) {
            widths[c] = 8;
        }
        // each group (15 years × 8 = 120) is wider than a page: a break between the two groups only
        assertEquals(List.of(16), PageBreaks.columns(widths, 1, 1, 15));
    }

    @Test
    void narrowSheetsPrintOnOnePageAcross() {
        assertEquals(List.of(), PageBreaks.columns(new int[] {30, 8, 8, 8, 8, 8, 8}, 1, 1, 3));
    }

    @Test
    void aChartThatDoesNotFitOnTheRestOfThePageStartsANewOne() {
        // two tall charts (rows 3–36 and 37–68), then the table's header at 69 with its first rows
        assertEquals(List.of(37, 69), PageBreaks.rows(new int[] {3, 37, 69}, new int[] {33, 31, 7}));
    }

    @Test
    void smallChartsAndTheTableShareAPageWhenTheyFit() {
        // two 14-row charts fit one page; the table's header with its first rows does not fit below them
        assertEquals(List.of(33), PageBreaks.rows(new int[] {3, 18, 33}, new int[] {14, 14, 7}));
        assertEquals(List.of(), PageBreaks.rows(new int[] {3, 18}, new int[] {14, 14}));
    }

    @Test
    void theFirstBlockNeverStartsANewPageEvenWhenTallerThanOne() {
        // a 60-row first chart prints over two pages on its own; the next block is placed after the printer's break
        assertEquals(List.of(), PageBreaks.rows(new int[] {3, 64}, new int[] {60, 5}));
        assertEquals(List.of(64), PageBreaks.rows(new int[] {3, 64}, new int[] {60, 10}));
    }
}
