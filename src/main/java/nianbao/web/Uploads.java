package nianbao.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.model.Report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Receiving files: the size limit, the type sniffed from the first bytes (never from the name), a
 * temporary copy inside the data folder, and reading it as a report with the library's own refusals
 * (zip bombs, old .xls, encrypted, not the template) turned into a page message without any path.
 */
final class Uploads {

    /** What the bytes of an upload are. */
    enum Kind {
        /** A filled workbook or its JSON form: what validate, render and the collection take. */
        REPORT,
        /** A published report to import: text, HTML, Word or PDF. */
        LEGACY
    }

    /**
     * A received upload.
     *
     * @param file the temporary copy (the caller moves or deletes it)
     * @param name the name the browser sent, cleaned for display
     * @param extension the extension chosen from the bytes
     * @param bytes size in bytes
     * @param sha256 hex digest
     */
    record Received(Path file, String name, String extension, long bytes, String sha256) {

        /** Removes the temporary copy. */
        void discard() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover in tmp/ is harmless; the next start does not read it
            }
        }
    }

    private Uploads() {
    }

    /** Refused bodies up to this size are read to the end before the answer; larger ones are cut off. */
    private static final long DRAINED = 100L * 1024 * 1024;

    /**
     * Reads and drops what is left of a request body before a refusal (wrong token, closed collection,
     * too large, missing CSRF token …): answering while the browser is still sending makes it show a
     * reset connection instead of the page that says why. A body declared larger than 100 MB is not
     * read; the connection is closed after the answer.
     */
    static void drain(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared == 0 || declared > DRAINED) {
            return;
        }
        long left = declared > 0 ? declared : DRAINED; // a chunked body: at most as much
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = ctx.req().getInputStream()) {
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // the body was read already, or the client went away: nothing to drop
        }
    }

    /**
     * Parses a multipart form, refusing it when the declared length is over the limit (the refusal
     * reads and drops a body up to 100 MB first, see {@link #drain}).
     *
     * @throws WebError 413 over the limit, 400 for a broken or non-multipart body
     */
    static void parse(Context ctx, long limit) throws WebError {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit + 64 * 1024) {
            throw WebError.tooLarge(limit); // the refusal reads the body first, see drain
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new WebError(400, "请通过页面上的表单选择文件上传。");
        }
        try {
            ctx.uploadedFiles();
        } catch (Exception e) { // Jetty throws the checked ServletException without declaring it
            for (Throwable t = e; t != null; t = t.getCause()) {
                String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (m.contains("size") || m.contains("exceed")) {
                    throw WebError.tooLarge(limit);
                }
                if ((t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() < 500)
                        || t instanceof org.eclipse.jetty.io.EofException) {
                    // a malformed body (a line break in a file name breaks the part's headers) or a browser gone away;
                    // Jetty does not read on after it, so the connection is closed after the answer, saying so
                    ctx.header("Connection", "close");
                    throw new WebError(400, "上传的内容不完整或格式不对（例如文件名中有换行等控制字符），请检查文件名后重新上传。");
                }
            }
            // anything else (the disk, the server) is the server's own failure: recorded with a reference
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** Line breaks, other control characters and the bidirectional overrides that make a name read backwards. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cntrl}\u202A-\u202E\u2066-\u2069]");

    /**
     * The uploaded file of a form field, or null when none was chosen.
     *
     * @throws WebError 400 when the file name holds a line break or another control character (no
     *     browser sends one from an ordinary file; it would break the log and the records)
     */
    static UploadedFile file(Context ctx, String field) throws WebError {
        UploadedFile f = ctx.uploadedFile(field);
        if (f == null || (f.size() == 0 && (f.filename() == null || f.filename().isBlank()))) {
            return null;
        }
        if (f.filename() != null && CONTROL.matcher(f.filename()).find()) {
            throw new WebError(400, "文件名“" + displayName(CONTROL.matcher(f.filename()).replaceAll("?"))
                    + "”中有换行或其他控制字符，请把文件改名后重新上传。");
        }
        return f;
    }

    /**
     * Copies an upload into a temporary file of the store, typed by its first bytes.
     *
     * @throws WebError 400 when empty, 413 over the limit, 415 when the bytes are of no accepted kind
     */
    static Received receive(Store store, UploadedFile f, Kind kind, long limit) throws WebError, IOException {
        String name = displayName(f.filename());
        if (f.size() == 0) {
            throw new WebError(400, "“" + name + "”是空文件（0 字节），请重新选择文件。");
        }
        if (f.size() > limit) {
            throw WebError.tooLarge(limit);
        }
        byte[] head = new byte[512];
        int n;
        try (InputStream in = f.content()) {
            n = in.readNBytes(head, 0, head.length);
        }
        String ext = kind == Kind.REPORT ? reportExtension(head, n, name) : legacyExtension(head, n);
        Path tmp = store.temporary(ext);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long size;
        try (InputStream in = f.content(); OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
            size = in.transferTo(out);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new Received(tmp, name, ext, size, HexFormat.of().formatHex(sha.digest()));
    }

    /**
     * Reads a received workbook or JSON file as a report.
     *
     * @throws WebError 422 with the library's one-line reason, naming the file as the user knows it
     */
    static Report read(Received r) throws WebError {
        try {
            return Reports.read(r.file()).withFile(r.name());
        } catch (UnreadableInputException e) {
            throw new WebError(422, scrub(e.getMessage(), r));
        }
    }

    /** A message with every mention of the temporary file replaced by the user's file name. */
    static String scrub(String message, Received r) {
        String m = message == null ? "" : message;
        m = m.replace(r.file().toAbsolutePath().toString(), r.name()).replace(r.file().toString(), r.name())
                .replace(r.file().getFileName().toString(), r.name());
        return m.startsWith("无法读取") ? m : "无法读取 " + m;
    }

    /** The file name without any folder, control characters or excess length. */
    static String displayName(String raw) {
        String s = raw == null ? "" : raw;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = CONTROL.matcher(s.substring(slash + 1)).replaceAll("").strip();
        if (s.length() > 120) {
            s = s.substring(0, 120);
        }
        return s.isEmpty() ? "上传的文件" : s;
    }

    /** xlsx for a zip or an old Office file (the reader explains the latter), json for JSON text. */
    private static String reportExtension(byte[] b, int n, String name) throws WebError {
        if (starts(b, n, 'P', 'K', 3, 4) || starts(b, n, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "xlsx";
        }
        int i = starts(b, n, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (i < n && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        if (i < n && b[i] == '{') {
            return "json";
        }
        String what = starts(b, n, '%', 'P', 'D', 'F') ? "PDF 文件"
                : starts(b, n, 0x89, 'P', 'N', 'G') || starts(b, n, 0xFF, 0xD8, 0xFF) ? "图片"
                : starts(b, n, 'R', 'a', 'r', '!') || starts(b, n, '7', 'z', 0xBC, 0xAF) || starts(b, n, 0x1F, 0x8B) ? "压缩包"
                : "文本或其他文件";
        throw new WebError(415, "“" + name + "”是" + what + "，不是年报工作簿。这里只接受用填报模板填好的 .xlsx 工作簿或 JSON 文件；"
                + "已发布的旧年报请到“导入往年年报”。");
    }

    /** The kind of a published report by its bytes; the importer checks the content itself. */
    private static String legacyExtension(byte[] b, int n) {
        if (starts(b, n, '%', 'P', 'D', 'F')) {
            return "pdf";
        }
        if (starts(b, n, 'P', 'K', 3, 4)) {
            return "docx";
        }
        String head = new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(java.util.Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<meta") ? "html" : "txt";
    }

    private static boolean starts(byte[] b, int n, int... prefix) {
        if (n < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
