package nianbao.validate;

import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Check;
import nianbao.schema.Field;
import nianbao.schema.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * TEXT: each required narrative section has real content, not left blank or holding a placeholder
 * such as 无, 略 or 待补充. Where "无" answers the section (六 其他需要报告的事项: nothing else to
 * report, the schema's {@code answerFields}) it is a remark (info), not a placeholder. The optional
 * lead paragraph (text.overview) may be blank. A sub-section
 * of 一 that an imported report has but not under its own heading (its text is in the overview,
 * as the import noted, or written together with another sub-section under one heading) is a remark
 * (info), not a section the report lacks.
 */
final class TextCheck {

    static final String OVERVIEW = "text.overview";

    private TextCheck() {
    }

    static List<Finding> check(Report report, Check check) {
        Set<String> placeholders = check.list("placeholders").stream().map(TextCheck::bare).collect(Collectors.toSet());
        Set<String> answerFields = Set.copyOf(check.list("answerFields"));
        Set<String> answers = Set.copyOf(check.list("answers"));
        List<Finding> out = new ArrayList<>();
        // the sub-sections whose text is in the overview: one remark for all of them
        List<Field> inOverview = new ArrayList<>();
        for (Field f : report.schema().narrative()) {
            String text = report.text(f.id());
            if (text == null || text.isBlank()) {
                if (f.required() && inOverview(report, f.id())) {
                    inOverview.add(f);
                } else if (f.required() && writtenTogether(report, f.id())) {
                    out.add(Messages.finding(check, Severity.INFO, "inOverview", report, List.of(f.id()), null, "",
                            Map.of("reason", report.value(f.id()).note())));
                } else if (f.required()) {
                    out.add(Messages.finding(check, "blank", report, List.of(f.id()), null, "", Map.of()));
                }
                continue;
            }
            String bare = bare(text);
            if (answerFields.contains(f.id()) && answers.contains(bare)) {
                // 六 "无。": there is nothing else to report, an answer rather than a placeholder
                out.add(Messages.finding(check, Severity.INFO, "nothing", report, List.of(f.id()), null, text.trim(),
                        Map.of("value", text.trim())));
            } else if (bare.isEmpty() || placeholders.contains(bare)) {
                out.add(Messages.finding(check, "placeholder", report, List.of(f.id()), null, text.trim(),
                        Map.of("value", text.trim())));
            }
        }
        if (!inOverview.isEmpty()) {
            List<String> ids = inOverview.stream().map(Field::id).toList();
            String labels = inOverview.size() == 1 ? inOverview.get(0).label()
                    : inOverview.stream().map(f -> ordinal(f.label())).collect(Collectors.joining("、"));
            out.add(Messages.finding(check, Severity.INFO, "inOverview", report, ids, null, "",
                    Map.of("label", labels, "reason", Report.IN_OVERVIEW)));
        }
        return out;
    }

    /**
     * True when a blank field's text is in text.overview: the overview holds text and the import
     * marked the field missing with {@link Report#IN_OVERVIEW}.
     */
    private static boolean inOverview(Report report, String fieldId) {
        Value v = report.value(fieldId);
        String overview = report.text(OVERVIEW);
        return v.how() == Provenance.MISSING && v.note() != null && v.note().startsWith(Report.IN_OVERVIEW)
                && overview != null && !overview.isBlank();
    }

    /**
     * True when a blank sub-section's text is in another sub-section the original wrote it together
     * with: the import marked it missing with {@link Report#WRITTEN_TOGETHER}.
     */
    private static boolean writtenTogether(Report report, String fieldId) {
        Value v = report.value(fieldId);
        return v.how() == Provenance.MISSING && v.note() != null && v.note().startsWith(Report.WRITTEN_TOGETHER);
    }

    /** "（一）" of "（一）主动公开情况"; the label itself when it has no such numeral. */
    private static String ordinal(String label) {
        int close = label.indexOf('）');
        return label.startsWith("（") && close > 0 ? label.substring(0, close + 1) : label;
    }

    /** The text without surrounding blanks and closing punctuation, so “无。” counts as “无”. */
    private static String bare(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "。.；;，,！!".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
