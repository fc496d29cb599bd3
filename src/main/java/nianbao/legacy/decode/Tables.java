package nianbao.legacy.decode;

import nianbao.legacy.read.LineSpan;

import nianbao.model.Value;

import java.util.List;

/**
 * What the statistics stage found, in the form the importer uses.
 *
 * @param values one value per numeric field (read, inferred or missing)
 * @param layout the detected table layout, e.g. {@code tab-separated}
 * @param format {@code 2021}, {@code 2019} or {@code unknown}
 * @param notes remarks for the import report
 * @param spans where the tables are, so the narrative leaves them out
 */
public record Tables(List<Value> values, String layout, String format, List<String> notes, List<LineSpan> spans) {

    public Tables {
        values = List.copyOf(values);
        notes = List.copyOf(notes);
        spans = List.copyOf(spans);
    }
}
