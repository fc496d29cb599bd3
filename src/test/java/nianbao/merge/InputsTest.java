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
    void neverReadsItsOwnOutputsAndReportsThemWhenAnInputNamesThem() throws Exception {
        touch("o/a.json", "o/汇总.xlsx");
        Path summary = tmp.resolve("o/汇总.xlsx");
        Inputs.Expanded e = Inputs.expand(List.of(tmp.resolve("o").toString()), Set.of(summary, tmp.resolve("o/new.csv")));
        assertEquals(List.of("o/a.json"), names(e));
        assertEquals(List.of(summary), e.outputs(), "the merge refuses to run rather than write over an input");
    }

    @Test
    void skipsHiddenAndTemporaryFilesAndHiddenFoldersWhereverTheyAreFound() throws Exception {
        // what a crash leaves in the desk's current/: a staged upload; and a tool's scratch folder
        touch("c/a001.xlsx", "c/.a002.xlsx.8413.tmp", "c/a003.xlsx.tmp", "c/.hidden.json", "c/.scratch/a004.xlsx",
                "c/sub/.a005.xlsx.1.tmp", "c/sub/a006.json");
        Inputs.Expanded walked = Inputs.expand(List.of(tmp.resolve("c").toString()), Set.of());
        assertEquals(List.of("c/a001.xlsx", "c/sub/a006.json"), names(walked));
        assertEquals(5, walked.uncommitted(), "four files and one folder");
        Inputs.Expanded globbed = Inputs.expand(List.of(tmp + "/c/*", tmp + "/c/**/*.json"), Set.of());
        assertEquals(List.of("c/a001.xlsx", "c/sub/a006.json"), names(globbed));
        Inputs.Expanded named = Inputs.expand(List.of(tmp.resolve("c/a003.xlsx.tmp").toString()), Set.of());
        assertEquals(List.of(), names(named));
        assertEquals(1, named.uncommitted());
        Inputs.Expanded hiddenRoot = Inputs.expand(List.of(tmp.resolve("c/.scratch").toString()), Set.of());
        assertEquals(List.of("c/.scratch/a004.xlsx"), names(hiddenRoot), "a hidden folder named on purpose is read");
    }
}
