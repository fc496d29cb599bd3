package nianbao.legacy.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecodingTest {

    static final String TEXT = "某县卫生健康委员会2025年政府信息公开工作年度报告\n一、总体情况\n";

    @Test
    void prefersStrictUtf8() {
        TextDecoding.Result r = TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, r.text());
        assertEquals(StandardCharsets.UTF_8, r.charset());
    }

    @Test
    void fallsBackToGb18030WhenBytesAreNotUtf8() {
        TextDecoding.Result r = TextDecoding.decode(TEXT.getBytes(Charset.forName("GBK")));
        assertEquals(TEXT, r.text());
        assertEquals("GB18030", r.charset().name());
    }

    @Test
    void dropsUtf8ByteOrderMark() {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        assertEquals(TEXT, TextDecoding.decode(b).text());
    }

    @Test
    void readsUtf16WithEitherByteOrderMark() {
        byte[] le = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(TEXT, TextDecoding.decode(le).text());
        assertEquals(TEXT, TextDecoding.decode(be).text());
    }

    @Test
    void recognisesUtf16WithoutMarkByItsNulBytes() {
        String s = "2025年\t0\t1\t2\t3\n（七）总计\t4\t5\t6\n";
        TextDecoding.Result r = TextDecoding.decode(s.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(s, r.text());
        assertEquals(StandardCharsets.UTF_16LE, r.charset());
    }

    @Test
    void decodesDeclaredGb2312AsGb18030AndIgnoresAWrongDeclaration() {
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
        assertEquals(TEXT, TextDecoding.decode(gbk, Charset.forName("GB2312")).text());
        assertEquals(TEXT, TextDecoding.decode(gbk, StandardCharsets.UTF_8).text());
    }

    @Test
    void measuresControlCharactersAsJunk() {
        assertEquals(0.0, TextDecoding.junkShare(TEXT));
        assertTrue(TextDecoding.junkShare("ab\u0001\u0002") > 0.4);
    }

    @Test
    void readsUtf8WithOneStrayByteAsUtf8AndCountsTheReplacedByte() {
        byte[] good = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[good.length + 1];
        int at = "某县".getBytes(StandardCharsets.UTF_8).length;
        System.arraycopy(good, 0, b, 0, at);
        b[at] = (byte) 0xFF;
        System.arraycopy(good, at, b, at + 1, good.length - at);

        TextDecoding.Result r = TextDecoding.decode(b);

        assertEquals(StandardCharsets.UTF_8, r.charset());
        assertEquals(1, r.replaced());
        assertEquals("某县\uFFFD" + TEXT.substring(2), r.text());
    }

    @Test
    void readsGbkWithOneStrayByteAsGbkAndCountsIt() {
        byte[] good = TEXT.getBytes(Charset.forName("GBK"));
        byte[] b = java.util.Arrays.copyOf(good, good.length + 1);
        b[good.length] = (byte) 0xFF;

        TextDecoding.Result r = TextDecoding.decode(b);

        assertEquals("GB18030", r.charset().name());
        assertEquals(1, r.replaced());
        assertEquals(TEXT + "\uFFFD", r.text());
    }
}
