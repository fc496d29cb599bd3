package nianbao.legacy;

import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.validate.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of importing one legacy report: the report itself and what the import report tells
 * the user about it.
 *
 * @param file the input as the user named it
 * @param kind the input kind (text, html, docx, pdf, markdown)
 * @param charset the character set or container it was decoded from
 * @param report the imported report
 * @param layout the table layout detected by the statistics stage
 * @param format the key of the format the input's tables follow ({@code 2021}, {@code 2019}), or {@code unknown}
 * @param notes remarks of every stage, in Chinese
 * @param findings the validator's findings on the report as published
 */
public record ImportResult(String file, String kind, String charset, Report report, String layout, String format,
                           List<String> notes, List<Finding> findings) {

    public ImportResult {
        notes = List.copyOf(notes);
        findings = List.copyOf(findings);
    }

    /**
     * True when the input's tables follow another format than the report was built in (a 2019 trial-format
     * text imported into the 2021 format), so none of their numbers was imported.
     */
    public boolean otherFormat() {
        return !"unknown".equals(format) && !format.equals(report.schema().key());
    }

    /** How many numeric fields have the given provenance. */
    public int count(Provenance how) {
        int n = 0;
        for (Field f : report.schema().numericFields()) {
            if (report.value(f.id()).how() == how) {
                n++;
            }
        }
        return n;
    }

    /** The numeric fields read as published. */
    public int read() {
        return count(Provenance.READ);
    }

    /** The numeric fields inferred from the rules. */
    public int inferred() {
        return count(Provenance.INFERRED);
    }

    /** The numeric fields that could not be determined. */
    public int missing() {
        return count(Provenance.MISSING);
    }

    /** How many findings are errors. */
    public int errors() {
        int n = 0;
        for (Finding f : findings) {
            if (f.severity() == nianbao.schema.Severity.ERROR) {
                n++;
            }
        }
        return n;
    }

    /** Every field (numeric or not) that was inferred or is missing, in schema order. */
    public List<Value> doubtful() {
        List<Value> out = new ArrayList<>();
        for (Field f : report.schema().fields()) {
            Value v = report.value(f.id());
            if (v.how() == Provenance.INFERRED || v.how() == Provenance.MISSING) {
                out.add(v);
            }
        }
        return out;
    }
}
