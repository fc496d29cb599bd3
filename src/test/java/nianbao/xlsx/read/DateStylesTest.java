package nianbao.xlsx.read;

import org.junit.jupiter.api.Test;

import java.util.BitSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateStylesTest {

    @Test
    void tellsDateAndTimeFormatsFromNumberFormats() {
        for (String date : new String[] {"yyyy/m/d", "yyyy-mm-dd", "m/d/yy h:mm", "[$-804]yyyy\"年\"m\"月\"d\"日\";@",
            "yyyy年m月d日", "[h]:mm:ss", "h:mm AM/PM", "[Red]yyyy-mm-dd", "dd\\.mm\\.yyyy"}) {
            assertTrue(DateStyles.isDateFormat(date), date);
        }
        for (String number : new String[] {"General", "0", "0.00", "#,##0", "0\"件\"", "#,##0.00_);[Red](#,##0.00)",
            "@", "0.00E+00", "[$-804]General", "\"日期\"0"}) {
            assertFalse(DateStyles.isDateFormat(number), number);
        }
        assertTrue(DateStyles.isBuiltinDate(14));
        assertTrue(DateStyles.isBuiltinDate(57), "a Chinese Excel's built-in 年月日");
        assertFalse(DateStyles.isBuiltinDate(1));
        assertFalse(DateStyles.isBuiltinDate(49), "text");
    }

    @Test
    void indexesTheCellFormatsNotTheNamedStyleFormats() {
        String xml = "<styleSheet><numFmts count=\"2\"><numFmt numFmtId=\"176\" formatCode=\"yyyy/m/d\"/>"
                + "<numFmt numFmtId=\"177\" formatCode=\"0&quot;件&quot;\"/></numFmts>"
                + "<cellStyleXfs count=\"2\"><xf numFmtId=\"14\"/><xf numFmtId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"5\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"176\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"177\"/><xf numFmtId=\"14\"/><xf numFmtId=\"3\"><alignment/></xf></cellXfs></styleSheet>";
        BitSet dates = DateStyles.parse(xml);
        assertEquals("{1, 3}", dates.toString());
    }
}
