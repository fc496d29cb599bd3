/**
 * Token stage of the import: the table regions cut into labels (with their ordinals), numbers, glued digit
 * runs, placeholders and noise ({@link nianbao.legacy.tokens.Tokenizer}), the catalogue of labels a format's
 * tables can show, taken from the schema ({@link nianbao.legacy.tokens.Labels}), and one walk over the stream
 * that names each table, group and row ({@link nianbao.legacy.tokens.Scanner}). No number is decided here.
 */
package nianbao.legacy.tokens;
