package nianbao.merge;

import nianbao.Reports;
import nianbao.analysis.Indicator;
import nianbao.analysis.KeyFigures;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviousReportsTest {

    @TempDir
    Path tmp;

    @Test
    void aRosterNamesEachReportByItsSlotAndAnUnreadableFileByItsLabelNotItsPath() throws Exception {
        Report r = Fixtures.examples().get(0);
        Path good = tmp.resolve("collections/2024/a1/v3.xlsx");
        Files.createDirectories(good.getParent());
        Reports.write(r, good);
        Path bad = tmp.resolve("collections/2024/a2/v1.xlsx");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "not a workbook");
        PreviousReports.Read read = PreviousReports.read(PreviousYear.roster(List.of(
                new RosterSlot("甲局（名单名称）", good, "第3版（原文件.xlsx）"),
                new RosterSlot("乙局", bad, "第1版（乙.xlsx）"),
                new RosterSlot("丙局", null, "未提交"))), Set.of(), 2);
        assertEquals(1, read.reports().size());
        KeyFigures f = read.reports().get(0);
        assertEquals("甲局（名单名称）", f.agency());
        assertEquals(r.number("t3.new.total"), f.value(Indicator.NEW));
        assertEquals(1, read.problems().size());
        String problem = read.problems().get(0);
        assertTrue(problem.startsWith("无法读取上年报告 乙局：第1版（乙.xlsx）："), problem);
        assertFalse(problem.contains(tmp.toString()) || problem.contains("collections"), problem);
    }

    @Test
    void readsFilesAndFoldersInPathOrderWithTheirOwnAgencyAndListsWhatIsMissing() throws Exception {
        List<Report> ex = Fixtures.examples();
        for (int i = 0; i < ex.size(); i++) {
            Reports.write(ex.get(i), tmp.resolve("上年/r" + i + ".json"));
        }
        Path output = tmp.resolve("上年/汇总.xlsx");
        PreviousReports.Read read = PreviousReports.read(PreviousYear.of(List.of(tmp.resolve("上年").toString(),
                tmp.resolve("没有").toString())), Set.of(output), 1);
        assertEquals(Arrays.asList(ex.stream().map(Report::agency).toArray()),
                Arrays.asList(read.reports().stream().map(KeyFigures::agency).toArray()));
        assertEquals(new BigDecimal(ex.get(1).number("t3.new.total").toPlainString()), read.reports().get(1).value(Indicator.NEW));
        assertEquals(1, read.problems().size());
        assertTrue(read.problems().get(0).startsWith("无法读取上年报告 " + tmp.resolve("没有")), read.problems().get(0));
    }
}
