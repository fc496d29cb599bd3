package nianbao.legacy.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a plain-text report into text. Chinese government files are mostly GBK, so
 * the rule is: a byte-order mark wins; UTF-16 without a mark is recognised by its NUL bytes;
 * otherwise strict UTF-8, and GB18030 (a superset of GBK and GB2312) when the bytes are not valid
 * UTF-8.
 */
public final class TextDecoding {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text and the character set that produced it. */
    record Result(String text, Charset charset) {
    }

    private TextDecoding() {
    }

    /** Decodes with the detected character set; the BOM, if any, is dropped. */
    static Result decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Result(lenient(b, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Result(lenient(b, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Result(lenient(b, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16ByNuls(b);
        if (utf16 != null) {
            return new Result(lenient(b, 0, utf16), utf16);
        }
        String utf8 = strict(b, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Result(utf8, StandardCharsets.UTF_8);
        }
        return new Result(lenient(b, 0, GB18030), GB18030);
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

    private static String lenient(byte[] b, int offset, Charset cs) {
        return new String(b, offset, b.length - offset, cs);
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
