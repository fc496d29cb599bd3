/** Batch merge of many filled workbooks into one summary workbook, CSV/JSON Lines and an aggregate report. */
package nianbao.merge;
