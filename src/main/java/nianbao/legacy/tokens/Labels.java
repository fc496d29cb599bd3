package nianbao.legacy.tokens;

import nianbao.legacy.read.Text;

import nianbao.schema.BlockTable;
import nianbao.schema.MatrixTable;
import nianbao.schema.Schema;
import nianbao.schema.Section;
import nianbao.schema.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of labels a statistics table can show (section headings, captions, headers, row
 * labels, groups) built from the schema plus the variants found in published reports, and the
 * matcher that names a text cell: by its words first (exact, truncated, with a tail, or similar),
 * then by its enumerator prefix within the current group.
 */
public final class Labels {

    /** What a label does in a table. */
    public enum Role { SECTION, CAPTION, HEADER, ROW, GROUP, SUBGROUP, T4HEAD, CORNER, Y2019 }

    /**
     * One label.
     *
     * @param role what it does
     * @param table t2, t3, t4, or null for section headings
     * @param id row key (ROW), section number (SECTION), subgroup prefix (SUBGROUP), or the word
     * @param prefix canonical enumerator prefix it is printed with, or ""
     * @param keys canonical word keys: the official one first, then variants
     * @param expect how many numbers the row carries (ROW; 7 for the single （六） row), else 0
     */
    public record Label(Role role, String table, String id, String prefix, List<String> keys, int expect) {
    }

    /**
     * A match of a text cell to a label.
     *
     * @param label the label
     * @param score confidence, 0–1
     * @param byPrefix true when only the enumerator prefix identified it
     */
    record Match(Label label, double score, boolean byPrefix) {
    }

    private static final Label CORNER = new Label(Role.CORNER, "t3", "corner", "", List.of(), 0);

    private static final Map<Schema, Labels> CACHE = Collections.synchronizedMap(new IdentityHashMap<>());

    private static final String[] T2_HEADERS = {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量",
        "本年收费金额单位万元", "本年收费金额"};
    private static final String[] T3_HEADERS = {"申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织",
        "法律服务机构", "其他", "总计"};
    /** Whether a text's key is one of 表三's column header words (自然人 … 其他, 总计). */
    boolean isColumnWord(String key) {
        for (String h : T3_HEADERS) {
            if (h.equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] T4_HEADERS = {"行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正",
        "其他结果", "尚未审结", "总计", "其他", "结果", "维持", "纠正", "尚未", "审结"};
    private static final String[] Y2019 = {"本年新制作数量", "本年新公开数量", "对外公开总数量", "其他对外管理服务事项",
        "政府集中采购", "行政事业性收费项目数量", "上一年项目数量", "本年增减", "采购项目数量", "采购总金额"};

    final List<Label> all = new ArrayList<>();
    /** t3 rows by key, in schema order. */
    final List<Label> t3Rows = new ArrayList<>();
    final List<Label> t2Rows = new ArrayList<>();
    final Label total;
    /** 表三 row key → prefix of its subgroup ((三) … (六)). */
    final Map<String, String> subgroupOfRow = new java.util.HashMap<>();
    /** 表三 row keys under 三、本年度办理结果. */
    final java.util.Set<String> groupRows = new java.util.HashSet<>();

    private Labels(Schema schema) {
        for (Section s : schema.sections()) {
            String sq = Text.squeeze(Text.half(s.title()));
            int p = Text.prefixLength(sq, 0);
            all.add(new Label(Role.SECTION, s.table(), s.no(), Text.canonicalPrefix(sq.substring(0, p)),
                    List.of(Text.key(sq.substring(p))), 0));
        }
        Label totalRow = null;
        for (Table t : schema.tables()) {
            if (t instanceof BlockTable b) {
                for (BlockTable.Block block : b.blocks()) {
                    for (BlockTable.Row r : block.rows()) {
                        List<String> keys = new ArrayList<>(List.of(Text.key(Text.squeeze(Text.half(r.label())))));
                        if (r.key().equals("normative")) {
                            keys.add("规范性文件");
                        }
                        Label l = new Label(Role.ROW, b.id(), r.key(), "", List.copyOf(keys), r.fields().size());
                        all.add(l);
                        t2Rows.add(l);
                    }
                }
                java.util.Set<String> headers = new java.util.LinkedHashSet<>(List.of(T2_HEADERS));
                for (BlockTable.Block block : b.blocks()) {
                    for (String h : block.header()) {
                        headers.add(Text.key(Text.squeeze(Text.half(h)))); // a format's own headers (2019: 本年增/减)
                    }
                }
                for (String h : headers) {
                    all.add(new Label(Role.HEADER, b.id(), h, "", List.of(h), 0));
                }
            } else if (t instanceof MatrixTable m && m.layout() == MatrixTable.Layout.GRID) {
                List<String> groups = new ArrayList<>();
                List<String> subgroups = new ArrayList<>();
                for (MatrixTable.Axis r : m.rows()) {
                    Label l = rowLabel(m.id(), r);
                    all.add(l);
                    t3Rows.add(l);
                    if (r.key().equals("total")) {
                        totalRow = l;
                    }
                    if (r.group() != null && !groups.contains(r.group())) {
                        groups.add(r.group());
                    }
                    if (r.subgroup() != null && !subgroups.contains(r.subgroup())) {
                        subgroups.add(r.subgroup());
                    }
                    if (r.group() != null) {
                        groupRows.add(r.key());
                    }
                    if (r.subgroup() != null) {
                        String sg = Text.squeeze(Text.half(r.subgroup()));
                        subgroupOfRow.put(r.key(), Text.canonicalPrefix(sg.substring(0, Text.prefixLength(sg, 0))));
                    }
                }
                for (String g : groups) {
                    String sq = Text.squeeze(Text.half(g));
                    int p = Text.prefixLength(sq, 0);
                    all.add(new Label(Role.GROUP, m.id(), g, Text.canonicalPrefix(sq.substring(0, p)),
                            List.of(Text.key(sq.substring(p))), 0));
                }
                for (int i = 0; i < subgroups.size(); i++) {
                    String sq = Text.squeeze(Text.half(subgroups.get(i)));
                    int p = Text.prefixLength(sq, 0);
                    String prefix = Text.canonicalPrefix(sq.substring(0, p));
                    // The last subgroup, （六）其他处理, is printed as one row in the hybrid layout; a format whose
                    // last result row has no subgroup (2019: （六）其他处理 is a row) has no such layout.
                    boolean lastHeadsLastResult = subgroups.get(i).equals(lastResultSubgroup(m));
                    int expect = i == subgroups.size() - 1 && lastHeadsLastResult ? m.columns().size() : 0;
                    all.add(new Label(Role.SUBGROUP, m.id(), prefix, prefix, List.of(Text.key(sq.substring(p))), expect));
                }
                for (String h : T3_HEADERS) {
                    all.add(new Label(Role.HEADER, m.id(), h, "", List.of(h), 0));
                }
            } else if (t instanceof MatrixTable m) {
                for (String h : T4_HEADERS) {
                    all.add(new Label(Role.T4HEAD, m.id(), h, "", List.of(h), 0));
                }
            }
        }
        java.util.Set<String> own = new java.util.HashSet<>();
        for (Label l : all) {
            own.addAll(l.keys());
        }
        for (String y : Y2019) {
            if (!own.contains(y)) { // the trial format's words mark another format only when the schema lacks them
                all.add(new Label(Role.Y2019, "t2", y, "", List.of(y), 0));
            }
        }
        this.total = totalRow;
    }

    private static Label rowLabel(String table, MatrixTable.Axis r) {
        String sq = Text.squeeze(Text.half(r.label()));
        int p = Text.prefixLength(sq, 0);
        String prefix = Text.canonicalPrefix(sq.substring(0, p));
        String rest = sq.substring(p);
        List<String> keys = new ArrayList<>();
        keys.add(Text.key(rest));
        int paren = rest.indexOf('(');
        if (paren > 1) {
            keys.add(Text.key(rest.substring(0, paren)));
        }
        switch (r.key()) {
            case "denied_law" -> keys.add("其他法律法规禁止公开");
            case "total" -> keys.add("合计");
            case "carry_over" -> keys.add("结转下年度继续办理政府信息公开申请数量");
            case "other_no_correction" -> keys.add("申请人无正当理由逾期不补正");
            case "other_no_fee" -> keys.add("申请人逾期未按收费通知要求缴纳费用");
            default -> {
            }
        }
        return new Label(Role.ROW, table, r.key(), prefix, List.copyOf(keys), 7);
    }

    /** The catalogue for a schema (built once per schema instance). */
    public static Labels of(Schema schema) {
        synchronized (CACHE) {
            if (CACHE.size() > 16 && !CACHE.containsKey(schema)) {
                // Schemas loaded afresh per file would otherwise pile up here.
                CACHE.clear();
            }
            return CACHE.computeIfAbsent(schema, Labels::new);
        }
    }

    /**
     * Names a text token in its context, or returns null.
     *
     * @param t the text token
     * @param table the table being read (t2, t3, t4) or null
     * @param t3Header true while no row of 表三 has been seen (header words are headers)
     * @param subgroup the current 表三 subgroup prefix ((三) … (六)) or null
     */
    Match match(Token t, String table, boolean t3Header, String subgroup) {
        if (t.key().length() > 60) {
            return t.key().contains("勾稽") ? new Match(CORNER, 1.0, false) : null;
        }
        String cacheKey = table + '|' + (t3Header ? '1' : '0') + '|' + subgroup + '|' + t.prefix() + '|' + t.key();
        Match m = cache.get(cacheKey);
        if (m == null) {
            m = compute(t, table, t3Header, subgroup);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(cacheKey, m == null ? NONE : m);
            }
        }
        return m == NONE ? null : m;
    }

    /** Remembered answers: the same labels recur in every report of a batch. Bounded against garbage. */
    private final Map<String, Match> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;
    private static final Match NONE = new Match(null, 0, false);

    private Match compute(Token t, String table, boolean t3Header, String subgroup) {
        String key = t.key();
        String prefix = t.prefix();
        if (key.isEmpty() && prefix.isEmpty()) {
            return null;
        }
        if (key.contains("勾稽")) {
            return new Match(CORNER, 1.0, false);
        }
        if (key.length() > 60) {
            return null;
        }
        if (key.startsWith("第二十条") && key.length() <= 12) {
            return new Match(new Label(Role.CAPTION, "t2", key, "", List.of(key), 0), 1.0, false);
        }
        Match best = null;
        long keyMask = mask(key);
        for (Label l : all) {
            if (!allowed(l, key, prefix, table, t3Header, subgroup)) {
                continue;
            }
            boolean inContext = l.table() == null || l.table().equals(table) || l.role() == Role.Y2019;
            // A label outside the table being read needs 0.95: most texts are then not even compared in full.
            double s = score(l, key, keyMask, prefix, l.role() == Role.SECTION || inContext ? 0.72 : 0.95);
            if (l.role() == Role.SECTION) {
                if (s < 0.72 || prefix.isEmpty() && s < 0.95 && !halfOfAWording(key, l)) {
                    // Without its ordinal a heading needs most of its words: 政府信息公开 alone is a
                    // fragment of a row label broken over lines (二、上年结转/政府信息公开/申请数量).
                    continue;
                }
            } else if (inContext ? s < 0.72 : s < 0.95) {
                continue;
            }
            if (best == null || s > best.score() + 1e-9) {
                best = new Match(l, s, false);
            }
        }
        if (best == null && "t3".equals(table) && !prefix.isEmpty() && key.length() <= 40 && !t3Header) {
            best = byPrefix(prefix, key, subgroup);
        }
        return best;
    }

    /**
     * A row label at the end of a longer text that is followed by a glued number: header words run
     * together with the first row label ({@code 信息内容本年处理决定数量行政许可10690}).
     */
    Match suffix(Token t, String table) {
        String key = t.key();
        // 表三's whole header (勾稽 note, applicant columns) can run into the first row label on a crawler line
        if (key.length() > (key.contains("勾稽") ? 160 : 80) || table == null) {
            return null;
        }
        Match best = null;
        int bestLength = 1;
        for (Label l : all) {
            if (l.role() != Role.ROW || !table.equals(l.table())) {
                continue;
            }
            List<String> wordings = l.keys();
            for (int w = 0; w < wordings.size(); w++) {
                String v = wordings.get(w);
                if (v.length() > bestLength && key.length() > v.length() && key.endsWith(v)) {
                    best = new Match(l, 0.9, false);
                    bestLength = v.length();
                }
            }
        }
        return best;
    }

    /**
     * A section heading at the start of a longer text (the crawler's innerText runs the heading into
     * the table's caption and header words): the heading and where the rest of the key starts, or null.
     */
    Glued sectionStart(Token t) {
        String key = t.key();
        if (t.prefix().isEmpty() || key.length() > 400) {
            return null;
        }
        Glued best = null;
        double bestScore = 0.8;
        for (Label l : all) {
            if (l.role() != Role.SECTION || l.table() == null || !l.prefix().equals(t.prefix())) {
                continue;
            }
            String v = l.keys().get(0);
            int n = v.length();
            for (int cut = Math.max(2, n - 2); cut <= Math.min(key.length() - 1, n + 2); cut++) {
                double d = key.startsWith(v) && cut == n ? 1.0 : dice(key.substring(0, cut), v);
                if (d > bestScore) {
                    bestScore = d;
                    best = new Glued(l, cut);
                }
            }
        }
        return best;
    }

    /**
     * Where a table's section heading, with its ordinal and every word, starts inside a long text
     * (crawler lines run the narrative into 二、主动公开政府信息情况 and the table after it), or -1.
     *
     * @param squeezed the text, half-width and without spaces
     */
    public int sectionInside(String squeezed) {
        int best = -1;
        for (Label l : all) {
            if (l.role() != Role.SECTION || l.table() == null || l.prefix().isEmpty()) {
                continue;
            }
            for (String v : l.keys()) {
                int at = squeezed.lastIndexOf(l.prefix() + v);
                if (at > 0 && at > best) {
                    best = at;
                }
            }
        }
        return best;
    }

    /**
     * A heading found at the start of a text.
     *
     * @param label the section heading
     * @param end where the heading's words end in the text's key
     */
    record Glued(Label label, int end) {
    }

    /** The section heading this text is, or null. */
    Label section(Token t) {
        if (t.key().isEmpty() || t.key().length() > 40) {
            return null;
        }
        String cacheKey = t.prefix() + '|' + t.key();
        Label found = sections.get(cacheKey);
        if (found == null) {
            found = NO_SECTION;
            long keyMask = mask(t.key());
            for (Label l : all) {
                if (l.role() == Role.SECTION && score(l, t.key(), keyMask, t.prefix(), 0.72) >= 0.72) {
                    found = l;
                    break;
                }
            }
            if (sections.size() < CACHE_LIMIT) {
                sections.put(cacheKey, found);
            }
        }
        return found == NO_SECTION ? null : found;
    }

    /** Remembered answers of {@link #section}. */
    private final Map<String, Label> sections = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Label NO_SECTION = new Label(Role.CAPTION, null, "", "", List.of(), 0);

    private static boolean halfOfAWording(String key, Label l) {
        for (String v : l.keys()) {
            if (2 * key.length() >= v.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean allowed(Label l, String key, String prefix, String table, boolean t3Header, String subgroup) {
        switch (l.role()) {
            case HEADER:
                if ("t3".equals(l.table())) {
                    return "t3".equals(table) && t3Header;
                }
                return true;
            case T4HEAD:
                if ("t4".equals(table)) {
                    return true;
                }
                // 表四's group words open it when its heading was lost; its short words never do.
                return "t3".equals(table) && !t3Header && l.id().length() >= 4 && !l.id().startsWith("结果");
            case ROW:
                if ("t3".equals(l.table())) {
                    if (l.id().equals("other_other")) {
                        // Without its ordinal only the bare word: 其他处… is （六）其他处理 broken over lines.
                        return prefix.equals("3.") || prefix.isEmpty() && key.equals("其他") && "(六)".equals(subgroup)
                                && !t3Header;
                    }
                    if (l.id().equals("total")) {
                        return prefix.equals("(七)") || prefix.isEmpty() && !t3Header;
                    }
                }
                return true;
            default:
                return true;
        }
    }

    /**
     * How well a text names a label, 0 … 1; a score below {@code needed} may come back as 0 (the
     * ordinal adjusts a wording's score by at most +0.05, so wordings below {@code needed − 0.05}
     * are not compared in full).
     */
    private static double score(Label l, String key, long keyMask, String prefix, double needed) {
        double best = 0;
        List<String> wordings = l.keys(); // indexed: an iterator per label and text adds up on a large input
        for (int w = 0; w < wordings.size(); w++) {
            String v = wordings.get(w);
            best = Math.max(best, words(key, keyMask, v, !prefix.isEmpty() && prefix.equals(l.prefix()), needed - 0.05 - 1e-9));
        }
        if (best == 0) {
            return 0;
        }
        if (!prefix.isEmpty()) {
            if (l.prefix().isEmpty()) {
                best -= 0.1;
            } else if (prefix.equals(l.prefix())) {
                best = Math.min(1.0, best + 0.05);
            } else {
                best -= 0.35;
            }
        }
        return best;
    }

    /** How well a key matches one label wording. */
    static double words(String key, String v, boolean prefixAgrees) {
        return words(key, mask(key), v, prefixAgrees, 0);
    }

    private static double words(String key, long keyMask, String v, boolean prefixAgrees, double atLeast) {
        if (key.equals(v)) {
            return 1.0;
        }
        int k = key.length();
        int n = v.length();
        if (k == 0 || n == 0) {
            return 0;
        }
        if (k < n && v.startsWith(key) && (k >= 6 || k >= 4 && 2 * k >= n || prefixAgrees && k >= 2)) {
            return 0.9;
        }
        if (k > n && key.startsWith(v) && n >= 2 && k - n <= Math.max(4, n / 2)) {
            return 0.85;
        }
        if (k >= 3 && n >= 3 && 2 * k >= n && 2 * n >= k && sharesEnough(keyMask, v)) {
            double d = dice(key, v, Math.max(0.6, atLeast / 0.95 - 1e-9));
            if (d >= 0.6) {
                return d * 0.95;
            }
        }
        return 0;
    }

    /** Cheap bound before Dice: at least half of the label's characters must occur in the key. */
    private static boolean sharesEnough(long mk, String v) {
        long mv = WORDING_MASKS.computeIfAbsent(v, Labels::mask);
        return 2 * Long.bitCount(mk & mv) >= Long.bitCount(mv);
    }

    private static int bigramBit(char x, char y) {
        return (x * 31 + y) * 0x9E3779B1 >>> 26;
    }

    private static long bigramMask(String s) {
        long m = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            m |= 1L << bigramBit(s.charAt(i), s.charAt(i + 1));
        }
        return m;
    }

    /** The bigram masks of the strings Dice compares texts with (label wordings). */
    private static final Map<String, Long> WORDING_BIGRAMS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The character masks of the label wordings (a few hundred strings). */
    private static final Map<String, Long> WORDING_MASKS = new java.util.concurrent.ConcurrentHashMap<>();

    private static long mask(String s) {
        long m = 0;
        for (int i = 0; i < s.length(); i++) {
            m |= 1L << (s.charAt(i) * 31 & 63);
        }
        return m;
    }

    /** Dice coefficient of character bigrams. */
    static double dice(String a, String b) {
        return dice(a, b, 0);
    }

    /**
     * Dice coefficient of character bigrams, or 0 as soon as it cannot reach {@code atLeast} (most
     * texts compared with a label are not it).
     */
    static double dice(String a, String b, double atLeast) {
        int na = a.length() - 1;
        int nb = b.length() - 1;
        if (na <= 0 || nb <= 0) {
            return 0;
        }
        double needed = atLeast * (na + nb) / 2.0;
        if (needed > 0) {
            // Upper bound first: a bigram of a can only be common if b has one with the same hash bit.
            long bigramsOfB = WORDING_BIGRAMS.computeIfAbsent(b, Labels::bigramMask);
            int possible = 0;
            for (int i = 0; i < na; i++) {
                possible += (int) (bigramsOfB >>> bigramBit(a.charAt(i), a.charAt(i + 1)) & 1);
            }
            if (possible < needed) {
                return 0;
            }
        }
        boolean[] used = new boolean[nb];
        int common = 0;
        for (int i = 0; i < na; i++) {
            if (common + (na - i) < needed) {
                return 0;
            }
            char a0 = a.charAt(i);
            char a1 = a.charAt(i + 1);
            for (int j = 0; j < nb; j++) {
                if (!used[j] && b.charAt(j) == a0 && b.charAt(j + 1) == a1) {
                    used[j] = true;
                    common++;
                    break;
                }
            }
        }
        return 2.0 * common / (na + nb);
    }

    /** A 表三 label whose words are garbled, named by its prefix within the current group. */
    private Match byPrefix(String prefix, String key, String subgroup) {
        if (key.contains("复议") || key.contains("诉讼")) {
            return null;
        }
        if (Character.isDigit(prefix.charAt(0))) {
            if (subgroup == null) {
                return null;
            }
            int n = Integer.parseInt(prefix.substring(0, prefix.length() - 1));
            int seen = 0;
            for (Label l : t3Rows) {
                if (l.prefix().equals(prefix) && subgroupOf(l, subgroup)) {
                    seen++;
                    if (seen == 1 && n > 0) {
                        return new Match(l, 0.6, true);
                    }
                }
            }
            return null;
        }
        for (Label l : all) {
            if ("t3".equals(l.table()) && (l.role() == Role.ROW || l.role() == Role.SUBGROUP || l.role() == Role.GROUP)
                    && l.prefix().equals(prefix)) {
                return new Match(l, 0.6, true);
            }
        }
        return null;
    }

    private boolean subgroupOf(Label row, String subgroup) {
        return subgroup.equals(subgroupOfRow.get(row.id()));
    }


    /** The subgroup of the result row printed right before （七）总计, or null. */
    private static String lastResultSubgroup(MatrixTable m) {
        String last = null;
        for (MatrixTable.Axis r : m.rows()) {
            if (r.key().equals("total")) {
                return last;
            }
            last = r.subgroup();
        }
        return null;
    }
}
