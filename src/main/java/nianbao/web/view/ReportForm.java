package nianbao.web.view;

import nianbao.model.Report;
import nianbao.validate.Finding;

import java.util.List;

/**
 * A report as an editable form laid out like the official format: 基本信息, the narrative sections,
 * 表二/三/四 with their merged headers; each value with how it was obtained and the findings on it.
 *
 * @param action where the form posts ({@code /check/ID} or an agency's link)
 * @param csrf the form's CSRF token
 * @param meta the 基本信息 fields
 * @param sections the report's sections in order (一 to 六), each with its narrative and its table
 * @param rules the schema's consistency rules as JSON, for the page's script to recompute while typing
 * @param submit true on an agency's link: the form hands the report in as a new version
 */
public record ReportForm(String action, String csrf, List<Input> meta, List<Section> sections, String rules,
                         boolean submit) {

    public ReportForm {
        meta = List.copyOf(meta);
        sections = List.copyOf(sections);
    }

    /**
     * One section of the report as the national format orders them.
     *
     * @param title the official heading, e.g. 三、收到和处理政府信息公开申请情况
     * @param texts its narrative fields
     * @param table its statistics table, or null
     */
    public record Section(String title, List<Input> texts, Table table) {

        public Section {
            texts = List.copyOf(texts);
        }
    }

    /**
     * One 基本信息 field or narrative section.
     *
     * @param name the field ID (the form field's name)
     * @param label what the clerk reads
     * @param value the current text
     * @param options the allowed values of a choice field, else empty
     * @param help the one-line hint of the schema
     * @param problems the findings on this field, as sentences
     */
    public record Input(String name, String label, String value, List<String> options, String help,
                        List<String> problems) {

        public Input {
            options = List.copyOf(options);
            problems = List.copyOf(problems);
        }

        /** The id of the element that describes the field (its hint and problems). */
        public String describedBy() {
            return "tip-" + name;
        }
    }

    /**
     * One statistics table.
     *
     * @param title the table's title, e.g. 三、收到和处理政府信息公开申请情况
     * @param tableId {@code t2}, {@code t3} or {@code t4}
     * @param rows the anchor cells of each grid row
     */
    public record Table(String title, String tableId, List<List<Cell>> rows) {

        public Table {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One anchor cell of a table: a heading, a label, or a value with its input.
     *
     * @param header true for captions and column headings ({@code th})
     * @param rowSpan rows covered, null when one
     * @param colSpan columns covered, null when one
     * @param text a heading's or label's text; a value's current text
     * @param left true for a label that reads better left-aligned
     * @param value the value's input, null for headings and labels
     */
    public record Cell(boolean header, Integer rowSpan, Integer colSpan, String text, boolean left, Value value) {
    }

    /**
     * The input of a value cell.
     *
     * @param fieldId the field (the input's name)
     * @param label the field's full label, for screen readers ({@code 表三 （七）总计 / 商业企业})
     * @param how read, computed, inferred or missing
     * @param reason how the value was obtained, where, and why when not simply read
     * @param ruleProblems the consistency rules broken at this cell, as sentences (the script recomputes these)
     * @param otherProblems the other findings on this cell (type, bounds), as sentences
     * @param decimals true for an amount (万元), false for a count
     */
    public record Value(String fieldId, String label, String how, String reason, List<String> ruleProblems,
                        List<String> otherProblems, boolean decimals) {

        public Value {
            ruleProblems = List.copyOf(ruleProblems);
            otherProblems = List.copyOf(otherProblems);
        }

        /** The style classes of the cell: how the value was obtained, and {@code bad} when a finding is on it. */
        public String cssClass() {
            return "v-" + how + (ruleProblems.isEmpty() && otherProblems.isEmpty() ? "" : " bad");
        }

        /** What the cell's tip says on hover and on keyboard focus: the reason, then the problems. */
        public String tip() {
            List<String> all = new java.util.ArrayList<>(otherProblems);
            all.addAll(ruleProblems);
            return all.isEmpty() ? reason : reason + (reason.endsWith("。") ? "" : "。") + String.join(" ", all);
        }

        /** The problems the script keeps as they are (it recomputes only the rules). */
        public String others() {
            return String.join(" ", otherProblems);
        }
    }

    /** Builds the form of a report and its findings (see {@link FormLayout}). */
    public static ReportForm of(Report report, List<Finding> findings, Report previous, String action, String csrf,
                                boolean submit) {
        return FormLayout.of(report, findings, previous, action, csrf, submit);
    }

    /**
     * What the form shows in each field's input, by field ID: the printed text of a table value
     * (counts whole, 万元 to four decimals), the text of the others, "" for a blank. A posted value
     * equal to this was left as it was.
     */
    public static java.util.Map<String, String> shown(Report report) {
        return FormLayout.shown(report);
    }
}
