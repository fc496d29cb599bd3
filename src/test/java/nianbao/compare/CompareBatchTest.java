package nianbao.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompareBatchTest {

    @Test
    void anAgencysFileNameKeepsItsChineseNameAndIsUniqueWhateverTheCase() {
        Set<String> taken = new HashSet<>(List.of("index.html"));
        assertEquals("柳溪市人力资源和社会保障局.html", CompareBatch.fileName("柳溪市人力资源和社会保障局", OutputFormat.HTML, taken));
        assertEquals("柳溪市人力资源和社会保障局-2.html", CompareBatch.fileName("柳溪市人力资源和社会保障局", OutputFormat.HTML, taken));
        assertEquals("a_b_c.md", CompareBatch.fileName("a/b:c", OutputFormat.MD, taken));
        assertEquals("机关.xlsx", CompareBatch.fileName("..", OutputFormat.XLSX, taken));
        assertEquals("Index-2.html", CompareBatch.fileName("Index", OutputFormat.HTML, new HashSet<>(Set.of("index.html"))));
    }

    @Test
    void groupsByAgencyListsWhatCannotBeComparedAndNeverStopsOnABadFile(@TempDir Path out) throws Exception {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(Fixtures.LIUXI)) {
            s.sorted().forEach(files::add);
        }
        try (var s = Files.list(Fixtures.YUNXI)) {
            s.sorted().forEach(files::add);
        }
        Path bad = out.resolve("坏.xlsx");
        Files.writeString(bad, "不是工作簿");
        files.add(1, bad);
        files.add(Path.of("examples/青山县卫生健康委员会-2025.json"));
        Path dir = Files.createDirectory(out.resolve("对比"));
        List<String> written = new ArrayList<>();
        CompareBatch.Result r = CompareBatch.run(files, dir, OutputFormat.MD, 2, (c, target) -> {
            written.add(target.getFileName().toString());
            Files.writeString(target, c.title());
        });
        assertEquals(List.of("柳溪市人力资源和社会保障局.md", "云溪区市场监督管理局.md"), written);
        assertEquals(List.of(4, 2), r.written().stream().map(w -> w.comparison().years().size()).toList());
        assertEquals(1, r.unreadable().size());
        assertEquals(bad.toString(), r.unreadable().get(0).file());
        assertEquals(List.of("青山县卫生健康委员会"), r.notCompared().stream().map(CompareBatch.NotCompared::agency).toList());
        assertEquals("共 8 个文件：生成 2 个机关的对比；1 个机关未生成对比；1 个文件无法读取。", CompareIndex.summary(r));
        assertEquals(List.of("柳溪市人力资源和社会保障局", "2020—2023", "4", "1", "2"), CompareIndex.row(r.written().get(0)));
        assertEquals("柳溪市人力资源和社会保障局政府信息公开工作年度报告对比（2020—2023年）",
                Files.readString(dir.resolve("柳溪市人力资源和社会保障局.md")));
    }

    @Test
    void anOutputThatCannotBeWrittenIsListedAndTheOthersAreWritten(@TempDir Path out) throws Exception {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(Fixtures.YUNXI)) {
            s.sorted().forEach(files::add);
        }
        try (var s = Files.list(Fixtures.LIUXI)) {
            s.sorted().forEach(files::add);
        }
        CompareBatch.Result r = CompareBatch.run(files, out, OutputFormat.HTML, 1, (c, target) -> {
            if (c.agency().startsWith("云溪")) {
                throw new nianbao.UnwritableOutputException(target.toString(), "磁盘已满。", null);
            }
            Files.writeString(target, "x");
        });
        assertEquals(1, r.written().size());
        assertEquals(1, r.unwritable().size());
        assertEquals(out.resolve("云溪区市场监督管理局.html").toString(), r.unwritable().get(0).file());
    }
}
