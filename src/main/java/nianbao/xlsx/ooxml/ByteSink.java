package nianbao.xlsx.ooxml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer that a patched part is assembled in (not thread-safe, one per part). */
public final class ByteSink {

    private byte[] buf;
    private int len;

    public ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    public void write(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    /** Appends text as UTF-8. */
    public void write(String s) {
        write(s.getBytes(StandardCharsets.UTF_8));
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    /** The buffer itself (valid up to {@link #length()}). */
    public byte[] array() {
        return buf;
    }

    public int length() {
        return len;
    }
}
