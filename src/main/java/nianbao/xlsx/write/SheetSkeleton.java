package nianbao.xlsx.write;

import nianbao.xlsx.ooxml.ByteSink;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A part of the cached template split at the places a report changes (slots: a cell element, a
 * row's height, an insertion point), so that writing a workbook copies the text between them and
 * writes only what the report puts in the slots.
 */
final class SheetSkeleton {

    /** Slot key of the insertion point before the {@code >} of the root element's start tag. */
    static final String ROOT = "root";
    /** Slot key of the insertion point before the root element's end tag. */
    static final String END = "end";

    private final byte[][] literals;
    private final String[] originals;
    private final Map<String, Integer> index;
    private final int size;

    private SheetSkeleton(byte[][] literals, String[] originals, Map<String, Integer> index, int size) {
        this.literals = literals;
        this.originals = originals;
        this.index = index;
        this.size = size;
    }

    /**
     * Splits a part's text at the given ranges.
     *
     * @param ranges slot key → {start, end} offsets into {@code xml}; they must not overlap
     * @throws IllegalArgumentException when two ranges overlap
     */
    static SheetSkeleton split(String xml, Map<String, int[]> ranges) {
        List<Map.Entry<String, int[]>> sorted = new ArrayList<>(ranges.entrySet());
        sorted.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Integer.compare(a.getValue()[0], b.getValue()[0])
                : Integer.compare(a.getValue()[1], b.getValue()[1]));
        byte[][] literals = new byte[sorted.size() + 1][];
        String[] originals = new String[sorted.size()];
        Map<String, Integer> index = new HashMap<>();
        int at = 0;
        for (int i = 0; i < sorted.size(); i++) {
            int[] r = sorted.get(i).getValue();
            if (r[0] < at || r[1] < r[0]) {
                throw new IllegalArgumentException("overlapping slot " + sorted.get(i).getKey());
            }
            literals[i] = xml.substring(at, r[0]).getBytes(StandardCharsets.UTF_8);
            originals[i] = xml.substring(r[0], r[1]);
            index.put(sorted.get(i).getKey(), i);
            at = r[1];
        }
        literals[sorted.size()] = xml.substring(at).getBytes(StandardCharsets.UTF_8);
        return new SheetSkeleton(literals, originals, index, xml.length() * 3 / 2);
    }

    /** The slot of a key, or -1. */
    int slot(String key) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
    }

    int slots() {
        return originals.length;
    }

    /** The template's text in a slot. */
    String original(int slot) {
        return originals[slot];
    }

    /** Writes the part with the given slot texts (null keeps the template's). */
    void write(String[] values, ByteSink out) {
        for (int i = 0; i < originals.length; i++) {
            out.write(literals[i]);
            out.write(values[i] != null ? values[i] : originals[i]);
        }
        out.write(literals[originals.length]);
    }

    /** A buffer large enough for most patched versions of this part. */
    ByteSink sink() {
        return new ByteSink(size + 4096);
    }

    /**
     * Every cell element of a worksheet written by POI, by its reference: {@code <c r="B4" …/>} or
     * {@code <c r="B4" …>…</c>} (a cell never nests elements named {@code c}).
     */
    static Map<String, int[]> cells(String xml) {
        Map<String, int[]> out = new HashMap<>();
        int i = 0;
        while ((i = xml.indexOf("<c r=\"", i)) >= 0) {
            int q = xml.indexOf('"', i + 6);
            int gt = xml.indexOf('>', q);
            if (q < 0 || gt < 0) {
                break;
            }
            int end = xml.charAt(gt - 1) == '/' ? gt + 1 : xml.indexOf("</c>", gt) + 4;
            if (end < 4) {
                break;
            }
            out.put(xml.substring(i + 6, q), new int[] {i, end});
            i = end;
        }
        return out;
    }

    /** The value of a row's {@code ht} attribute ({@code <row r="5" ht="110.0" …>}), or null. */
    static int[] rowHeight(String xml, int excelRow) {
        int i = xml.indexOf("<row r=\"" + excelRow + "\"");
        if (i < 0) {
            return null;
        }
        int gt = xml.indexOf('>', i);
        int ht = xml.indexOf(" ht=\"", i);
        if (ht < 0 || ht > gt) {
            return null;
        }
        int close = xml.indexOf('"', ht + 5);
        return new int[] {ht + 5, close};
    }

    /** The empty range before the {@code >} of the start tag of the root element named {@code root}. */
    static int[] rootEnd(String xml, String root) {
        int i = xml.indexOf("<" + root);
        int gt = i < 0 ? -1 : xml.indexOf('>', i);
        return gt < 0 ? null : new int[] {gt, gt};
    }

    /** The empty range before the end tag of the root element named {@code root}. */
    static int[] beforeEnd(String xml, String root) {
        int i = xml.lastIndexOf("</" + root + ">");
        return i < 0 ? null : new int[] {i, i};
    }
}
