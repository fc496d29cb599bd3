package nianbao.validate;

import nianbao.schema.Severity;

import java.util.List;

/** Counts over a validation run: files by outcome and findings by severity. */
record Summary(int files, int withErrors, int withWarnings, int clean, int unreadable, int errors, int warnings,
               int infos) {

    static Summary of(List<FileResult> results) {
        int withErrors = 0;
        int withWarnings = 0;
        int clean = 0;
        int unreadable = 0;
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (FileResult r : results) {
            errors += r.count(Severity.ERROR);
            warnings += r.count(Severity.WARNING);
            infos += r.count(Severity.INFO);
            if (!r.readable()) {
                unreadable++;
            } else if (r.hasErrors()) {
                withErrors++;
            } else if (r.count(Severity.WARNING) > 0) {
                withWarnings++;
            } else {
                clean++;
            }
        }
        return new Summary(results.size(), withErrors, withWarnings, clean, unreadable, errors, warnings, infos);
    }

    /** Counts of one file's findings, e.g. {@code 2 个错误，1 个警告，0 个提示}. */
    static String counts(FileResult r, boolean english) {
        return counts(r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO), english);
    }

    static String counts(int errors, int warnings, int infos, boolean english) {
        if (english) {
            return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info");
        }
        return errors + " 个错误，" + warnings + " 个警告，" + infos + " 个提示";
    }

    String line(boolean english) {
        if (english) {
            return "Total: " + plural(files, "file") + " — " + withErrors + " with errors, " + withWarnings
                    + " with warnings only, " + clean + " clean, " + unreadable + " unreadable; "
                    + counts(errors, warnings, infos, true) + ".";
        }
        return "合计：" + files + " 个文件，" + withErrors + " 个有错误，" + withWarnings + " 个仅有警告，" + clean
                + " 个通过，" + unreadable + " 个无法读取；" + counts(errors, warnings, infos, false) + "。";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
