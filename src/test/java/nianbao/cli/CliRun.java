package nianbao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line black-box and keeps exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** True when stderr is at most one line and has no Java stack trace. */
    boolean oneLineError() {
        String e = err.strip();
        return !e.isEmpty() && !e.contains("\n") && !e.contains("Exception") && !e.contains("\tat ");
    }
}
