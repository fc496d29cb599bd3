package nianbao.xlsx.read;

import nianbao.InputFiles;
import nianbao.UnreadableInputException;
import nianbao.xlsx.ooxml.Tags;
import nianbao.xlsx.ooxml.Xml;

import javax.xml.stream.XMLStreamException;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The zip container of a workbook, read-only: parts looked up by name case-insensitively (as OPC
 * requires), relationships resolved, and every part inflated through a counting stream so a zip
 * bomb is refused instead of filling memory.
 */
final class XlsxPackage implements Closeable {

    /** Largest inflated size of one part we are willing to read (a filled sheet is a few KB). */
    static final long MAX_PART_BYTES = 50L * 1024 * 1024;
    /** Largest inflated size of all parts read from one file. */
    static final long MAX_TOTAL_BYTES = 100L * 1024 * 1024;
    /** Highest inflated/compressed ratio tolerated once a part passes {@link #RATIO_GRACE_BYTES}. */
    static final long MAX_RATIO = 200;
    /** Below this inflated size the ratio is not checked: small XML parts compress very well. */
    static final long RATIO_GRACE_BYTES = 2L * 1024 * 1024;

    /** One relationship of a part. */
    record Rel(String id, String type, String target) {
        /** True when the relationship type ends with this name, whatever the namespace (transitional or strict). */
        boolean isType(String shortName) {
            return type != null && type.endsWith("/" + shortName);
        }
    }

    private final ZipFile zip;
    private final String file;
    private final Map<String, ZipEntry> entries;
    private long inflated;

    private XlsxPackage(ZipFile zip, String file, Map<String, ZipEntry> entries) {
        this.zip = zip;
        this.file = file;
        this.entries = entries;
    }

    /**
     * Opens the zip container.
     *
     * @throws UnreadableInputException when the file is not a complete zip archive
     */
    static XlsxPackage open(Path path, String file) throws UnreadableInputException {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new UnreadableInputException(file, null, null,
                    "文件已损坏，不是完整的 .xlsx 压缩包（可能下载或复制不完整）。请重新获取或在 Excel/WPS 中打开后另存为 .xlsx。", e);
        } catch (IOException e) {
            throw new UnreadableInputException(file, null, null, InputFiles.reason(e), e);
        }
        Map<String, ZipEntry> byName = new HashMap<>();
        try {
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (byName.putIfAbsent(normalize(e.getName()), e) != null) {
                    closeQuietly(zip);
                    // which of the two a reader takes differs between programs: neither can be trusted
                    throw new UnreadableInputException(file, null, null, "文件已损坏：压缩包里有两个同名的部件“"
                            + e.getName() + "”，无法确定哪一个是工作簿的内容。请在 Excel/WPS 中打开后另存为 .xlsx 再试。", null);
                }
            }
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw new UnreadableInputException(file, null, null, "文件已损坏，压缩包目录无法读取。", e);
        }
        return new XlsxPackage(zip, file, byName);
    }

    /**
     * A cheap identity of a part taken from the zip's central directory (CRC-32 and sizes, no
     * inflating), or null when the part is absent. Equal fingerprints mean equal content for any
     * file not crafted to collide; used to reuse work across copies of the same template.
     */
    String fingerprint(String part) {
        ZipEntry e = entries.get(normalize(part));
        if (e == null || e.getCrc() < 0 || e.getSize() < 0) {
            return null;
        }
        return part + ':' + Long.toHexString(e.getCrc()) + ':' + e.getSize();
    }

    /** True when the package holds this part. */
    boolean has(String part) {
        return entries.containsKey(normalize(part));
    }

    /** Names of every entry, for telling a Word or OpenDocument file from a workbook. */
    List<String> names() {
        return new ArrayList<>(entries.keySet());
    }

    /**
     * Opens a part for reading, inflating through limits.
     *
     * @throws UnreadableInputException when the part is missing or declared larger than the limits
     */
    InputStream open(String part) throws UnreadableInputException, IOException {
        ZipEntry e = entries.get(normalize(part));
        if (e == null) {
            throw new UnreadableInputException(file, null, null, "文件已损坏：缺少工作簿部件 " + part + "。请在 Excel/WPS 中打开后另存为 .xlsx。", null);
        }
        if (e.getSize() > MAX_PART_BYTES) {
            throw bomb(part, e.getSize());
        }
        return new Limited(zip.getInputStream(e), part, Math.max(1, e.getCompressedSize()));
    }

    /** Largest workbook or relationships part read whole (a template's workbook.xml is about 20 KB). */
    static final int MAX_INDEX_PART_BYTES = 8 * 1024 * 1024;

    /**
     * Reads a small index part (workbook, relationships) whole, as text.
     *
     * @throws UnreadableInputException when it is missing or larger than {@link #MAX_INDEX_PART_BYTES}
     */
    String readText(String part) throws UnreadableInputException, IOException {
        byte[] b;
        try (InputStream in = open(part)) {
            b = in.readNBytes(MAX_INDEX_PART_BYTES + 1);
        }
        if (b.length > MAX_INDEX_PART_BYTES) {
            throw new UnreadableInputException(file, null, null, "工作簿部件 " + part + " 异常大（超过 "
                    + MAX_INDEX_PART_BYTES / 1024 / 1024 + " MB），不像正常的工作簿，已拒绝读取。", null);
        }
        return Xml.decode(b);
    }

    /**
     * The relationships of a part, targets resolved to part names; external targets are left out.
     */
    List<Rel> rels(String part) throws UnreadableInputException, IOException, XMLStreamException {
        String p = normalize(part);
        int slash = p.lastIndexOf('/');
        String dir = slash < 0 ? "" : p.substring(0, slash + 1);
        String relsPart = dir + "_rels/" + p.substring(slash + 1) + ".rels";
        List<Rel> out = new ArrayList<>();
        if (!has(relsPart)) {
            return out;
        }
        String xml = readText(relsPart);
        for (Tags.Tag t : Tags.find(xml, 0, "Relationship")) {
            String target = t.attr("Target");
            if (target == null || "External".equalsIgnoreCase(t.attr("TargetMode"))) {
                continue;
            }
            out.add(new Rel(t.attr("Id"), t.attr("Type"), resolve(dir, target)));
        }
        return out;
    }

    /** Resolves a relationship target against the source part's folder ({@code ../} and absolute forms). */
    static String resolve(String dir, String target) {
        String t = target.replace('\\', '/');
        String path = t.startsWith("/") ? t.substring(1) : dir + t;
        List<String> segs = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (!segs.isEmpty()) {
                    segs.remove(segs.size() - 1);
                }
            } else {
                segs.add(s);
            }
        }
        return String.join("/", segs);
    }

    private static String normalize(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    private UnreadableInputException bomb(String part, long size) {
        return new UnreadableInputException(file, null, null, "工作簿部件 " + part + " 解压后过大（超过 "
                + (size / 1024 / 1024) + " MB），疑似压缩炸弹或异常文件，已拒绝读取。", null);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static void closeQuietly(ZipFile z) {
        try {
            z.close();
        } catch (IOException ignored) {
            // already failing; the first error is the one to report
        }
    }

    /** Thrown from inside a parse when a part inflates past the limits. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient UnreadableInputException refusal;

        TooLargeException(UnreadableInputException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }

        UnreadableInputException refusal() {
            return refusal;
        }
    }

    /** Counts inflated bytes and stops at the per-part, per-file and ratio limits. */
    private final class Limited extends FilterInputStream {
        private final String part;
        private final long compressed;
        private long count;

        Limited(InputStream in, String part, long compressed) {
            super(in);
            this.part = part;
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            add(s);
            return s;
        }

        private void add(long n) throws IOException {
            count += n;
            inflated += n;
            if (count > MAX_PART_BYTES || inflated > MAX_TOTAL_BYTES
                    || (count > RATIO_GRACE_BYTES && count / compressed > MAX_RATIO)) {
                throw new TooLargeException(new UnreadableInputException(file, null, null, "工作簿部件 " + part
                        + " 解压后异常膨胀（压缩 " + compressed + " 字节，已解压超过 " + count / 1024 / 1024
                        + " MB），疑似压缩炸弹，已拒绝读取。", null));
            }
        }
    }
}
