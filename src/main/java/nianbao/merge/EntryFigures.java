package nianbao.merge;

import nianbao.analysis.KeyFigures;
import nianbao.schema.Field;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The key figures of the summary's rows, read from their compact numbers (a blank or non-number cell is absent). */
final class EntryFigures {

    private final Map<Columns, Map<String, Integer>> indexes = new IdentityHashMap<>();

    /** The figures of the rows counted in the 合计, in the summary's order. */
    static List<KeyFigures> counted(Merger.Run run) {
        EntryFigures f = new EntryFigures();
        List<KeyFigures> out = new ArrayList<>();
        for (Merger.Placed p : run.placed()) {
            if (p.included()) {
                out.add(f.of(p.entry()));
            }
        }
        return out;
    }

    KeyFigures of(Entry e) {
        Map<String, Integer> index = indexes.computeIfAbsent(e.columns(), c -> {
            Map<String, Integer> m = new HashMap<>();
            List<Field> numeric = c.numeric();
            for (int i = 0; i < numeric.size(); i++) {
                m.put(numeric.get(i).id(), i);
            }
            return m;
        });
        return KeyFigures.of(e.agency(), e.year(), e.columns().schema(), id -> {
            Integer i = index.get(id);
            return i == null ? null : e.number(i);
        });
    }
}
