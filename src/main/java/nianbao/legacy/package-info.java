/**
 * Import of legacy published reports (text, HTML, Word, PDF) into reports, every number marked as
 * read, inferred or missing.
 */
package nianbao.legacy;
