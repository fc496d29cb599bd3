/**
 * The workbook side: the fill-in template writer, and reading and writing filled workbooks as
 * reports, all laid out from the schema.
 */
package nianbao.xlsx;
