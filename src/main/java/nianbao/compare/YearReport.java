package nianbao.compare;

import nianbao.legacy.ImportResult;
import nianbao.model.Report;

/**
 * One report of an agency's series.
 *
 * @param file the file as the user named it
 * @param report the report
 * @param origin how it was read
 * @param imported the import's result when the report was imported from a published text, else null
 */
public record YearReport(String file, Report report, Origin origin, ImportResult imported) {

    /** How a report was read. */
    public enum Origin {
        /** A filled workbook. */
        WORKBOOK("工作簿"),
        /** The report's JSON form. */
        JSON("JSON"),
        /** A published report (text, web page, Word, PDF, Markdown) imported on the fly. */
        IMPORTED("导入的原文");

        private final String zh;

        Origin(String zh) {
            this.zh = zh;
        }

        /** The Chinese word for it. */
        public String zh() {
            return zh;
        }
    }

    public YearReport {
        if (report.year() == null || !report.year().strip().matches("\\d{4}")) {
            throw new IllegalArgumentException("a report of a series needs a four-digit year: " + file);
        }
    }

    /** The report's year. */
    public int year() {
        return Integer.parseInt(report.year().strip());
    }

    /** The agency as the report names it, or null. */
    public String agency() {
        String a = report.agency();
        return a == null || a.isBlank() ? null : a.strip();
    }

    /**
     * Where the report came from in a few words: 工作簿, JSON, or 导入的原文（读取 170，推断 3，缺失 2）.
     */
    public String describe() {
        if (imported == null) {
            return origin.zh();
        }
        return origin.zh() + "（读取 " + imported.read() + "，推断 " + imported.inferred() + "，缺失 "
                + imported.missing() + "）";
    }
}
