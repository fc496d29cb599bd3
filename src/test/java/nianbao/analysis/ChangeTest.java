package nianbao.analysis;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeTest {

    private static Change count(String previous, String current) {
        return new Change(Indicator.NEW, previous == null ? null : new BigDecimal(previous),
                current == null ? null : new BigDecimal(current));
    }

    @Test
    void describesACountsChangeAsAgenciesWriteIt() {
        assertEquals("增加 38 件（+10.0%）", count("380", "418").words());
        assertEquals("减少 3 件（-10.0%）", count("30", "27").words());
        assertEquals("从 0 增加 12 件", count("0", "12").words());
        assertEquals("持平", count("7", "7").words());
        assertEquals("", count(null, "7").words());
    }

    @Test
    void comparesSharesInPercentagePointsAndNeverFlagsThem() {
        Change c = new Change(Indicator.GRANTED_SHARE, new BigDecimal("0.200000"), new BigDecimal("0.800000"));
        assertEquals(new BigDecimal("60.0"), c.difference());
        assertNull(c.percent());
        assertEquals("上升 60.0 个百分点", c.words());
        assertFalse(c.large());
    }

    @Test
    void flagsACountByTheRuleOfThumb() {
        assertTrue(count("38", "120").large());
        assertFalse(count("380", "418").large());
        assertNull(count(null, "120").difference());
    }
}
