package nianbao.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LargeChangeTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "10, 20, true",    // doubled by 10
        "11, 21, false",   // not quite doubled
        "1, 3, false",     // tripled but by 2 items
        "400, 430, false", // 30 more, ordinary
        "400, 800, true",
        "20, 10, true",    // halved by 10
        "21, 11, false",   // not quite halved
        "0, 10, true",     // from nothing, 10 items
        "0, 9, false",
        "12, 0, true",
        "9, 0, false",
        "50, 50, false",
    })
    void flagsDoubledOrHalvedByAtLeastTenItems(String previous, String current, boolean large) {
        assertEquals(large, LargeChange.isLarge(new BigDecimal(previous), new BigDecimal(current)));
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL, 20", "20, NULL"}, nullValues = "NULL")
    void anAbsentValueIsNeverLarge(String previous, String current) {
        assertEquals(false, LargeChange.isLarge(previous == null ? null : new BigDecimal(previous),
                current == null ? null : new BigDecimal(current)));
    }
}
