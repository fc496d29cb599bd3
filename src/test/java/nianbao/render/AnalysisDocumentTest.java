package nianbao.render;

import nianbao.Reports;
import nianbao.analysis.CollectionAnalysis;
import nianbao.analysis.KeyFigures;
import nianbao.analysis.YearOnYear;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The leaders' docx of a collection, as a text projection ({@link DocxText}) against a golden file; its inputs are
 * the merge analysis case {@code src/test/resources/merge/analysis/yoy} (three agencies, last year's two of them,
 * one with a large change). Run with {@code -Dgolden.update=true} to rewrite after checking by eye.
 */
class AnalysisDocumentTest {

    static final Path CASE = Path.of("src/test/resources/merge/analysis/yoy");

    static List<KeyFigures> read(Path dir, String... files) throws Exception {
        List<KeyFigures> out = new ArrayList<>();
        for (String f : files) {
            out.add(KeyFigures.of(Reports.read(dir.resolve(f))));
        }
        return out;
    }

    static CollectionAnalysis analysis() throws Exception {
        List<KeyFigures> now = read(CASE.resolve("current"), "临江.json", "青山.json", "云溪.json");
        List<KeyFigures> before = read(CASE.resolve("previous"), "临江-2024.json", "青山-2024.json");
        return new CollectionAnalysis("2025 年度政府信息公开工作年度报告", "2025", 4, now, List.of("石桥镇人民政府"),
                "2024 年度政府信息公开工作年度报告", YearOnYear.compare(now, before));
    }

    @Test
    void theLeadersReportMatchesTheGoldenFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalysisDocument.write(analysis(), out);
        String actual = DocxText.of(out.toByteArray());
        Path expected = Path.of("src/test/resources/analysis/leaders/expected.docx.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(expected), "missing golden file " + expected + " (run with -Dgolden.update=true)");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }

    @Test
    void aLongRosterIsCutToTheAgenciesWithTheMostRequestsAndTheDocumentSaysSo() throws Exception {
        List<KeyFigures> many = new ArrayList<>();
        KeyFigures one = analysis().reports().get(0);
        for (int i = 0; i < AnalysisDocument.MAX_ROWS + 5; i++) {
            many.add(one);
        }
        ReportLayout layout = AnalysisDocument.layout(new CollectionAnalysis("x", "2025", many.size(), many, List.of(),
                null, null));
        ReportLayout.TableBlock last = (ReportLayout.TableBlock) layout.blocks().stream()
                .filter(b -> b instanceof ReportLayout.TableBlock).reduce((a, b) -> b).orElseThrow();
        assertEquals(AnalysisDocument.MAX_ROWS + 2, last.grid().rows(), "header, 200 agencies, 合计");
        assertTrue(layout.blocks().stream().anyMatch(b -> b instanceof ReportLayout.Paragraph p
                && p.text().contains("只列新收申请最多的 200 个单位（共 205 个）")));
    }
}
