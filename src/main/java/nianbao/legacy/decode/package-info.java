/**
 * Decoding stage of the import: from the scanned token stream to the tables' cells. The
 * {@link nianbao.legacy.decode.Resolver} runs the steps over one shared {@link nianbao.legacy.decode.Cells}:
 * rows placed by their labels ({@code RowPlacer}), 表三 printed apart from its labels ({@code DetachedTable}),
 * 表四 ({@code Table4}) and glued digit runs ({@code GluedRows}, cut by {@link nianbao.legacy.decode.Splits});
 * the {@link nianbao.legacy.decode.Decoder} keeps the readings that fit the schema's rules, under a search
 * budget. Rules choose among readings; they never change a printed number. See docs/legacy-stats.md.
 */
package nianbao.legacy.decode;
