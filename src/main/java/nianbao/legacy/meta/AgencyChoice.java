package nianbao.legacy.meta;

import java.util.ArrayList;
import java.util.List;

/**
 * Which agency a report names, out of what names it: its title, its closing signature (落款), a
 * labelled page field (来源 / 发布机构 / 机关) and, as further evidence only, the agency the preamble
 * says compiled it (由……编制). The title's name is taken, else the signature's, else the field's; when
 * title and signature disagree, the one more of the others agree with is taken (the title's on a tie)
 * and the choice is said. When none names a plausible agency the name is missing with the reason.
 *
 * @param name the agency, or null when missing
 * @param line the decoded line it was read from, or 0
 * @param note why this name among disagreeing ones (the workbook's comment), or null when they agree
 * @param missing why no name was taken, or null when one was
 */
public record AgencyChoice(String name, int line, String note, String missing) {

    /**
     * One place naming the agency.
     *
     * @param where where, as the note says it: 标题, 落款, “来源”栏
     * @param name the name there (plausible), or null
     * @param line its decoded line
     */
    record Evidence(String where, String name, int line) {
    }

    /**
     * Chooses.
     *
     * @param meta what the top of the report says (title, page fields, preamble)
     * @param signed the name signed at the end, or null
     * @param signedLine its decoded line
     */
    public static AgencyChoice of(MetaParser.Meta meta, String signed, int signedLine) {
        List<Evidence> named = new ArrayList<>(3);
        add(named, "标题", meta.agency(), meta.titleLine());
        add(named, "落款", signed, signedLine);
        if (meta.labelled() != null) {
            add(named, "“" + meta.labelledAs() + "”栏", AgencyName.clean(meta.labelled()), meta.labelledLine());
        }
        if (named.isEmpty()) {
            return new AgencyChoice(null, meta.titleLine(), null, missing(meta));
        }
        Evidence first = named.get(0);
        Evidence second = named.size() > 1 && named.get(1).where().equals("落款") ? named.get(1) : null;
        if (second == null || AgencyName.same(first.name(), second.name())) {
            // a 来源 field names who put the page up (党政办, 县卫健委) as often as the report's agency:
            // it decides only where the report itself names none, and otherwise only breaks a tie below
            return completed(first, named, meta.compiler());
        }
        List<String> others = new ArrayList<>();
        named.forEach(e -> others.add(e.name()));
        if (meta.compiler() != null) {
            others.add(meta.compiler());
        }
        Evidence best = first;
        int bestVotes = -1;
        for (Evidence e : List.of(first, second)) {
            int votes = -1; // itself
            for (String o : others) {
                if (AgencyName.same(e.name(), o)) {
                    votes++;
                }
            }
            if (votes > bestVotes) {
                best = e;
                bestVotes = votes;
            }
        }
        return new AgencyChoice(best.name(), best.line(), note(named, best, bestVotes, meta.compiler()), null);
    }

    /**
     * The chosen name, or where it leaves out its place ("市商务局") the whole name another piece of
     * evidence gives for the same agency ("江临市商务局"), with a note saying so.
     */
    private static AgencyChoice completed(Evidence chosen, List<Evidence> named, String compiler) {
        if (AgencyName.placeLeftOut(chosen.name())) {
            List<Evidence> others = new ArrayList<>(named);
            if (compiler != null && AgencyName.plausible(compiler)) {
                others.add(new Evidence("导语“由……编制”", compiler, 0));
            }
            for (Evidence e : others) {
                if (!AgencyName.placeLeftOut(e.name()) && AgencyName.same(chosen.name(), e.name())) {
                    return new AgencyChoice(e.name(), e.line() > 0 ? e.line() : chosen.line(),
                            chosen.where() + "写“" + chosen.name() + "”，没有写地名；取" + e.where() + "的全称“" + e.name()
                                    + "”，请核对。", null);
                }
            }
        }
        return new AgencyChoice(chosen.name(), chosen.line(), null, null);
    }

    private static void add(List<Evidence> named, String where, String name, int line) {
        if (name != null && AgencyName.plausible(name)) {
            named.add(new Evidence(where, name, line));
        }
    }

    /** "标题写“A”，落款写“B”，取“A”（导语“由A编制”也这样写）". */
    private static String note(List<Evidence> named, Evidence best, int votes, String compiler) {
        StringBuilder sb = new StringBuilder();
        for (Evidence e : named) {
            if (sb.length() > 0) {
                sb.append('，');
            }
            sb.append(e.where()).append("写“").append(e.name()).append('”');
        }
        sb.append("，机关名称不一致；取").append(best.where()).append("的“").append(best.name()).append('”');
        List<String> agreeing = new ArrayList<>();
        for (Evidence e : named) {
            if (e != best && AgencyName.same(e.name(), best.name())) {
                agreeing.add(e.where());
            }
        }
        if (compiler != null && AgencyName.same(compiler, best.name())) {
            agreeing.add("导语“由" + compiler + "编制”");
        }
        sb.append(votes > 0 ? "（" + String.join("、", agreeing) + "与之一致）" : "（没有别的旁证，按" + best.where() + "优先）");
        return sb.append("，请核对。").toString();
    }

    private static String missing(MetaParser.Meta meta) {
        StringBuilder sb = new StringBuilder();
        if (meta.titleLine() == 0) {
            sb.append("没有找到标题");
        } else if (meta.rejected() != null) {
            sb.append("标题中的“").append(meta.rejected()).append("”").append(AgencyName.whyNot(meta.rejected()));
        } else {
            sb.append("标题中没有机关名称");
        }
        if (meta.labelled() != null) {
            sb.append("，“").append(meta.labelledAs()).append("”栏写的“").append(meta.labelled()).append("”")
                    .append(AgencyName.whyNot(AgencyName.clean(meta.labelled())));
        }
        return sb.append("，文末也没有落款机关名称").toString();
    }
}
