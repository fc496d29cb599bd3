/**
 * The summary workbook's analysis sheets, written with {@link nianbao.xlsx.write.XlsxStream} from the
 * {@link nianbao.analysis} core: 分析 (key indicators per agency with native charts), 同比 (year on year
 * against last year's reports, large changes flagged first) and 趋势 (agency × year).
 */
package nianbao.merge.analysis;
