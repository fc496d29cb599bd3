package nianbao.legacy.meta;

import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatDetectorTest {

    private static final FormatDetector DETECTOR = new FormatDetector(Schemas.all());
    private static final Schema Y2019 = Schemas.byKey("2019").orElseThrow();
    private static final Schema Y2021 = Schemas.byKey("2021").orElseThrow();

    private static Schema detect(String... lines) {
        List<Outline.Cleaned> cleaned = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            cleaned.add(new Outline.Cleaned(i + 1, lines[i]));
        }
        return DETECTOR.detect(cleaned, 0, Y2021);
    }

    @Test
    void tellsThe2019TablesByTheirOwnHeaders() {
        assertEquals(Y2019, detect("第二十条第（一）项", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", "规章\t0\t0\t3"));
        assertEquals(Y2019, detect("信息内容本年新制作数量本年新公开数量对外公开总数量", "行政许可2648-18538"),
                "crawler text, labels glued");
        assertEquals(Y2019, detect("信息内容 上一年项目数量 本年增减 处理决定数量", "政府集中采购 4 35.6"),
                "本年增减 printed without the slash");
    }

    @Test
    void tellsThe2021TablesByTheirOwnHeaders() {
        assertEquals(Y2021, detect("信息内容\t本年制发件数\t本年废止件数\t现行有效件数", "行政规范性文件\t2\t0\t15"));
    }

    @Test
    void doesNotTakeA2021LabelForThe2019LabelInsideIt() {
        // 处理决定数量 is inside 本年处理决定数量, 规范性文件 inside 行政规范性文件, （六）其他处理 heads 2021's three rows
        assertEquals(Y2021, detect("信息内容 本年处理决定数量", "行政规范性文件 2 0 15", "（六）其他处理",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"));
        assertEquals(Y2021, detect("信息内容 本年处理决定数量", "行政规范性文件 2 0 15", "（六）其他处理"),
                "nothing of 2019's own: the fallback");
    }

    @Test
    void needsTwoOfAFormatsOwnLabelsAndFallsBackOnATie() {
        assertEquals(Y2021, detect("政府集中采购 4 35.6"), "one label is not enough");
        assertEquals(Y2021, detect("本年新制作数量 本年新公开数量", "本年制发件数 本年废止件数"), "as many of each: the fallback");
    }
}
