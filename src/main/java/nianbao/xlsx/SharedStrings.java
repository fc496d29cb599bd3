package nianbao.xlsx;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads only the shared strings a workbook's wanted cells refer to, stopping after the highest
 * index needed: the template's many labels are never materialised.
 */
final class SharedStrings {

    private SharedStrings() {
    }

    /** Index → string for the wanted indices that exist in the part. */
    static Map<Integer, String> read(InputStream in, Set<Integer> wanted) throws XMLStreamException, IOException {
        int max = wanted.stream().mapToInt(Integer::intValue).max().orElse(-1);
        byte[] head = in.readNBytes(Xml.WHOLE_PART_BYTES);
        if (head.length < Xml.WHOLE_PART_BYTES) {
            String text = Xml.decode(head);
            Map<Integer, String> fast = scan(text, wanted, max);
            return fast != null ? fast : read(Xml.reader(text), wanted, max);
        }
        return read(Xml.reader(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in)), wanted, max);
    }

    /**
     * The fast path: finds the {@code <si>} items with index scans; null when the text has
     * anything it leaves to the full parser (DOCTYPE, CDATA, an unterminated item).
     */
    static Map<Integer, String> scan(String xml, Set<Integer> wanted, int max) {
        if (xml.contains("<!")) {
            return null;
        }
        Map<Integer, String> out = new HashMap<>();
        int index = -1;
        int pos = 0;
        while (index < max) {
            int lt = xml.indexOf('<', pos);
            if (lt < 0) {
                break;
            }
            int gt = xml.indexOf('>', lt);
            if (gt < 0) {
                return null;
            }
            int nameEnd = lt + 1;
            while (nameEnd < gt && " \t\r\n/".indexOf(xml.charAt(nameEnd)) < 0) {
                nameEnd++;
            }
            String qname = xml.substring(lt + 1, nameEnd);
            pos = gt + 1;
            if (!qname.equals("si") && !qname.endsWith(":si")) {
                continue;
            }
            index++;
            if (xml.charAt(gt - 1) == '/') {
                if (wanted.contains(index)) {
                    out.put(index, "");
                }
                continue;
            }
            String close = "</" + qname + ">";
            int end = xml.indexOf(close, gt + 1);
            if (end < 0) {
                return null;
            }
            if (wanted.contains(index)) {
                out.put(index, Xml.decodeEscapes(SheetText.stringItem(xml.substring(gt + 1, end))));
            }
            pos = end + close.length();
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
