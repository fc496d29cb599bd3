package nianbao.render;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.schema.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderBatchTest {

    static final Path EXAMPLE = Path.of("examples/云溪区市场监督管理局-2025.json");

    @TempDir
    Path dir;

    @Test
    void rendersAConsistentReportToItsOutputFile() throws Exception {
        Path out = dir.resolve("年报.md");
        RenderBatch.Outcome o = RenderBatch.run(new RenderBatch.Job(EXAMPLE, out), Renderer.of(Format.MD), false);
        assertEquals(RenderBatch.Status.RENDERED, o.status());
        assertEquals(Renderer.of(Format.MD).renderText(Reports.readJson(EXAMPLE)), Files.readString(out));
        assertNull(o.content());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void blocksAReportWithValidationErrors() throws Exception {
        Path input = broken();
        Path out = dir.resolve("broken.txt");
        RenderBatch.Outcome o = RenderBatch.run(new RenderBatch.Job(input, out), Renderer.of(Format.TXT), false);
        assertEquals(RenderBatch.Status.BLOCKED, o.status());
        assertTrue(o.count(Severity.ERROR) >= 1);
        assertTrue(o.findings().stream().anyMatch(f -> f.fieldIds().contains("t3.new.total")), o.findings().toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void rendersAReportWithErrorsWhenForced() throws Exception {
        RenderBatch.Outcome o = RenderBatch.run(new RenderBatch.Job(broken(), null), Renderer.of(Format.TXT), true);
        assertEquals(RenderBatch.Status.RENDERED, o.status());
        assertTrue(o.count(Severity.ERROR) >= 1);
        assertTrue(new String(o.content(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("一、本年新收政府信息公开申请数量\t45\t12\t0\t1\t1\t0\t60"));
    }

    @Test
    void reportsAnEmptyInputAsUnreadableWithItsName() throws Exception {
        Path empty = Files.createFile(dir.resolve("空.json"));
        RenderBatch.Outcome o = RenderBatch.run(new RenderBatch.Job(empty, dir.resolve("空.docx")), Renderer.of(Format.DOCX), false);
        assertEquals(RenderBatch.Status.UNREADABLE, o.status());
        assertTrue(o.error().startsWith(empty.toString() + "："), o.error());
        assertTrue(o.error().contains("0 字节"), o.error());
    }

    @Test
    void pointsAPublishedTextToTheImportCommand() throws Exception {
        Path txt = Files.writeString(dir.resolve("旧年报.txt"), "某某县2024年政府信息公开工作年度报告");
        RenderBatch.Outcome o = RenderBatch.run(new RenderBatch.Job(txt, null), Renderer.of(Format.MD), false);
        assertEquals(RenderBatch.Status.UNREADABLE, o.status());
        assertEquals(txt + "：不是填报模板（.xlsx）或 JSON 文件。已发布的旧年报原文请先用 nianbao import 导入。", o.error());
    }

    @Test
    void neverWritesOverItsInput() throws Exception {
        Path in = Files.copy(EXAMPLE, dir.resolve("年报.json"));
        byte[] before = Files.readAllBytes(in);
        RenderBatch.Outcome o = RenderBatch.run(new RenderBatch.Job(in, dir.resolve("./年报.json")), Renderer.of(Format.MD), false);
        assertEquals(RenderBatch.Status.UNREADABLE, o.status());
        assertTrue(o.error().contains("输出文件与输入文件相同"), o.error());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(in));
    }

    @Test
    void reportsAMissingInputAsUnreadable() {
        RenderBatch.Outcome o = RenderBatch.run(new RenderBatch.Job(dir.resolve("无.xlsx"), null), Renderer.of(Format.TXT), false);
        assertEquals(RenderBatch.Status.UNREADABLE, o.status());
        assertTrue(o.error().endsWith("找不到文件，请检查路径和文件名。"), o.error());
    }

    @Test
    void keepsJobOrderAndGoesOnPastBadInputsWhenParallel() throws Exception {
        Path empty = Files.createFile(dir.resolve("bad.json"));
        List<RenderBatch.Job> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Path in = i == 2 ? empty : EXAMPLE;
            jobs.add(new RenderBatch.Job(in, dir.resolve(i + ".docx")));
        }
        List<RenderBatch.Outcome> out = RenderBatch.runAll(jobs, Renderer.of(Format.DOCX), false, 3);
        assertEquals(6, out.size());
        for (int i = 0; i < 6; i++) {
            assertEquals(jobs.get(i), out.get(i).job());
            assertEquals(i == 2 ? RenderBatch.Status.UNREADABLE : RenderBatch.Status.RENDERED, out.get(i).status());
            assertEquals(i != 2, Files.exists(dir.resolve(i + ".docx")));
        }
    }

    /** The example with 一、本年新收 总计 raised by one: T3-ROW and T3-BAL break. */
    private Path broken() throws Exception {
        Report r = Reports.readJson(EXAMPLE).toBuilder().number("t3.new.total", new BigDecimal(60)).build();
        Path p = dir.resolve("broken.json");
        Reports.writeJson(r, p);
        return p;
    }
}
