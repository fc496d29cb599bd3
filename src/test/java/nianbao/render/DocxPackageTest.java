package nianbao.render;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxPackageTest {

    static final String BODY = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\""
            + DocxPackage.W + "\"><w:body><w:p/></w:body></w:document>";

    @Test
    void writesEveryPartTheDocumentRelatesTo() throws Exception {
        Map<String, String> parts = unzip("某县2025年政府信息公开工作年度报告 & <附>");
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
                "word/fontTable.xml", "word/footer1.xml"), new ArrayList<>(parts.keySet()));
        for (String target : List.of("styles.xml", "settings.xml", "fontTable.xml", "footer1.xml")) {
            assertTrue(parts.get("word/_rels/document.xml.rels").contains("Target=\"" + target + "\""), target);
            assertTrue(parts.get("[Content_Types].xml").contains("PartName=\"/word/" + target + "\""), target);
        }
        assertEquals(BODY, parts.get("word/document.xml"));
        assertTrue(parts.get("docProps/core.xml").contains("<dc:title>某县2025年政府信息公开工作年度报告 &amp; &lt;附&gt;</dc:title>"));
    }

    @Test
    void namesAFallbackForEveryOfficialFont() throws Exception {
        String fonts = unzip("t").get("word/fontTable.xml");
        assertTrue(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"), fonts);
        assertTrue(fonts.contains("<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>"));
        assertTrue(fonts.contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>"));
    }

    @Test
    void numbersPagesWithAPageFieldBetweenDashes() throws Exception {
        String footer = unzip("t").get("word/footer1.xml");
        assertTrue(footer.contains(">— </w:t>"));
        assertTrue(footer.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"));
        assertTrue(footer.contains("> —</w:t>"));
    }

    @Test
    void stampsEveryEntryWithTheSameFixedTime() throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes("t")))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(315532800000L, e.getTime(), e.getName());
            }
        }
    }

    private static byte[] bytes(String title) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxPackage.write(out, BODY, title);
        return out.toByteArray();
    }

    private static Map<String, String> unzip(String title) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes(title)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
