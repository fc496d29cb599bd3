package nianbao.web.view;

import nianbao.schema.Schemas;
import nianbao.schema.Severity;
import nianbao.validate.Finding;

import java.util.List;

/** Formatting the templates share: counts of findings, a finding's cell and level, times, blanks. */
public final class View {

    private View() {
    }

    /** "3 个错误，1 个警告，0 个提示" for a list of findings. */
    public static String counts(List<Finding> findings) {
        int[] n = new int[3];
        for (Finding f : findings) {
            n[f.severity().ordinal()]++;
        }
        return n[0] + " 个错误，" + n[1] + " 个警告，" + n[2] + " 个提示";
    }

    /** How many findings are errors. */
    public static int errors(List<Finding> findings) {
        return (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    /** How many findings are warnings. */
    public static int warnings(List<Finding> findings) {
        return (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    }

    /** The style class of a finding's level: err, warn or info. */
    public static String level(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "err";
            case WARNING -> "warn";
            case INFO -> "info";
        };
    }

    /** The cell of a finding ({@code 表三!E28}); for JSON input the template cell of its field. */
    public static String position(Finding f) {
        String where = f.position();
        if (where.isEmpty() && !f.fieldIds().isEmpty()) {
            where = Schemas.anyField(f.fieldIds().get(0)).map(x -> x.position()).orElse("");
        }
        return where;
    }

    /** An ISO time as 2026-01-20 14:05 (local to the server). */
    public static String time(String iso) {
        if (iso == null || iso.length() < 16) {
            return iso;
        }
        return iso.substring(0, 10) + " " + iso.substring(11, 16);
    }

    /** The text, or a dash when blank. */
    public static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
