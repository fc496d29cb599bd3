package nianbao.legacy.meta;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class SignatureTest {

    static List<Outline.Cleaned> body(String... lines) {
        List<Outline.Cleaned> c = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            c.add(new Outline.Cleaned(i + 10, lines[i]));
        }
        return c;
    }

    @Test
    void takesTheNameAndTheDateUnderTheLastSection() {
        List<Outline.Cleaned> b = body("本机关未收取信息处理费。", "江临市科学技术委员会", "2022年1月26日");
        Signature s = Signature.take(b, null);
        assertEquals("江临市科学技术委员会", s.name());
        assertEquals(11, s.nameLine());
        assertEquals("2022-01-26", s.date());
        assertEquals(12, s.dateLine());
        assertEquals(1, b.size());
    }

    @Test
    void takesANameAndADateOnOneLineAndADateWrittenOut() {
        Signature s = Signature.take(body("无。", "雁南县民政局　2023年1月16日"), null);
        assertEquals("雁南县民政局", s.name());
        assertEquals("2023-01-16", s.date());
        s = Signature.take(body("无。", "丹霞县人力资源和社会保障局", "二〇二〇年一月二十日"), null);
        assertEquals("丹霞县人力资源和社会保障局", s.name());
        assertEquals("2020-01-20", s.date());
    }

    @Test
    void leavesTheLastSentencesOfTheSection() {
        List<Outline.Cleaned> b = body("本单位无收取信息处理费等其他需要报告的事项", "2022年3月15日，召开全镇政务公开工作会议。");
        assertSame(Signature.NONE, Signature.take(b, null));
        assertEquals(2, b.size());
        b = body("本机关本年度未收取信息处理费。", "2023年1月12日");
        Signature s = Signature.take(b, null);
        assertNull(s.name());
        assertEquals("2023-01-12", s.date());
    }
}
