package nianbao.xlsx.layout;

import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.schema.Table;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/** The sheets around the tables: 填写说明, 基本信息, 正文, and the hidden {@code _schema} marker. */
public final class InfoSheets {

    private static final int GUIDE_WIDTH = 90;
    private static final int LABEL_WIDTH = 18;
    private static final int HELP_WIDTH = 26;
    private static final int NARRATIVE_WIDTH = 58;
    /** Height of an empty narrative cell: room for about six lines of 仿宋 12 pt. */
    private static final float NARRATIVE_EMPTY_HEIGHT = 110;

    private InfoSheets() {
    }

    /** The guide: what to fill where, the colours, the checks; sheet names come from the schema. */
    static void guide(Form form) {
        Schema s = form.schema;
        XSSFSheet sheet = form.sheet(s.sheet("guide"));
        sheet.setColumnWidth(0, 4 * 256);
        sheet.setColumnWidth(1, GUIDE_WIDTH * 256);
        Form.merge(sheet, 0, 0, 0, 1, s.name() + " 填报模板", form.styles.title);
        sheet.getRow(0).setHeightInPoints(30);
        List<String> tableSheets = new ArrayList<>();
        for (Table t : s.tables()) {
            tableSheets.add("“" + t.sheet() + "”");
        }
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"", "格式依据：" + s.basisTitle() + "（" + s.basis() + "）。"});
        lines.add(new String[] {"", "填写步骤"});
        lines.add(new String[] {"1", "在“" + s.sheet("meta") + "”填写机关名称、报告年度、发布日期等。"});
        lines.add(new String[] {"2", "在“" + s.sheet("text") + "”逐项填写正文各部分；一个格子写一部分，段落之间按 Alt+Enter 换行。"
                + "只写正文，不必写“（一）主动公开情况”之类的小标题。"});
        lines.add(new String[] {"3", "在" + String.join("", tableSheets) + "填写统计数字：没有数据请填 0，不要留空；"
                + numberRules(s) + "灰色格子是自动计算的总计，不用填写。"});
        lines.add(new String[] {"4", "打开“" + s.sheet("check") + "”查看勾稽关系：每条规则显示“通过”“不一致”或“待填写”，"
                + "并给出差额和要核对的手填格子；表格中违反规则的格子会变红。"});
        lines.add(new String[] {"5", "填好后可用 nianbao validate 全面校验，用 nianbao render 生成发布稿。"});
        lines.add(new String[] {"", "颜色说明"});
        lines.add(new String[] {Styles.INPUT_RGB, "需要填写的格子"});
        lines.add(new String[] {Styles.FORMULA_RGB, "自动计算的总计（公式），已锁定"});
        lines.add(new String[] {Styles.REFERENCE_RGB, "上年报告的数字，仅供参考"});
        lines.add(new String[] {Styles.INFERRED_RGB, "导入旧年报时按勾稽关系推断的数字（见单元格批注），请核对"});
        lines.add(new String[] {Styles.MISSING_RGB, "导入旧年报时未能找到的数字（见单元格批注），请补填"});
        lines.add(new String[] {Styles.BROKEN_RGB, "违反勾稽关系的格子（自动标红）"});
        lines.add(new String[] {"", "其他"});
        lines.add(new String[] {"•", "各工作表已保护但未设密码，防止误改表格结构和公式；确需修改时可在“审阅 → 撤销工作表保护”中解除。"});
        lines.add(new String[] {"•", "每个填写格子都有名称（如 t3_new_natural），其他程序可按名称读写，名称对照见 README。"});
        lines.add(new String[] {"•", "本表格式版本：" + s.id() + "（" + s.version() + "），请勿删除或改名工作表。"});
        int row = 2;
        for (String[] line : lines) {
            boolean heading = line[0].isEmpty() && (line[1].equals("填写步骤") || line[1].equals("颜色说明")
                    || line[1].equals("其他"));
            if (line[0].length() == 6 && line[0].chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                XSSFCellStyle swatch = form.wb.createCellStyle();
                swatch.cloneStyleFrom(form.styles.plainCenter);
                swatch.setFillForegroundColor(Styles.color(line[0]));
                swatch.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                Form.put(sheet, row, 0, "", swatch);
            } else {
                Form.put(sheet, row, 0, line[0], form.styles.plain);
            }
            CellStyle style = heading ? form.styles.header : form.styles.plain;
            Form.put(sheet, row, 1, line[1], style);
            Form.fit(sheet, row, line[1], GUIDE_WIDTH, 11);
            if (heading) {
                row++;
            }
            row++;
        }
    }

    /**
     * What the schema's number types allow, e.g. 件数只能是不小于 0 的整数，金额以万元为单位。 — with the
     * signed counts (本年增/减) and the amounts' units taken from the fields, so each format says its own.
     */
    static String numberRules(Schema s) {
        StringBuilder sb = new StringBuilder("件数只能是不小于 0 的整数");
        List<String> signed = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        for (Field f : s.numericFields()) {
            String col = f.colLabel() != null ? f.colLabel() : f.label();
            if (f.type() == nianbao.schema.FieldType.SIGNED_COUNT && !signed.contains(col)) {
                signed.add(col);
            } else if (f.type() == nianbao.schema.FieldType.AMOUNT) {
                String unit = TemplateLayout.unitOf(f);
                String say = unit != null ? "金额以" + unit + "为单位" : "“" + col + "”按原表单位填写，可带小数";
                if (!amounts.contains(say)) {
                    amounts.add(say);
                }
            }
        }
        for (String col : signed) {
            sb.append("；“").append(col).append("”减少时填负数（如 -18）");
        }
        for (String a : amounts) {
            sb.append("，").append(a);
        }
        return sb.append("。").toString();
    }

    /** 基本信息: label left of each field's cell, help right of it. */
    static void meta(Form form) {
        List<Field> fields = form.schema.meta();
        XSSFSheet sheet = form.sheet(fields.get(0).sheet());
        labelled(form, sheet, fields, 36, 11, "基本信息");
    }

    /** 正文: one roomy wrapped cell per narrative field, label left and help right. */
    static void narrative(Form form) {
        List<Field> fields = form.schema.narrative();
        XSSFSheet sheet = form.sheet(fields.get(0).sheet());
        labelled(form, sheet, fields, NARRATIVE_WIDTH, 12, "正文");
        for (Field f : fields) {
            sheet.getRow(f.cell().row()).setHeightInPoints(NARRATIVE_EMPTY_HEIGHT);
        }
    }

    private static void labelled(Form form, XSSFSheet sheet, List<Field> fields, int valueWidth, int fontPoints,
                                 String heading) {
        int valueCol = fields.get(0).cell().col();
        int firstRow = fields.stream().mapToInt(f -> f.cell().row()).min().orElse(2);
        int labelCol = Math.max(0, valueCol - 1);
        sheet.setColumnWidth(labelCol, LABEL_WIDTH * 256);
        sheet.setColumnWidth(valueCol, valueWidth * 256);
        sheet.setColumnWidth(valueCol + 1, HELP_WIDTH * 256);
        Form.merge(sheet, 0, 0, labelCol, valueCol + 1, form.schema.name() + " · " + heading, form.styles.title);
        sheet.getRow(0).setHeightInPoints(30);
        if (firstRow > 1) {
            Form.put(sheet, firstRow - 1, labelCol, "项目", form.styles.header);
            Form.put(sheet, firstRow - 1, valueCol, "填写内容", form.styles.header);
            Form.put(sheet, firstRow - 1, valueCol + 1, "说明", form.styles.header);
        }
        for (Field f : fields) {
            int r = f.cell().row();
            String label = f.label() + (f.required() ? "（必填）" : "");
            Form.put(sheet, r, f.cell().col() - 1, label, form.styles.label);
            Form.put(sheet, r, f.cell().col(), null, form.inputStyle(f));
            String help = f.help() == null ? "" : f.help();
            if (!f.options().isEmpty()) {
                help = help + (help.isEmpty() ? "" : "；") + "可选：" + String.join("、", f.options());
            }
            Form.put(sheet, r, f.cell().col() + 1, help, form.styles.help);
            Form.fit(sheet, r, help, HELP_WIDTH, 10);
            Form.fit(sheet, r, label, LABEL_WIDTH, 11);
            sheet.getRow(r).setHeightInPoints(Math.max(sheet.getRow(r).getHeightInPoints(), fontPoints * 2));
        }
    }

    /** The hidden marker sheet the reader relies on: A1 schema, B1 ID, A2 version, B2 version. */
    static void marker(Form form) {
        XSSFSheet sheet = form.sheet(form.schema.sheet("schema"));
        Form.cell(sheet, 0, 0).setCellValue("schema");
        Form.cell(sheet, 0, 1).setCellValue(form.schema.id());
        Form.cell(sheet, 1, 0).setCellValue("version");
        Form.cell(sheet, 1, 1).setCellValue(form.schema.version());
        form.wb.setSheetHidden(form.wb.getSheetIndex(sheet), true);
    }
}
