package nianbao.xlsx.ooxml;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes the zip container of a workbook from parts already deflated: a part that is the same in
 * every workbook is deflated once and its bytes copied, which {@link java.util.zip.ZipOutputStream}
 * cannot do. Entries carry their sizes and CRC in the headers (no data descriptors) and one fixed
 * time, so the same workbook gives the same bytes.
 */
public final class ZipParts {

    /** Deflate level for the parts patched per workbook: most of the speed, little of the size. */
    public static final int FAST = Deflater.BEST_SPEED;
    /** Deflate level for the parts deflated once per template: POI's default. */
    public static final int ONCE = 6;

    /** 2026-01-01 00:00 in MS-DOS form, like the template's creation time ({@code layout.TemplateLayout.CREATED}). */
    private static final int DOS_TIME = 0;
    private static final int DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

    /** A deflate stream per thread: setting one up costs more than deflating a small part. */
    private static final ThreadLocal<Deflater[]> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater[10]);

    /**
     * One entry, deflated.
     *
     * @param name the part name without a leading slash
     * @param deflated the raw deflate stream
     * @param crc CRC-32 of the inflated bytes
     * @param size inflated size
     */
    public record Entry(String name, byte[] deflated, int crc, int size) {
    }

    private ZipParts() {
    }

    /** Deflates a part at the given level (0–9). */
    public static Entry deflate(String name, byte[] data, int len, int level) {
        Deflater[] cached = DEFLATERS.get();
        Deflater d = cached[level];
        if (d == null) {
            d = new Deflater(level, true);
            cached[level] = d;
        }
        d.reset();
        d.setInput(data, 0, len);
        d.finish();
        byte[] out = new byte[Math.max(64, len / 4)];
        int n = 0;
        while (!d.finished()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n += d.deflate(out, n, out.length - n);
        }
        CRC32 crc = new CRC32();
        crc.update(data, 0, len);
        return new Entry(name, Arrays.copyOf(out, n), (int) crc.getValue(), len);
    }

    /** The zip file holding the entries in this order. */
    public static byte[] write(List<Entry> entries) {
        int total = 22;
        for (Entry e : entries) {
            total += 30 + 46 + 2 * e.name().length() + e.deflated().length;
        }
        Out out = new Out(total);
        int[] offsets = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            offsets[i] = out.size();
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            out.int32(0x04034b50);
            out.int16(20);
            out.int16(flags(e));
            common(out, e, name);
            out.int16(0);
            out.write(name, 0, name.length);
            out.write(e.deflated(), 0, e.deflated().length);
        }
        int directory = out.size();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            out.int32(0x02014b50);
            out.int16(20);
            out.int16(20);
            out.int16(flags(e));
            common(out, e, name);
            out.int16(0); // extra field
            out.int16(0); // comment
            out.int16(0); // disk
            out.int16(0); // internal attributes
            out.int32(0); // external attributes
            out.int32(offsets[i]);
            out.write(name, 0, name.length);
        }
        int end = out.size();
        out.int32(0x06054b50);
        out.int16(0);
        out.int16(0);
        out.int16(entries.size());
        out.int16(entries.size());
        out.int32(end - directory);
        out.int32(directory);
        out.int16(0);
        return out.toByteArray();
    }

    /** Method, time, CRC, sizes and name length: the same in the local and the central header. */
    private static void common(Out out, Entry e, byte[] name) {
        out.int16(8);
        out.int16(DOS_TIME);
        out.int16(DOS_DATE);
        out.int32(e.crc());
        out.int32(e.deflated().length);
        out.int32(e.size());
        out.int16(name.length);
    }

    /** Bit 11 marks a UTF-8 name; part names are ASCII in practice. */
    private static int flags(Entry e) {
        for (int i = 0; i < e.name().length(); i++) {
            if (e.name().charAt(i) > 0x7F) {
                return 1 << 11;
            }
        }
        return 0;
    }

    /** A byte buffer with little-endian integers. */
    private static final class Out extends ByteArrayOutputStream {
        Out(int size) {
            super(size);
        }

        void int16(int v) {
            write(v & 0xFF);
            write((v >>> 8) & 0xFF);
        }

        void int32(int v) {
            int16(v & 0xFFFF);
            int16(v >>> 16);
        }
    }
}
