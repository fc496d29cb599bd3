package nianbao.merge.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the analysis sheets start a new printed page, so that a chart or the columns under one indicator's
 * header are never cut in two. The page sizes are estimates for A4 landscape with the default margins (in
 * column-width units and default rows, measured in LibreOffice): a page ends a little early rather than late.
 */
final class PageBreaks {

    /** Column-width units across one landscape page. */
    static final int PAGE_WIDTH = 108;
    /** Default-height rows down one landscape page. */
    static final int PAGE_ROWS = 36;

    private PageBreaks() {
    }

    /**
     * The first column of each page after the first, breaking only between groups where it can.
     *
     * @param widths the column widths
     * @param fixed the columns before the first group (all on the first page)
     * @param repeated the columns printed again on every page ({@code A:A} is 1)
     * @param per the columns of one group (one indicator's 上年/本年/增减, or its years)
     */
    static List<Integer> columns(int[] widths, int fixed, int repeated, int per) {
        int repeatedWidth = sum(widths, 0, repeated);
        int used = sum(widths, 0, fixed);
        boolean groupOnPage = false;
        List<Integer> breaks = new ArrayList<>();
        for (int start = fixed; start < widths.length; start += per) {
            int w = sum(widths, start, Math.min(widths.length, start + per));
            if (used + w > PAGE_WIDTH && (groupOnPage || used > repeatedWidth)) {
                breaks.add(start);
                used = repeatedWidth;
            }
            used += w;
            groupOnPage = true;
        }
        return breaks;
    }

    /**
     * The first row of each page after the first, for blocks placed one below the other (charts, then a
     * table): a block that does not fit on the rest of the page starts a new one; the first never does.
     *
     * @param tops the first row of each block, in order
     * @param heights how many rows each block takes (for the table: as many as should stay with its header)
     */
    static List<Integer> rows(int[] tops, int[] heights) {
        List<Integer> breaks = new ArrayList<>();
        int pageTop = 0;
        for (int i = 0; i < tops.length; i++) {
            if (i > 0 && tops[i] + heights[i] - pageTop > PAGE_ROWS) {
                breaks.add(tops[i]);
                pageTop = tops[i];
            }
            while (tops[i] + heights[i] - pageTop > PAGE_ROWS) {
                pageTop += PAGE_ROWS; // a block taller than a page: the printer breaks it on its own
            }
        }
        return breaks;
    }

    private static int sum(int[] widths, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            s += widths[i];
        }
        return s;
    }
}
