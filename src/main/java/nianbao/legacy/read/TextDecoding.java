package nianbao.legacy.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a plain-text report into text. Chinese government files are mostly GBK, so
 * the rule is: a byte-order mark wins; UTF-16 without a mark is recognised by its NUL bytes;
 * otherwise UTF-8 when the bytes are valid UTF-8 or nearly so (a few stray bytes among many valid
 * multi-byte characters), and GB18030 (a superset of GBK and GB2312) otherwise. Bytes that fit no
 * character become U+FFFD and are counted, so the import report can say where they were.
 */
public final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * The decoded text and the character set that produced it.
     *
     * @param replaced how many undecodable byte sequences became U+FFFD
     */
    record Result(String text, Charset charset, int replaced) {
        Result(String text, Charset charset) {
            this(text, charset, 0);
        }
    }

    private TextDecoding() {
    }

    /** Decodes with the detected character set; the BOM, if any, is dropped. */
    static Result decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return counting(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return counting(b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return counting(b, 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16ByNuls(b);
        if (utf16 != null) {
            return counting(b, 0, utf16);
        }
        Result utf8 = counting(b, 0, StandardCharsets.UTF_8);
        if (utf8.replaced() == 0 || mostlyUtf8(utf8)) {
            return utf8;
        }
        return counting(b, 0, GB18030);
    }

    /**
     * True when the text's valid non-ASCII characters outnumber the bad sequences twenty to one: GBK
     * text almost never forms valid UTF-8 sequences, so this is UTF-8 with a few damaged bytes.
     */
    private static boolean mostlyUtf8(Result utf8) {
        long good = utf8.text().chars().filter(c -> c >= 0x80 && c != 0xFFFD).count();
        return good >= 20L * utf8.replaced();
    }

    /** Decodes with a declared character set, falling back to detection when the bytes do not fit it. */
    static Result decode(byte[] b, Charset declared) {
        if (declared != null) {
            Charset cs = isGbFamily(declared) ? GB18030 : declared;
            String s = strict(b, cs);
            if (s != null) {
                return new Result(s.startsWith("\uFEFF") ? s.substring(1) : s, cs);
            }
        }
        return decode(b);
    }

    static boolean isGbFamily(Charset cs) {
        String n = cs.name().toUpperCase(java.util.Locale.ROOT);
        return n.equals("GBK") || n.equals("GB2312") || n.equals("GB18030") || n.equals("X-GBK");
    }

    /**
     * UTF-16 without a byte-order mark: in text with line breaks, digits and punctuation, one byte
     * of many code units is NUL, always on the same side.
     */
    private static Charset utf16ByNuls(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 4) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                even++;
            }
            if (b[i + 1] == 0) {
                odd++;
            }
        }
        int units = n / 2;
        if (odd > units / 10 && even < units / 100 + 1) {
            return StandardCharsets.UTF_16LE;
        }
        if (even > units / 10 && odd < units / 100 + 1) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(byte[] b, Charset cs) {
        try {
            CharBuffer cb = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decodes, replacing each byte sequence that fits no character with U+FFFD, and counts them. */
    static Result counting(byte[] b, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CharBuffer out = CharBuffer.allocate(b.length - offset + 16);
        int replaced = 0;
        while (true) {
            CoderResult r = in.hasRemaining() ? dec.decode(in, out, true) : CoderResult.UNDERFLOW;
            if (r.isError()) {
                replaced++;
                in.position(in.position() + r.length());
                out = room(out);
                out.put('\uFFFD');
            } else if (r.isOverflow()) {
                out = room(out);
            } else {
                break;
            }
        }
        while (dec.flush(out).isOverflow()) {
            out = room(out);
        }
        out.flip();
        return new Result(out.toString(), cs, replaced);
    }

    private static CharBuffer room(CharBuffer out) {
        if (out.remaining() > 2) {
            return out;
        }
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        return bigger.put(out);
    }

    /**
     * The share of characters that no report contains: control characters other than tab, line
     * breaks and form feed, and the replacement character left by undecodable bytes.
     */
    static double junkShare(String s) {
        int n = Math.min(s.length(), 200_000);
        if (n == 0) {
            return 0;
        }
        int junk = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                    || (c >= 0x7F && c < 0xA0)) {
                junk++;
            }
        }
        return junk / (double) n;
    }
}
