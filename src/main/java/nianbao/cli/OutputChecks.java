package nianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Checks on an output path made before any work, so that an input is never overwritten. */
final class OutputChecks {

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
        if (input != null && output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            return "输出文件与输入文件相同（" + output + "），不会覆盖输入，请换一个输出文件名。";
        }
        return null;
    }
}
