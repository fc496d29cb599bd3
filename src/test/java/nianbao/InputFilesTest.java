package nianbao;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class InputFilesTest {

    @TempDir
    Path tmp;

    private static String refusal(Path p) {
        return assertThrows(UnreadableInputException.class, () -> InputFiles.read(p, p.toString(), 1024 * 1024, "不像年报")).getMessage();
    }

    @Test
    void aDanglingLinkIsNotFoundAndSaysItIsALink() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("年报.xlsx"), tmp.resolve("已删除.xlsx"));
        assertEquals(link + "：找不到文件：这是一个链接（快捷方式），它指向的文件已不存在。", refusal(link));
    }

    @Test
    void aMissingFileIsNotFound() {
        Path p = tmp.resolve("没有.json");
        assertEquals(p + "：找不到文件，请检查路径和文件名。", refusal(p));
    }

    @Test
    void aFifoIsNotARegularFileAndIsNeverOpened() throws Exception {
        Path fifo = tmp.resolve("管道.json");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is not available");
        // opening a FIFO with no writer blocks for ever: a refusal within seconds shows it was not opened
        String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(fifo));
        assertEquals(fifo + "：不是普通文件（是设备、管道之类的特殊文件），无法作为年报读取。", message);
    }

    @Test
    void aDeviceIsNotARegularFileNotAnEmptyOne() {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull));
        assertEquals("/dev/null：不是普通文件（是设备、管道之类的特殊文件），无法作为年报读取。", refusal(devNull));
    }

    @Test
    void aFolderEmptyFileAndOversizedFileEachSaySo() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("目录.json"));
        assertEquals(dir + "：这是一个文件夹，不是文件。", refusal(dir));
        Path empty = Files.createFile(tmp.resolve("空.json"));
        assertEquals(empty + "：文件是空的（0 字节），请重新保存或重新获取该文件。", refusal(empty));
        Path sparse = tmp.resolve("大.json");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024); // sparse: nothing is written
        }
        assertEquals(sparse + "：文件过大（3 MB，上限 1 MB），不像年报，已拒绝读取。", refusal(sparse));
    }

    @Test
    void readsARegularFileWhole() throws Exception {
        Path f = Files.write(tmp.resolve("好.json"), new byte[] {'{', '}'});
        assertArrayEquals(new byte[] {'{', '}'}, InputFiles.read(f, "好.json", 1024 * 1024, "不像年报"));
    }

    @Test
    void aLinkLoopIsSaidInChinese() throws Exception {
        Path a = tmp.resolve("a.xlsx");
        Path b = tmp.resolve("b.xlsx");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertEquals(a + "：链接循环（几个链接互相指向），找不到真正的文件。", refusal(a));
    }
}
