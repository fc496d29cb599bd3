/**
 * Decoding stage of the import: from the scanned token stream to the tables' cells. The
 * {@link nianbao.legacy.decode.Resolver} binds numbers to rows in the orders the text allows (row by row,
 * column by column, labels detached); {@link nianbao.legacy.decode.Splits} lists the ways a glued digit run
 * can be cut into a row's cells; the {@link nianbao.legacy.decode.Decoder} keeps the readings that fit the
 * schema's rules, under a search budget. Rules choose among readings; they never change a printed number.
 * See docs/legacy-stats.md.
 */
package nianbao.legacy.decode;
