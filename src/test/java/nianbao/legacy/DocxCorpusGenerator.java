package nianbao.legacy;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the invented Word report {@code src/test/resources/legacy/import/docx-word/input.docx}
 * (paragraphs, a bookmark, and tables with horizontally and vertically merged cells, as Word saves
 * them). Run from the project root: {@code java -cp target/test-classes:... nianbao.legacy.DocxCorpusGenerator}.
 */
public final class DocxCorpusGenerator {

    static final String[][] T3_LABELS = {
        {"new", null, null, "一、本年新收政府信息公开申请数量"},
        {"carried", null, null, "二、上年结转政府信息公开申请数量"},
        {"granted", "三、本年度办理结果", null, "（一）予以公开"},
        {"partial", "三、本年度办理结果", null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
        {"denied_secret", "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"},
        {"denied_law", "三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开"},
        {"denied_safety", "三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"},
        {"denied_third_party", "三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益"},
        {"denied_internal", "三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息"},
        {"denied_process", "三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息"},
        {"denied_enforcement", "三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷"},
        {"denied_inquiry", "三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"},
        {"unable_not_held", "三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息"},
        {"unable_create", "三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作"},
        {"unable_unclear", "三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确"},
        {"declined_complaint", "三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请"},
        {"declined_repeat", "三、本年度办理结果", "（五）不予处理", "2.重复申请"},
        {"declined_publication", "三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物"},
        {"declined_excessive", "三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请"},
        {"declined_confirm", "三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"},
        {"other_no_correction", "三、本年度办理结果", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
        {"other_no_fee", "三、本年度办理结果", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
        {"other_other", "三、本年度办理结果", "（六）其他处理", "3.其他"},
        {"total", "三、本年度办理结果", null, "（七）总计"},
        {"carry_over", null, null, "四、结转下年度继续办理"},
    };

    private DocxCorpusGenerator() {
    }

    /** Writes the document. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/legacy/import/docx-word/input.docx");
        Files.createDirectories(out.getParent());
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            para(doc, "清河市生态环境局2025年政府信息公开工作年度报告", true);
            para(doc, "本报告由清河市生态环境局根据《中华人民共和国政府信息公开条例》编制，所列数据统计期限自2025年1月1日起至2025年12月31日止。", false);
            para(doc, "一、总体情况", true);
            para(doc, "2025年，清河市生态环境局以改善生态环境质量为核心，依法公开环境质量、环评审批和执法监管信息。", false);
            para(doc, "（一）主动公开情况", true);
            para(doc, "全年主动公开信息531条，其中建设项目环评审批信息96条、行政处罚决定33条、空气质量月报12期。", false);
            para(doc, "（二）依申请公开情况", true);
            para(doc, "全年收到政府信息公开申请18件，上年结转1件，结转下年度继续办理1件。", false);
            para(doc, "（三）政府信息管理情况", true);
            para(doc, "健全信息发布协调机制，涉及企业商业秘密的信息一律征求第三方意见。", false);
            para(doc, "（四）政府信息公开平台建设情况", true);
            para(doc, "优化门户网站“环境质量”栏目，实现空气自动监测站数据按小时发布。", false);
            para(doc, "（五）监督保障情况", true);
            para(doc, "将政务公开纳入局年度目标考核，全年开展专题培训3次，未发生责任追究情况。", false);
            para(doc, "二、主动公开政府信息情况", true);
            table2(doc);
            para(doc, "三、收到和处理政府信息公开申请情况", true);
            table3(doc);
            para(doc, "四、政府信息公开行政复议、行政诉讼情况", true);
            table4(doc);
            para(doc, "五、存在的主要问题及改进情况", true);
            para(doc, "一是部分环评公示信息发布时效有待提高；二是依申请公开答复文书的说理性仍需加强。", false);
            para(doc, "下一步，我局将压缩环评信息公示时限，组织答复文书案例评查。", false);
            para(doc, "六、其他需要报告的事项", true);
            para(doc, "本机关2025年未收取信息处理费。", false);
            doc.write(os);
        }
    }

    private static void para(XWPFDocument doc, String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontFamily("宋体");
    }

    static long[][] t3Values() {
        long[][] v = new long[25][7];
        set(v, 0, 14, 3, 0, 1, 0, 0);   // new
        set(v, 1, 1, 0, 0, 0, 0, 0);    // carried
        set(v, 2, 8, 2, 0, 1, 0, 0);    // granted
        set(v, 3, 2, 0, 0, 0, 0, 0);    // partial
        set(v, 7, 0, 1, 0, 0, 0, 0);    // third party
        set(v, 12, 3, 0, 0, 0, 0, 0);   // not held
        set(v, 16, 1, 0, 0, 0, 0, 0);   // repeat
        for (int c = 0; c < 6; c++) {
            long sum = 0;
            for (int r = 2; r <= 22; r++) {
                sum += v[r][c];
            }
            v[23][c] = sum;
            v[24][c] = v[0][c] + v[1][c] - sum;
        }
        for (long[] row : v) {
            long s = 0;
            for (int c = 0; c < 6; c++) {
                s += row[c];
            }
            row[6] = s;
        }
        return v;
    }

    private static void set(long[][] v, int row, long... six) {
        System.arraycopy(six, 0, v[row], 0, 6);
    }

    private static void table2(XWPFDocument doc) {
        String[][] rows = {
            {"第二十条第（一）项"}, {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"}, {"规章", "0", "0", "0"},
            {"行政规范性文件", "1", "0", "8"}, {"第二十条第（五）项"}, {"信息内容", "本年处理决定数量"}, {"行政许可", "412"},
            {"第二十条第（六）项"}, {"信息内容", "本年处理决定数量"}, {"行政处罚", "33"}, {"行政强制", "5"},
            {"第二十条第（八）项"}, {"信息内容", "本年收费金额（单位：万元）"}, {"行政事业性收费", "0"},
        };
        XWPFTable t = doc.createTable(rows.length, 4);
        grid(t, 4);
        for (int r = 0; r < rows.length; r++) {
            XWPFTableRow row = t.getRow(r);
            if (rows[r].length == 4) {
                for (int c = 0; c < 4; c++) {
                    row.getCell(c).setText(rows[r][c]);
                }
            } else {
                // merged across: keep one cell spanning the rest, as Word stores it
                row.getCell(0).setText(rows[r][0]);
                int first = rows[r].length == 1 ? 0 : 1;
                if (rows[r].length == 2) {
                    row.getCell(1).setText(rows[r][1]);
                }
                span(row, first, 4 - first);
            }
        }
    }

    private static void table3(XWPFDocument doc) {
        long[][] v = t3Values();
        XWPFTable t = doc.createTable(3 + 25, 10);
        grid(t, 10);
        XWPFTableRow h0 = t.getRow(0);
        XWPFTableRow h1 = t.getRow(1);
        XWPFTableRow h2 = t.getRow(2);
        h0.getCell(0).setText("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        h0.getCell(3).setText("申请人情况");
        h1.getCell(3).setText("自然人");
        h1.getCell(4).setText("法人或其他组织");
        h1.getCell(9).setText("总计");
        String[] orgs = {"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};
        for (int i = 0; i < 5; i++) {
            h2.getCell(4 + i).setText(orgs[i]);
        }
        vmerge(t, 0, 2, 0);
        vmerge(t, 1, 2, 3);
        vmerge(t, 1, 2, 9);
        String lastGroup = null;
        String lastSub = null;
        for (int r = 0; r < 25; r++) {
            XWPFTableRow row = t.getRow(3 + r);
            String[] l = T3_LABELS[r];
            if (l[1] == null) {
                row.getCell(0).setText(l[3]);
            } else {
                if (!l[1].equals(lastGroup)) {
                    row.getCell(0).setText(l[1]);
                }
                if (l[2] == null) {
                    row.getCell(1).setText(l[3]);
                } else {
                    if (!l[2].equals(lastSub)) {
                        row.getCell(1).setText(l[2]);
                    }
                    row.getCell(2).setText(l[3]);
                }
            }
            lastGroup = l[1];
            lastSub = l[2];
            for (int c = 0; c < 7; c++) {
                row.getCell(3 + c).setText(Long.toString(v[r][c]));
            }
        }
        // vertical merges of the group labels (rows 5..27 in the table: 三、本年度办理结果 and sub-groups)
        vmerge(t, 5, 27, 0);
        vmerge(t, 7, 14, 1);
        vmerge(t, 15, 17, 1);
        vmerge(t, 18, 22, 1);
        vmerge(t, 23, 25, 1);
        // horizontal merges last, from the right so indices stay valid
        span(h0, 3, 7);
        span(h1, 4, 5);
        span(h0, 0, 3);
        for (int r = 0; r < 25; r++) {
            String[] l = T3_LABELS[r];
            XWPFTableRow row = t.getRow(3 + r);
            if (l[1] == null) {
                span(row, 0, 3);
            } else if (l[2] == null) {
                span(row, 1, 2);
            }
        }
    }

    private static void table4(XWPFDocument doc) {
        XWPFTable t = doc.createTable(4, 15);
        grid(t, 15);
        String[] cols = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
        long[] values = {2, 0, 0, 1, 3, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0};
        t.getRow(0).getCell(0).setText("行政复议");
        t.getRow(0).getCell(5).setText("行政诉讼");
        for (int i = 0; i < 5; i++) {
            t.getRow(1).getCell(i).setText(cols[i]);
            t.getRow(2).getCell(5 + i).setText(cols[i]);
            t.getRow(2).getCell(10 + i).setText(cols[i]);
        }
        t.getRow(1).getCell(5).setText("未经复议直接起诉");
        t.getRow(1).getCell(10).setText("复议后起诉");
        for (int i = 0; i < 15; i++) {
            t.getRow(3).getCell(i).setText(Long.toString(values[i]));
        }
        for (int i = 0; i < 5; i++) {
            vmerge(t, 1, 2, i);
        }
        span(t.getRow(1), 10, 5);
        span(t.getRow(1), 5, 5);
        span(t.getRow(0), 5, 10);
        span(t.getRow(0), 0, 5);
    }

    /** Declares the table's column grid, which Word needs to lay out merged cells. */
    private static void grid(XWPFTable t, int columns) {
        var tbl = t.getCTTbl();
        var g = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
        while (g.sizeOfGridColArray() > 0) {
            g.removeGridCol(0);
        }
        int width = 9000 / columns;
        for (int i = 0; i < columns; i++) {
            g.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        t.setWidth("100%");
    }

    /** Merges {@code count} cells from {@code first} into one (gridSpan), removing the others. */
    private static void span(XWPFTableRow row, int first, int count) {
        XWPFTableCell cell = row.getCell(first);
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(count));
        List<Integer> gone = new ArrayList<>();
        for (int k = first + count - 1; k > first; k--) {
            gone.add(k);
        }
        for (int k : gone) {
            row.removeCell(k);
        }
    }

    /** Marks cells of one column from row {@code from} to {@code to} as one vertically merged cell. */
    private static void vmerge(XWPFTable t, int from, int to, int col) {
        for (int r = from; r <= to; r++) {
            XWPFTableCell cell = t.getRow(r).getCell(col);
            CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            pr.addNewVMerge().setVal(r == from ? STMerge.RESTART : STMerge.CONTINUE);
        }
    }
}
