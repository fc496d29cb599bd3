package nianbao.render;

import java.util.Locale;

/** The output formats of the publishable report. */
public enum Format {
    /** Word document in the 公文 layout (POI XWPF). */
    DOCX("docx", false),
    /** A standalone web page, or with {@code fragment} just the report's {@code <div>}. */
    HTML("html", true),
    /** Markdown with pipe tables. */
    MD("md", true),
    /** Plain text with TAB-separated table rows. */
    TXT("txt", true);

    private final String extension;
    private final boolean text;

    Format(String extension, boolean text) {
        this.extension = extension;
        this.text = text;
    }

    /** The file extension without the dot. */
    public String extension() {
        return extension;
    }

    /** True for formats that are UTF-8 text (may go to standard output). */
    public boolean isText() {
        return text;
    }

    /**
     * The format with this name or extension, case-insensitive ({@code docx}, {@code .HTML}, {@code markdown}).
     *
     * @throws IllegalArgumentException with a Chinese message when there is no such format
     */
    public static Format parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.startsWith(".")) {
            n = n.substring(1);
        }
        switch (n) {
            case "markdown":
                return MD;
            case "htm":
                return HTML;
            case "text":
                return TXT;
            default:
                break;
        }
        for (Format f : values()) {
            if (f.extension.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("不支持的格式 “" + name + "”，可选：docx、html、md、txt。");
    }
}
