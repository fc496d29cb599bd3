package nianbao.compare;

import nianbao.model.Source;
import nianbao.model.Value;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The golden cases' reports, read as {@code compare} reads them, and small changes to them. */
final class Fixtures {

    /** 柳溪: 2020 (2019 format, JSON), 2021 (JSON), 2022 (imported text: two inferred, one missing), 2023 (workbook). */
    static final Path LIUXI = Path.of("src/test/resources/compare/liuxi-2020-2023/input");
    /** 云溪: 2024 (workbook, 行政处罚 left blank) and 2025 (JSON). */
    static final Path YUNXI = Path.of("src/test/resources/compare/yunxi-2024-2025/input");

    private Fixtures() {
    }

    static YearReport read(Path dir, String file) throws Exception {
        return ReportFiles.read(dir.resolve(file), file);
    }

    static List<YearReport> liuxi() throws Exception {
        List<YearReport> out = new ArrayList<>();
        for (String f : List.of("柳溪-2023.xlsx", "柳溪-2021.json", "柳溪-2020.json", "柳溪-2022-原文.txt")) {
            out.add(read(LIUXI, f));
        }
        return out;
    }

    static List<YearReport> yunxi() throws Exception {
        return List.of(read(YUNXI, "云溪区市场监督管理局-2025.json"), read(YUNXI, "云溪区市场监督管理局-2024.xlsx"));
    }

    /** The report under another file name, with its agency or year (or both) replaced; null keeps it. */
    static YearReport renamed(YearReport r, String file, String agency, String year) {
        var report = r.report().withFile(file);
        if (agency != null) {
            report = report.with(Value.text("meta.agency", agency, Source.none()));
        }
        if (year != null) {
            report = report.with(Value.text("meta.year", year, Source.none()));
        }
        return new YearReport(file, report, r.origin(), r.imported());
    }

    /** The report with one number replaced. */
    static YearReport withNumber(YearReport r, String fieldId, int n) {
        return new YearReport(r.file(), r.report().with(Value.number(fieldId, BigDecimal.valueOf(n), Source.none())),
                r.origin(), r.imported());
    }
}
