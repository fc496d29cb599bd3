package nianbao.legacy.read;

import nianbao.UnreadableInputException;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        if (!htmlName && HtmlText.looksLikeHtml(text)) {
            htmlName = true;
            TextDecoding.Result again = TextDecoding.decode(bytes, HtmlText.declaredCharset(bytes));
            text = again.text();
            decoded = again;
        }
        if (htmlName) {
            return new DecodedText(name, "html", decoded.charset().name(), DecodedText.number(HtmlText.lines(text)));
        }
        List<String> lines = DecodedText.splitLines(text);
        boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown") || MarkdownText.looksLikeMarkdown(lines);
        if (markdown) {
            lines = MarkdownText.lines(lines);
        }
        return new DecodedText(name, markdown ? "markdown" : "text", decoded.charset().name(), DecodedText.number(lines));
    }

    private static byte[] bytes(Path file, String name) throws UnreadableInputException {
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableInputException(name, "这是一个文件夹，不是文件。");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableInputException(name, "文件是空的（0 字节）。");
            }
            if (size > MAX_BYTES) {
                throw new UnreadableInputException(name, "文件过大（" + size / 1024 / 1024
                        + " MB），超过 50 MB 上限，不像一份年报。");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(name, "找不到文件。");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException(name, "没有权限读取该文件。");
        } catch (IOException e) {
            throw new UnreadableInputException(name, null, null, "读取失败：" + e.getMessage(), e);
        }
    }

    private static DecodedText docx(byte[] bytes, String name) throws UnreadableInputException {
        String kind = zipKind(bytes);
        if (kind == null) {
            throw new UnreadableInputException(name, "这是一个压缩包（zip），不是 Word 文档；请提供 .docx、.txt、.html 或 .pdf 文件。");
        }
        if (kind.equals("xlsx")) {
            throw new UnreadableInputException(name, "这是 Excel 工作簿，不是旧年报文本；填好的工作簿请直接用 nianbao validate / render。");
        }
        if (!kind.equals("docx")) {
            throw new UnreadableInputException(name, "这是 Office 文件但不是 Word 文档（.docx）；请另存为 .docx 或纯文本后再导入。");
        }
        try {
            return new DecodedText(name, "docx", "docx", DecodedText.number(DocxText.lines(bytes)));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(name, null, null, "Word 文档已损坏或格式不对，无法读取（" + shortReason(e)
                    + "）；请用 Word/WPS 打开后另存为 .docx 再试。", e);
        }
    }

    private static DecodedText pdf(byte[] bytes, String name) throws UnreadableInputException {
        List<String> lines;
        try {
            lines = PdfText.lines(bytes);
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException(name, null, null, "PDF 已加密，需要密码才能打开；请提供未加密的 PDF。", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(name, null, null, "PDF 已损坏或不完整，无法读取（" + shortReason(e) + "）。", e);
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

    /** Which Office document a zip holds, by its main part: docx, xlsx, other, or null for a plain zip. */
    private static String zipKind(byte[] bytes) {
        boolean office = false;
        try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            ZipEntry e;
            int seen = 0;
            while ((e = z.getNextEntry()) != null && seen++ < 2000) {
                String n = e.getName();
                if (n.equals("word/document.xml")) {
                    return "docx";
                }
                if (n.equals("xl/workbook.xml")) {
                    return "xlsx";
                }
                if (n.equals("[Content_Types].xml")) {
                    office = true;
                }
            }
        } catch (IOException | RuntimeException e) {
            return "docx"; // a damaged zip: let the Word reader say what is wrong with it
        }
        return office ? "other" : null;
    }

    private static String shortReason(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.replace('\n', ' ').replace('\r', ' ');
        return m.length() > 80 ? m.substring(0, 80) + "…" : m;
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
