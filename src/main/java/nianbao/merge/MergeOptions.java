package nianbao.merge;

import java.nio.file.Path;
import java.util.List;

/**
 * What to merge and where to write it.
 *
 * @param inputs files, directories and globs as typed
 * @param output the summary workbook (.xlsx), or null
 * @param csv the CSV file, or null
 * @param jsonl the JSON Lines file, or null
 * @param aggregate the aggregate report (.xlsx or .json), or null
 * @param year keep only reports of this year, or null
 * @param allowMixedYears merge reports of different years without {@code year}
 * @param threads reader threads (at least 1)
 * @param headerZh CSV header with Chinese labels instead of field IDs
 * @param command the command line as run, for the 说明 sheet
 */
public record MergeOptions(List<String> inputs, Path output, Path csv, Path jsonl, Path aggregate, Integer year,
                           boolean allowMixedYears, int threads, boolean headerZh, String command) {

    public MergeOptions {
        inputs = List.copyOf(inputs);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** Options with defaults for everything but the inputs and the summary workbook. */
    public static MergeOptions of(List<String> inputs, Path output) {
        return new MergeOptions(inputs, output, null, null, null, null, false,
                Runtime.getRuntime().availableProcessors(), false, "merge");
    }

    /** A copy writing CSV, JSON Lines and the aggregate too (any may be null). */
    public MergeOptions withExtras(Path newCsv, Path newJsonl, Path newAggregate) {
        return new MergeOptions(inputs, output, newCsv, newJsonl, newAggregate, year, allowMixedYears, threads,
                headerZh, command);
    }

    /** A copy with a year filter and mixed-year policy. */
    public MergeOptions withYears(Integer newYear, boolean allowMixed) {
        return new MergeOptions(inputs, output, csv, jsonl, aggregate, newYear, allowMixed, threads, headerZh, command);
    }

    /** A copy with another thread count. */
    public MergeOptions withThreads(int n) {
        return new MergeOptions(inputs, output, csv, jsonl, aggregate, year, allowMixedYears, n, headerZh, command);
    }
}
