package nianbao.web.view;

import nianbao.validate.Finding;

/**
 * A finding of an agency's latest version with the office's mark on it, if any.
 *
 * @param finding the finding
 * @param key its rule and cell ({@code T3-ROW@t3.new.total}), what a mark is kept under
 * @param mark the office's mark, or null
 */
public record Review(Finding finding, String key, Mark mark) {

    /**
     * The office's mark.
     *
     * @param kind {@code fix} (需改正) or {@code ok} (已核实无误)
     * @param label 需改正 or 已核实无误
     * @param note the comment to the agency, or the reason it is right
     * @param time when it was marked, shown as 2026-01-20 14:05
     * @param version the version the office looked at
     */
    public record Mark(String kind, String label, String note, String time, int version) {

        /** True for 需改正. */
        public boolean fix() {
            return "fix".equals(kind);
        }
    }
}
