package nianbao.merge;

import java.util.List;

/**
 * Last year's reports, for the summary's 同比 sheet: files, folders and globs as typed ({@code merge --previous}),
 * or the collection desk's previous collection as roster slots (each report named by its roster agency).
 *
 * @param inputs files, directories and globs (empty for a roster)
 * @param roster last year's roster slots (null for inputs); slots without a file are skipped
 */
public record PreviousYear(List<String> inputs, List<RosterSlot> roster) {

    public PreviousYear {
        inputs = List.copyOf(inputs);
        roster = roster == null ? null : List.copyOf(roster);
    }

    /** Last year's reports among these files, folders and globs. */
    public static PreviousYear of(List<String> inputs) {
        return new PreviousYear(inputs, null);
    }

    /** Last year's collection: each slot's confirmed file, counted under the slot's agency. */
    public static PreviousYear roster(List<RosterSlot> roster) {
        return new PreviousYear(List.of(), roster);
    }
}
