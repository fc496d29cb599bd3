package nianbao.legacy.read;

/**
 * One line of a legacy report after decoding, as the importer's stages exchange it. Table rows
 * taken from markup (HTML {@code <tr>}, Word table rows) arrive as one line with cells joined by
 * tabs; lines of plain text keep their own separators (tabs, pipes, spaces).
 *
 * @param number one-based line number in the decoded text (for HTML/docx: in the flattened text)
 * @param text the line without its line break
 */
public record TextLine(int number, String text) {
}
