/**
 * Writing workbooks. The template and filled workbooks ({@link nianbao.xlsx.write.TemplateWriter},
 * {@link nianbao.xlsx.write.WorkbookWriter}) are written by patching the parts of the template laid out
 * once per schema ({@link nianbao.xlsx.write.TemplateParts}, shipped in the jar by
 * {@link nianbao.xlsx.write.TemplatePartsGenerator}): cell slots, the shared-string table, comment parts
 * and content types; POI's layout stays the reference writer. Large generated workbooks such as the
 * merge summary are streamed sheet by sheet without POI ({@link nianbao.xlsx.write.XlsxStream}).
 */
package nianbao.xlsx.write;
