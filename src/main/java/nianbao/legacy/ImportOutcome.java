package nianbao.legacy;

/**
 * One input of a batch: either its import result or the one-line reason it could not be read.
 *
 * @param file the input as the user named it
 * @param result the result, or null when the input failed
 * @param error the Chinese one-line reason (naming the file), or null when it was imported
 */
public record ImportOutcome(String file, ImportResult result, String error) {

    /** True when the input was imported. */
    public boolean ok() {
        return result != null;
    }
}
