package nianbao.merge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputsTest {

    @TempDir
    Path tmp;

    private List<String> names(Inputs.Expanded e) {
        return e.files().stream().map(p -> tmp.relativize(p.toAbsolutePath()).toString().replace('\\', '/')).toList();
    }

    private void touch(String... rel) throws Exception {
        for (String r : rel) {
            Path p = tmp.resolve(r);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
    }

    @Test
    void walksDirectoriesRecursivelyInPathOrderSkippingLockFiles() throws Exception {
        touch("a/2.xlsx", "a/b/1.json", "a/~$2.xlsx", "a/.~lock.2.xlsx#", "a/notes.txt");
        Inputs.Expanded e = Inputs.expand(List.of(tmp.resolve("a").toString()), Set.of());
        assertEquals(List.of("a/2.xlsx", "a/b/1.json", "a/notes.txt"), names(e));
        assertEquals(2, e.ignored());
    }

    @Test
    void expandsStarAndDoubleStarGlobsIncludingTheBaseDirectory() throws Exception {
        touch("d/top.xlsx", "d/x/mid.xlsx", "d/x/y/deep.xlsx", "d/x/y/deep.json");
        Inputs.Expanded deep = Inputs.expand(List.of(tmp + "/d/**/*.xlsx"), Set.of());
        assertEquals(List.of("d/top.xlsx", "d/x/mid.xlsx", "d/x/y/deep.xlsx"), names(deep));
        Inputs.Expanded flat = Inputs.expand(List.of(tmp + "/d/*.xlsx"), Set.of());
        assertEquals(List.of("d/top.xlsx"), names(flat));
        Inputs.Expanded windows = Inputs.expand(List.of(tmp + "\\d\\x\\*.xlsx"), Set.of());
        assertEquals(List.of("d/x/mid.xlsx"), names(windows), "backslashes as typed in cmd.exe");
    }

    @Test
    void countsAFileNamedTwiceOnceAndRecordsPathsThatNameNothing() throws Exception {
        touch("f/a.json");
        Inputs.Expanded e = Inputs.expand(List.of(tmp.resolve("f").toString(), tmp.resolve("f/a.json").toString(),
                tmp.resolve("nope.xlsx").toString(), tmp + "/f/*.xlsx"), Set.of());
        assertEquals(List.of("f/a.json"), names(e));
        assertEquals(1, e.repeated());
        assertEquals(2, e.missing().size());
        assertTrue(e.missing().get(0).reason().contains("找不到"));
        assertTrue(e.missing().get(1).reason().contains("通配符没有匹配"));
    }

    @Test
    void neverReadsItsOwnOutputs() throws Exception {
        touch("o/a.json", "o/汇总.xlsx");
        Inputs.Expanded e = Inputs.expand(List.of(tmp.resolve("o").toString()), Set.of(tmp.resolve("o/汇总.xlsx")));
        assertEquals(List.of("o/a.json"), names(e));
    }
}
