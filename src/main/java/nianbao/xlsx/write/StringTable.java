package nianbao.xlsx.write;

import nianbao.xlsx.ooxml.ByteSink;
import nianbao.xlsx.ooxml.XmlOut;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The cached template's shared strings ({@code xl/sharedStrings.xml}) and, per workbook, the texts
 * a report adds to them: a text already in the table is referred to by its index, a new one is
 * appended, and the count of references and of unique items is kept, as POI does.
 */
final class StringTable {

    private final byte[] beforeCount;
    private final byte[] betweenCounts;
    private final byte[] afterUnique;
    private final byte[] tail;
    private final boolean countFirst;
    private final int count;
    private final int unique;
    /** A string item's inner XML ({@code <t>…</t>}) → its index. */
    private final Map<String, Integer> items;

    private StringTable(byte[] beforeCount, byte[] betweenCounts, byte[] afterUnique, byte[] tail, boolean countFirst,
                        int count, int unique, Map<String, Integer> items) {
        this.beforeCount = beforeCount;
        this.betweenCounts = betweenCounts;
        this.afterUnique = afterUnique;
        this.tail = tail;
        this.countFirst = countFirst;
        this.count = count;
        this.unique = unique;
        this.items = items;
    }

    /**
     * Reads the template's table as POI wrote it.
     *
     * @return the table, or null when the part is not laid out as expected
     */
    static StringTable parse(String xml) {
        int sst = xml.indexOf("<sst ");
        int gt = sst < 0 ? -1 : xml.indexOf('>', sst);
        int end = xml.lastIndexOf("</sst>");
        if (gt < 0 || end < gt) {
            return null;
        }
        int[] c = value(xml, sst, gt, " count=\"");
        int[] u = value(xml, sst, gt, " uniqueCount=\"");
        if (c == null || u == null) {
            return null;
        }
        Map<String, Integer> items = new HashMap<>();
        int i = gt + 1;
        int n = 0;
        while (i < end) {
            if (!xml.startsWith("<si>", i)) {
                return null;
            }
            int close = xml.indexOf("</si>", i);
            if (close < 0) {
                return null;
            }
            items.putIfAbsent(xml.substring(i + 4, close), n++);
            i = close + 5;
        }
        int count;
        int unique;
        try {
            count = Integer.parseInt(xml.substring(c[0], c[1]));
            unique = Integer.parseInt(xml.substring(u[0], u[1]));
        } catch (NumberFormatException e) {
            return null;
        }
        if (unique != n) {
            return null;
        }
        boolean countFirst = c[0] < u[0];
        int[] first = countFirst ? c : u;
        int[] second = countFirst ? u : c;
        return new StringTable(bytes(xml.substring(0, first[0])), bytes(xml.substring(first[1], second[0])),
                bytes(xml.substring(second[1], end)), bytes(xml.substring(end)), countFirst, count, unique, items);
    }

    private static int[] value(String xml, int from, int to, String attr) {
        int i = xml.indexOf(attr, from);
        if (i < 0 || i > to) {
            return null;
        }
        int start = i + attr.length();
        return new int[] {start, xml.indexOf('"', start)};
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The texts one workbook adds. */
    Additions additions() {
        return new Additions();
    }

    /** The texts one workbook adds to the template's table (not thread-safe: one per workbook). */
    final class Additions {
        private final Map<String, Integer> added = new HashMap<>();
        private final StringBuilder xml = new StringBuilder();
        private int references;

        /** The index of a text in the table, adding it when new; each call is one more reference. */
        int index(String text) {
            String item = XmlOut.stringItem(text);
            Integer i = items.get(item);
            if (i == null) {
                i = added.get(item);
            }
            if (i == null) {
                i = unique + added.size();
                added.put(item, i);
                xml.append("<si>").append(item).append("</si>");
            }
            references++;
            return i;
        }

        /** True when nothing was added or referred to. */
        boolean isEmpty() {
            return references == 0;
        }

        /** Writes the part: the template's items followed by the added ones. */
        void write(ByteSink out) {
            String total = Integer.toString(count + references);
            String distinct = Integer.toString(unique + added.size());
            out.write(beforeCount);
            out.write(countFirst ? total : distinct);
            out.write(betweenCounts);
            out.write(countFirst ? distinct : total);
            out.write(afterUnique);
            out.write(xml.toString());
            out.write(tail);
        }
    }
}
