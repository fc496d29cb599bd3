package nianbao.validate;

import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import nianbao.schema.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text a clerk reads: one block per file, findings grouped by sheet in the order 表二, 表三,
 * 表四, 基本信息, 正文, errors first within each group, then the file's counts; an overall summary
 * after several files.
 */
final class TextOutput {

    private TextOutput() {
    }

    static void write(List<FileResult> results, boolean english, boolean unreadableBlocks, Writer out) throws IOException {
        List<String> order = sheetOrder();
        boolean first = true;
        for (FileResult r : results) {
            if (!r.readable() && !unreadableBlocks) {
                continue;
            }
            if (!first) {
                out.write("\n");
            }
            first = false;
            block(r, order, english, out);
        }
        if (results.size() != 1) {
            out.write("\n" + ValidationOutput.summary(results, english) + "\n");
        }
    }

    private static void block(FileResult r, List<String> order, boolean english, Writer out) throws IOException {
        out.write((english ? "== " + r.file() + " ==" : "【" + r.file() + "】") + "\n");
        if (!r.readable()) {
            out.write((english ? "  Unreadable: " : "  无法读取：") + r.unreadable() + "\n");
            return;
        }
        if (r.findings().isEmpty()) {
            out.write(english ? "  No problems found.\n" : "  没有发现问题。\n");
        }
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (String sheet : order) {
            groups.put(sheet, new ArrayList<>());
        }
        for (Finding f : r.findings()) {
            String sheet = f.source().sheet() == null ? "" : f.source().sheet();
            groups.computeIfAbsent(sheet, k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) {
                continue;
            }
            out.write(heading(g.getKey(), english) + "\n");
            List<Finding> sorted = new ArrayList<>(g.getValue());
            sorted.sort(Comparator.comparing(Finding::severity)); // stable: schema order within a severity
            for (Finding f : sorted) {
                out.write("  " + severity(f.severity(), english) + "  " + f.ruleId() + "  "
                        + (f.position().isEmpty() ? "" : f.position() + "  ") + f.message(english) + "\n");
            }
        }
        out.write((english ? "Summary: " : "小结：") + Summary.counts(r, english) + (english ? ".\n" : "。\n"));
    }

    /** The tables' sheets, then 基本信息 and 正文, of every built-in format (they share their names). */
    private static List<String> sheetOrder() {
        java.util.Set<String> tables = new java.util.LinkedHashSet<>();
        java.util.Set<String> others = new java.util.LinkedHashSet<>();
        for (Schema s : Schemas.all()) {
            s.tables().forEach(t -> tables.add(t.sheet()));
            others.add(s.sheet("meta"));
            others.add(s.sheet("text"));
        }
        List<String> out = new ArrayList<>(tables);
        out.addAll(others);
        return out;
    }

    private static String heading(String sheet, boolean english) {
        if (!english) {
            return sheet.isEmpty() ? "其他" : sheet;
        }
        return switch (sheet) {
            case "表二" -> "Table 2 (表二)";
            case "表三" -> "Table 3 (表三)";
            case "表四" -> "Table 4 (表四)";
            case "基本信息" -> "Basic information (基本信息)";
            case "正文" -> "Narrative (正文)";
            case "" -> "Other";
            default -> sheet;
        };
    }

    static String severity(Severity s, boolean english) {
        return english ? s.name() : s.zh();
    }
}
