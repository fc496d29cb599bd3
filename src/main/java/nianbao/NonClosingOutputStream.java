package nianbao;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through and turns {@code close()} into {@code flush()}: for a {@link java.util.zip.ZipOutputStream}
 * that must be closed to finish the archive while the stream under it belongs to the caller (say
 * {@link AtomicFiles}, which closes and renames it).
 */
public final class NonClosingOutputStream extends FilterOutputStream {

    /** Wraps a stream the caller will close. */
    public NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
