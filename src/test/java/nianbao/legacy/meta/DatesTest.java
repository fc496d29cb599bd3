package nianbao.legacy.meta;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatesTest {

    @Test
    void readsDatesAsPagesPrintThemWithOrWithoutATime() {
        assertEquals("2022-02-08", Dates.at("2022-02-08 16:34", true));
        assertEquals("2022-02-08", Dates.at("2022-02-08 16:34:05", true));
        assertEquals("2022-02-08", Dates.at("2022/2/8", true));
        assertEquals("2022-02-08", Dates.at("2022.02.08", true));
        assertEquals("2022-02-08", Dates.at("2022年2月8日", true));
        assertEquals("2022-02-08", Dates.at(" 2022 年 02 月 08 日 16时34分", true));
    }

    @Test
    void readsDatesWrittenOut() {
        assertEquals("2020-01-20", Dates.at("二〇二〇年一月二十日", true));
        assertEquals("2023-12-31", Dates.at("二○二三年十二月三十一日", true));
        assertEquals("2023-01-09", Dates.at("二零二三年一月九日", true));
    }

    @Test
    void refusesImpossibleDatesAndDatesInsideSentences() {
        assertNull(Dates.at("2022-02-30", true));
        assertNull(Dates.at("2022年13月1日", true));
        assertNull(Dates.at("1899-01-01", true));
        assertNull(Dates.at("2022年3月15日，召开全镇政务公开工作会议。", true));
        assertEquals("2022-03-15", Dates.at("2022年3月15日，召开全镇政务公开工作会议。", false));
        assertNull(Dates.at("上午9点", true));
    }
}
