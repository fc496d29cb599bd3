package nianbao.merge;

import java.nio.file.Path;

/**
 * One agency of a collection's roster, as the collection desk merges it: the summary has one row per
 * slot, in roster order, named by the roster whatever the workbook says.
 *
 * @param agency the agency's name on the roster
 * @param file the agency's last confirmed version, or null when it has not submitted (未提交)
 * @param label what the summary's 文件 column shows, e.g. {@code 第3版（原文件名.xlsx）}; never a server path
 */
public record RosterSlot(String agency, Path file, String label) {

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
    }

    /** True when the agency has a confirmed version to merge. */
    public boolean submitted() {
        return file != null;
    }
}
