package nianbao;

import java.io.IOException;

/**
 * An output that cannot be written: a folder that does not exist or refuses new files, no
 * permission, a full or read-only disk. Carries the output as the user named it (never the
 * temporary file it was being written through); {@link #getMessage()} is {@code <output>：<reason>}.
 */
public class UnwritableOutputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String output;
    private final String reason;

    /**
     * @param output the output as the user named it
     * @param reason why it cannot be written, in Chinese
     * @param cause the underlying exception, or null
     */
    public UnwritableOutputException(String output, String reason, Throwable cause) {
        super(output + "：" + reason, cause);
        this.output = output;
        this.reason = reason;
    }

    /** The output as the user named it. */
    public String output() {
        return output;
    }

    /** The reason alone, in Chinese. */
    public String reason() {
        return reason;
    }
}
