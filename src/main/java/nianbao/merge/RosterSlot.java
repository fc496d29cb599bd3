package nianbao.merge;

import java.nio.file.Path;
import java.util.Map;

/**
 * One agency of a collection's roster, as the collection desk merges it: the summary has one row per
 * slot, in roster order, named by the roster whatever the workbook says.
 *
 * @param agency the agency's name on the roster
 * @param file the agency's last confirmed version, or null when it has not submitted (未提交)
 * @param label what the summary's 文件 column shows, e.g. {@code 第3版（原文件名.xlsx）}; never a server path
 * @param marks the office's review of the version's findings, by finding key
 *              ({@link nianbao.validate.FindingKeys}): what the 问题清单 shows beside each, e.g.
 *              {@code 需改正：请按台账核对}; empty when none
 */
public record RosterSlot(String agency, Path file, String label, Map<String, String> marks) {

    public RosterSlot {
        if (agency == null || agency.isBlank()) {
            throw new IllegalArgumentException("a roster slot needs an agency");
        }
        if (file != null && (label == null || label.isBlank())) {
            throw new IllegalArgumentException("a submitted roster slot needs a label");
        }
        if (label == null) {
            label = "";
        }
        marks = marks == null ? Map.of() : Map.copyOf(marks);
    }

    /** A slot without review marks. */
    public RosterSlot(String agency, Path file, String label) {
        this(agency, file, label, Map.of());
    }

    /**
     * True when a workbook's 机关名称 names the roster's agency, spaces (full-width ones too) ignored: the
     * comparison after which the roster merge says 机关名称不符 (the collection desk's pages use it too).
     */
    public static boolean sameAgency(String roster, String inFile) {
        return Merger.normalize(roster).equals(Merger.normalize(inFile));
    }

    /** True when the agency has a confirmed version to merge. */
    public boolean submitted() {
        return file != null;
    }
}
