package nianbao.merge;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output of the merge is also one of its inputs (named, or found through a folder or glob, compared by
 * real path): the merge refuses before reading anything, so an input is never written over.
 */
public final class OutputIsInputException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path output;

    OutputIsInputException(Path output) {
        super("输出文件 " + output + " 也是输入之一，不会覆盖输入。");
        this.output = output;
    }

    /** The output as given in the options. */
    public Path output() {
        return output;
    }
}
