package nianbao.web;

import nianbao.merge.RosterSlot;

import java.io.IOException;
import java.io.Reader;
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

    /**
     * What the office is told when the workbook names another agency than the roster slot it was
     * uploaded to ({@code 机关名称不符：工作簿写的是“…”}), or null when it names the same one or none.
     */
    String mismatch(String rosterAgency) {
        String inFile = agencyInFile == null ? "" : agencyInFile.strip();
        return inFile.isEmpty() || RosterSlot.sameAgency(rosterAgency, inFile) ? null : "机关名称不符：工作簿写的是“" + inFile + "”";
    }

    /** The same record with its version number assigned. */
    Submission numbered(int n) {
        return new Submission(n, time, address, originalName, extension, bytes, sha256, agencyInFile, errors, warnings);
    }

    /**
     * Writes the record as properties text (what {@link java.util.Properties#load(Reader)} reads),
     * keys in a fixed order. Written by hand: {@code Properties.store} formats the current date and
     * copies the table on every call, a measurable part of an upload's time under the collection lock.
     */
    String toText() {
        StringBuilder sb = new StringBuilder(512).append("#nianbao serve: one uploaded version\n");
        property(sb, "version", Integer.toString(version));
        property(sb, "time", time);
        property(sb, "address", address);
        property(sb, "originalName", originalName);
        property(sb, "extension", extension);
        property(sb, "bytes", Long.toString(bytes));
        property(sb, "sha256", sha256);
        property(sb, "agencyInFile", agencyInFile);
        property(sb, "errors", Integer.toString(errors));
        property(sb, "warnings", Integer.toString(warnings));
        return sb.toString();
    }

    /** One {@code key=value} line, escaped as {@code Properties.store} does for a writer (non-ASCII kept as is). */
    private static void property(StringBuilder sb, String key, String value) {
        sb.append(key).append('=');
        String v = value == null ? "" : value;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\f' -> sb.append("\\f");
                case '=', ':', '#', '!' -> sb.append('\\').append(c);
                case ' ' -> sb.append(i == 0 ? "\\ " : " ");
                default -> sb.append(c);
            }
        }
        sb.append('\n');
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
