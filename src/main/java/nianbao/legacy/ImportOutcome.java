package nianbao.legacy;

/**
 * One input of a batch: imported and written, imported but not written, or not readable.
 *
 * @param file the input as the user named it
 * @param result the result, or null when the input could not be read
 * @param error the Chinese one-line reason (naming the file or the output), or null when all went well
 * @param writeFailed true when the input was read and imported but its output could not be written
 */
public record ImportOutcome(String file, ImportResult result, String error, boolean writeFailed) {

    /** An input imported (error null) or not readable (result null). */
    public ImportOutcome(String file, ImportResult result, String error) {
        this(file, result, error, false);
    }

    /** True when the input was imported and, where asked, written. */
    public boolean ok() {
        return result != null && error == null;
    }

    /** What went wrong, as the batch table and the error lines say it: 无法读取 or 无法写入; null when nothing did. */
    public String failure() {
        return ok() ? null : writeFailed ? "无法写入" : "无法读取";
    }
}
