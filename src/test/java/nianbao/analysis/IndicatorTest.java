package nianbao.analysis;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorTest {

    static final Schema F2021 = Schemas.forYear(2025);
    static final Schema F2019 = Schemas.forYear(2020);

    @Test
    void everyKeyIndicatorIsDefinedInBothFormats() {
        for (Indicator i : Indicator.KEY) {
            assertTrue(i.availableIn(F2021), i.key());
            assertTrue(i.availableIn(F2019), i.key());
        }
    }

    @Test
    void readsTheKeyIndicatorsOfA2021Report() throws Exception {
        Report r = Reports.read(Path.of("examples/青山县卫生健康委员会-2025.json"));
        KeyFigures f = KeyFigures.of(r);
        assertEquals(new BigDecimal("13"), f.value(Indicator.NEW));
        assertEquals(new BigDecimal("0.461538"), f.value(Indicator.GRANTED_SHARE)); // 6 / 13
        assertEquals(new BigDecimal("0.076923"), f.value(Indicator.DENIED_SHARE)); // 1 / 13
        assertEquals(new BigDecimal("1"), f.value(Indicator.REVIEW));
        assertEquals(new BigDecimal("0"), f.value(Indicator.REVIEW_CORRECTED));
        assertEquals(new BigDecimal("0"), f.value(Indicator.SUIT));
        assertEquals(new BigDecimal("0"), f.value(Indicator.CARRY_OVER));
        assertEquals("46.2%", Figures.of(Indicator.GRANTED_SHARE, f.value(Indicator.GRANTED_SHARE)));
    }

    @Test
    void readsTheSameIndicatorsOfA2019FormatReport() throws Exception {
        Report r = Reports.read(Path.of("examples/柳溪市人力资源和社会保障局-2020.json"));
        assertEquals("gov-info-disclosure/2019", r.schema().id());
        KeyFigures f = KeyFigures.of(r);
        assertEquals(new BigDecimal("101"), f.value(Indicator.NEW));
        assertEquals("48.5%", Figures.percent(f.value(Indicator.GRANTED_SHARE))); // 48 / 99
        assertEquals("10.1%", Figures.percent(f.value(Indicator.DENIED_SHARE))); // (1+2+1+3+3) / 99
        assertEquals(new BigDecimal("4"), f.value(Indicator.REVIEW));
        assertEquals(new BigDecimal("1"), f.value(Indicator.REVIEW_CORRECTED));
        assertEquals(new BigDecimal("3"), f.value(Indicator.SUIT)); // 2 direct + 1 after review
        assertEquals(new BigDecimal("0"), f.value(Indicator.SUIT_CORRECTED));
        assertEquals(new BigDecimal("7"), f.value(Indicator.CARRY_OVER));
    }

    @Test
    void aFieldOnlyOneFormatHasIsAbsentForTheOtherNotZero() {
        Indicator procurement = new Indicator("procurement", "政府集中采购项目", List.of("t2.procurement.items"), List.of());
        assertTrue(procurement.availableIn(F2019));
        assertFalse(procurement.availableIn(F2021));
        Report r2019 = Report.builder(F2019).number("t2.procurement.items", 7).build();
        Report r2021 = Report.builder(F2021).number("t3.new.total", 7).build();
        assertEquals(new BigDecimal("7"), procurement.valueOf(F2019, r2019::numberIfPresent));
        assertNull(procurement.valueOf(F2021, r2021::numberIfPresent));
    }

    @Test
    void aBlankOrMissingCellMakesTheIndicatorAbsent() {
        Report blank = Report.builder(F2021).number("t4.suit_direct.total", 3).build(); // after review left blank
        assertNull(Indicator.SUIT.valueOf(F2021, blank::numberIfPresent));
        Report missing = Report.builder(F2021).number("t4.suit_direct.total", 3)
                .put(Value.missing("t4.suit_after_review.total", Source.none(), "原文缺")).build();
        assertNull(Indicator.SUIT.valueOf(F2021, missing::numberIfPresent));
        Report full = Report.builder(F2021).number("t4.suit_direct.total", 3).number("t4.suit_after_review.total", 0)
                .build();
        assertEquals(new BigDecimal("3"), Indicator.SUIT.valueOf(F2021, full::numberIfPresent));
    }

    @Test
    void aShareOfNothingIsAbsent() {
        Report none = Report.builder(F2021).number("t3.granted.total", 0).number("t3.total.total", 0).build();
        assertNull(Indicator.GRANTED_SHARE.valueOf(F2021, none::numberIfPresent));
    }
}
