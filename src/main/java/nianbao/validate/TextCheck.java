package nianbao.validate;

import nianbao.model.Report;
import nianbao.schema.Check;
import nianbao.schema.Field;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * TEXT: each required narrative section has real content, not left blank or holding a placeholder
 * such as 无, 略 or 待补充. The optional lead paragraph (text.overview) may be blank.
 */
final class TextCheck {

    private TextCheck() {
    }

    static List<Finding> check(Report report, Check check) {
        Set<String> placeholders = check.list("placeholders").stream().map(TextCheck::bare).collect(Collectors.toSet());
        List<Finding> out = new ArrayList<>();
        for (Field f : report.schema().narrative()) {
            String text = report.text(f.id());
            if (text == null || text.isBlank()) {
                if (f.required()) {
                    out.add(Messages.finding(check, "blank", report, List.of(f.id()), null, "", Map.of()));
                }
                continue;
            }
            String bare = bare(text);
            if (bare.isEmpty() || placeholders.contains(bare)) {
                out.add(Messages.finding(check, "placeholder", report, List.of(f.id()), null, text.trim(),
                        Map.of("value", text.trim())));
            }
        }
        return out;
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
