package nianbao.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The fixed parts of a WordprocessingML package (content types, relationships, styles, settings,
 * font table with fallbacks, footer with the page number) and the zip writer that puts them around
 * a generated {@code word/document.xml}. Entries carry a fixed time so the same report gives the
 * same bytes.
 */
final class DocxPackage {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Relationship ID of the footer in {@code word/_rels/document.xml.rels}. */
    static final String FOOTER_RID = "rId4";

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    /** 1980-01-01, the earliest time a zip entry can hold: no build time leaks into the file. */
    private static final long FIXED_TIME = 315532800000L;

    private static final String CONTENT_TYPES = HEAD
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"" + CT + "document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + CT + "styles+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"" + CT + "settings+xml\"/>"
            + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"" + CT + "fontTable+xml\"/>"
            + "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + CT + "footer+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>";

    private static final String ROOT_RELS = HEAD
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + REL + "extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>";

    private static final String DOCUMENT_RELS = HEAD
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL + "styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"" + REL + "settings\" Target=\"settings.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"" + REL + "fontTable\" Target=\"fontTable.xml\"/>"
            + "<Relationship Id=\"" + FOOTER_RID + "\" Type=\"" + REL + "footer\" Target=\"footer1.xml\"/>"
            + "</Relationships>";

    private static final String APP = HEAD
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>nianbao</Application></Properties>";

    private static final String SETTINGS = HEAD
            + "<w:settings xmlns:w=\"" + W + "\">"
            + "<w:defaultTabStop w:val=\"420\"/>"
            + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "</w:settings>";

    /** Each 公文 font with the font Word and WPS fall back to when it is not installed. */
    private static final String FONT_TABLE = HEAD
            + "<w:fonts xmlns:w=\"" + W + "\">"
            + font(DocxRenderer.TITLE_FONT, "宋体", "roman")
            + font(DocxRenderer.H1_FONT, "SimHei", "modern")
            + font(DocxRenderer.H2_FONT, "楷体", "modern")
            + font(DocxRenderer.BODY_FONT, "仿宋", "modern")
            + font(DocxRenderer.TABLE_FONT, "SimSun", "auto")
            + "</w:fonts>";

    /** Default run: 仿宋_GB2312 三号, Chinese; styles name the 公文 levels so Word's navigation pane shows them. */
    private static final String STYLES = HEAD
            + "<w:styles xmlns:w=\"" + W + "\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>" + DocxRenderer.fonts(DocxRenderer.BODY_FONT)
            + "<w:kern w:val=\"2\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
            + "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
            + "</w:tblCellMar></w:tblPr></w:style>"
            + "</w:styles>";

    /** The page number "— 1 —" centred, 宋体 四号, as a PAGE field. */
    private static final String FOOTER = HEAD
            + "<w:ftr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
            + footerRun("<w:t xml:space=\"preserve\">— </w:t>")
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + footerRun("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + footerRun("<w:t>1</w:t>")
            + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + footerRun("<w:t xml:space=\"preserve\"> —</w:t>")
            + "</w:p></w:ftr>";

    private DocxPackage() {
    }

    /** Writes the package with the given document body and title (for the document properties). */
    static void write(OutputStream out, String documentXml, String title) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new nianbao.NonClosingOutputStream(out), StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        entry(zip, "[Content_Types].xml", CONTENT_TYPES);
        entry(zip, "_rels/.rels", ROOT_RELS);
        entry(zip, "docProps/core.xml", core(title));
        entry(zip, "docProps/app.xml", APP);
        entry(zip, "word/_rels/document.xml.rels", DOCUMENT_RELS);
        entry(zip, "word/document.xml", documentXml);
        entry(zip, "word/styles.xml", STYLES);
        entry(zip, "word/settings.xml", SETTINGS);
        entry(zip, "word/fontTable.xml", FONT_TABLE);
        entry(zip, "word/footer1.xml", FOOTER);
        zip.finish();
        zip.flush();
    }

    private static String core(String title) {
        return HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + Markup.escape(title)
                + "</dc:title><dc:creator>nianbao</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>";
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(FIXED_TIME);
        zip.putNextEntry(e);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String font(String name, String alt, String family) {
        return "<w:font w:name=\"" + name + "\"><w:altName w:val=\"" + alt + "\"/><w:charset w:val=\"86\"/>"
                + "<w:family w:val=\"" + family + "\"/><w:pitch w:val=\"variable\"/></w:font>";
    }

    private static String footerRun(String content) {
        return "<w:r><w:rPr>" + DocxRenderer.fonts(DocxRenderer.TABLE_FONT) + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>"
                + content + "</w:r>";
    }
}
