package nianbao.merge;

import nianbao.schema.Schemas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The collection desk's merge: one row per roster slot in roster order, named by the roster. A workbook whose
 * 机关名称 is another agency's is still counted under its slot (the link that uploaded it decides whose it is)
 * and gets an error in 问题清单, so two roster agencies can never displace each other.
 */
final class Roster {

    /** Rule ID of the finding for a workbook that names another agency than its roster slot. */
    static final String RULE = "AGENCY";

    private Roster() {
    }

    /** The files to read: each submitted slot's, in roster order, named by its label. */
    static List<Merger.Job> jobs(List<RosterSlot> slots) {
        List<Merger.Job> out = new ArrayList<>();
        for (RosterSlot s : slots) {
            if (s.submitted()) {
                out.add(new Merger.Job(s.file(), s.label(), s.agency(), s.marks()));
            }
        }
        return out;
    }

    /** The finding's sentence: 机关名称不符：工作簿写的是“…”. */
    static String mismatch(String inFile, String roster) {
        return "机关名称不符：工作簿写的是“" + inFile + "”，本行按名单计入“" + roster + "”。请确认上传的是本单位的年报。";
    }

    /**
     * One row per slot, in roster order.
     *
     * @param slots the roster
     * @param read what {@link #jobs} gave, read: an {@link Entry} or a {@link Failure} per submitted slot
     * @param otherYear the entries left out for their year
     * @param formats the run's formats (a slot without a report gets the newest format read, or the current one)
     */
    static List<Merger.Placed> place(List<RosterSlot> slots, Object[] read, List<Entry> otherYear,
                                     Merger.Formats formats) {
        Set<Entry> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
        skipped.addAll(otherYear);
        Columns blank = null;
        for (Object o : read) {
            if (o instanceof Entry e && (blank == null || e.columns().schema().firstYear() > blank.schema().firstYear())) {
                blank = e.columns();
            }
        }
        if (blank == null) {
            blank = formats.of(Schemas.defaultSchema());
        }
        List<Merger.Placed> out = new ArrayList<>(slots.size());
        int k = 0;
        for (RosterSlot s : slots) {
            if (!s.submitted()) {
                out.add(new Merger.Placed(Entry.blank("", s.agency(), blank), Merger.Status.NOT_SUBMITTED, null));
            } else if (read[k++] instanceof Entry e) {
                Merger.Status status = skipped.contains(e) ? Merger.Status.OTHER_YEAR
                        : e.badValues().isEmpty() ? Merger.Status.COUNTED : Merger.Status.BAD_VALUES;
                out.add(new Merger.Placed(e, status, null));
            } else {
                out.add(new Merger.Placed(Entry.blank(s.label(), s.agency(), blank), Merger.Status.UNREADABLE, null));
            }
        }
        return out;
    }
}
