package nianbao.validate;

import nianbao.schema.Severity;

import java.util.List;

/**
 * The outcome of validating one input file: its findings, or the reason it could not be read.
 *
 * @param file the file as the user named it (or as found under a named directory)
 * @param findings the findings, errors first; empty when unreadable
 * @param unreadable the one-line Chinese reason the file could not be read, or null
 */
public record FileResult(String file, List<Finding> findings, String unreadable) {

    public FileResult {
        findings = List.copyOf(findings);
    }

    /** A file that was read and validated. */
    public static FileResult of(String file, List<Finding> findings) {
        return new FileResult(file, findings, null);
    }

    /** A file that could not be read, with the reason. */
    public static FileResult unreadable(String file, String reason) {
        return new FileResult(file, List.of(), reason);
    }

    /** True when the file could be read. */
    public boolean readable() {
        return unreadable == null;
    }

    /** How many findings have the given severity. */
    public int count(Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when some finding is an error. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
