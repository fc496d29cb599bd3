package nianbao.web;

import io.javalin.http.Context;
import nianbao.legacy.ImportResult;
import nianbao.model.Report;
import nianbao.validate.Finding;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every handler shares: the data folder, the guard, the upload limit and the clerk's recent
 * results; plus the two ways a handler answers (a page, a download).
 */
final class Site {

    /** A checked report and what validation found. */
    record Checked(Report report, List<Finding> findings, String fileName) {
    }

    final Store store;
    final Guard guard;
    final long maxUpload;
    final Recent<Checked> checked = new Recent<>(200);
    final Recent<ImportResult> imported = new Recent<>(100);

    Site(Store store, Guard guard, long maxUpload) {
        this.store = store;
        this.guard = guard;
        this.maxUpload = maxUpload;
    }

    /** Answers with a page. */
    static void page(Context ctx, int status, String title, String active, String body) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(Html.page(title, active, body));
    }

    /** Answers with a file to save, named in Chinese (RFC 6266 {@code filename*}) with an ASCII fallback. */
    static void download(Context ctx, byte[] content, String fileName, String contentType) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.status(200).contentType(contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .result(content);
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
