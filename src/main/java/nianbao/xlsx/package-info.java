/**
 * The workbook side: the fill-in template, and reading and writing filled workbooks as reports, all
 * laid out from the schema. Its stages, each a sub-package, depend only downwards:
 * <ol>
 *   <li>{@code ooxml} — the format's small helpers every stage shares: XML in (StAX) and out, tag
 *       scans, zip parts, Excel's escapes, cell comments;</li>
 *   <li>{@code read} — a filled workbook into a report ({@link nianbao.xlsx.read.WorkbookReader}):
 *       package, workbook index, sheet scanner, shared strings, cell values, formula totals;</li>
 *   <li>{@code layout} — the empty template laid out with POI ({@link nianbao.xlsx.layout.TemplateLayout}):
 *       form, sheets, styles, the 校验 sheet, formulas and their cached results;</li>
 *   <li>{@code write} — workbooks written: the template and filled workbooks by patching the laid-out
 *       template's parts ({@link nianbao.xlsx.write.TemplateWriter}, {@link nianbao.xlsx.write.WorkbookWriter}),
 *       and streamed workbooks such as merge's summary ({@link nianbao.xlsx.write.XlsxStream}).</li>
 * </ol>
 * {@code read} and {@code layout} do not know each other; neither knows {@code write}.
 */
package nianbao.xlsx;
