package nianbao.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national format's merged regions, written out by hand from the official tables (not derived
 * from the renderer's grid), and a reader for the merged regions of an HTML table.
 * Each region is {@code row,col rowsxcols text}, zero-based.
 */
final class Regions {

    static final String CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    static final List<String> T2 = List.of(
            "0,0 1x4 第二十条第（一）项",
            "4,0 1x4 第二十条第（五）项",
            "5,1 1x3 本年处理决定数量",
            "6,1 1x3 {行政许可}",
            "7,0 1x4 第二十条第（六）项",
            "8,1 1x3 本年处理决定数量",
            "9,1 1x3 {行政处罚}",
            "10,1 1x3 {行政强制}",
            "11,0 1x4 第二十条第（八）项",
            "12,1 1x3 本年收费金额（单位：万元）",
            "13,1 1x3 {行政事业性收费}");

    static final List<String> T3 = List.of(
            "0,0 3x3 " + CORNER,
            "0,3 1x7 申请人情况",
            "1,3 2x1 自然人",
            "1,4 1x5 法人或其他组织",
            "1,9 2x1 总计",
            "3,0 1x3 一、本年新收政府信息公开申请数量",
            "4,0 1x3 二、上年结转政府信息公开申请数量",
            "5,0 22x1 三、本年度办理结果",
            "5,1 1x2 （一）予以公开",
            "6,1 1x2 （二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "7,1 8x1 （三）不予公开",
            "15,1 3x1 （四）无法提供",
            "18,1 5x1 （五）不予处理",
            "23,1 3x1 （六）其他处理",
            "26,1 1x2 （七）总计",
            "27,0 1x3 四、结转下年度继续办理");

    static final List<String> T4 = List.of(
            "0,0 2x5 行政复议",
            "0,5 1x10 行政诉讼",
            "1,5 1x5 未经复议直接起诉",
            "1,10 1x5 复议后起诉");

    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile(
            "<t[hd]( rowspan=\"(\\d+)\")?( colspan=\"(\\d+)\")?[^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    private Regions() {
    }

    /** Value cells of 表二 are written {label} in the expected lists; replace them with the row's value text. */
    static List<String> withValues(List<String> expected, java.util.function.Function<String, String> valueOfLabel) {
        List<String> out = new ArrayList<>();
        for (String e : expected) {
            int open = e.indexOf('{');
            out.add(open < 0 ? e : e.substring(0, open) + valueOfLabel.apply(e.substring(open + 1, e.length() - 1)));
        }
        return out;
    }

    /** The merged regions of one HTML table, placing cells the way a browser does. */
    static List<String> ofHtml(String tableHtml) {
        List<String> out = new ArrayList<>();
        List<boolean[]> taken = new ArrayList<>();
        Matcher rows = ROW.matcher(tableHtml);
        int r = 0;
        while (rows.find()) {
            Matcher cells = CELL.matcher(rows.group(1));
            int c = 0;
            while (cells.find()) {
                while (taken(taken, r, c)) {
                    c++;
                }
                int rs = cells.group(2) == null ? 1 : Integer.parseInt(cells.group(2));
                int cs = cells.group(4) == null ? 1 : Integer.parseInt(cells.group(4));
                for (int i = r; i < r + rs; i++) {
                    for (int j = c; j < c + cs; j++) {
                        take(taken, i, j);
                    }
                }
                if (rs > 1 || cs > 1) {
                    out.add(r + "," + c + " " + rs + "x" + cs + " " + cells.group(5));
                }
                c += cs;
            }
            r++;
        }
        return out;
    }

    private static boolean taken(List<boolean[]> t, int r, int c) {
        return r < t.size() && t.get(r)[c];
    }

    private static void take(List<boolean[]> t, int r, int c) {
        while (t.size() <= r) {
            t.add(new boolean[64]);
        }
        if (t.get(r)[c]) {
            throw new AssertionError("cell " + r + "," + c + " covered twice");
        }
        t.get(r)[c] = true;
    }
}
