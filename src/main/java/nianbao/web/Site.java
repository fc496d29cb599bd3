package nianbao.web;

import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import nianbao.legacy.ImportResult;
import nianbao.model.Report;
import nianbao.validate.Finding;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What every handler shares: the data folder, the guard, who is asking, the public address, the
 * upload limit and the clerk's recent results; plus the ways a handler answers (a page, a download,
 * a redirect).
 */
final class Site {

    /** A checked (or imported) report, what validation found, and last year's report it was checked with (or null). */
    record Checked(Report report, List<Finding> findings, String fileName, Report previous) {
    }

    /** An imported report, last year's report it was imported with (or null), and the ID its form posts to under {@code /check/}. */
    record Imported(ImportResult result, Report previous, String checkedId) {
    }

    final Store store;
    final Guard guard;
    final Clients clients;
    /** The address agencies open ({@code --public-url}), or null. */
    final java.net.URI publicUrl;
    final long maxUpload;
    final Recent<Checked> checked = new Recent<>(200);
    final Recent<Imported> imported = new Recent<>(100);
    /** The office's review marks on the agencies' findings. */
    final Marks marks;

    Site(Store store, Guard guard, Clients clients, java.net.URI publicUrl, long maxUpload) {
        this.store = store;
        this.guard = guard;
        this.clients = clients;
        this.publicUrl = publicUrl;
        this.maxUpload = maxUpload;
        this.marks = new Marks(store);
    }

    /** The address a request is from (behind a trusted proxy: the one it forwarded). */
    String address(Context ctx) {
        return clients.address(ctx);
    }

    /** After a form was handled: the browser is sent to the page of the result (a refresh does not send the form again). */
    static void seeOther(Context ctx, String path) {
        ctx.redirect(path, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /**
     * A page: one of the templates in {@code src/main/jte}, compiled at build time into
     * {@code nianbao.web.pages}, called with its model, e.g. {@code out -> JtecheckedGenerated.render(out, null, model)}.
     */
    @FunctionalInterface
    interface Page {
        void render(HtmlTemplateOutput out);
    }

    /** The page's HTML; every value the template writes is escaped for where it stands (text, attribute, URL). */
    static String html(Page page) {
        StringOutput s = new StringOutput(16 * 1024);
        page.render(new OwaspHtmlTemplateOutput(s));
        return s.toString();
    }

    /** Answers with a page. */
    static void page(Context ctx, int status, Page page) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(html(page));
    }

    /** Answers with a file to save, named in Chinese (RFC 6266 {@code filename*}) with an ASCII fallback. */
    static void download(Context ctx, byte[] content, String fileName, String contentType) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.status(200).contentType(contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .result(content);
    }

    /** Writes a file (the library writes to paths). */
    interface FileWriter {
        void write(Path file) throws IOException, WebError;
    }

    /** Lets the library write a file into the data folder's tmp/, sends it as a download and removes it. */
    void downloadWritten(Context ctx, String extension, FileWriter writer, String fileName, String contentType)
            throws IOException, WebError {
        Path out = store.temporary(extension);
        try {
            writer.write(out);
            download(ctx, Files.readAllBytes(out), fileName, contentType);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** A file name from parts the office or a clerk typed: no folder separators or characters Windows refuses. */
    static String safeName(String s) {
        String out = s == null ? "" : s.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return out.isEmpty() ? "年报" : out.length() > 80 ? out.substring(0, 80) : out;
    }

    /** One CSV field: the formula-injection guard of the CLI's CSV, quoted when it holds a comma, quote or line break. */
    static String csv(String s) {
        String safe = nianbao.model.ReportCsv.neutralise(s == null ? "" : s);
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
