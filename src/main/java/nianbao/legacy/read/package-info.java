/**
 * Reading stage of the import: turns a file (plain text in any Chinese charset, HTML incl. Word-saved
 * pages, .docx, PDF, Markdown) into numbered {@link nianbao.legacy.read.TextLine}s the way a reader sees
 * them, and recognises page chrome (menus, footers, page numbers) that is not part of the report.
 * Nothing here knows about tables or numbers.
 */
package nianbao.legacy.read;
