package nianbao.legacy.read;

import nianbao.UnreadableInputException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import nianbao.legacy.LegacyImporterTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegacyReaderTest {

    static final Path CASES = LegacyImporterTest.CASES;

    @TempDir
    Path tmp;

    static String refusal(Path p) {
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> LegacyReader.read(p, p.getFileName().toString()));
        String m = e.getMessage();
        assertTrue(m.startsWith(p.getFileName().toString() + "："), m);
        assertFalse(m.contains("\n"), m);
        return m;
    }

    @Test
    void refusesMissingEmptyAndDirectoryInputs() throws Exception {
        assertTrue(refusal(tmp.resolve("无此文件.txt")).contains("找不到文件"));
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        assertTrue(refusal(empty).contains("0 字节"));
        Path dir = Files.createDirectory(tmp.resolve("dir.txt"));
        assertTrue(refusal(dir).contains("文件夹"));
    }

    @Test
    void refusesInputsOverFiftyMegabytesWithoutReadingThem() throws Exception {
        Path huge = tmp.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(LegacyReader.MAX_BYTES + 1);
        }
        assertTrue(refusal(huge).contains("上限 50 MB"), refusal(huge));
    }

    @Test
    void refusesOldOfficeFilesWithAHintToSaveAsDocx() throws Exception {
        byte[] ole = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        Path doc = Files.write(tmp.resolve("年报.doc"), ole);
        assertTrue(refusal(doc).contains("另存为 .docx"));
    }

    @Test
    void refusesBinaryGarbage() throws Exception {
        byte[] junk = new byte[20_000];
        new Random(7).nextBytes(junk);
        junk[0] = 'x';
        assertTrue(refusal(Files.write(tmp.resolve("junk.txt"), junk)).contains("不是可识别的文本"));
    }

    @Test
    void refusesAnEncryptedPdf() throws Exception {
        Path pdf = tmp.resolve("locked.pdf");
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            p.setEncryptionKeyLength(128);
            d.protect(p);
            d.save(pdf.toFile());
        }
        assertTrue(refusal(pdf).contains("PDF 已加密"));
    }

    @Test
    void refusesAPdfWithoutText() throws Exception {
        Path pdf = tmp.resolve("scan.pdf");
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            d.save(pdf.toFile());
        }
        assertTrue(refusal(pdf).contains("没有可提取的文字"));
    }

    @Test
    void refusesTruncatedPdfAndDocx() throws Exception {
        byte[] pdf = Files.readAllBytes(CASES.resolve("pdf-from-docx/input.pdf"));
        Path cutPdf = Files.write(tmp.resolve("cut.pdf"), Arrays.copyOf(pdf, 900));
        assertTrue(refusal(cutPdf).contains("PDF"));
        byte[] docx = Files.readAllBytes(CASES.resolve("docx-word/input.docx"));
        Path cutDocx = Files.write(tmp.resolve("cut.docx"), Arrays.copyOf(docx, docx.length / 2));
        assertTrue(refusal(cutDocx).contains("Word 文档已损坏"));
    }

    @Test
    void refusesAWorkbookAndAPlainZip() throws Exception {
        Path xlsx = tmp.resolve("book.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(xlsx)) {
            wb.createSheet("表三");
            wb.write(os);
        }
        assertTrue(refusal(xlsx).contains("Excel 工作簿"));
        Path zip = tmp.resolve("a.zip");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("a.txt"));
            z.write("x".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(refusal(zip).contains("压缩包"));
    }

    @Test
    void detectsHtmlByContentEvenWithATxtName() throws Exception {
        byte[] html = Files.readAllBytes(CASES.resolve("html-table/input.html"));
        DecodedText t = LegacyReader.read(Files.write(tmp.resolve("page.txt"), html), "page.txt");
        assertEquals("html", t.kind());
        assertTrue(t.lines().stream().anyMatch(l -> l.text().equals("行政许可\t57")));
    }

    @Test
    void readsWordBodyInOrderWithTableRowsTabJoined() throws Exception {
        DecodedText t = LegacyReader.read(CASES.resolve("docx-word/input.docx"), "w.docx");
        assertEquals("docx", t.kind());
        assertEquals("清河市生态环境局2025年政府信息公开工作年度报告", t.lines().get(0).text());
        int tableRow = indexOf(t, "行政规范性文件\t1\t0\t8");
        int heading = indexOf(t, "三、收到和处理政府信息公开申请情况");
        assertTrue(tableRow > 0 && heading > tableRow, "table two sits before heading three");
        // a row label merged over three columns appears once, then the seven numbers
        assertTrue(indexOf(t, "一、本年新收政府信息公开申请数量\t14\t3\t0\t1\t0\t0\t18") > heading);
        // vertically merged group label: written on its first row only
        assertTrue(indexOf(t, "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t2\t0\t0\t0\t0\t0\t2") > heading);
    }

    @Test
    void readsPdfTextWithCellsApart() throws Exception {
        DecodedText t = LegacyReader.read(CASES.resolve("pdf-from-docx/input.pdf"), "p.pdf");
        assertEquals("pdf", t.kind());
        assertTrue(indexOf(t, "行政许可\t412") > 0);
    }

    private static int indexOf(DecodedText t, String line) {
        for (TextLine l : t.lines()) {
            if (l.text().equals(line)) {
                return l.number();
            }
        }
        return -1;
    }

    @org.junit.jupiter.api.Test
    void linesSplitAtEveryKindOfLineBreakKeepingEmptyOnes() {
        assertEquals(java.util.List.of("a", "b", "", "c", "d", "e", "f", "g", ""),
                DecodedText.splitLines("a\r\nb\r\rc\nd\fe\u2028f\u2029g\n"));
        assertEquals(java.util.List.of(""), DecodedText.splitLines(""));
        assertEquals(java.util.List.of("一行"), DecodedText.splitLines("一行"));
    }

    @Test
    void aTruncatedWorkbookIsCalledADamagedWorkbookNotAWordDocument() throws Exception {
        Path whole = tmp.resolve("whole.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(whole)) {
            for (int i = 0; i < 6; i++) {
                wb.createSheet("表" + i).createRow(0).createCell(0).setCellValue("某县卫生健康委员会" + i);
            }
            wb.write(out);
        }
        byte[] b = Files.readAllBytes(whole);
        Path cut = Files.write(tmp.resolve("截断.xlsx"), Arrays.copyOf(b, b.length / 3));
        String m = refusal(cut);
        assertEquals("截断.xlsx：这是 Excel 工作簿（而且已损坏或不完整，可能下载或复制不完整），不是旧年报文本；"
                + "填好的工作簿请直接用 nianbao validate / render。", m);
    }

    @Test
    void aTruncatedWordDocumentSaysSoWithoutTheLibrarysWords() throws Exception {
        byte[] b = Files.readAllBytes(CASES.resolve("docx-word/input.docx"));
        Path cut = Files.write(tmp.resolve("截断.docx"), Arrays.copyOf(b, b.length / 2));
        String m = refusal(cut);
        assertEquals("截断.docx：Word 文档已损坏或格式不对，无法读取（压缩包不完整，可能下载或复制不完整）；"
                + "请用 Word/WPS 打开后另存为 .docx 再试。", m);
    }

    @Test
    void aFifoIsRefusedAsNotARegularFileWithoutWaitingOnIt() throws Exception {
        Path fifo = tmp.resolve("管道.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        String m = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> refusal(fifo));
        assertEquals("管道.txt：不是普通文件（是设备、管道之类的特殊文件），无法作为年报读取。", m);
    }

    @Test
    void aStrayInvalidByteIsReadAndNotedWithItsLine() throws Exception {
        String text = "某县卫生健康委员会2025年政府信息公开工作年度报告\n\n一、总体情况\n本年度我委认真贯彻落实条例。\n";
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        int at = text.indexOf("本年度") ;
        int byteAt = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        byte[] b = new byte[good.length + 1];
        System.arraycopy(good, 0, b, 0, byteAt);
        b[byteAt] = (byte) 0xFF;
        System.arraycopy(good, byteAt, b, byteAt + 1, good.length - byteAt);
        Path file = Files.write(tmp.resolve("一个坏字节.txt"), b);

        DecodedText d = LegacyReader.read(file, "一个坏字节.txt");

        assertEquals("UTF-8", d.charset());
        assertEquals("\uFFFD本年度我委认真贯彻落实条例。", d.lines().get(3).text());
        assertEquals(java.util.List.of("原文有 1 处无法识别的字节（原文第 4 行），已替换为“\uFFFD”，这些行里的数字不采用；请对照原件核对。"),
                d.notes());
    }
}
