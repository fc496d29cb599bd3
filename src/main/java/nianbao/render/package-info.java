/** The publishable report: one renderer per output format (docx, html, md, txt) behind one interface. */
package nianbao.render;
