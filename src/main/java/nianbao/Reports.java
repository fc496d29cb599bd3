package nianbao;

import nianbao.model.Report;
import nianbao.model.ReportJson;
import nianbao.validate.Finding;
import nianbao.validate.Validator;
import nianbao.xlsx.read.WorkbookReader;
import nianbao.xlsx.write.TemplateWriter;
import nianbao.xlsx.write.WorkbookWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The library facade the command line and tests both use: read a report from a workbook or JSON
 * file, write it back, validate it.
 */
public final class Reports {

    /** Largest JSON input accepted (a report is a few tens of KB). */
    static final long MAX_JSON_BYTES = 16L * 1024 * 1024;

    private Reports() {
    }

    /**
     * Reads a report from a JSON file.
     *
     * @throws UnreadableInputException when the file is missing, too large or not a report
     */
    public static Report readJson(Path file) throws UnreadableInputException {
        String name = file.toString();
        return ReportJson.read(InputFiles.read(file, name, MAX_JSON_BYTES, "不像年报 JSON 文件"), name);
    }

    /**
     * Reads a report from a filled workbook ({@code .xlsx}) or its JSON form ({@code .json}).
     *
     * @throws UnreadableInputException when the file cannot be used, with a one-line Chinese reason
     */
    public static Report read(Path file) throws UnreadableInputException {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".json")) {
            return readJson(file);
        }
        return WorkbookReader.read(file);
    }

    /** Writes a report as a workbook ({@code .xlsx}) or JSON ({@code .json}) by the file's extension, atomically. */
    public static void write(Report report, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            writeJson(report, file);
        } else {
            WorkbookWriter.write(report, file);
        }
    }

    /** Writes a report as JSON, atomically. */
    public static void writeJson(Report report, Path file) throws IOException {
        AtomicFiles.writeString(file, ReportJson.write(report));
    }

    /** Validates a report on its own (no previous year). */
    public static List<Finding> validate(Report report) {
        return Validator.validate(report);
    }

    /** Validates a report, with last year's report (or null) for the cross-year checks. */
    public static List<Finding> validate(Report report, Report previous) {
        return Validator.validate(report, previous, Validator.Options.defaults());
    }

    /** The publishable report in one format: a whole document (docx, html page, md, txt). */
    public static byte[] render(Report report, nianbao.render.Format format) {
        return nianbao.render.Renderer.of(format).renderBytes(report);
    }

    /**
     * Writes the fill-in workbook, atomically.
     *
     * @param agency agency name to prefill, or null
     * @param year report year to prefill, or null
     * @param previous last year's report for the carry-over prefill, or null
     */
    public static void template(String agency, Integer year, Report previous, Path file) throws IOException {
        TemplateWriter.write(nianbao.schema.Schemas.forYear(year),
                new TemplateWriter.Options(agency, year, previous), file);
    }

    /**
     * Imports a published report (text, HTML, Word, PDF) into the format its tables follow (2019 trial
     * format or 2021), the current format when they tell none.
     *
     * @param name the file as the user knows it, for messages
     * @throws UnreadableInputException when it cannot be read, with a one-line Chinese reason
     */
    public static nianbao.legacy.ImportResult importLegacy(Path file, String name) throws UnreadableInputException {
        return nianbao.legacy.LegacyImporter.importFile(file, name);
    }

    /**
     * Imports a legacy report with last year's report at hand: its carry-over and stock may decide numbers
     * the text alone leaves open, and the findings include the cross-year checks.
     *
     * @param previous last year's report, or null
     * @throws UnreadableInputException when it cannot be read, with a one-line Chinese reason
     */
    public static nianbao.legacy.ImportResult importLegacy(Path file, String name, Report previous)
            throws UnreadableInputException {
        return nianbao.legacy.LegacyImporter.importFile(file, name, null, previous);
    }
}
