/**
 * The workbook side: the fill-in template writer, and reading and writing filled workbooks as
 * reports, all laid out from the schema. A filled workbook is written by patching the template's
 * parts, laid out once per schema with POI, which also remains the reference writer.
 */
package nianbao.xlsx;
