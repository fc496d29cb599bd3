package nianbao.legacy.layouts;

import nianbao.legacy.ImportResult;
import nianbao.legacy.LegacyImporter;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.MatrixTable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real reports (../shared/seeds) with 表三 printed as pdftotext without {@code -layout} prints it: the
 * row labels in a block, then the numbers column by column, a page footer in between; with or without
 * the column's header word before each column. Their numbers come back as printed, published errors
 * included (seeds 000 and 003); where the table allows both orders and every order breaks a rule in one
 * place only (000: all 0 but one 1), the cells the orders disagree on stay missing. Skipped without the seeds.
 */
class SeedsColumnMajorTest {

    private static final Path SEEDS = Files.isDirectory(Path.of("../shared/seeds")) ? Path.of("../shared/seeds")
            : Path.of("../../shared/seeds");
    private static final String[] WORDS = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"};

    @ParameterizedTest(name = "seed {0}, header words {1}")
    @CsvSource({"000, true, 0", "000, false, 2", "001, true, 0", "001, false, 0", "003, true, 0", "003, false, 0"})
    void importsTheNumbersAsPrinted(String seed, boolean words, int open, @TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(SEEDS));
        Path file;
        try (Stream<Path> s = Files.list(SEEDS)) {
            file = s.filter(p -> p.getFileName().toString().startsWith(seed + "_")).findFirst().orElseThrow();
        }
        Report printed = LegacyImporter.importFile(file, file.getFileName().toString()).report();
        List<String> lines = Files.readAllLines(file);
        int from = index(lines, "三、收到和处理政府信息公开申请情况");
        int to = index(lines, "四、政府信息公开行政复议");
        MatrixTable t3 = (MatrixTable) printed.schema().tables().stream().filter(t -> t.id().equals("t3")).findFirst().orElseThrow();
        List<String> out = new ArrayList<>(lines.subList(0, from + 1));
        out.add("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        out.add("申请人情况");
        String group = null;
        String sub = null;
        for (MatrixTable.Axis r : t3.rows()) {
            if (r.group() != null && !r.group().equals(group)) {
                out.add(r.group());
            }
            if (r.subgroup() != null && !r.subgroup().equals(sub)) {
                out.add(r.subgroup());
            }
            group = r.group();
            sub = r.subgroup();
            out.add(r.label());
        }
        if (!words) {
            out.addAll(List.of("自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
        }
        for (int c = 0; c < t3.columns().size(); c++) {
            if (words) {
                out.add(WORDS[c]);
            }
            for (MatrixTable.Axis r : t3.rows()) {
                out.add(printed.value(t3.fieldId(r.key(), t3.columns().get(c).key())).number().toPlainString());
            }
            if (c == 3) {
                out.addAll(List.of("- 3 -", ""));
            }
        }
        out.addAll(lines.subList(to, lines.size()));
        Path columns = dir.resolve(seed + ".txt");
        Files.write(columns, out);
        ImportResult r = LegacyImporter.importFile(columns, seed + ".txt");
        List<String> wrong = new ArrayList<>();
        int missing = 0;
        for (MatrixTable.Axis row : t3.rows()) {
            for (MatrixTable.Axis col : t3.columns()) {
                String id = t3.fieldId(row.key(), col.key());
                Value v = r.report().value(id);
                if (v.how() == Provenance.MISSING) {
                    missing++;
                } else if (v.how() != Provenance.READ || v.number().compareTo(printed.number(id)) != 0) {
                    wrong.add(id + " " + v.how() + " " + v.number() + ", printed " + printed.number(id));
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(open, missing, "cells left missing");
    }

    private static int index(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(start)) {
                return i;
            }
        }
        throw new AssertionError(start);
    }
}
