package nianbao.validate;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import nianbao.model.Numbers;
import nianbao.validate.cells.Breakdown;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The CSV form of a run, for Excel: a BOM, a header row, one row per finding, one row for each
 * file without findings and each unreadable file (so every input is accounted for). A broken rule's
 * row ends with the cells to check, the pinned cell's value and the evidence. Cells that a
 * spreadsheet would run as a formula are defused with a leading apostrophe.
 */
final class CsvOutput {

    private static final String[] HEADER_ZH = {"文件", "规则", "级别", "字段", "位置", "应为", "实为", "说明", "应核对的格子",
        "该格应为", "依据"};
    private static final String[] HEADER_EN = {"file", "rule", "severity", "fields", "position", "expected", "actual", "message",
        "cells to check", "cell should be", "evidence"};

    private CsvOutput() {
    }

    static void write(List<FileResult> results, boolean english, Writer out) throws IOException {
        out.write('\uFEFF');
        ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, ICSVWriter.RFC4180_LINE_END);
        csv.writeNext(english ? HEADER_EN : HEADER_ZH, true);
        for (FileResult r : results) {
            if (!r.readable()) {
                row(csv, r.file(), "UNREADABLE", english ? "ERROR" : "错误", "", "", "", "",
                        (english ? "Unreadable: " : "无法读取：") + r.unreadable(), "", "", "");
                continue;
            }
            if (r.findings().isEmpty()) {
                row(csv, r.file(), "", english ? "OK" : "通过", "", "", "", "", english ? "No problems found." : "没有发现问题。",
                        "", "", "");
            }
            for (Finding f : r.findings()) {
                Breakdown b = f.breakdown();
                Breakdown.Pin pin = b == null ? null : b.pin();
                row(csv, r.file(), f.ruleId(), TextOutput.severity(f.severity(), english), String.join(" ", f.fieldIds()),
                        f.position(), f.expected(), f.actual(), f.message(english), b == null ? "" : b.toCheck(),
                        pin == null ? "" : Numbers.plain(pin.cell().expected()),
                        pin == null ? "" : String.join(english ? "; " : "；", pin.evidence().stream()
                                .map(e -> english ? e.textEn() : e.text()).toList()));
            }
        }
        csv.flush();
    }

    private static void row(ICSVWriter csv, String... cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = defuse(cells[i]);
        }
        csv.writeNext(safe, true);
    }

    /** Prefixes an apostrophe to text a spreadsheet would treat as a formula; plain numbers stay numbers. */
    static String defuse(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        if ("=+-@\t\r".indexOf(c) < 0 || s.matches("[+-]?\\d+(\\.\\d+)?")) {
            return s;
        }
        return "'" + s;
    }
}
