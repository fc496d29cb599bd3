package nianbao.compare;

import nianbao.analysis.Change;
import nianbao.analysis.Figures;
import nianbao.analysis.Indicator;
import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.schema.Draft;
import nianbao.schema.Field;
import nianbao.schema.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts the sentences of 一、总体情况 for the latest report of a series from its numbers and the report before
 * it, with the wording its format's schema gives ({@link Draft}): “本年共新收政府信息公开申请418件，比上年增加38件，
 * 增长10.0%。” A sentence is never made from a number that is not there: one whose number is missing, blank or
 * not a number is left out, and its note says which; a change whose earlier number is not there is left out of
 * its sentence, and the note says so.
 */
final class Drafts {

    private Drafts() {
    }

    /** The drafts for the latest report of the series. */
    static List<DraftSection> of(Series series) {
        List<YearReport> reports = series.reports();
        YearReport latest = reports.get(reports.size() - 1);
        YearReport before = reports.size() > 1 ? reports.get(reports.size() - 2) : null;
        List<DraftSection> out = new ArrayList<>();
        for (Draft d : latest.report().schema().drafts()) {
            List<String> sentences = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (Draft.Sentence s : d.sentences()) {
                String made = sentence(s, latest, before, notes);
                if (made != null) {
                    sentences.add(made);
                }
            }
            out.add(new DraftSection(d.heading(), sentences, notes));
        }
        return out;
    }

    /** One sentence, or null when one of its numbers is not there (with a note saying which). */
    private static String sentence(Draft.Sentence s, YearReport latest, YearReport before, List<String> notes) {
        Report report = latest.report();
        StringBuilder sb = new StringBuilder();
        List<String> inferred = new ArrayList<>();
        List<String> later = new ArrayList<>();
        for (Draft.Part p : s.parts()) {
            if (p instanceof Draft.Text t) {
                sb.append(t.text());
                continue;
            }
            Draft.Slot slot = (Draft.Slot) p;
            Entry value = Values.sum(report, slot.fields());
            if (value.state() != Entry.State.NUMBER) {
                notes.add("未写“" + excerpt(s) + "”：" + what(report, slot.fields()) + "。");
                return null;
            }
            inferred.addAll(inferredIn(report, slot.fields()));
            switch (slot.kind()) {
                case NUMBER -> sb.append(Numbers.plain(value.number()));
                case CHANGE -> sb.append(change(slot, value, latest, before, later));
                case SHARE -> {
                    Entry base = Values.sum(report, slot.base());
                    if (base.state() != Entry.State.NUMBER) {
                        notes.add("未写“" + excerpt(s) + "”：" + what(report, slot.base()) + "。");
                        return null;
                    }
                    if (base.number().signum() == 0) {
                        notes.add("未写“" + excerpt(s) + "”：" + name(report.schema(), slot.base()) + "为 0，没有占比可写。");
                        return null;
                    }
                    Indicator share = new Indicator("share", "占比", slot.fields(), slot.base());
                    sb.append(Figures.percent(share.valueOf(value.number(), base.number())));
                }
                default -> throw new IllegalStateException(slot.kind().toString());
            }
        }
        notes.addAll(later);
        if (!inferred.isEmpty()) {
            notes.add("“" + excerpt(s) + "”含导入时推断的数字：" + String.join("、", inferred.stream().distinct().toList())
                    + "，请核对原文。");
        }
        return sb.toString();
    }

    /** ，比上年增加38件，增长10.0% — or nothing (with a note) when the report before has no such number. */
    private static String change(Draft.Slot slot, Entry value, YearReport latest, YearReport before, List<String> notes) {
        if (before == null) {
            return "";
        }
        Entry earlier = Values.sum(before.report(), slot.fields());
        String than = latest.year() - before.year() == 1 ? "上年" : before.year() + "年";
        if (earlier.state() != Entry.State.NUMBER) {
            notes.add("未与" + than + "比较“" + name(latest.report().schema(), slot.fields()) + "”：" + before.year()
                    + " 年的报告" + (earlier.state() == Entry.State.ABSENT ? "的格式没有此项"
                    : "中" + what(before.report(), slot.fields())) + "。");
            return "";
        }
        Change c = new Change(new Indicator("change", "", slot.fields(), List.of()), earlier.number(), value.number());
        BigDecimal d = c.difference();
        if (d.signum() == 0) {
            return "，与" + than + "持平";
        }
        String amount = Numbers.plain(d.abs()) + slot.unit();
        String clause = "，比" + than + (d.signum() > 0 ? "增加" : "减少") + amount;
        BigDecimal p = c.percent();
        return p == null ? clause : clause + "，" + (d.signum() > 0 ? "增长" : "下降") + p.abs().toPlainString() + "%";
    }

    /** Which of the fields have no number, and what they have instead: 表三 一、本年新收 / 总计缺失. */
    private static String what(Report report, List<String> ids) {
        Schema s = report.schema();
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            if (s.field(id).isEmpty()) {
                continue;
            }
            Entry e = Values.of(report.value(id));
            if (e.state() != Entry.State.NUMBER) {
                parts.add(s.require(id).sheet() + " " + Lines.name(s, s.require(id)) + e.shown());
            }
        }
        return parts.isEmpty() ? name(s, ids) + "没有数字" : String.join("、", parts);
    }

    /** The fields of the sum the import inferred, with their numbers. */
    private static List<String> inferredIn(Report report, List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (report.schema().field(id).isPresent()) {
                Entry e = Values.of(report.value(id));
                if (e.inferred()) {
                    Field f = report.schema().require(id);
                    out.add(f.sheet() + " " + Lines.name(report.schema(), f) + " = " + e.shown());
                }
            }
        }
        return out;
    }

    /** A sum's name: the first field's, and how many more. */
    private static String name(Schema s, List<String> ids) {
        Field first = s.field(ids.get(0)).orElse(null);
        String n = first == null ? ids.get(0) : first.sheet() + " " + Lines.name(s, first);
        return ids.size() == 1 ? n : n + " 等 " + ids.size() + " 项之和";
    }

    /** The sentence's opening words up to its first number, to name it in a note: 本年共新收政府信息公开申请…. */
    private static String excerpt(Draft.Sentence s) {
        String opening = s.parts().get(0) instanceof Draft.Text t ? t.text() : "";
        return (opening.length() > 20 ? opening.substring(0, 20) : opening) + "…";
    }
}
