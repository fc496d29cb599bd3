package nianbao.analysis;

import nianbao.Reports;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomesTest {

    private static final List<String> SIX = List.of("（一）予以公开", "（二）部分公开", "（三）不予公开", "（四）无法提供",
            "（五）不予处理", "（六）其他处理");

    @Test
    void bothFormatsHaveTheSameSixCategories() {
        assertEquals(SIX, Outcomes.of(IndicatorTest.F2021).stream().map(Outcomes.Category::label).toList());
        assertEquals(SIX, Outcomes.of(IndicatorTest.F2019).stream().map(Outcomes.Category::label).toList());
    }

    @Test
    void groupsTheRowsOfASubgroupAndLeavesTheTotalOut() {
        List<Outcomes.Category> c2021 = Outcomes.of(IndicatorTest.F2021);
        assertEquals(8, c2021.get(2).fields().size());
        assertEquals(List.of("t3.other_no_correction.total", "t3.other_no_fee.total", "t3.other_other.total"),
                c2021.get(5).fields());
        assertEquals(List.of("t3.other.total"), Outcomes.of(IndicatorTest.F2019).get(5).fields());
        assertTrue(c2021.stream().flatMap(c -> c.fields().stream()).noneMatch(id -> id.equals("t3.total.total")));
        assertEquals("不予公开", c2021.get(2).shortLabel());
    }

    @Test
    void theCategoriesAddUpToTheReportsTotal() throws Exception {
        for (String f : new String[] {"examples/青山县卫生健康委员会-2025.json", "examples/柳溪市人力资源和社会保障局-2020.json"}) {
            Report r = Reports.read(Path.of(f));
            KeyFigures k = KeyFigures.of(r);
            assertTrue(k.hasOutcomes(), f);
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < k.categories().size(); i++) {
                sum = sum.add(k.outcome(i));
            }
            assertEquals(r.number("t3.total.total"), sum, f);
        }
    }

    @Test
    void aCategoryWithABlankRowHasNoCount() {
        Report r = Report.builder(IndicatorTest.F2021).number("t3.other_no_correction.total", 1)
                .number("t3.other_no_fee.total", 0).build();
        KeyFigures k = KeyFigures.of(r);
        assertNull(k.outcome("（六）其他处理"));
        assertFalse(k.hasOutcomes());
    }
}
