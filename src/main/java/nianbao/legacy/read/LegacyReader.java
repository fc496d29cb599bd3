package nianbao.legacy.read;

import nianbao.InputFiles;
import nianbao.UnreadableInputException;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens a legacy report of any supported kind — plain text (UTF-8 with or without BOM, GBK/GB18030,
 * UTF-16), HTML, Markdown, Word {@code .docx}, PDF — and returns its lines. The kind is decided by
 * the content, not the file name, so a GBK page saved as {@code .txt} or a {@code .docx} renamed
 * still reads.
 */
public final class LegacyReader {

    /** Largest input accepted; a published annual report is far below this. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private LegacyReader() {
    }

    /**
     * Reads and decodes one input.
     *
     * @param file the input
     * @param name the input as the user named it (for messages)
     * @throws UnreadableInputException when the file is missing, empty, too large, an old Office or
     *         encrypted file, not a report at all, or corrupt — with a one-line Chinese reason
     */
    public static DecodedText read(Path file, String name) throws UnreadableInputException {
        byte[] bytes = bytes(file, name);
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableInputException(name, "这是旧版 Office 文件（.doc/.xls）或加密的 Office 文件，无法直接读取；"
                    + "请用 Word/WPS 另存为 .docx 或纯文本（.txt）后再导入。");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return docx(bytes, name);
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return pdf(bytes, name);
        }
        if (startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            throw new UnreadableInputException(name, "这是 RTF 文件，无法直接读取；请另存为 .docx 或纯文本（.txt）后再导入。");
        }
        if (startsWith(bytes, 0x1F, 0x8B) || startsWith(bytes, 0x89, 'P', 'N', 'G') || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 'R', 'a', 'r', '!') || startsWith(bytes, '7', 'z', 0xBC, 0xAF)) {
            throw new UnreadableInputException(name, "这是压缩包或图片，不是年报文本；请提供 .txt、.html、.docx 或 .pdf 文件。");
        }
        // the kind follows the real file name; the display name may be anything
        String lower = (file.getFileName() == null ? name : file.getFileName().toString()).toLowerCase(Locale.ROOT);
        boolean htmlName = lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".shtml")
                || lower.endsWith(".xhtml");
        TextDecoding.Result decoded = htmlName ? TextDecoding.decode(bytes, HtmlText.declaredCharset(bytes))
                : TextDecoding.decode(bytes);
        if (TextDecoding.junkShare(decoded.text()) > 0.02) {
            throw new UnreadableInputException(name, "内容不是可识别的文本（像是二进制文件或已损坏）；"
                    + "请提供 .txt、.html、.docx 或 .pdf 格式的年报。");
        }
        String text = decoded.text();
        String head = Chrome.strip(text.substring(0, Math.min(text.length(), 4096)));
        if (lower.endsWith(".json") || head.startsWith("{") && head.contains("\"schema\"")) {
            throw new UnreadableInputException(name, "这是 JSON 数据文件，不是旧年报文本；年报 JSON 请直接用 nianbao validate / render / fill。");
        }
        if (!htmlName && HtmlText.looksLikeHtml(text)) {
            htmlName = true;
            TextDecoding.Result again = TextDecoding.decode(bytes, HtmlText.declaredCharset(bytes));
            text = again.text();
            decoded = again;
        }
        if (htmlName) {
            return noted(new DecodedText(name, "html", decoded.charset().name(), DecodedText.number(HtmlText.lines(text))),
                    decoded.replaced());
        }
        List<String> lines = DecodedText.splitLines(text);
        boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown") || MarkdownText.looksLikeMarkdown(lines);
        if (markdown) {
            lines = MarkdownText.lines(lines);
        }
        return noted(new DecodedText(name, markdown ? "markdown" : "text", decoded.charset().name(), DecodedText.number(lines)),
                decoded.replaced());
    }

    /** The text with the import report's note on bytes that fit no character: how many, and on which lines. */
    private static DecodedText noted(DecodedText text, int replaced) {
        if (replaced == 0) {
            return text;
        }
        List<Integer> damaged = text.damagedLines();
        String lineList = damaged.isEmpty() ? "" : "（原文第 " + damaged.stream().limit(5).map(String::valueOf)
                .collect(java.util.stream.Collectors.joining("、")) + " 行" + (damaged.size() > 5 ? "等" : "") + "）";
        return new DecodedText(text.file(), text.kind(), text.charset(), text.lines(), List.of("原文有 " + replaced
                + " 处无法识别的字节" + lineList + "，已替换为“\uFFFD”，这些行里的数字不采用；请对照原件核对。"));
    }

    private static byte[] bytes(Path file, String name) throws UnreadableInputException {
        return InputFiles.read(file, name, MAX_BYTES, "不像一份年报");
    }

    private static DecodedText docx(byte[] bytes, String name) throws UnreadableInputException {
        String kind = zipKind(bytes);
        if (kind == null) {
            throw new UnreadableInputException(name, "这是一个压缩包（zip），不是 Word 文档；请提供 .docx、.txt、.html 或 .pdf 文件。");
        }
        if (kind.startsWith("xlsx")) {
            throw new UnreadableInputException(name, "这是 Excel 工作簿" + (kind.equals(DAMAGED_XLSX)
                    ? "（而且已损坏或不完整，可能下载或复制不完整）" : "") + "，不是旧年报文本；填好的工作簿请直接用 nianbao validate / render。");
        }
        if (!kind.equals("docx")) {
            throw new UnreadableInputException(name, "这是 Office 文件但不是 Word 文档（.docx）；请另存为 .docx 或纯文本后再导入。");
        }
        try {
            return new DecodedText(name, "docx", "docx", DecodedText.number(DocxText.lines(bytes)));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(name, null, null, "Word 文档已损坏或格式不对，无法读取"
                    + (truncated(bytes) ? "（压缩包不完整，可能下载或复制不完整）" : "") + "；请用 Word/WPS 打开后另存为 .docx 再试。", e);
        }
    }

    private static DecodedText pdf(byte[] bytes, String name) throws UnreadableInputException {
        List<String> lines;
        try {
            lines = PdfText.lines(bytes);
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException(name, null, null, "PDF 已加密，需要密码才能打开；请提供未加密的 PDF。", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(name, null, null, "PDF 已损坏或不完整，无法读取；请重新获取原文件，"
                    + "或用 PDF 阅读器打开后另存（打印）为 PDF 再试。", e);
        }
        boolean any = false;
        for (String l : lines) {
            if (!l.isBlank()) {
                any = true;
                break;
            }
        }
        if (!any) {
            throw new UnreadableInputException(name, "PDF 里没有可提取的文字（可能是扫描图片）；请提供文字版 PDF、.docx 或 .txt。");
        }
        return new DecodedText(name, "pdf", "pdf", DecodedText.number(new ArrayList<>(lines)));
    }

    /** What {@link #zipKind} says of a workbook whose zip breaks off. */
    private static final String DAMAGED_XLSX = "xlsx-damaged";

    /**
     * Which Office document a zip holds, by its main part or, when the zip breaks off before that part,
     * by the content types listed first: docx, xlsx, {@link #DAMAGED_XLSX}, other, or null for a plain zip.
     */
    private static String zipKind(byte[] bytes) {
        boolean office = false;
        String declared = null;
        try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int seen = 0;
            while ((e = z.getNextEntry()) != null && seen++ < 2000) {
                String n = e.getName();
                if (n.equals("word/document.xml")) {
                    return "docx";
                }
                if (n.equals("xl/workbook.xml")) {
                    return truncated(bytes) ? DAMAGED_XLSX : "xlsx";
                }
                if (n.equals("[Content_Types].xml")) {
                    office = true;
                    String types = new String(z.readNBytes(1 << 20), java.nio.charset.StandardCharsets.UTF_8);
                    declared = types.contains("spreadsheetml.sheet.main") ? "xlsx"
                            : types.contains("wordprocessingml.document.main") ? "docx" : null;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged zip: its content types tell what it was meant to be; the Word reader says what is wrong
            return "xlsx".equals(declared) ? DAMAGED_XLSX : "docx";
        }
        if ("xlsx".equals(declared) && truncated(bytes)) {
            return DAMAGED_XLSX;
        }
        return declared != null ? declared : office ? "other" : null;
    }

    /**
     * True when the zip has no end-of-central-directory record (signature PK 5 6 within the last
     * 64 KB + 22 bytes): the archive was cut off, as an interrupted download or copy leaves it.
     */
    private static boolean truncated(byte[] b) {
        for (int i = b.length - 22; i >= Math.max(0, b.length - 65_557); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
