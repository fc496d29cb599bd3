package nianbao.legacy.meta;

import nianbao.legacy.read.Chrome;

import nianbao.schema.BlockTable;
import nianbao.schema.MatrixTable;
import nianbao.schema.Schema;
import nianbao.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the built-in formats a published report's tables follow, told by the table labels only
 * one format prints (2019: 本年新制作数量, 本年增/减, 政府集中采购…; 2021: 本年制发件数, 现行有效件数…).
 * The labels come from the schemas themselves, so a new format file is told apart without code.
 */
public final class FormatDetector {

    /** How many of a format's own labels a text must show before it is taken for that format. */
    static final int MIN_HITS = 2;
    /** 表二's headers follow heading 二 within a few hundred lines (one cell per line); a longer scan only costs time. */
    private static final int SCAN_LINES = 600;
    /** Own labels enough to decide at once when no other format has shown any. */
    private static final int SURE_HITS = 4;

    private final List<Schema> schemas;
    /** Per schema, its labels that no other schema prints, as {@link #key} gives them. */
    private final Map<Schema, Set<String>> own = new LinkedHashMap<>();
    /** Every label of every schema, to tell 处理决定数量 inside 本年处理决定数量 from the label itself. */
    private final Set<String> every = new LinkedHashSet<>();

    public FormatDetector(List<Schema> schemas) {
        this.schemas = List.copyOf(schemas);
        Map<Schema, Set<String>> labels = new LinkedHashMap<>();
        for (Schema s : schemas) {
            labels.put(s, labels(s));
            every.addAll(labels.get(s));
        }
        for (Schema s : schemas) {
            Set<String> mine = new LinkedHashSet<>(labels.get(s));
            for (Schema o : schemas) {
                if (o != s) {
                    mine.removeAll(labels.get(o));
                }
            }
            own.put(s, mine);
        }
    }

    /**
     * The format whose own labels the text shows most (at least {@link #MIN_HITS} distinct ones, more
     * than any other format), else the fallback.
     *
     * @param lines the cleaned lines of the report
     * @param from the line to start at (heading 二 when known)
     */
    public Schema detect(List<Outline.Cleaned> lines, int from, Schema fallback) {
        Map<Schema, Set<String>> hits = new LinkedHashMap<>();
        for (int i = Math.max(0, from); i < Math.min(lines.size(), from + SCAN_LINES); i++) {
            String t = key(lines.get(i).text());
            for (Schema s : schemas) {
                for (String label : own.get(s)) {
                    if (t.contains(label) && !insideLongerLabel(t, label)) {
                        hits.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(label);
                    }
                }
            }
            if (hits.size() == 1 && hits.values().iterator().next().size() >= SURE_HITS) {
                break;
            }
        }
        Schema best = fallback;
        int bestHits = MIN_HITS - 1;
        boolean tie = false;
        for (Map.Entry<Schema, Set<String>> e : hits.entrySet()) {
            int n = e.getValue().size();
            if (n > bestHits) {
                best = e.getKey();
                bestHits = n;
                tie = false;
            } else if (n == bestHits && n >= MIN_HITS) {
                tie = true;
            }
        }
        return tie ? fallback : best;
    }

    /** True when every occurrence of the label in the line is part of a longer label of some format. */
    private boolean insideLongerLabel(String line, String label) {
        for (int at = line.indexOf(label); at >= 0; at = line.indexOf(label, at + 1)) {
            boolean covered = false;
            for (String longer : every) {
                if (longer.length() > label.length() && longer.contains(label)) {
                    int offset = longer.indexOf(label);
                    int start = at - offset;
                    if (start >= 0 && line.startsWith(longer, start)) {
                        covered = true;
                        break;
                    }
                }
            }
            if (!covered) {
                return false;
            }
        }
        return true;
    }

    /** A label or line compared without blanks and slashes: reports print 本年增/减 and 本年增减. */
    static String key(String s) {
        return Chrome.squeeze(s).replace("/", "").replace("／", "");
    }

    /** The table labels a format prints: block headers and row labels, matrix row and column labels. */
    private static Set<String> labels(Schema s) {
        Set<String> out = new LinkedHashSet<>();
        for (Table t : s.tables()) {
            List<String> texts = new ArrayList<>();
            if (t instanceof BlockTable b) {
                for (BlockTable.Block block : b.blocks()) {
                    texts.addAll(block.header());
                    block.rows().forEach(r -> texts.add(r.label()));
                }
            } else if (t instanceof MatrixTable m) {
                for (MatrixTable.Axis a : m.rows()) {
                    texts.add(a.label());
                    if (a.group() != null) {
                        texts.add(a.group());
                    }
                    if (a.subgroup() != null) {
                        texts.add(a.subgroup()); // 2021's （六）其他处理 heads three rows, 2019's is the row itself
                    }
                }
                m.columns().forEach(a -> texts.add(a.label()));
            }
            for (String x : texts) {
                String sq = key(x);
                if (sq.length() >= 4) { // 规章, 其他: too short to tell formats apart in running text
                    out.add(sq);
                }
            }
        }
        return out;
    }
}
