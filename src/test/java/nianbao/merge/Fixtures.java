package nianbao.merge;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Builds merge inputs in a temporary directory: the bundled examples, variants of them and broken files. */
final class Fixtures {

    private Fixtures() {
    }

    /** The bundled example reports of the current format (the three 2025 reports), in path order. */
    static List<Report> examples() throws Exception {
        List<Report> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Report r = Reports.readJson(p);
                if (r.schema().id().equals(nianbao.schema.Schemas.DEFAULT_ID)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** A copy of a report under another agency (and optionally year). */
    static Report renamed(Report r, String agency, Integer year) {
        Report out = r.with(Value.text("meta.agency", agency, Source.none()));
        if (year != null) {
            out = out.with(Value.number("meta.year", BigDecimal.valueOf(year), Source.none()));
        }
        return out;
    }

    /** Writes the examples as JSON plus one renamed example as a workbook; returns the reports written. */
    static List<Report> goodInputs(Path dir) throws Exception {
        List<Report> ex = examples();
        List<Report> written = new ArrayList<>();
        for (int i = 0; i < ex.size(); i++) {
            Reports.write(ex.get(i), dir.resolve("r" + i + ".json"));
            written.add(ex.get(i));
        }
        Report edu = renamed(ex.get(0), "石桥镇人民政府", null);
        Files.createDirectories(dir.resolve("乡镇"));
        Reports.write(edu, dir.resolve("乡镇/石桥镇.xlsx"));
        written.add(edu);
        return written;
    }

    /** Writes a zero-byte workbook, a text file named .xlsx, a .txt, another program's workbook and a lock file. */
    static void brokenInputs(Path dir) throws IOException {
        Files.write(dir.resolve("zero.xlsx"), new byte[0]);
        Files.writeString(dir.resolve("not-a-zip.xlsx"), "这不是工作簿");
        Files.writeString(dir.resolve("readme.txt"), "说明文字");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("foreign.xlsx"))) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("销售台账");
            wb.write(out);
        }
        Files.write(dir.resolve("~$r0.xlsx"), new byte[] {1, 2, 3});
    }
}
