package nianbao.merge;

/**
 * An input that could not be merged, with a one-line Chinese reason.
 *
 * @param file the input as the user named it (or as found while walking a directory)
 * @param reason why it was not used
 */
record Failure(String file, String reason) {
}
