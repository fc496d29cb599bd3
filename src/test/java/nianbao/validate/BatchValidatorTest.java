package nianbao.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchValidatorTest {

    @TempDir
    Path dir;

    @Test
    void expandsDirectoriesRecursivelyToSortedWorkbooksAndJsonSkippingLockFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        for (String name : List.of("b/z.json", "a.xlsx", "~$a.xlsx", ".hidden.json", "notes.txt", "b/c.XLSX", "old.xls")) {
            Files.writeString(dir.resolve(name), "x");
        }
        List<Path> files = BatchValidator.expand(List.of(dir, Path.of("missing.xlsx")));
        assertEquals(List.of(dir.resolve("a.xlsx"), dir.resolve("b/c.XLSX"), dir.resolve("b/z.json"), dir.resolve("old.xls"),
                Path.of("missing.xlsx")),
                files);
    }

    @Test
    void keepsInputOrderInParallelAndNeverStopsOnABadFile() throws IOException {
        Path good = Path.of("examples/青山县卫生健康委员会-2025.json");
        Files.writeString(dir.resolve("bad.json"), "{ not json");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            files.add(i % 10 == 3 ? dir.resolve("bad.json") : good);
        }
        files.add(dir.resolve("gone.xlsx"));
        List<FileResult> results = BatchValidator.validate(files, null, Validator.Options.defaults(), 4);
        assertEquals(files.size(), results.size());
        for (int i = 0; i < files.size(); i++) {
            assertEquals(files.get(i).toString(), results.get(i).file());
        }
        assertFalse(results.get(3).readable());
        assertTrue(results.get(3).unreadable().startsWith(dir.resolve("bad.json") + "：不是有效的 JSON 文件"),
                results.get(3).unreadable());
        assertTrue(results.get(0).readable());
        assertEquals(List.of(), results.get(0).findings());
        assertEquals(dir.resolve("gone.xlsx") + "：找不到文件，请检查路径和文件名。", results.get(40).unreadable());
    }
}
