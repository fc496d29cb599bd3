package nianbao.compare;

import java.nio.file.Path;
import java.util.Locale;

/** The formats a comparison is written in. */
public enum OutputFormat {
    /** A self-contained web page. */
    HTML("html"),
    /** Word, in the 公文 layout of the published report. */
    DOCX("docx"),
    /** An Excel workbook: one sheet per table, the changes as numbers. */
    XLSX("xlsx"),
    /** Markdown with pipe tables. */
    MD("md");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format with this name or extension, case-insensitive ({@code html}, {@code .DOCX}, {@code markdown}).
     *
     * @throws IllegalArgumentException with a Chinese message when there is no such format
     */
    public static OutputFormat parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.equals("htm")) {
            return HTML;
        }
        if (n.equals("markdown")) {
            return MD;
        }
        for (OutputFormat f : values()) {
            if (f.extension.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("不支持的格式“" + name + "”，可选：html、docx、xlsx、md。");
    }

    /** The format a file name's extension names, or null when it names none of them. */
    public static OutputFormat ofFile(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        try {
            return parse(n.substring(dot));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
