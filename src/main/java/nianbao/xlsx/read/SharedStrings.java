package nianbao.xlsx.read;

import nianbao.xlsx.ooxml.Xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads only the shared strings a workbook's wanted cells refer to, stopping after the highest
 * index needed: the template's many labels are never materialised.
 */
final class SharedStrings {

    private static final byte[] SI = "si".getBytes(StandardCharsets.US_ASCII);

    private SharedStrings() {
    }

    /** Index → string for the wanted indices that exist in the part. */
    static Map<Integer, String> read(InputStream in, Set<Integer> wanted) throws XMLStreamException, IOException {
        int max = wanted.stream().mapToInt(Integer::intValue).max().orElse(-1);
        byte[] head = in.readNBytes(Xml.WHOLE_PART_BYTES);
        if (head.length < Xml.WHOLE_PART_BYTES) {
            Map<Integer, String> fast = Xml.isUtf16(head) ? scan(Xml.decode(head), wanted, max)
                    : scan(head, Xml.isUtf8Bom(head) ? 3 : 0, head.length, wanted, max);
            return fast != null ? fast : read(Xml.reader(Xml.decode(head)), wanted, max);
        }
        return read(Xml.reader(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in)), wanted, max);
    }

    /** The fast path over decoded text (tests, and parts that came as UTF-16). */
    static Map<Integer, String> scan(String xml, Set<Integer> wanted, int max) {
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        return scan(b, 0, b.length, wanted, max);
    }

    /**
     * The fast path: finds the {@code <si>} items of the UTF-8 part with byte scans, jumping over the
     * items not wanted and decoding only the wanted ones; null when the part has anything it leaves
     * to the full parser (DOCTYPE, CDATA, an unterminated item).
     */
    static Map<Integer, String> scan(byte[] x, int from, int to, Set<Integer> wanted, int max) {
        BitSet want = new BitSet();
        for (int i : wanted) {
            if (i >= 0) {
                want.set(i);
            }
        }
        Map<Integer, String> out = new HashMap<>();
        int index = -1;
        int pos = from;
        while (index < max) {
            int lt = SheetText.indexOf(x, (byte) '<', pos, to);
            if (lt < 0) {
                break;
            }
            int gt = SheetText.indexOf(x, (byte) '>', lt, to);
            if (gt < 0 || (lt + 1 < to && x[lt + 1] == '!')) {
                return null; // unterminated, or a comment, DOCTYPE or CDATA: left to the full parser
            }
            int nameEnd = SheetText.nameEnd(x, lt + 1, gt);
            pos = gt + 1;
            if (!SheetText.is(x, SheetText.localStart(x, lt + 1, nameEnd), nameEnd, SI) || x[lt + 1] == '/') {
                continue;
            }
            index++;
            if (x[gt - 1] == '/') {
                if (want.get(index)) {
                    out.put(index, "");
                }
                continue;
            }
            int end = SheetText.closeTag(x, gt + 1, to, lt + 1, nameEnd);
            if (end < 0) {
                return null;
            }
            if (want.get(index)) {
                out.put(index, Xml.decodeEscapes(SheetText.stringItem(x, gt + 1, end)));
            }
            pos = end + 3 + (nameEnd - lt - 1);
        }
        return out;
    }

    /** The StAX path: any well-formed part, of any size. */
    static Map<Integer, String> read(XMLStreamReader r, Set<Integer> wanted, int max) throws XMLStreamException {
        Map<Integer, String> out = new HashMap<>();
        try {
            int index = -1;
            while (index < max && r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT || !Xml.name(r).equals("si")) {
                    continue;
                }
                index++;
                if (wanted.contains(index)) {
                    out.put(index, Xml.stringItem(r));
                } else {
                    Xml.skip(r);
                }
            }
        } finally {
            r.close();
        }
        return out;
    }
}
