package nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Checks on output paths made before any work, shared by every command: an input is never written over,
 * whether it was named as given, through {@code ./}, a symbolic link, a folder or a glob.
 */
final class OutputChecks {

    /**
     * One output of a command.
     *
     * @param option the option that names it, as the user typed it ({@code -o}, {@code --csv}, …)
     * @param path the file
     */
    record Output(String option, Path path) {
    }

    private OutputChecks() {
    }

    /**
     * What is wrong with writing to {@code output}, or null when it is fine.
     *
     * @param extension the required extension (e.g. {@code .xlsx}), or null for any
     * @param input an input file of the same run, or null
     */
    static String problem(Path output, String extension, Path input) {
        if (extension != null && !output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            return "输出文件 " + output + " 应以 " + extension + " 结尾。";
        }
        if (Files.isDirectory(output)) {
            return "输出路径 " + output + " 是一个文件夹，请给出文件名。";
        }
        return input == null ? null : overwritesInput(List.of(new Output("-o", output)), List.of(input));
    }

    /**
     * The one-line refusal when an output is one of the inputs, or null. Files are compared by identity
     * (device and inode where the system has them), so {@code ./a.xlsx}, {@code a.xlsx}, a link to it and a
     * folder's listing of it are the same file; an output that does not exist yet cannot be an input.
     *
     * @param outputs the command's outputs (null paths are skipped)
     * @param inputs every input file, as named or as found in folders and globs
     */
    static String overwritesInput(List<Output> outputs, Collection<Path> inputs) {
        for (Output o : outputs) {
            if (o.path() == null || !Files.exists(o.path())) {
                continue;
            }
            Object key = fileKey(o.path());
            for (Path in : inputs) {
                if (in != null && same(o.path(), key, in)) {
                    return inputOverwritten(o);
                }
            }
        }
        return null;
    }

    /** The refusal for an output that is an input: one line naming the file and the option. */
    static String inputOverwritten(Output o) {
        return "输出文件 " + o.path() + "（" + o.option() + "）是输入文件之一，不会覆盖输入；请换一个输出文件名，"
                + "或写到输入所在的文件夹以外。";
    }

    private static boolean same(Path output, Object outputKey, Path input) {
        try {
            if (outputKey != null) {
                Object k = fileKey(input);
                return outputKey.equals(k);
            }
            return Files.exists(input) && Files.isSameFile(output, input);
        } catch (IOException e) {
            return false;
        }
    }

    /** The file's identity (device and inode on Unix), or null where the system has none or it cannot be read. */
    private static Object fileKey(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
