package nianbao.validate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChineseNumbersTest {

    private static long n(String s) {
        return ChineseNumbers.parse(s).longValueExact();
    }

    @Test
    void readsTheNumeralsClerksWrite() {
        assertEquals(12, n("十二"));
        assertEquals(35, n("三十五"));
        assertEquals(10, n("十"));
        assertEquals(103, n("一百零三"));
        assertEquals(2000, n("两千"));
        assertEquals(12000, n("一万二千"));
        assertEquals(4928, n("四千九百二十八"));
        assertEquals(0, n("零"));
    }

    @Test
    void readsArabicAndFullWidthDigitsAndWan() {
        assertEquals(4928, n("4928"));
        assertEquals(59, n("５９"));
        assertEquals(12000, n("1.2万"));
    }

    @Test
    void refusesWhatIsNotOneNumber() {
        assertNull(ChineseNumbers.parse("二三"));
        assertNull(ChineseNumbers.parse("二〇二五"));
        assertNull(ChineseNumbers.parse("若干"));
        assertNull(ChineseNumbers.parse(""));
        assertEquals(BigDecimal.valueOf(7), ChineseNumbers.parse("七"));
    }
}
