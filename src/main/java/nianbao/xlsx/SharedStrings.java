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
        Map<Integer, String> out = new HashMap<>();
        int max = wanted.stream().mapToInt(Integer::intValue).max().orElse(-1);
        XMLStreamReader r = Xml.reader(in);
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
