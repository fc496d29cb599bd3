/**
 * Import of legacy published reports (text, HTML, Word, PDF, Markdown) into reports, every number
 * marked as read, inferred or missing. This package is the facade ({@link nianbao.legacy.LegacyImporter},
 * {@link nianbao.legacy.ImportBatch}, {@link nianbao.legacy.ImportReports}); the work is done by its
 * stages, in data-flow order:
 * <ol>
 *   <li>{@code read} — the file into decoded text lines (charset, HTML, Word, PDF, Markdown, page chrome);</li>
 *   <li>{@code meta} — the outline, title/agency/year, format and the narrative sections;</li>
 *   <li>{@code tokens} — the table regions as a stream of labels, digit runs and noise;</li>
 *   <li>{@code decode} — the readings the tokens allow, chosen by the schema's rules;</li>
 *   <li>{@code infer} — the rules as equations: what they force, and nothing else.</li>
 * </ol>
 */
package nianbao.legacy;
