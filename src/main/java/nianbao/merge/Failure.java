package nianbao.merge;

/**
 * An input that could not be merged, with a one-line Chinese reason.
 *
 * @param file the input as the user named it (or as found while walking a directory; in roster mode the label)
 * @param reason why it was not used
 * @param agency in roster mode the roster agency whose file it is, else null
 * @param detail for the maintainers when a reader failed on a bug of this tool: the exception, else null
 *               (shown on stderr only, never in the summary)
 */
record Failure(String file, String reason, String agency, String detail) {

    /** An input of a merge of files and folders. */
    Failure(String file, String reason) {
        this(file, reason, null, null);
    }
}
