package nianbao;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFilesTest {

    @TempDir
    Path tmp;

    @Test
    void aNewOutputIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path fresh = tmp.resolve("汇总.xlsx");
        AtomicFiles.write(fresh, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(fresh));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));

        Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.writeString(fresh, "第二次");
        assertEquals("第二次", Files.readString(fresh));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = tmp.resolve("report.docx");
        Files.writeString(target, "旧内容");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("半截".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("旧内容", Files.readString(target));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "the temporary file is removed");
        }
    }

    @Test
    void aStagedFileReplacesTheTargetOnlyWhenCommitted() throws Exception {
        Path target = tmp.resolve("current.xlsx");
        Files.writeString(target, "旧内容");
        try (AtomicFiles.Staged s = AtomicFiles.stage(target, out -> out.write("新内容".getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
            assertEquals("旧内容", Files.readString(target), "nothing changes before the commit");
        }
        assertEquals("旧内容", Files.readString(target));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "an uncommitted temporary file is removed on close");
        }
        try (AtomicFiles.Staged s = AtomicFiles.stage(target, out -> out.write("新内容".getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
            s.commit();
        }
        assertEquals("新内容", Files.readString(target));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFileStagedInAnotherFolderNeverAppearsBesideItsTarget() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("current"));
        Path scratch = Files.createDirectories(tmp.resolve("tmp"));
        Path target = data.resolve("a001.xlsx");
        try (AtomicFiles.Staged s = AtomicFiles.stage(target, scratch, out -> out.write(new byte[] {7}))) {
            try (var beside = Files.list(data); var aside = Files.list(scratch)) {
                assertEquals(0, beside.count(), "a reader of current/ sees nothing while the file is written");
                assertEquals(1, aside.count());
            }
            s.commit();
        }
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(target));
        try (var aside = Files.list(scratch)) {
            assertEquals(0, aside.count());
        }
    }

    @Test
    void aFullDiskIsReportedAsNoSpaceNotAsAWriteFailure() throws Exception {
        try (FullDisk disk = FullDisk.mount(tmp)) {
            Path target = disk.dir().resolve("汇总.xlsx");
            UnwritableOutputException e = assertThrows(UnwritableOutputException.class,
                    () -> AtomicFiles.write(target, new byte[256 * 1024]));
            assertEquals("磁盘空间不足。", e.reason());
            assertEquals(target + "：磁盘空间不足。", e.getMessage());
            try (var files = Files.list(disk.dir())) {
                assertEquals(List.of("占位"), files.map(f -> f.getFileName().toString()).toList(), "no temporary file is left");
            }
        }
    }

    @Test
    void aFullDiskIsNoSpaceEvenWhenTheWriterWrapsTheFailureInARuntimeException() throws Exception {
        try (FullDisk disk = FullDisk.mount(tmp)) {
            Path target = disk.dir().resolve("模板.xlsx");
            // as POI does: the stream's IOException comes back wrapped
            UnwritableOutputException e = assertThrows(UnwritableOutputException.class, () -> AtomicFiles.write(target, out -> {
                try {
                    out.write(new byte[256 * 1024]);
                } catch (IOException io) {
                    throw new IllegalStateException("wrapped", io);
                }
            }));
            assertEquals("磁盘空间不足。", e.reason());
        }
    }

    @Test
    void theSystemsNoSpaceErrorOfAPlainWriteMapsToNoSpace() throws Exception {
        Path devFull = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devFull), "/dev/full exists on Linux only");
        // the exception a write on a full disk really throws: a plain IOException with the system's words, no FileSystemException
        IOException real = assertThrows(IOException.class, () -> {
            try (var out = Files.newOutputStream(devFull)) {
                out.write(new byte[1]);
            }
        });
        UnwritableOutputException e = AtomicFiles.unwritable(tmp.resolve("年报.docx"), tmp, real);
        assertEquals("磁盘空间不足。", e.reason());
    }

    @Test
    void aWriteErrorWithoutAKnownCauseShowsNoEnglishSystemText() {
        UnwritableOutputException e = AtomicFiles.unwritable(tmp.resolve("年报.docx"), tmp, new IOException("Input/output error"));
        assertEquals("写入时磁盘或网络盘出错，请换一个位置再试。", e.reason());
    }

    @Test
    void aReadOnlyFileSystemIsSaidInChinese() {
        UnwritableOutputException e = AtomicFiles.unwritable(tmp.resolve("年报.docx"), tmp,
                new java.nio.file.FileSystemException(tmp.resolve(".年报.docx.1.tmp").toString(), null, "Read-only file system"));
        assertEquals(tmp.resolve("年报.docx") + "：所在位置只读。", e.getMessage());
    }

    @Test
    void aPipeTargetIsWrittenIntoNotReplacedByAFile() throws Exception {
        // the same mistake with -o /dev/null, run as root, would replace /dev/null itself
        Path fifo = tmp.resolve("管道.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> AtomicFiles.writeString(fifo, "{\"年报\":1}"));
        assertEquals("{\"年报\":1}", new String(read.get(20, java.util.concurrent.TimeUnit.SECONDS), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(false, Files.isRegularFile(fifo), "still a pipe");
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file");
        }
    }

    @Test
    void anOutputThatIsALinkReplacesTheFileItPointsToAndKeepsTheLink() throws Exception {
        Path real = Files.writeString(tmp.resolve("第3版.xlsx"), "旧");
        Path link = Files.createSymbolicLink(tmp.resolve("当前.xlsx"), real.getFileName());
        AtomicFiles.writeString(link, "新");
        assertEquals(true, Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("新", Files.readString(real));
    }
}
