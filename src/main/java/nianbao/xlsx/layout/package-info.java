/**
 * The fill-in template laid out with POI from a schema ({@link nianbao.xlsx.layout.TemplateLayout}): the
 * {@link nianbao.xlsx.layout.Form} with its named input cells, the guide/基本信息/正文 sheets, the three
 * tables, styles, total formulas, the live 校验 sheet, data validations, and the formulas' cached results
 * computed from the schema's rules ({@link nianbao.xlsx.layout.FormulaCache}).
 */
package nianbao.xlsx.layout;
