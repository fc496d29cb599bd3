package nianbao.xlsx.ooxml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * StAX helpers for reading the parts of a workbook: a secure parser (no DTDs, no external
 * entities) that ignores namespace prefixes, so {@code <c>}, {@code <x:c>} and strict-OOXML
 * namespaces all read the same.
 */
public final class Xml {

    /**
     * One configured factory per thread: the JDK does not promise that a factory is safe to share,
     * and building one per file costs more than the rest of reading a small sheet.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(Xml::newFactory);

    private Xml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        // prefixes are stripped by hand: a file with an undeclared prefix still reads
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        return f;
    }

    /**
     * A reader over one part; the caller closes the stream. The part is decoded to text first:
     * the JDK's own UTF-8 decoding is several times faster than the parser's byte reader, and
     * parts are small (their size is capped by {@code read.XlsxPackage}).
     */
    public static XMLStreamReader reader(InputStream in) throws XMLStreamException, IOException {
        byte[] head = in.readNBytes(WHOLE_PART_BYTES);
        if (head.length < WHOLE_PART_BYTES) {
            return reader(decode(head));
        }
        // a big part (a clerk's pasted notes, or worse) is streamed, so memory stays bounded
        // and a sheet scan that stops early does not inflate the rest
        InputStream all = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
        java.nio.charset.Charset cs = StandardCharsets.UTF_8;
        if ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16; // the BOM decides the byte order and is consumed
        } else if ((head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            all.skipNBytes(3);
        }
        return FACTORY.get().createXMLStreamReader(new java.io.InputStreamReader(all, cs));
    }

    /** Parts up to this size are decoded in one go (faster); bigger ones are streamed. */
    public static final int WHOLE_PART_BYTES = 1 << 20;

    /** A reader over a part already decoded to text. */
    public static XMLStreamReader reader(String text) throws XMLStreamException {
        return FACTORY.get().createXMLStreamReader(new StringReader(text));
    }

    /** Replaces the five predefined entities and numeric character references. */
    public static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0 || semi - i > 10) {
                sb.append(c);
                i++;
                continue;
            }
            String ent = s.substring(i + 1, semi);
            String rep = switch (ent) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> numeric(ent);
            };
            if (rep == null) {
                sb.append(c);
                i++;
            } else {
                sb.append(rep);
                i = semi + 1;
            }
        }
        return sb.toString();
    }

    private static String numeric(String ent) {
        try {
            if (ent.startsWith("#x") || ent.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(ent.substring(2), 16)));
            }
            if (ent.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(ent.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            // not a character reference: keep the text as written
        }
        return null;
    }

    /** Decodes a part: UTF-16 when it starts with a UTF-16 byte-order mark, else UTF-8 (BOM dropped). */
    /** True when the bytes start with a UTF-16 byte order mark. */
    public static boolean isUtf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }

    /** True when the bytes start with a UTF-8 byte order mark. */
    public static boolean isUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    public static String decode(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The element's name without any namespace prefix. */
    public static String name(XMLStreamReader r) {
        return local(r.getLocalName());
    }

    /** A qualified name without its prefix ({@code x:row} → {@code row}). */
    public static String local(String qname) {
        int i = qname.indexOf(':');
        return i < 0 ? qname : qname.substring(i + 1);
    }

    /** The value of the attribute with this local name (any prefix), or null. */
    public static String attr(XMLStreamReader r, String localName) {
        String plain = r.getAttributeValue(null, localName);
        if (plain != null) {
            return plain;
        }
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String q = r.getAttributeLocalName(i);
            if (q.equals(localName) || local(q).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Skips the current element and everything inside it, leaving the reader on its end tag. */
    public static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The text of a string item ({@code <si>} or {@code <is>}): plain {@code <t>} or the
     * {@code <t>} of every rich-text run, without phonetic guides ({@code <rPh>}). Leaves the
     * reader on the item's end tag.
     */
    public static String stringItem(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = name(r);
                if (n.equals("t")) {
                    sb.append(r.getElementText());
                } else if (n.equals("rPh") || n.equals("phoneticPr")) {
                    skip(r);
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return decodeEscapes(sb.toString());
    }

    /**
     * Decodes the OOXML {@code _xHHHH_} escapes Excel writes for control characters (a carriage
     * return typed into a cell is stored as {@code _x000D_}).
     */
    public static String decodeEscapes(String s) {
        return ExcelEscapes.decode(s);
    }
}
