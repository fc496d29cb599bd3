package nianbao.compare;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SeriesTest {

    @Test
    void putsTheReportsInYearOrderWhateverOrderTheyCameIn() throws Exception {
        Series s = Series.of(Fixtures.liuxi(), false);
        assertEquals(List.of(2020, 2021, 2022, 2023), s.years());
        assertEquals("柳溪-2023.xlsx", s.latest().file());
        assertEquals("柳溪市人力资源和社会保障局", s.agency());
        assertEquals(List.of(), s.notes());
    }

    @Test
    void refusesTwoReportsOfOneYearNamingBothFiles() throws Exception {
        List<YearReport> reports = new ArrayList<>(Fixtures.yunxi());
        reports.add(Fixtures.renamed(reports.get(0), "另一份2025.json", null, null));
        Series.Refused e = assertThrows(Series.Refused.class, () -> Series.of(reports, false));
        assertEquals(Series.Refused.Kind.SAME_YEAR, e.kind());
        assertEquals("云溪区市场监督管理局-2025.json 和 另一份2025.json 都是 2025 年的报告，同一年度只能放一份。",
                e.getMessage());
    }

    @Test
    void refusesReportsOfDifferentAgenciesNamingEachFileAndItsAgency() throws Exception {
        List<YearReport> reports = new ArrayList<>(Fixtures.yunxi());
        reports.set(1, Fixtures.renamed(reports.get(1), "2024.xlsx", "云溪区卫生健康局", null));
        Series.Refused e = assertThrows(Series.Refused.class, () -> Series.of(reports, false));
        assertEquals(Series.Refused.Kind.OTHER_AGENCY, e.kind());
        assertEquals("报告不是同一机关的：2024.xlsx 为“云溪区卫生健康局”，云溪区市场监督管理局-2025.json 为“云溪区市场监督管理局”。",
                e.getMessage());
    }

    @Test
    void namesDifferingOnlyInSpacesAreOneAgency() throws Exception {
        List<YearReport> reports = new ArrayList<>(Fixtures.yunxi());
        reports.set(1, Fixtures.renamed(reports.get(1), "2024.xlsx", "云溪区 市场监督管理局　", null));
        assertEquals(List.of(2024, 2025), Series.of(reports, false).years());
    }

    @Test
    void aRenamedAgencyIsComparedWhenToldAndTheEarlierNameIsNoted() throws Exception {
        List<YearReport> reports = new ArrayList<>(Fixtures.yunxi());
        reports.set(1, Fixtures.renamed(reports.get(1), "2024.xlsx", "云溪区工商行政管理局", null));
        Series s = Series.of(reports, true);
        assertEquals("云溪区市场监督管理局", s.agency());
        assertEquals(List.of("2024 年的报告（2024.xlsx）机关名称为“云溪区工商行政管理局”，按同一机关（更名）放进对比。"), s.notes());
    }

    @Test
    void aYearWrittenWithSpacesAroundItIsStillItsYear() throws Exception {
        List<YearReport> reports = new ArrayList<>(Fixtures.yunxi());
        reports.set(1, Fixtures.renamed(reports.get(1), "2024.xlsx", null, " 2024 "));
        assertEquals(List.of(2024, 2025), Series.of(reports, false).years());
    }

    @Test
    void oneReportIsNotASeries() throws Exception {
        Series.Refused e = assertThrows(Series.Refused.class,
                () -> Series.of(List.of(Fixtures.yunxi().get(0)), false));
        assertEquals(Series.Refused.Kind.TOO_FEW, e.kind());
        assertEquals("对比至少需要两个年度的报告，只有 云溪区市场监督管理局-2025.json（2025 年）。", e.getMessage());
    }
}
