package nianbao.cli;

/** The exit codes of every command, in one place. */
public final class ExitCodes {
    /** Done, nothing wrong (warnings allowed). */
    public static final int OK = 0;
    /** Done, and the inputs have errors (validation findings). */
    public static final int FINDINGS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** An input could not be read, or an output could not be written. */
    public static final int UNREADABLE = 3;

    private ExitCodes() {
    }
}
