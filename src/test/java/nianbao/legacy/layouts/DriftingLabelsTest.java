package nianbao.legacy.layouts;

import nianbao.legacy.ImportResult;
import nianbao.legacy.LegacyImporter;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case that gave wrong numbers marked read (issue 22): PDF text row by row whose labels drifted (a
 * label block right before another row's seven numbers, labels after their own row), with the agency's
 * 总计 printed as 0. Its numbers read in their printed order, as printed; none taken by the label next to it.
 */
class DriftingLabelsTest {

    @Test
    void numbersAreReadByTheirOrderNotByTheLabelNextToThemAndTotalsAsPrinted(@TempDir Path dir) throws Exception {
        Report report = ReportGenerator.generate(1004, 4);
        Printed printed = new ColumnPdfWriter().write(report, 523498123L);
        assertTrue(printed.quirks.contains("标签在本行数字之后") && printed.quirks.contains("表三总计列印为 0"), printed.quirks);
        Path file = dir.resolve("drift.txt");
        Files.write(file, printed.bytes);
        ImportResult r = LegacyImporter.importFile(file, "drift.txt", Grid.SCHEMA);
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (String id : Grid.IDS) {
            Value v = r.report().value(id);
            BigDecimal truth = printed.truth(id, report);
            if (v.number() != null && v.number().compareTo(truth) != 0) {
                wrong.add(id + " " + v.how() + " " + v.number() + ", printed " + truth);
            }
            read += v.how() == Provenance.READ && id.startsWith("t3.") ? 1 : 0;
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        // before: 自然人 20 of （一）予以公开 came back as 6 (the next row's), among 15 wrong numbers. Its row
        // shares a run with the next (no label between), which column by column reads otherwise; but that
        // order breaks rules in many rows and columns, while row by row breaks them only along 总计 (printed
        // as 0): only the latter is a reading of the table, so the 20 is read
        Value granted = r.report().value("t3.granted.natural");
        assertEquals(Provenance.READ, granted.how());
        assertEquals(new BigDecimal("20"), granted.number());
        assertTrue(granted.note().contains("每种读法都与勾稽关系矛盾"), granted.note());
        assertEquals(BigDecimal.ZERO, r.report().number("t3.new.total"), "总计 as printed, 0");
        assertEquals(Provenance.READ, r.report().value("t3.new.total").how());
        assertTrue(read >= 100, "表三 read: " + read);
    }
}
