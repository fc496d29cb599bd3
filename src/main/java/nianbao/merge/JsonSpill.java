package nianbao.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.AtomicFiles;
import nianbao.model.Report;
import nianbao.model.ReportJson;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * JSON Lines written in the order reports finish reading, into a temporary file, then copied into the
 * output in the merge's deterministic order: memory stays flat however many reports there are.
 */
final class JsonSpill implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel channel;
    private long size;

    private JsonSpill(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    static JsonSpill create() throws IOException {
        Path f = Files.createTempFile("nianbao-merge-", ".jsonl");
        f.toFile().deleteOnExit();
        return new JsonSpill(f);
    }

    /**
     * The report's line: {@code file}, in roster mode {@code agency} (the roster's name) and, when the
     * workbook names another, {@code agency_in_file}; then the ReportJson tree and {@code validation}.
     */
    static byte[] line(Report r, Merger.Job job, String agencyInFile, String verdict, int errors, int warnings)
            throws IOException {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("file", job.name());
        if (job.rosterAgency() != null) {
            line.put("agency", job.rosterAgency());
            if (agencyInFile != null) {
                line.put("agency_in_file", agencyInFile);
            }
        }
        line.setAll(ReportJson.toTree(r));
        ObjectNode v = line.putObject("validation");
        v.put("result", verdict);
        v.put("errors", errors);
        v.put("warnings", warnings);
        byte[] json = JSON.writeValueAsBytes(line);
        byte[] out = java.util.Arrays.copyOf(json, json.length + 1);
        out[json.length] = '\n';
        return out;
    }

    /** Appends one report's line; returns its offset and length. Thread-safe. */
    long[] append(Report r, Merger.Job job, String agencyInFile, String verdict, int errors, int warnings)
            throws IOException {
        byte[] bytes = line(r, job, agencyInFile, verdict, errors, warnings);
        long at;
        synchronized (this) {
            at = size;
            size += bytes.length;
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long pos = at;
        while (buf.hasRemaining()) {
            pos += channel.write(buf, pos);
        }
        return new long[] {at, bytes.length};
    }

    /** Writes the lines of the placed reports, in their order, to the target (atomically). */
    void copyInOrder(List<Merger.Placed> placed, Path target) throws IOException {
        AtomicFiles.write(target, raw -> {
            OutputStream out = new BufferedOutputStream(raw, 1 << 16);
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            for (Merger.Placed p : placed) {
                Entry e = p.entry();
                if (e.jsonOffset() < 0) {
                    continue;
                }
                if (buf.capacity() < e.jsonLength()) {
                    buf = ByteBuffer.allocate(e.jsonLength());
                }
                buf.clear().limit(e.jsonLength());
                long pos = e.jsonOffset();
                while (buf.hasRemaining()) {
                    int n = channel.read(buf, pos);
                    if (n < 0) {
                        throw new IOException("临时文件被截断：" + file);
                    }
                    pos += n;
                }
                out.write(buf.array(), 0, e.jsonLength());
            }
            out.flush();
        });
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
