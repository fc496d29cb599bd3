package nianbao.validate;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** Writes the results of a validation run as text for people, JSON for programs or CSV for Excel. */
public final class ValidationOutput {

    /** The output formats. */
    public enum Format {
        /** Grouped by table, errors first, with a summary line (the default). */
        TEXT,
        /** One object per file with every field of every finding. */
        JSON,
        /** One row per finding, UTF-8 with BOM so Excel shows the Chinese text. */
        CSV;

        /** The format named on the command line ({@code text}, {@code json}, {@code csv}), or null. */
        public static Format parse(String s) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(s == null ? "" : s.trim())) {
                    return f;
                }
            }
            return null;
        }

        /** The usual file extension. */
        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private ValidationOutput() {
    }

    /**
     * Writes the results.
     *
     * @param results one result per input file, in input order
     * @param format output format
     * @param english English messages and headings instead of Chinese
     * @param out where to write (not closed)
     */
    public static void write(List<FileResult> results, Format format, boolean english, Writer out) throws IOException {
        write(results, format, english, true, out);
    }

    /**
     * Writes the results, leaving out the block of an unreadable file in text format when the
     * caller has already said so on the console (the one-line error on stderr): once is enough on a
     * terminal. JSON and CSV always keep it, being records for programs.
     *
     * @param unreadableBlocks false to leave unreadable files out of the text blocks (the summary still counts them)
     */
    public static void write(List<FileResult> results, Format format, boolean english, boolean unreadableBlocks,
                             Writer out) throws IOException {
        switch (format) {
            case TEXT -> TextOutput.write(results, english, unreadableBlocks, out);
            case JSON -> JsonOutput.write(results, out);
            case CSV -> CsvOutput.write(results, english, out);
            default -> throw new IllegalArgumentException(String.valueOf(format));
        }
        out.flush();
    }

    /** The overall summary line, e.g. {@code 共 3 个文件：1 个有错误，0 个无法读取；合计 2 个错误，1 个警告，0 个提示。} */
    public static String summary(List<FileResult> results, boolean english) {
        return Summary.of(results).line(english);
    }
}
