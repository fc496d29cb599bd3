/**
 * Reading a filled workbook into a report ({@link nianbao.xlsx.read.WorkbookReader}): the zip package with
 * its limits, the workbook's sheets and defined names, the schema stamp, one streaming scan per sheet
 * for the cells the schema names, shared strings, cell values with their positions, formula totals
 * settled against their parts, and the notes the import left on blank cells. Workbooks of other programs
 * (old .xls, password-protected, other formats under an .xlsx name) are recognised and refused with a
 * message naming the file.
 */
package nianbao.xlsx.read;
