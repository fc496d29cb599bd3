package nianbao.model;

import nianbao.UnreadableInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a report JSON file. UTF-8 (with or without BOM) is the rule; UTF-16 with a BOM (what
 * Windows Notepad calls “Unicode”) and GBK saved by an old Chinese editor are read too. GBK is
 * accepted only when every double byte is a GB2312 character — the part of GBK that agency names and
 * report text are written in — so that damaged GBK, Big5 or Latin-1 bytes are refused with the line of
 * the first bad byte instead of being read as wrong characters.
 */
final class JsonText {

    private JsonText() {
    }

    /**
     * Decodes the bytes of a JSON file.
     *
     * @param file the file as the user named it, for messages
     * @throws UnreadableInputException when the bytes are in no encoding that can be told with certainty
     */
    static String decode(byte[] b, String file) throws UnreadableInputException {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8, file);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE, file);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE, file);
        }
        if (b.length >= 2 && b[0] != 0 && b[1] == 0) {
            // "{" followed by NUL: UTF-16 without a byte-order mark
            return strict(b, 0, StandardCharsets.UTF_16LE, file);
        }
        if (b.length >= 2 && b[0] == 0 && b[1] != 0) {
            return strict(b, 0, StandardCharsets.UTF_16BE, file);
        }
        int utf8Bad = firstBadUtf8(b);
        if (utf8Bad < 0) {
            return new String(b, StandardCharsets.UTF_8);
        }
        int gbBad = firstBadGb2312(b);
        if (gbBad < 0) {
            return new String(b, Charset.forName("GBK"));
        }
        if (gbBad > utf8Bad) {
            throw new UnreadableInputException(file, "文件像是 GBK 编码，但第 " + line(b, gbBad) + " 行有残缺或无法识别的字节（"
                    + hex(b, gbBad) + "），文件可能已损坏。请用记事本或 WPS 打开核对，另存为 UTF-8 编码后再试。");
        }
        throw new UnreadableInputException(file, "文件不是 UTF-8 编码：第 " + line(b, utf8Bad) + " 行有无法识别的字节（"
                + hex(b, utf8Bad) + "）。请用记事本或 WPS 另存为 UTF-8 编码后再试。");
    }

    private static String strict(byte[] b, int offset, Charset cs, String file) throws UnreadableInputException {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            String name = cs == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
            throw new UnreadableInputException(file, "文件标明是 " + name + " 编码，但其中有无法识别的字节，文件可能已损坏。"
                    + "请用记事本或 WPS 打开核对，另存为 UTF-8 编码后再试。");
        }
    }

    /** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
    static int firstBadUtf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + n >= b.length) {
                return i;
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int d = b[i + k] & 0xFF;
                if ((d & 0xC0) != 0x80) {
                    return i;
                }
                cp = cp << 6 | (d & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += n + 1;
        }
        return -1;
    }

    /** The offset of the first byte that is neither ASCII nor part of a GB2312 double byte, or -1. */
    static int firstBadGb2312(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            if (c < 0xA1 || c > 0xF7 || i + 1 >= b.length) {
                return i;
            }
            int d = b[i + 1] & 0xFF;
            if (d < 0xA1 || d > 0xFE) {
                return i;
            }
            i += 2;
        }
        return -1;
    }

    private static int line(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String hex(byte[] b, int offset) {
        StringBuilder sb = new StringBuilder();
        for (int i = offset; i < Math.min(b.length, offset + 2); i++) {
            sb.append(sb.length() > 0 ? " " : "").append(String.format("0x%02X", b[i] & 0xFF));
        }
        return sb.toString();
    }
}
