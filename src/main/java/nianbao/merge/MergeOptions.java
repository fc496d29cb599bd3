package nianbao.merge;

import java.nio.file.Path;
import java.util.List;

/**
 * What to merge and where to write it: the files, folders and globs of a command line, or a collection's
 * roster (one slot per agency, for the collection desk).
 *
 * @param inputs files, directories and globs as typed (empty in roster mode)
 * @param output the summary workbook (.xlsx), or null
 * @param csv the CSV file, or null
 * @param jsonl the JSON Lines file, or null
 * @param aggregate the aggregate report (.xlsx or .json), or null
 * @param year keep only reports of this year, or null
 * @param allowMixedYears merge reports of different years without {@code year}
 * @param threads reader threads (at least 1)
 * @param headerZh CSV header with Chinese labels instead of field IDs
 * @param command what the 说明 sheet says was run: the command line, or in roster mode a plain description
 *                of the collection (no paths, no options)
 * @param roster the roster in its order, or null for a merge of {@code inputs} (where the 重复 rule applies)
 * @param previous last year's reports for the 同比 sheet, or null for none
 */
public record MergeOptions(List<String> inputs, Path output, Path csv, Path jsonl, Path aggregate, Integer year,
                           boolean allowMixedYears, int threads, boolean headerZh, String command,
                           List<RosterSlot> roster, PreviousYear previous) {

    public MergeOptions {
        inputs = List.copyOf(inputs);
        roster = roster == null ? null : List.copyOf(roster);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (roster != null && !inputs.isEmpty()) {
            throw new IllegalArgumentException("a roster merge takes no other inputs");
        }
    }

    /** Options without last year's reports. */
    public MergeOptions(List<String> inputs, Path output, Path csv, Path jsonl, Path aggregate, Integer year,
                        boolean allowMixedYears, int threads, boolean headerZh, String command,
                        List<RosterSlot> roster) {
        this(inputs, output, csv, jsonl, aggregate, year, allowMixedYears, threads, headerZh, command, roster, null);
    }

    /** Options for a merge of files, folders and globs. */
    public MergeOptions(List<String> inputs, Path output, Path csv, Path jsonl, Path aggregate, Integer year,
                        boolean allowMixedYears, int threads, boolean headerZh, String command) {
        this(inputs, output, csv, jsonl, aggregate, year, allowMixedYears, threads, headerZh, command, null);
    }

    /** Options with defaults for everything but the inputs and the summary workbook. */
    public static MergeOptions of(List<String> inputs, Path output) {
        return new MergeOptions(inputs, output, null, null, null, null, false,
                Runtime.getRuntime().availableProcessors(), false, "merge");
    }

    /**
     * Options for the collection desk: one row per roster slot, Chinese CSV header, no output yet (add them
     * with {@link #withOutput} and {@link #withExtras}).
     *
     * @param roster the agencies in roster order
     * @param year the collection's year (reports of another year are listed, not counted), or null
     * @param description what the 说明 sheet names as the source, e.g. {@code 收集：2025 年度政府信息公开工作年度报告}
     */
    public static MergeOptions roster(List<RosterSlot> roster, Integer year, String description) {
        return new MergeOptions(List.of(), null, null, null, null, year, false,
                Runtime.getRuntime().availableProcessors(), true, description, roster);
    }

    /** True for a roster merge. */
    public boolean rosterMode() {
        return roster != null;
    }

    /** A copy writing the summary workbook to another file (or none). */
    public MergeOptions withOutput(Path newOutput) {
        return new MergeOptions(inputs, newOutput, csv, jsonl, aggregate, year, allowMixedYears, threads, headerZh,
                command, roster, previous);
    }

    /** A copy writing CSV, JSON Lines and the aggregate too (any may be null). */
    public MergeOptions withExtras(Path newCsv, Path newJsonl, Path newAggregate) {
        return new MergeOptions(inputs, output, newCsv, newJsonl, newAggregate, year, allowMixedYears, threads,
                headerZh, command, roster, previous);
    }

    /** A copy with a year filter and mixed-year policy. */
    public MergeOptions withYears(Integer newYear, boolean allowMixed) {
        return new MergeOptions(inputs, output, csv, jsonl, aggregate, newYear, allowMixed, threads, headerZh, command,
                roster, previous);
    }

    /** A copy comparing with last year's reports (or none). */
    public MergeOptions withPrevious(PreviousYear newPrevious) {
        return new MergeOptions(inputs, output, csv, jsonl, aggregate, year, allowMixedYears, threads, headerZh, command,
                roster, newPrevious);
    }

    /** A copy with another thread count. */
    public MergeOptions withThreads(int n) {
        return new MergeOptions(inputs, output, csv, jsonl, aggregate, year, allowMixedYears, n, headerZh, command,
                roster, previous);
    }
}
