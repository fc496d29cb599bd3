package nianbao.legacy.meta;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TitlesTest {

    private static void title(String line, String year, String words) {
        Titles.Found f = Titles.in(line);
        assertEquals(year, f.year(), line);
        assertEquals(words, f.words(), line);
    }

    @Test
    void readsTheYearWhereverTheTitlePutsIt() {
        title("柳湾区2022年度政府信息公开工作年度报告", "2022", "柳湾区");
        title("2019年度丹霞县人力资源和社会保障局政府信息公开工作年度报告", "2019", "丹霞县人力资源和社会保障局");
        title("青峰市审计局政府信息公开工作年度报告（2022年度）", "2022", "青峰市审计局");
        title("青峰市审计局政府信息公开工作2022年度报告", "2022", "青峰市审计局");
        title("江临市林业局二〇二二年政府信息公开工作年度报告", "2022", "江临市林业局");
        title("江临市林业局2022年政务公开工作年报", "2022", "江临市林业局");
        title("江临市林业局关于2022年度政府信息公开工作情况报告", "2022", "江临市林业局关于");
    }

    @Test
    void givesTheWordsBeforeTheYearEvenWhenTheyAreASentence() {
        Titles.Found f = Titles.in("要求，市科委编制了2021年政府信息公开工作年度报告。");
        assertEquals("要求，市科委编制了", f.words());
        assertEquals(9, f.wordsEnd());
    }

    @Test
    void findsNoTitleInLinesWithoutTheReportsName() {
        assertNull(Titles.in("2022年，本机关坚持以公开为常态"));
        assertNull(Titles.in("政府信息公开年报"));
        assertNull(Titles.in("本年度报告中所列数据的统计期限自2022年1月1日起"));
    }

    @Test
    void takesALineWithoutAYearOnlyAsAWholeTitle() {
        assertEquals("江临市审计局", Titles.withoutYear("江临市审计局政府信息公开工作年度报告").words());
        assertNull(Titles.withoutYear("现将江临市审计局政府信息公开工作年度报告公布如下"));
        assertNull(Titles.withoutYear("江临市审计局2022年工作总结"));
    }

    private static boolean ends(String line) {
        Titles.Found f = Titles.in(nianbao.legacy.read.Chrome.squeeze(line));
        return Titles.endsAsTitle(line, f.text().length(), f.words());
    }

    @Test
    void aTitleEndsWithTheReportsNameAndNoSentenceRunsOn() {
        assertTrue(ends("江临市审计局2022年政府信息公开工作年度报告"));
        assertTrue(ends("江临市审计局 2022 年政府信息公开工作年度报告（2022年度）"));
        assertTrue(ends("江临市审计局2022年政府信息公开工作年度报告 本报告根据条例编制"));
        assertTrue(ends("江临市审计局2022年政府信息公开工作年度报告发布时间：2023-01-20"));
        assertTrue(ends("江临市审计局关于印发《2022年政府信息公开工作年度报告》的通知"));
        assertFalse(ends("江临市审计局2022年政府信息公开工作年度报告如下"));
        assertFalse(ends("《平川县人民政府办公室关于2021年度政府信息公开工作年度报告编制工作的通知》"));
        assertFalse(ends("现将《江临市审计局2022年政府信息公开工作年度报告》印发给你们"));
    }
}
