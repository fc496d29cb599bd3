package nianbao.render;

import nianbao.Reports;
import nianbao.model.Report;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxRendererTest {

    static Report report;
    static XWPFDocument doc;

    @BeforeAll
    static void render() throws Exception {
        report = Reports.readJson(Path.of("examples/临江市自然资源和规划局-2025.json"));
        doc = new XWPFDocument(new ByteArrayInputStream(Renderer.of(Format.DOCX).renderBytes(report)));
    }

    @Test
    void mergesTable2LikeTheNationalFormat() {
        List<String> expected = Regions.withValues(Regions.T2, label -> switch (label) {
            case "行政许可" -> "2468";
            case "行政处罚" -> "133";
            case "行政强制" -> "12";
            default -> "12.5";
        });
        assertEquals(expected, DocxText.mergedRegions(doc.getTables().get(0)));
    }

    @Test
    void mergesTable3LikeTheNationalFormat() {
        assertEquals(Regions.T3, DocxText.mergedRegions(doc.getTables().get(1)));
    }

    @Test
    void mergesTable4LikeTheNationalFormat() {
        assertEquals(Regions.T4, DocxText.mergedRegions(doc.getTables().get(2)));
    }

    @Test
    void printsTable3ValuesInTheirOfficialCells() {
        XWPFTable t3 = doc.getTables().get(1);
        // Row 3 is 一、本年新收: one label cell spanning three columns, then seven values.
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "339", "54", "3", "3", "10", "9", "418"),
                t3.getRow(3).getTableCells().stream().map(c -> c.getText()).toList());
        // Row 26 is （七）总计 under the merged 三、本年度办理结果 cell.
        assertEquals(List.of("", "（七）总计", "334", "53", "3", "2", "10", "10", "412"),
                t3.getRow(26).getTableCells().stream().map(c -> c.getText()).toList());
    }

    @Test
    void repeatsTable3HeaderRowsOnEveryPage() {
        XWPFTable t3 = doc.getTables().get(1);
        for (int r = 0; r < t3.getNumberOfRows(); r++) {
            boolean header = t3.getRow(r).getCtRow().getTrPr().sizeOfTblHeaderArray() > 0;
            assertEquals(r < 3, header, "row " + r);
        }
    }

    @Test
    void writesAnExplicitGridAsWideAsTheText() {
        for (XWPFTable t : doc.getTables()) {
            long sum = t.getCTTbl().getTblGrid().getGridColList().stream()
                    .mapToLong(c -> ((java.math.BigInteger) c.getW()).longValue()).sum();
            assertTrue(Math.abs(sum - 8845) <= 8, "grid width " + sum);
            assertEquals(t.getCTTbl().getTblGrid().sizeOfGridColArray(),
                    List.of(4, 10, 15).get(doc.getTables().indexOf(t)));
        }
        List<CTTblGridCol> t3 = doc.getTables().get(1).getCTTbl().getTblGrid().getGridColList();
        assertTrue(((java.math.BigInteger) t3.get(2).getW()).intValue() > 3 * ((java.math.BigInteger) t3.get(3).getW()).intValue(),
                "the item label column is the widest");
    }

    @Test
    void setsA4AndTheOfficialMargins() {
        var sect = doc.getDocument().getBody().getSectPr();
        assertEquals("11906", sect.getPgSz().getW().toString());
        assertEquals("16838", sect.getPgSz().getH().toString());
        CTPageMar m = sect.getPgMar();
        assertEquals(List.of("2098", "1984", "1587", "1474"),
                List.of(m.getTop().toString(), m.getBottom().toString(), m.getLeft().toString(), m.getRight().toString()));
    }

    @Test
    void usesTheOfficialFontForEachKindOfParagraph() {
        List<XWPFParagraph> ps = doc.getParagraphs();
        assertEquals("P CENTER line=720/exact [方正小标宋简体 22pt] | 临江市自然资源和规划局↵2025年政府信息公开工作年度报告",
                DocxText.paragraph(ps.get(0)));
        assertTrue(DocxText.paragraph(ps.get(1)).startsWith("P BOTH firstLineChars=200 line=560/exact [仿宋_GB2312 16pt] | 本报告根据"));
        assertEquals("P BOTH firstLineChars=200 line=560/exact keepNext [黑体 16pt] | 一、总体情况", DocxText.paragraph(ps.get(2)));
        assertTrue(ps.stream().map(DocxText::paragraph)
                .anyMatch("P BOTH firstLineChars=200 line=560/exact keepNext [楷体_GB2312 16pt] | （一）主动公开情况"::equals));
        var firstValue = doc.getTables().get(1).getRow(3).getCell(1).getParagraphs().get(0);
        assertEquals("宋体 10pt", DocxText.runFont(firstValue.getRuns().get(0)));
    }

    @Test
    void breaksEveryTitleTooLongForOneLineAfterTheAgency() throws Exception {
        Report r = report.toBuilder().text("meta.agency", "白石镇人民政府").build();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(Renderer.of(Format.DOCX).renderBytes(r)))) {
            assertEquals("白石镇人民政府\n2025年政府信息公开工作年度报告", d.getParagraphs().get(0).getText());
        }
    }

    @Test
    void dropsControlCharactersThatXmlCannotHold() throws Exception {
        Report r = report.toBuilder().text("text.other", "响铃\u0007与换页\u000c字符 & <尖括号>").build();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(Renderer.of(Format.DOCX).renderBytes(r)))) {
            assertTrue(d.getParagraphs().stream().anyMatch(p -> p.getText().equals("响铃与换页字符 & <尖括号>")));
        }
    }

    @Test
    void givesTheSameBytesForTheSameReport() {
        byte[] a = Renderer.of(Format.DOCX).renderBytes(report);
        byte[] b = Renderer.of(Format.DOCX).renderBytes(report);
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b);
    }

    @Test
    void endsWithTheSignatureRightAligned() {
        List<XWPFParagraph> ps = doc.getParagraphs();
        assertEquals("P RIGHT rightChars=400 line=560/exact [仿宋_GB2312 16pt] | 2026年1月28日", DocxText.paragraph(ps.get(ps.size() - 1)));
        assertEquals("临江市自然资源和规划局", ps.get(ps.size() - 2).getText());
    }

    @Test
    void numbersPagesInTheFooter() {
        String footer = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
        assertTrue(footer.contains("PAGE"), footer);
        assertTrue(doc.getFooterList().get(0).getText().startsWith("— "), doc.getFooterList().get(0).getText());
    }
}
