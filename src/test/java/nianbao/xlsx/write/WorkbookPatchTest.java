package nianbao.xlsx.write;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patched workbook against the one POI builds ({@link WorkbookWriter#create}, the oracle): the
 * same cells, values, cached results, formulas, styles, comments, row heights, merged regions,
 * names and validations when both are opened with POI, and the same text in every part.
 */
class WorkbookPatchTest {

    @TempDir
    Path tmp;

    private static Report example() throws Exception {
        return Reports.readJson(Path.of("examples", "临江市自然资源和规划局-2025.json"));
    }

    /** A named report for the differential cases. */
    record Case(String name, Report report) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws Exception {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                out.add(new Case(p.getFileName().toString(), Reports.readJson(p)));
            }
        }
        try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "xlsx", "fill"))) {
            for (Path p : s.filter(Files::isDirectory).sorted().toList()) {
                out.add(new Case("golden " + p.getFileName(), Reports.readJson(p.resolve("input.json"))));
            }
        }
        Report r = example();
        out.add(new Case("inferred and missing numbers, texts and a formula total", r
                .with(Value.inferred("t3.granted.natural", r.number("t3.granted.natural"), Source.none(), "由总计推出"))
                .with(Value.inferred("t3.new.total", r.number("t3.new.total"), Source.none(), "按各项合计"))
                .with(Value.missing("t2.fees.amount", Source.none(), "原文未给出收费金额"))
                .with(Value.missing("text.overview", Source.none(), " "))
                .with(Value.missing("meta.region", Source.none(), null))
                .with(new Value("text.problems", null, "推断的正文", nianbao.model.Provenance.INFERRED, Source.none(),
                        "由上下文补出 & <核对>"))));
        out.add(new Case("stated totals that disagree, one also inferred", r
                .with(Value.number("t3.total.commercial", r.number("t3.total.commercial").add(BigDecimal.ONE), Source.none()))
                .with(Value.inferred("t3.new.total", r.number("t3.new.total").add(BigDecimal.TEN), Source.none(), "原文如此"))
                .with(Value.number("t4.review.total", new BigDecimal("999"), Source.none()))));
        out.add(new Case("blank totals and blank parts", r
                .with(Value.blank("t4.review.total", Source.none()))
                .with(Value.blank("t3.total.total", Source.none()))
                .with(Value.blank("t3.new.social", Source.none()))));
        out.add(new Case("a stated total whose parts are incomplete", r
                .with(Value.blank("t3.new.social", Source.none()))
                .with(Value.number("t3.new.total", new BigDecimal("5"), Source.none()))));
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            longText.append("第").append(i + 1).append("段：全年主动公开政府信息若干条，重点领域信息公开情况良好。\n");
        }
        out.add(new Case("long narratives grow their rows", r
                .with(Value.text("text.overview", longText.toString(), Source.none()))
                .with(Value.text("text.overview_proactive", longText.substring(0, 300), Source.none()))
                .with(Value.text("text.problems", "短", Source.none()))));
        out.add(new Case("texts that need escaping", r
                .with(Value.text("meta.agency", " A&B <局> \"引号\" '单引号' ", Source.none()))
                .with(Value.text("meta.region", "tab\there\r\nCR \u0001 \u0008 \uD83D\uDE00 \uD840\uDC00 end\u00A0", Source.none()))
                .with(Value.text("meta.contact", "\t前后空白\n", Source.none()))
                .with(Value.text("text.overview", "第一行\n第二行\n\n  缩进 ]]> ]> _x0041_ \uFFFE \uD800 x", Source.none()))
                .with(Value.text("text.overview_proactive", "本机关", Source.none()))
                .with(Value.text("text.overview_on_request", "schema", Source.none()))
                .with(Value.text("text.problems", " A&B <局> \"引号\" '单引号' ", Source.none()))
                .with(Value.text("meta.data_scope", "", Source.none()))));
        out.add(new Case("numbers of every shape", r
                .with(Value.number("t2.fees.amount", new BigDecimal("0.0250"), Source.none()))
                .with(Value.number("t3.new.natural", new BigDecimal("10000000"), Source.none()))
                .with(Value.number("t3.new.commercial", new BigDecimal("-3"), Source.none()))
                .with(Value.number("t3.new.research", new BigDecimal("0.1"), Source.none()))
                .with(Value.number("t3.new.social", new BigDecimal("0.2"), Source.none()))));
        out.add(new Case("text in a number cell no formula reads",
                r.with(Value.text("meta.year", "二〇二五", Source.none()))));
        Report.Builder empty = Report.builder(Schemas.defaultSchema());
        out.add(new Case("an empty report", empty.build()));
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void patchedWorkbookIsCellForCellWhatPoiBuilds(Case c) throws Exception {
        byte[] patched = WorkbookPatch.write(c.report());
        assertNotNull(patched, "patched");
        byte[] poi = poi(c.report());
        try (XSSFWorkbook a = open(poi); XSSFWorkbook b = open(patched)) {
            assertEquals(WorkbookDump.of(a), WorkbookDump.of(b));
            assertEquals(cells(a), cells(b));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void patchedPartsAreThePartsPoiWrites(Case c) throws Exception {
        Map<String, byte[]> poi = unzip(poi(c.report()));
        Map<String, byte[]> patched = unzip(WorkbookPatch.write(c.report()));
        assertEquals(List.copyOf(poi.keySet()), List.copyOf(patched.keySet()), "parts and their order");
        for (String part : poi.keySet()) {
            assertEquals(new String(poi.get(part), StandardCharsets.UTF_8), new String(patched.get(part), StandardCharsets.UTF_8), part);
        }
    }

    @Test
    void readsBackTheReportWrittenThroughThePatcher() throws Exception {
        for (Case c : cases()) {
            if (c.name().startsWith("texts") || c.name().startsWith("text in")) {
                continue; // control characters become '?', as with POI; a year as text is not a year
            }
            Path out = tmp.resolve("x.xlsx");
            WorkbookWriter.write(c.report(), out);
            Path viaPoi = tmp.resolve("poi.xlsx");
            Files.write(viaPoi, poi(c.report()));
            assertEquals(nianbao.model.ReportJson.write(Reports.read(viaPoi)), nianbao.model.ReportJson.write(Reports.read(out)), c.name());
        }
    }

    @Test
    void leavesAFormulaOverTextToPoi() throws Exception {
        Report r = example().with(Value.text("t3.new.natural", "十二", Source.none()));
        assertNull(WorkbookPatch.write(r), "POI computes Excel's #VALUE! instead");
        Path out = tmp.resolve("text.xlsx");
        WorkbookWriter.write(r, out);
        try (XSSFWorkbook a = open(poi(r)); XSSFWorkbook b = open(Files.readAllBytes(out))) {
            assertEquals(WorkbookDump.of(a), WorkbookDump.of(b));
        }
    }

    @Test
    void refusesATextLongerThanACellHoldsWithTheSameOneLineMessageAndWritesNothing() throws Exception {
        Report r = example().with(Value.text("text.overview", "字".repeat(WorkbookWriter.MAX_CELL_CHARS + 1), Source.none()));
        IllegalArgumentException poi = assertThrows(IllegalArgumentException.class, () -> WorkbookWriter.create(r));
        IllegalArgumentException patched = assertThrows(IllegalArgumentException.class, () -> WorkbookPatch.write(r));
        assertEquals(poi.getMessage(), patched.getMessage());
        Path out = tmp.resolve("long.xlsx");
        nianbao.UnwritableOutputException e = assertThrows(nianbao.UnwritableOutputException.class, () -> WorkbookWriter.write(r, out));
        assertEquals(poi.getMessage(), e.reason());
        assertEquals(out + "：" + poi.getMessage(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().contains("32767"), e.getMessage());
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(0, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void keepsOneTemplatePerSchemaAndPatchesAVariantSchemaToo() throws Exception {
        Schema schema = Schemas.defaultSchema();
        assertSame(TemplateParts.of(schema), TemplateParts.of(schema));
        Schema variant = Schemas.load(Path.of("src", "test", "resources", "xlsx", "schema-variant", "schema.json"));
        TemplateParts v = TemplateParts.of(variant);
        assertNotNull(v);
        assertSame(variant, v.schema);
        Report r = Report.builder(variant).number("t3.new.natural", 7).number("t3.new.total", 9)
                .text("meta.agency", "变体局").build();
        try (XSSFWorkbook a = open(poi(r)); XSSFWorkbook b = open(WorkbookPatch.write(r))) {
            assertEquals(WorkbookDump.of(a), WorkbookDump.of(b));
            assertEquals(cells(a), cells(b));
        }
        assertSame(TemplateParts.of(schema), TemplateParts.of(schema));
    }

    @Test
    void writesTheSameBytesFromManyThreadsAtOnce() throws Exception {
        List<Case> all = cases();
        List<byte[]> expected = new ArrayList<>();
        for (Case c : all) {
            expected.add(WorkbookPatch.write(c.report()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (Case c : all) {
                    futures.add(pool.submit(() -> WorkbookPatch.write(c.report())));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertArrayEquals(expected.get(i % all.size()), futures.get(i).get(), all.get(i % all.size()).name());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void writesAZipThatJavaReadsWithEveryEntryIntact() throws Exception {
        Case c = cases().stream().filter(x -> x.name().startsWith("inferred")).findFirst().orElseThrow();
        Path out = tmp.resolve("c.xlsx");
        WorkbookWriter.write(c.report(), out);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(out.toFile())) {
            var en = z.entries();
            int n = 0;
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                assertEquals(e.getSize(), z.getInputStream(e).readAllBytes().length, e.getName()); // checks the CRC too
                n++;
            }
            assertTrue(n > 20, "entries: " + n);
            assertNotNull(z.getEntry("xl/comments5.xml"));
        }
    }

    /** A fresh template's options for the differential cases of {@code nianbao template}. */
    record TemplateCase(String name, Schema schema, TemplateWriter.Options options) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<TemplateCase> templateCases() throws Exception {
        Schema y2021 = Schemas.forYear(2025);
        Schema y2019 = Schemas.forYear(2020);
        Report last2021 = example();
        Report last2019 = Reports.readJson(Path.of("examples", "柳溪市人力资源和社会保障局-2020.json"));
        Report partial = last2021.with(Value.blank("t3.carry_over.natural", Source.none()))
                .with(Value.blank("t2.rules.valid", Source.none()));
        return List.of(
                new TemplateCase("nothing prefilled", y2021, TemplateWriter.Options.none()),
                new TemplateCase("agency and year", y2021, new TemplateWriter.Options("临江市 A&B <局> _x0041_", 2025, null)),
                new TemplateCase("2019 format with agency and year", y2019, new TemplateWriter.Options("柳溪市某某局", 2020, null)),
                new TemplateCase("last year's report", y2021, new TemplateWriter.Options("临江市自然资源和规划局", 2026, last2021)),
                new TemplateCase("last year's report with blanks", y2021, new TemplateWriter.Options(null, null, partial)),
                new TemplateCase("last year's report in the 2019 format", y2021, new TemplateWriter.Options(null, 2021, last2019)),
                new TemplateCase("2019 format with last year's report", y2019, new TemplateWriter.Options(null, 2020, last2019)));
    }

    @ParameterizedTest
    @MethodSource("templateCases")
    void patchedTemplateIsPartForPartWhatPoiLaysOut(TemplateCase c) throws Exception {
        byte[] patched = WorkbookPatch.template(c.schema(), c.options());
        assertNotNull(patched, "the template is patched, not laid out with POI");
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = TemplateWriter.create(c.schema(), c.options())) {
            wb.write(poi);
        }
        try (XSSFWorkbook a = open(poi.toByteArray()); XSSFWorkbook b = open(patched)) {
            assertEquals(WorkbookDump.of(a), WorkbookDump.of(b));
            assertEquals(cells(a), cells(b));
        }
        Map<String, byte[]> want = unzip(poi.toByteArray());
        Map<String, byte[]> got = unzip(patched);
        assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()), "parts and their order");
        for (String part : want.keySet()) {
            assertEquals(new String(want.get(part), StandardCharsets.UTF_8), new String(got.get(part), StandardCharsets.UTF_8), part);
        }
    }

    @Test
    void templateCommandWritesThePatchedTemplateWithItsPrefill() throws Exception {
        Report last = example();
        Path out = tmp.resolve("模板.xlsx");
        TemplateWriter.write(Schemas.defaultSchema(), new TemplateWriter.Options("某某局", 2026, last), out);
        assertArrayEquals(WorkbookPatch.template(Schemas.defaultSchema(), new TemplateWriter.Options("某某局", 2026, last)),
                Files.readAllBytes(out));
        try (XSSFWorkbook wb = open(Files.readAllBytes(out))) {
            assertEquals("某某局", wb.getSheet("基本信息").getRow(2).getCell(1).getStringCellValue());
            nianbao.schema.Field carried = Schemas.defaultSchema().require("t3.carried.natural");
            Cell c = wb.getSheet(carried.sheet()).getRow(carried.cell().row()).getCell(carried.cell().col());
            assertEquals(last.number("t3.carry_over.natural").doubleValue(), c.getNumericCellValue());
            assertEquals("已按上年报告预填（X-CARRY），请核对。", c.getCellComment().getString().getString());
        }
    }

    /** What POI writes for the report. */
    static byte[] poi(Report r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = WorkbookWriter.create(r)) {
            wb.write(out);
        }
        return out.toByteArray();
    }

    private static XSSFWorkbook open(byte[] b) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(b));
    }

    /** Every cell with its style index, row heights and column widths, sheet by sheet. */
    private static String cells(XSSFWorkbook wb) {
        StringBuilder sb = new StringBuilder();
        sb.append("strings ").append(wb.getSharedStringSource().getCount()).append('/')
                .append(wb.getSharedStringSource().getUniqueCount()).append('\n');
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet s = wb.getSheetAt(i);
            sb.append("== ").append(s.getSheetName()).append('\n');
            for (int c = 0; c < 20; c++) {
                sb.append(s.getColumnWidth(c)).append(' ');
            }
            sb.append('\n');
            for (Row row : s) {
                sb.append("row ").append(row.getRowNum() + 1).append(" ht=").append(row.getHeightInPoints())
                        .append(" custom=").append(((org.apache.poi.xssf.usermodel.XSSFRow) row).getCTRow().getCustomHeight())
                        .append('\n');
                for (Cell c : row) {
                    sb.append(c.getAddress()).append(" s=").append(c.getCellStyle().getIndex()).append(' ')
                            .append(c.getCellType()).append(' ').append(c).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }
}
