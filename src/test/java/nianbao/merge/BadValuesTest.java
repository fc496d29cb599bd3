package nianbao.merge;

import nianbao.Reports;
import nianbao.model.Numbers;
import nianbao.model.Report;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bad value is a finding, not a crash: the report is listed with its cells and left out of the totals. */
class BadValuesTest {

    private static final String PLACEHOLDER = "AGENCYPLACEHOLDER";
    /** A number the prototype holds in 表三!D5 (一、本年新收 / 自然人), replaced to make the overflowing file. */
    private static final long MARKER = 7777L;

    @TempDir
    Path tmp;

    @Test
    void twoThousandWorkbooksWithTenCorruptAndOneOverflowingCount1989AndListEleven() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Report base = Fixtures.examples().get(2);
        Report proto = base.toBuilder().text("meta.agency", PLACEHOLDER).number("t3.new.natural", MARKER).build();
        Path protoFile = tmp.resolve("proto.xlsx");
        Reports.write(proto, protoFile);
        List<String> names = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(Files.newInputStream(protoFile))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                names.add(e.getName());
                bodies.add(z.readAllBytes());
            }
        }
        for (int i = 0; i < 2000; i++) {
            Path f = in.resolve(String.format("%02d/r%04d.xlsx", i / 100, i));
            Files.createDirectories(f.getParent());
            byte[] bytes = workbook(names, bodies, "第" + i + "单位", i == 1234 ? "1.7976931348623157E308" : null);
            if (i % 200 == 7) {
                // ten corrupt files, five kinds: cut short, emptied, text, random bytes, a zip without a workbook
                bytes = switch ((i / 200) % 5) {
                    case 0 -> java.util.Arrays.copyOf(bytes, bytes.length / 2);
                    case 1 -> new byte[0];
                    case 2 -> "这不是工作簿".getBytes(StandardCharsets.UTF_8);
                    case 3 -> new java.util.Random(i).ints(4096, 0, 256).collect(ByteArrayOutputStream::new,
                            (o, b) -> o.write(b), (a, b) -> a.write(b.toByteArray(), 0, b.size())).toByteArray();
                    default -> workbook(List.of("readme.txt"), List.of(new byte[] {'x'}), "", null);
                };
            }
            Files.write(f, bytes);
        }
        Path out = tmp.resolve("out");
        MergeResult result = Merger.merge(MergeOptions.of(List.of(in.toString()), out.resolve("汇总.xlsx"))
                .withExtras(out.resolve("汇总.csv"), null, out.resolve("合计.json")), Merger.Progress.none());

        assertEquals(2000, result.inputs());
        assertEquals(1989, result.merged());
        assertEquals(10, result.failed());
        assertEquals(1, result.badValues());
        assertEquals("输入 2000 份 = 成功 1989 份 + 失败 10 份 + 数值异常 1 份", result.accounting());
        assertTrue(result.warnings().contains("数值异常，未计入合计：" + in.resolve("12/r1234.xlsx")
                + "（表三!D5 为 1.79769313486232E+308）。"), String.join("\n", result.warnings()));

        Report aggregate = Reports.read(out.resolve("合计.json"));
        assertEquals("汇总（1989 个单位）", aggregate.agency());
        assertEquals(0, BigDecimal.valueOf(MARKER * 1989).compareTo(aggregate.number("t3.new.natural")),
                "the overflowing report is not in the sum");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("汇总.xlsx")))) {
            assertEquals(List.of("概览", "汇总", "分析", "问题清单", "未能读取", "数值异常", "说明"), sheetNames(wb));
            Sheet bad = wb.getSheet("数值异常");
            assertEquals(1, bad.getLastRowNum(), "one bad cell");
            Row row = bad.getRow(1);
            assertEquals(in.resolve("12/r1234.xlsx").toString(), row.getCell(0).getStringCellValue());
            assertEquals("第1234单位", row.getCell(1).getStringCellValue());
            assertEquals("表三!D5", row.getCell(2).getStringCellValue());
            assertEquals("1.79769313486232E+308", row.getCell(3).getStringCellValue());
            assertTrue(row.getCell(4).getStringCellValue().contains("超出允许的范围（0 至 1000000000）"),
                    row.getCell(4).getStringCellValue());

            Sheet failed = wb.getSheet("未能读取");
            assertEquals(10, failed.getLastRowNum());
            for (int r = 1; r <= 10; r++) {
                String reason = failed.getRow(r).getCell(1).getStringCellValue();
                assertFalse(reason.isBlank() || reason.contains("Exception"), reason);
            }

            Sheet summary = wb.getSheet("汇总");
            int d5 = Columns.FIXED_ZH.length + new Columns(base.schema()).meta().size()
                    + base.schema().numericFields().indexOf(base.schema().require("t3.new.natural"));
            Row total = summary.getRow(summary.getLastRowNum());
            assertEquals("合计", total.getCell(0).getStringCellValue());
            assertEquals("计入 1989 份（不含数值异常 1 份）", total.getCell(2).getStringCellValue());
            assertEquals((double) MARKER * 1989, total.getCell(d5).getNumericCellValue());
            Row listed = null;
            for (Row r : summary) {
                if ("第1234单位".equals(r.getCell(0).getStringCellValue())) {
                    listed = r;
                }
            }
            assertEquals("否（数值异常）", listed.getCell(4).getStringCellValue());
            assertEquals("1.79769313486232E+308", listed.getCell(d5).getStringCellValue(), "shown as stated, as text");
            assertTrue(text(wb.getSheet("说明")).contains("数值异常 1 份"));
        }
        String csv = Files.readString(out.resolve("汇总.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",否（数值异常）,"), "the CSV lists it too");
    }

    @Test
    void jsonWithOverflowingNumbersAndTextKeepsTheRestOfTheBatchAndNothingIsSilentlyZero() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Report> ex = Fixtures.examples();
        Reports.write(ex.get(0), in.resolve("a.json"));
        String good = Files.readString(in.resolve("a.json"), StandardCharsets.UTF_8);
        String natural = "(\"t3.new.natural\"\\s*:\\s*)" + Numbers.plain(ex.get(0).number("t3.new.natural")) + ",";
        assertTrue(java.util.regex.Pattern.compile(natural).matcher(good).find(), good);
        String[][] variants = {{"乙", "1e400"}, {"丙", "1e999999999"}, {"丁", "\"NaN\""}, {"戊", "\"2025-01-15\""},
            {"己", "NaN"}, {"庚", "-Infinity"}};
        for (String[] v : variants) {
            Files.writeString(in.resolve(v[0] + ".json"), good.replace(ex.get(0).agency(), v[0])
                    .replaceFirst(natural, "$1" + v[1] + ","), StandardCharsets.UTF_8);
        }
        Path out = tmp.resolve("汇总.xlsx");

        MergeResult result = Merger.merge(MergeOptions.of(List.of(in.toString()), out)
                .withExtras(tmp.resolve("a.csv"), tmp.resolve("a.jsonl"), tmp.resolve("合计.json")), Merger.Progress.none());

        assertEquals("输入 7 份 = 成功 1 份 + 失败 0 份 + 数值异常 6 份", result.accounting());
        Report aggregate = Reports.read(tmp.resolve("合计.json"));
        assertEquals(0, ex.get(0).number("t3.new.natural").compareTo(aggregate.number("t3.new.natural")));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet bad = wb.getSheet("数值异常");
            List<String> lines = new ArrayList<>();
            for (int r = 1; r <= bad.getLastRowNum(); r++) {
                Row row = bad.getRow(r);
                lines.add(row.getCell(1).getStringCellValue() + " " + row.getCell(2).getStringCellValue() + " "
                        + row.getCell(3).getStringCellValue());
                assertFalse(row.getCell(4).getStringCellValue().isBlank());
            }
            // rows in the summary's order (Chinese collation: 丙 bing, 丁 ding, 庚 geng, 己 ji, 戊 wu, 乙 yi); JSON's
            // bare NaN and -Infinity (as Python writes them) are values at their cell, not an unreadable file
            assertEquals(List.of("丙 表三!D5 1E+999999999", "丁 表三!D5 NaN", "庚 表三!D5 -Infinity", "己 表三!D5 NaN",
                    "戊 表三!D5 2025-01-15", "乙 表三!D5 1E+400"), lines);
            assertTrue(bad.getRow(5).getCell(4).getStringCellValue().contains("填写的是日期“2025-01-15”"));
        }
        assertEquals(7, Files.readAllLines(tmp.resolve("a.jsonl")).size(), "every report read has its JSON line");
    }

    /** The prototype's parts with the placeholder agency replaced, and the marker number too when asked. */
    private static byte[] workbook(List<String> names, List<byte[]> bodies, String agency, String marker)
            throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(buf)) {
            z.setLevel(1);
            for (int e = 0; e < names.size(); e++) {
                z.putNextEntry(new ZipEntry(names.get(e)));
                byte[] body = bodies.get(e);
                if (names.get(e).endsWith(".xml")) {
                    String xml = new String(body, StandardCharsets.UTF_8);
                    String changed = xml.replace(PLACEHOLDER, agency);
                    if (marker != null) {
                        changed = changed.replaceAll(">" + MARKER + "(\\.0)?<", ">" + marker + "<");
                    }
                    if (!changed.equals(xml)) {
                        body = changed.getBytes(StandardCharsets.UTF_8);
                    }
                }
                z.write(body);
                z.closeEntry();
            }
        }
        return buf.toByteArray();
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            out.add(wb.getSheetName(i));
        }
        return out;
    }

    private static String text(Sheet s) {
        StringBuilder sb = new StringBuilder();
        for (Row row : s) {
            row.forEach(c -> sb.append(c.toString()).append('\t'));
            sb.append('\n');
        }
        return sb.toString();
    }
}
