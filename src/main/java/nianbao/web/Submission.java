package nianbao.web;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * One uploaded version of an agency's report, as recorded beside the file: when, from where, what
 * it was called, and what validation found. Stored as a small UTF-8 properties file.
 *
 * @param version 1 for the first upload of the agency, then 2, 3…
 * @param time upload time, ISO-8601 with offset
 * @param address the uploader's IP address
 * @param originalName the file name the browser sent (shown only, never used as a path)
 * @param extension {@code xlsx} or {@code json}, from the bytes
 * @param bytes file size
 * @param sha256 hex digest of the file
 * @param agencyInFile the agency name written in the report, or empty
 * @param errors validation errors
 * @param warnings validation warnings
 */
record Submission(int version, String time, String address, String originalName, String extension, long bytes,
                  String sha256, String agencyInFile, int errors, int warnings) {

    /** The stored file's name inside the agency's version folder, e.g. {@code 0003.xlsx}. */
    String fileName() {
        return String.format("%04d.%s", version, extension);
    }

    /** Writes the record as properties text. */
    String toText() {
        Properties p = new Properties();
        p.setProperty("version", Integer.toString(version));
        p.setProperty("time", time);
        p.setProperty("address", address);
        p.setProperty("originalName", originalName);
        p.setProperty("extension", extension);
        p.setProperty("bytes", Long.toString(bytes));
        p.setProperty("sha256", sha256);
        p.setProperty("agencyInFile", agencyInFile);
        p.setProperty("errors", Integer.toString(errors));
        p.setProperty("warnings", Integer.toString(warnings));
        StringWriter w = new StringWriter();
        try {
            p.store(w, "nianbao serve: one uploaded version");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Reads a record written by {@link #toText()}. */
    static Submission read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new Submission(Integer.parseInt(p.getProperty("version", "0")), p.getProperty("time", ""),
                p.getProperty("address", ""), p.getProperty("originalName", ""), p.getProperty("extension", "xlsx"),
                Long.parseLong(p.getProperty("bytes", "0")), p.getProperty("sha256", ""),
                p.getProperty("agencyInFile", ""), Integer.parseInt(p.getProperty("errors", "0")),
                Integer.parseInt(p.getProperty("warnings", "0")));
    }
}
