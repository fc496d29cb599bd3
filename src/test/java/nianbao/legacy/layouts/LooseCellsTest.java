package nianbao.legacy.layouts;

import nianbao.legacy.ImportResult;
import nianbao.legacy.LegacyImporter;
import nianbao.model.Numbers;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shredded Markdown whose 一、本年新收 lost its 总计 to a line of its own below its piece of the table
 * (issue 22): the row is one short and the table one number long elsewhere. Read as a loose cell, the rules
 * put it back (before, the numbers were read in order, shifted: 8 for 二、上年结转's 总计 of 1); with text
 * before it, it is no loose cell, and still no number lands in another row. (An order that breaks the rules
 * all over the table reads nothing: {@code DecoderTest}.)
 */
class LooseCellsTest {

    private static final long SEED = 247018053L;

    private static Printed printed() {
        Printed p = new ShreddedMarkdownWriter().write(ReportGenerator.generate(1007, 7), SEED);
        assertTrue(p.quirks.contains("总计另起一行（new）"), p.quirks);
        return p;
    }

    private static List<String> wrong(ImportResult r, Printed printed, Report report) {
        List<String> wrong = new ArrayList<>();
        for (String id : Grid.IDS) {
            Value v = r.report().value(id);
            BigDecimal truth = printed.truth(id, report);
            if (v.number() != null && v.number().compareTo(truth) != 0) {
                wrong.add(id + " " + v.how() + " " + v.number() + ", true " + truth);
            }
        }
        return wrong;
    }

    @Test
    void aTotalOnALineOfItsOwnIsPutBackByTheRules(@TempDir Path dir) throws Exception {
        Report report = ReportGenerator.generate(1007, 7);
        Printed printed = printed();
        Path file = dir.resolve("loose.md");
        Files.write(file, printed.bytes);
        ImportResult r = LegacyImporter.importFile(file, "loose.md", Grid.SCHEMA);
        assertEquals(List.of(), wrong(r, printed, report));
        assertEquals(report.number("t3.new.total"), r.report().number("t3.new.total"));
        assertEquals(report.number("t3.carried.total"), r.report().number("t3.carried.total"));
        assertEquals(Provenance.READ, r.report().value("t3.carried.total").how());
    }

    @Test
    void aTotalBehindTextPutsNoNumberIntoAnotherRow(@TempDir Path dir) throws Exception {
        Report report = ReportGenerator.generate(1007, 7);
        Printed printed = printed();
        String total = Numbers.plain(report.number("t3.new.total"));
        String text = new String(printed.bytes, StandardCharsets.UTF_8);
        // text before the loose total: no longer a bare loose cell, just one more number in the run
        String moved = text.replaceFirst("(?m)^" + total + "$", "注：" + total);
        assertTrue(!moved.equals(text), "the loose total line");
        Path file = dir.resolve("loose.md");
        Files.writeString(file, moved);
        ImportResult r = LegacyImporter.importFile(file, "loose.md", Grid.SCHEMA);
        assertEquals(List.of(), wrong(r, printed, report));
        assertEquals(report.number("t3.carried.total"), r.report().number("t3.carried.total"));
    }
}
