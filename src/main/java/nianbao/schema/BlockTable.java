package nianbao.schema;

import java.util.List;

/**
 * A table made of captioned blocks, each with its own header row (表二).
 *
 * @param width number of sheet columns the blocks span
 */
public record BlockTable(String id, String sheet, String title, int width, List<Block> blocks,
                         List<Field> fields) implements Table {

    public BlockTable {
        blocks = List.copyOf(blocks);
        fields = List.copyOf(fields);
    }

    /**
     * One captioned block such as 第二十条第（一）项.
     *
     * @param captionRow zero-based sheet row of the caption
     * @param headerRow zero-based sheet row of the header
     */
    public record Block(String caption, int captionRow, List<String> header, int headerRow, List<Row> rows) {
        public Block {
            header = List.copyOf(header);
            rows = List.copyOf(rows);
        }
    }

    /**
     * One labelled row of a block, e.g. 规章 with its three counts.
     *
     * @param row zero-based sheet row
     */
    public record Row(String key, String label, int row, List<Field> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }
}
