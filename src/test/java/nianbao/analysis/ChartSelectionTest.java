package nianbao.analysis;

import nianbao.model.Report;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartSelectionTest {

    /** An agency with n new requests and n requests granted (the only 办理结果), or without 新收 when n is null. */
    private static KeyFigures agency(String name, Integer n) {
        Report.Builder b = Report.builder(Schemas.forYear(2025)).text("meta.agency", name);
        for (Outcomes.Category c : Outcomes.of(Schemas.forYear(2025))) {
            c.fields().forEach(id -> b.number(id, 0));
        }
        if (n != null) {
            b.number("t3.new.total", n).number("t3.granted.total", n);
        }
        return KeyFigures.of(b.build());
    }

    @Test
    void capsTheNewRequestsChartAtTwentyAndTheTitleSaysHowManyThereAre() {
        List<KeyFigures> many = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            many.add(agency("第" + i + "局", i));
        }
        many.add(agency("未填局", null));
        ChartSelection.Ranked r = ChartSelection.mostRequests(many);
        assertEquals(ChartSelection.TOP_NEW, r.shown().size());
        assertEquals(25, r.of(), "the agency without the figure is not counted");
        assertEquals("第25局", r.shown().get(0).agency());
        assertEquals("2025 年 本年新收申请：最多的 20 个单位（共 25 个）", ChartSelection.newRequestsTitle("2025", r));
        assertEquals("本年新收申请（2 个单位）", ChartSelection.newRequestsTitle(null,
                ChartSelection.mostRequests(many.subList(0, 2))));
    }

    @Test
    void theCompositionHasABarForAllThenTheFifteenThatHandledMost() {
        List<KeyFigures> many = new ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            many.add(agency("第" + i + "局", i));
        }
        ChartSelection.Composition c = ChartSelection.composition(many);
        assertEquals(1 + ChartSelection.TOP_OUTCOMES, c.labels().size());
        assertEquals("全部（18 个单位）", c.labels().get(0));
        assertEquals(new BigDecimal("171"), c.counts().get(0).get(0), "1 + 2 + … + 18 granted");
        assertEquals("第18局", c.labels().get(1));
        assertTrue(c.ranked().capped());
        assertEquals("办理结果构成：全部单位及办理最多的 15 个单位", ChartSelection.compositionTitle(null, c.ranked()));
        assertFalse(ChartSelection.composition(many.subList(0, 3)).ranked().capped());
    }

    @Test
    void noChartWithoutAnyReportHavingTheFigures() {
        KeyFigures blank = KeyFigures.of(Report.builder(Schemas.forYear(2025)).build());
        assertTrue(ChartSelection.mostRequests(List.of(blank)).shown().isEmpty());
        assertNull(ChartSelection.composition(List.of(blank)));
    }
}
