package nianbao;

/**
 * An input that cannot be used at all: not found, not this template, another schema version, an
 * old .xls, password-protected, corrupt, empty or too large. Carries the file and, where known,
 * the sheet and cell; {@link #getMessage()} is one Chinese line naming them.
 */
public class UnreadableInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String sheet;
    private final String cell;
    private final String reason;

    /**
     * @param file the input as the user named it
     * @param reason what is wrong and what to do, in Chinese
     */
    public UnreadableInputException(String file, String reason) {
        this(file, null, null, reason, null);
    }

    /**
     * @param file the input as the user named it
     * @param sheet sheet name, or null
     * @param cell A1 cell address, or null
     * @param reason what is wrong and what to do, in Chinese
     * @param cause the underlying exception, or null
     */
    public UnreadableInputException(String file, String sheet, String cell, String reason, Throwable cause) {
        super(format(file, sheet, cell, reason), cause);
        this.file = file;
        this.sheet = sheet;
        this.cell = cell;
        this.reason = reason;
    }

    /** The input file as the user named it. */
    public String file() {
        return file;
    }

    /** The sheet, or null. */
    public String sheet() {
        return sheet;
    }

    /** The cell, or null. */
    public String cell() {
        return cell;
    }

    /** The reason alone, without file and position. */
    public String reason() {
        return reason;
    }

    private static String format(String file, String sheet, String cell, String reason) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "（未知文件）" : file);
        if (sheet != null) {
            sb.append("：").append(sheet);
            if (cell != null) {
                sb.append('!').append(cell);
            }
        }
        sb.append("：").append(reason);
        return sb.toString().replace('\n', ' ');
    }
}
