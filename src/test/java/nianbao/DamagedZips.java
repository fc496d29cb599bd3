package nianbao;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Workbooks damaged the ways other programs damage them, for the readers' refusal tests. */
public final class DamagedZips {

    private DamagedZips() {
    }

    /**
     * A copy of a workbook with a second, different {@code xl/workbook.xml}. Zip tools refuse to write
     * two entries of one name, so the second is written under a name of the same length and renamed in
     * the archive's bytes (local header and central directory alike).
     */
    public static Path duplicateWorkbookPart(Path good, Path out) throws IOException {
        Files.copy(good, out);
        try (FileSystem zfs = FileSystems.newFileSystem(out)) {
            Files.writeString(zfs.getPath("xl/workbook.xmX"), "<workbook/>");
        }
        byte[] b = Files.readAllBytes(out);
        byte[] from = "xl/workbook.xmX".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= b.length; i++) {
            if (Arrays.equals(b, i, i + from.length, from, 0, from.length)) {
                b[i + from.length - 1] = 'l';
            }
        }
        return Files.write(out, b);
    }
}
