package nianbao.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossYearTest {

    @Test
    void aCarriedOverCountThatDisagreesIsAProblemOnTheLaterYearsCells() throws Exception {
        List<CrossYear> checks = AgencyComparisonTest.liuxi().checks();
        assertEquals(3, checks.size());
        CrossYear last = checks.get(2);
        assertEquals(2022, last.previousYear());
        assertEquals(2023, last.year());
        assertEquals(List.of("X-CARRY", "X-CARRY"), last.problems().stream().map(f -> f.ruleId()).toList());
        assertEquals("表三!J6", last.problems().get(1).position());
        // this year's own rules hold, so no one cell is blamed: last year's report may be the wrong one
        assertEquals("表三“二、上年结转”行 总计列：填报 9，上年报告“四、结转下年度继续办理”为 7。"
                + "明细：表三!J6 二、上年结转 9（= 表三!D6 自然人 5 + 表三!E6 商业企业 2 + 表三!H6 法律服务机构 1 + 表三!I6 其他 1，"
                + "另 2 格为 0）；上年 表三!J29 四、结转下年度 7。没有哪一个格子单独改动后能让这些勾稽关系同时成立，"
                + "可能不止一处填错，也可能是上年报告有误，请逐格核对。",
                last.problems().get(1).message());
    }

    @Test
    void aRecountedStockIsInformationNotAProblem() throws Exception {
        CrossYear y2022 = AgencyComparisonTest.liuxi().checks().get(1);
        assertEquals(List.of(), y2022.problems());
        assertEquals(List.of("X-STOCK"), y2022.information().stream().map(f -> f.ruleId()).toList());
        assertEquals(2, AgencyComparisonTest.liuxi().problems(), "the two X-CARRY findings of 2023, no more");
    }

    @Test
    void yearsThatAreNotAdjacentAreNotChecked() throws Exception {
        List<YearReport> r = Fixtures.liuxi();
        Series gap = Series.of(List.of(r.get(1), r.get(0)), false);
        CrossYear x = AgencyComparison.of(gap).checks().get(0);
        assertFalse(x.checked());
        assertTrue(x.problems().isEmpty() && x.information().isEmpty());
    }
}
