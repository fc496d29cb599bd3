package nianbao.xlsx.layout;

import nianbao.schema.Field;
import nianbao.schema.FieldType;
import nianbao.schema.Rule;
import nianbao.schema.Schema;
import nianbao.schema.Table;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays the fill-in template out with POI, entirely from a schema: the guide, 基本信息, 正文, the three
 * official tables, the live 校验 sheet, the data validations and the hidden {@code _schema} marker;
 * then caches every formula's result, protects the sheets and sets the print options.
 */
public final class TemplateLayout {

    private TemplateLayout() {
    }

    /** A fixed creation time so that generating the template twice gives the same document. */
    public static final Date CREATED = Date.from(Instant.parse("2026-01-01T00:00:00Z"));

    /**
     * The empty form: every sheet, label, input cell, defined name, total formula, check and validation.
     *
     * @param statedTotals total fields to leave as input cells instead of formulas
     */
    public static Form layout(Schema schema, boolean withPrevious, java.util.Set<String> statedTotals) {
        return layout(schema, withPrevious ? schema : null, statedTotals);
    }

    /**
     * {@link #layout(Schema, boolean, java.util.Set)} for last year's report in the given format (null for none):
     * only the cross-year rules that format has fields for are laid out.
     */
    public static Form layout(Schema schema, Schema previousSchema, java.util.Set<String> statedTotals) {
        Form form = new Form(schema, previousSchema, statedTotals);
        form.sheet(schema.sheet("guide"));
        form.sheet(schema.sheet("meta"));
        form.sheet(schema.sheet("text"));
        for (Table t : schema.tables()) {
            form.sheet(t.sheet());
        }
        form.sheet(schema.sheet("check"));
        InfoSheets.guide(form);
        InfoSheets.meta(form);
        InfoSheets.narrative(form);
        for (Table t : schema.tables()) {
            TableSheets.layout(form, t);
        }
        for (Field f : schema.fields()) {
            form.name(f.definedName(), f.sheet(), f.cell());
        }
        for (Map.Entry<String, XSSFCell> e : form.previousCells.entrySet()) {
            XSSFCell c = e.getValue();
            form.name(Form.PREVIOUS_PREFIX + schema.require(e.getKey()).definedName(), c.getSheet().getSheetName(),
                    new nianbao.schema.CellRef(c.getRowIndex(), c.getColumnIndex()));
        }
        for (Map.Entry<String, Rule> e : form.totals.entrySet()) {
            XSSFCell c = form.cell(schema.require(e.getKey()));
            FormulaCache.formula(c, form.formula(e.getValue().right()));
            c.setCellStyle(form.styles.formula);
        }
        CheckSheet.write(form);
        validations(form);
        InfoSheets.marker(form);
        return form;
    }

    /** Evaluates every formula (so other programs see results), protects the sheets and sets print options. */
    public static XSSFWorkbook finish(Form form) {
        XSSFWorkbook wb = form.wb;
        if (!FormulaCache.fill(form)) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        }
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet s = wb.getSheetAt(i);
            if (!wb.isSheetHidden(i)) {
                String name = s.getSheetName();
                TableSheets.print(s, form.schema.tables().stream().anyMatch(t -> t.sheet().equals(name)));
            }
            s.enableLocking();
            s.lockFormatColumns(false);
            s.lockFormatRows(false);
            s.lockSelectLockedCells(false);
            s.lockSelectUnlockedCells(false);
        }
        wb.lockStructure();
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
        wb.getSheetAt(0).setSelected(true);
        var core = wb.getProperties().getCoreProperties();
        core.setCreated(Optional.of(CREATED));
        core.setCreator("nianbao");
        core.setTitle(form.schema.name());
        core.setDescription(form.schema.id() + " " + form.schema.version());
        return wb;
    }

    /** The unit an amount's official label names (本年收费金额（单位：万元） → 万元), or null when it names none. */
    public static String unitOf(Field f) {
        String label = f.colLabel() != null ? f.colLabel() : f.label();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("单位：([^）)]+)").matcher(label);
        return m.find() ? m.group(1) : null;
    }

    /** Data validation with Chinese prompts on every numeric cell, the year and the choice fields. */
    private static void validations(Form form) {
        Map<String, List<Field>> bySheetAndType = new LinkedHashMap<>();
        for (Field f : form.schema.fields()) {
            if (f.isNumeric() || f.type() == FieldType.YEAR || f.type() == FieldType.CHOICE) {
                String key = f.sheet() + "\u0000" + f.type() + "\u0000" + String.join("\u0001", f.options())
                        + "\u0000" + (f.type() == FieldType.AMOUNT ? unitOf(f) : "");
                bySheetAndType.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        int minYear = form.schema.check("META").map(c -> ((Number) c.params().getOrDefault("minYear", 2008)).intValue())
                .orElse(2008);
        for (List<Field> group : bySheetAndType.values()) {
            Field first = group.get(0);
            XSSFSheet sheet = form.sheet(first.sheet());
            XSSFDataValidationHelper h = new XSSFDataValidationHelper(sheet);
            CellRangeAddressList cells = new CellRangeAddressList();
            for (Field f : group) {
                cells.addCellRangeAddress(new CellRangeAddress(f.cell().row(), f.cell().row(), f.cell().col(), f.cell().col()));
            }
            DataValidationConstraint c;
            String[] text;
            switch (first.type()) {
                case COUNT -> {
                    c = h.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
                    text = new String[] {"填写件数", "请填写不小于 0 的整数；没有请填 0，不要留空。",
                        "件数有误", "件数只能是不小于 0 的整数（没有请填 0）。"};
                }
                case SIGNED_COUNT -> {
                    c = h.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-999999999", "999999999");
                    text = new String[] {"填写增减数", "比上一年增加填正数，减少填负数（如 -18），没有变化填 0。",
                        "增减数有误", "增减数只能是整数：增加为正数，减少为负数（如 -18），没有变化填 0。"};
                }
                case AMOUNT -> {
                    c = h.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
                    String unit = unitOf(first);
                    text = unit == null
                        ? new String[] {"填写金额", "按原表单位填写，可带小数；没有请填 0。", "金额有误", "金额只能是不小于 0 的数字。"}
                        : new String[] {"填写金额（" + unit + "）", "以" + unit + "为单位，可带小数，如 12.5；没有请填 0。",
                            "金额有误", "金额只能是不小于 0 的数字，单位为" + unit + "。"};
                }
                case YEAR -> {
                    c = h.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                            Integer.toString(minYear), "2100");
                    text = new String[] {"报告年度", "四位数年份，如 2025。", "年份有误",
                        "请填写 " + minYear + " 至 2100 之间的四位数年份。"};
                }
                default -> {
                    c = h.createExplicitListConstraint(first.options().toArray(String[]::new));
                    text = new String[] {first.label(), "请从下拉列表中选择：" + String.join("、", first.options()) + "。",
                        first.label() + "有误", "只能选择：" + String.join("、", first.options()) + "。"};
                }
            }
            DataValidation dv = h.createValidation(c, cells);
            dv.setEmptyCellAllowed(true);
            dv.setShowPromptBox(true);
            dv.createPromptBox(text[0], text[1]);
            dv.setShowErrorBox(true);
            dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
            dv.createErrorBox(text[2], text[3]);
            if (first.type() == FieldType.CHOICE) {
                // XSSF inverts this flag: true shows the drop-down arrow
                dv.setSuppressDropDownArrow(true);
            }
            sheet.addValidationData(dv);
        }
    }
}
