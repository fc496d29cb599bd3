package nianbao.xlsx.read;

import nianbao.InputFiles;
import nianbao.UnreadableInputException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Everything that is not a readable .xlsx, recognised before any parsing so the clerk gets a
 * reason and a remedy instead of a parser error: missing, folder, empty, huge, old .xls,
 * password-protected, and other formats given an .xlsx name.
 */
final class ForeignFormats {

    /** Largest workbook accepted; a filled template is about 15 KB. */
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private ForeignFormats() {
    }

    /**
     * Refuses a path that cannot be a workbook, judging by existence, size and first bytes.
     *
     * @throws UnreadableInputException with the reason when the file is not a zip container
     */
    static void requireZip(Path path, String file) throws UnreadableInputException {
        InputFiles.check(path, file, MAX_FILE_BYTES, "不像年报填报工作簿");
        byte[] head = new byte[512];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UnreadableInputException(file, null, null, InputFiles.reason(e), e);
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return;
        }
        if (n >= 8 && Arrays.equals(Arrays.copyOf(head, 8), OLE2)) {
            throw new UnreadableInputException(file, ole2(path));
        }
        throw new UnreadableInputException(file, describeBytes(Arrays.copyOf(head, n), path.getFileName().toString()));
    }

    /** Tells apart the things an OLE2 (Office 97–2003) container can be. */
    private static String ole2(Path path) {
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                return "工作簿设置了打开密码（已加密），无法读取。请在 Excel/WPS 中打开，在“文件→信息→保护工作簿”中取消密码后另存，再试。";
            }
            if (root.hasEntry("WordDocument")) {
                return "这是旧版 Word 97-2003 (.doc) 文档，不是 Excel 工作簿。请使用 nianbao template 生成的 .xlsx 模板填写。";
            }
            if (root.hasEntry("PowerPoint Document")) {
                return "这是旧版 PowerPoint (.ppt) 文件，不是 Excel 工作簿。";
            }
        } catch (IOException | RuntimeException e) {
            return "文件已损坏：看似旧版 Office 文件，但内容无法识别。请在 Excel/WPS 中打开后另存为 .xlsx 再试。";
        }
        return "这是旧版 Excel 97-2003 (.xls) 文件，请在 Excel/WPS 中另存为 .xlsx 后再试。";
    }

    /** Names of plain-text files: such a file is text by name, not a workbook renamed. */
    private static final List<String> TEXT_EXTENSIONS = List.of(".txt", ".text", ".md", ".markdown", ".csv");

    /**
     * A reason for a file that is not a zip, judged by its first bytes.
     *
     * @param name the file's name, to say whether a text file was renamed or is text by name
     */
    static String describeBytes(byte[] head, String name) {
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        String lower = ascii.stripLeading().toLowerCase(Locale.ROOT);
        if (ascii.startsWith("%PDF")) {
            return "这是 PDF 文件，不是 Excel 工作簿。已发布的年报请用 nianbao import 导入；填报请用 nianbao template 生成的 .xlsx 模板。";
        }
        if (lower.startsWith("{\\rtf")) {
            return "这是 RTF 文档，不是 Excel 工作簿。请用 nianbao template 生成的 .xlsx 模板填写。";
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<html") || lower.startsWith("<!doctype") || lower.startsWith("<table")
                || lower.startsWith("\ufeff<") || lower.contains("<html")) {
            return "这是网页或 XML 文本（常见于系统导出的“伪 .xls/.xlsx”），不是真正的 Excel 工作簿。请在 Excel/WPS 中打开后另存为 .xlsx 再试。";
        }
        if (looksLikeText(head)) {
            String lowerName = name.toLowerCase(Locale.ROOT);
            if (TEXT_EXTENSIONS.stream().anyMatch(lowerName::endsWith)) {
                return "这是文本文件，不是 Excel 工作簿。已发布的年报文本请用 nianbao import 导入；填报请用 nianbao template 生成的 .xlsx 模板。";
            }
            return "这是文本文件（如 CSV/TXT）改了扩展名，不是 Excel 工作簿。请用 nianbao template 生成的 .xlsx 模板填写；已发布的年报文本请用 nianbao import 导入。";
        }
        return "文件已损坏或不是 Excel 工作簿（.xlsx）。请在 Excel/WPS 中打开后另存为 .xlsx 再试。";
    }

    /**
     * True when the bytes decode as UTF-8 or GBK text without control characters; a stray invalid byte or two
     * (one in a hundred characters at most) still make a text, as {@code nianbao import} reads it.
     */
    static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x0C) {
                return false;
            }
        }
        // the last bytes may cut a multi-byte character in half: judge all but the tail
        byte[] body = head.length > 8 ? Arrays.copyOf(head, head.length - 4) : head;
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                String text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("\uFFFD")
                        .decode(ByteBuffer.wrap(body)).toString();
                long replaced = text.chars().filter(c -> c == '\uFFFD').count();
                if (replaced <= Math.max(2, text.length() / 100)) {
                    return true;
                }
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        return false;
    }

    /** A reason for a zip archive that holds no workbook part. */
    static String describeZip(XlsxPackage pkg) {
        List<String> names = pkg.names();
        if (names.contains("word/document.xml") || names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return "这是 Word 文档（.docx）改了扩展名，不是 Excel 工作簿。已发布的年报请用 nianbao import 导入；填报请用 nianbao template 生成的 .xlsx 模板。";
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            return "这是 PowerPoint 文件（.pptx），不是 Excel 工作簿。";
        }
        if (names.contains("xl/workbook.bin")) {
            return "这是 Excel 二进制工作簿（.xlsb），请在 Excel/WPS 中另存为 .xlsx 后再试。";
        }
        if (names.contains("content.xml") && names.contains("mimetype")) {
            return "这是 OpenDocument 文件（如 WPS/LibreOffice 的 .ods），请另存为 Excel 工作簿（.xlsx）后再试。";
        }
        return "文件已损坏或不是 Excel 工作簿：压缩包中没有工作簿内容（xl/workbook.xml）。请在 Excel/WPS 中打开后另存为 .xlsx 再试。";
    }
}
