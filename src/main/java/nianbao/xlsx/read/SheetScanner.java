package nianbao.xlsx.read;

import nianbao.schema.CellRef;
import nianbao.xlsx.ooxml.Xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Streams one worksheet's XML and keeps only the wanted cells. Rows and cells without an
 * {@code r} attribute (some writers leave it out) get the position after the previous one; the
 * scan stops at the first row past the last wanted row.
 */
final class SheetScanner {

    private SheetScanner() {
    }

    /**
     * Packs a position into one key. The row goes in the low bits: the wanted cells of a sheet
     * differ mostly by row, and low bits that vary keep {@link java.util.HashMap} bins short.
     */
    static long key(int row, int col) {
        return ((long) col << 21) | row;
    }

    /**
     * Reads the wanted cells of a sheet.
     *
     * @param wanted the cells to keep
     * @param maxRow the last zero-based row holding a wanted cell
     * @return key ({@link #key}) → cell, for the wanted cells that exist in the sheet
     */
    static Map<Long, RawCell> scan(InputStream in, CellSet wanted, int maxRow) throws XMLStreamException, IOException {
        byte[] head = in.readNBytes(Xml.WHOLE_PART_BYTES);
        if (head.length < Xml.WHOLE_PART_BYTES) {
            Map<Long, RawCell> fast = SheetText.scan(head, wanted, maxRow);
            return fast != null ? fast : scan(Xml.reader(Xml.decode(head)), wanted, maxRow);
        }
        return scan(Xml.reader(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in)), wanted, maxRow);
    }

    /** The StAX path for a set of keys ({@link #key}). */
    static Map<Long, RawCell> scan(XMLStreamReader r, Set<Long> wanted, int maxRow) throws XMLStreamException {
        return scan(r, CellSet.of(wanted), maxRow);
    }

    /** The StAX path: any well-formed worksheet, of any size. */
    static Map<Long, RawCell> scan(XMLStreamReader r, CellSet wanted, int maxRow) throws XMLStreamException {
        Map<Long, RawCell> out = new HashMap<>();
        try {
            int row = -1;
            int col = -1;
            boolean inData = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT && inData && Xml.name(r).equals("sheetData")) {
                    break;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String n = Xml.name(r);
                if (n.equals("sheetData")) {
                    inData = true;
                } else if (inData && n.equals("row")) {
                    String ra = Xml.attr(r, "r");
                    row = ra != null ? parsePositive(ra, row + 2) - 1 : row + 1;
                    col = -1;
                    if (row > maxRow) {
                        break;
                    }
                } else if (inData && n.equals("c")) {
                    String ref = Xml.attr(r, "r");
                    if (ref != null && WorkbookIndex.isA1(ref)) {
                        CellRef c = CellRef.parse(ref);
                        col = c.col();
                        row = Math.max(c.row(), 0);
                    } else {
                        col++;
                    }
                    if (row >= 0 && wanted.contains(row, col)) {
                        out.put(key(row, col), cell(r));
                    } else {
                        Xml.skip(r);
                    }
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    /** Reads the cell the reader is on, up to its end tag. */
    private static RawCell cell(XMLStreamReader r) throws XMLStreamException {
        String type = Xml.attr(r, "t");
        int style = styleIndex(Xml.attr(r, "s"));
        String value = null;
        boolean formula = false;
        String formulaText = null;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                switch (Xml.name(r)) {
                    case "v" -> value = r.getElementText();
                    case "f" -> {
                        formula = true;
                        formulaText = r.getElementText().strip();
                    }
                    case "is" -> value = Xml.stringItem(r);
                    default -> depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (value != null && !"s".equals(type) && !"inlineStr".equals(type) && !"str".equals(type)) {
            value = value.trim();
        }
        if (value != null && ("str".equals(type) || "inlineStr".equals(type))) {
            value = Xml.decodeEscapes(value);
        }
        return new RawCell(type == null ? "n" : type, value, formula, formulaText, style);
    }

    /** A cell's {@code s} attribute as an index, or -1 when absent, 0 (the default format) or not a number. */
    static int styleIndex(String s) {
        if (s == null) {
            return -1;
        }
        try {
            int v = Integer.parseInt(s.strip());
            return v > 0 ? v : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int parsePositive(String s, int fallback) {
        try {
            int v = Integer.parseInt(s.trim());
            return v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
