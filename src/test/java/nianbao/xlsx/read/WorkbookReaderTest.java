package nianbao.xlsx.read;

import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Schemas;
import nianbao.xlsx.ooxml.Xml;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkbookReaderTest {

    private static final Path GOLDEN = Path.of("src/test/resources/xlsx/reader");

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- reading

    @Test
    void readsEveryNumberAndTextOfAFilledWorkbook() throws Exception {
        Report expected = Fixtures.example();
        Path file = Fixtures.save(Fixtures.workbook(expected, Fixtures.Totals.FORMULA_CACHED), dir.resolve("filled.xlsx"));

        Report read = WorkbookReader.read(file);

        assertEquals(expected, read);
        assertEquals(file.toString(), read.file());
        assertEquals("临江市自然资源和规划局", read.agency());
        assertTrue(read.values().stream().allMatch(v -> v.how() == Provenance.READ), "cached totals agree, so all READ");
    }

    @Test
    void givesEveryValueItsFileSheetAndCell() throws Exception {
        Report expected = Fixtures.example();
        Path file = Fixtures.save(Fixtures.workbook(expected, Fixtures.Totals.FORMULA_CACHED), dir.resolve("src.xlsx"));

        Report read = WorkbookReader.read(file);

        assertEquals(Source.cell(file.toString(), "表三", "J28"), read.value("t3.total.total").source());
        assertEquals(Source.cell(file.toString(), "基本信息", "B3"), read.value("meta.agency").source());
        for (Field f : read.schema().fields()) {
            Source s = read.value(f.id()).source();
            assertEquals(f.sheet() + "!" + f.cell(), s.position(), f.id());
        }
    }

    @Test
    void readsNumbersTypedAsTextWithSpacesFullWidthDigitsAndUnits() throws Exception {
        Path file = withCells("text-numbers.xlsx", Map.of(
                "t3.new.natural", " 12 ",
                "t3.new.commercial", "１２",
                "t3.new.research", "3件",
                "t2.fees.amount", "1,234.5万元"));

        Report r = WorkbookReader.read(file);

        assertEquals(new BigDecimal("12"), r.number("t3.new.natural"));
        assertEquals(new BigDecimal("12"), r.number("t3.new.commercial"));
        assertEquals(new BigDecimal("3"), r.number("t3.new.research"));
        assertEquals(0, new BigDecimal("1234.5").compareTo(r.number("t2.fees.amount")));
    }

    @Test
    void keepsTextThatIsNotANumberAsUnparsedWithANote() throws Exception {
        Path file = withCells("words.xlsx", Map.of("t3.new.natural", "十二"));

        Value v = WorkbookReader.read(file).value("t3.new.natural");

        assertTrue(v.isUnparsedNumber());
        assertEquals("十二", v.text());
        assertTrue(v.note().contains("十二"), v.note());
    }

    @Test
    void keepsBlankCellsBlankNotZero() throws Exception {
        Report blank = Report.builder(Schemas.defaultSchema()).text("meta.agency", "某县").number("meta.year", 2025).build();
        Path file = Fixtures.save(Fixtures.workbook(blank, Fixtures.Totals.TYPED), dir.resolve("blank.xlsx"));

        Report r = WorkbookReader.read(file);

        assertNull(r.number("t3.new.natural"));
        assertTrue(r.value("t3.new.natural").isBlank());
        assertTrue(r.value("text.problems").isBlank());
        assertEquals(Provenance.READ, r.value("t3.new.natural").how());
    }

    @Test
    void treatsAnEmptyStringCellAsBlank() throws Exception {
        Path file = withCells("empty-string.xlsx", Map.of("t3.new.natural", "   ", "text.other", " \n "));

        Report r = WorkbookReader.read(file);

        assertTrue(r.value("t3.new.natural").isBlank());
        assertTrue(r.value("text.other").isBlank());
    }

    @Test
    void computesFormulaTotalsThatHaveNoCachedResult() throws Exception {
        Report expected = Fixtures.example();
        Path file = Fixtures.save(Fixtures.workbook(expected, Fixtures.Totals.FORMULA_NO_CACHE), dir.resolve("nocache.xlsx"));

        Report read = WorkbookReader.read(file);

        assertEquals(expected, read);
        Value total = read.value("t3.total.total");
        assertEquals(Provenance.COMPUTED, total.how());
        assertEquals(0, expected.number("t3.total.total").compareTo(total.number()));
        assertTrue(total.note().contains("没有缓存结果"), total.note());
        assertEquals(Provenance.READ, read.value("t3.new.natural").how());
        assertEquals(Provenance.COMPUTED, read.value("t4.review.total").how());
    }

    @Test
    void recomputesAStaleCachedTotalAndQuotesTheCachedValue() throws Exception {
        Report expected = Fixtures.example();
        XSSFWorkbook wb = Fixtures.workbook(expected, Fixtures.Totals.FORMULA_CACHED);
        Field f = expected.schema().require("t4.review.total");
        // the cache says 5, the parts add up to what the example states
        wb.getSheet("表四").getRow(f.cell().row()).getCell(f.cell().col()).setCellValue(5);
        Path file = Fixtures.save(wb, dir.resolve("stale.xlsx"));

        Value v = WorkbookReader.read(file).value("t4.review.total");

        BigDecimal parts = expected.number("t4.review.total");
        assertEquals(0, parts.compareTo(v.number()));
        assertEquals(Provenance.COMPUTED, v.how());
        assertEquals("缓存值 5 与公式结果 " + parts.toPlainString() + " 不一致，已按公式重新计算", v.note());
    }

    @Test
    void keepsANumberTypedIntoATotalCellEvenWhenItDisagrees() throws Exception {
        Report wrong = Fixtures.example().toBuilder().number("t4.review.total", 999).build();
        Path file = Fixtures.save(Fixtures.workbook(wrong, Fixtures.Totals.TYPED), dir.resolve("typed.xlsx"));

        Value v = WorkbookReader.read(file).value("t4.review.total");

        assertEquals(new BigDecimal("999"), v.number());
        assertEquals(Provenance.READ, v.how());
    }

    @Test
    void readsDespiteExtraSheetsAndReorderedSheets() throws Exception {
        Report expected = Fixtures.example();
        XSSFWorkbook wb = Fixtures.workbook(expected, Fixtures.Totals.FORMULA_CACHED);
        Sheet notes = wb.createSheet("科室备注");
        notes.createRow(0).createCell(0).setCellValue("表三数据已与办公室核对");
        wb.setSheetOrder("科室备注", 0);
        wb.setSheetOrder("表四", 1);
        wb.setSheetOrder("_schema", 2);
        Path file = Fixtures.save(wb, dir.resolve("reordered.xlsx"));

        assertEquals(expected, WorkbookReader.read(file));
    }

    @Test
    void turnsADateSerialIntoIsoDateAndAcceptsYearWrittenAsText() throws Exception {
        Report base = Fixtures.example();
        XSSFWorkbook wb = Fixtures.workbook(base, Fixtures.Totals.FORMULA_CACHED);
        Sheet meta = wb.getSheet("基本信息");
        Cell date = meta.getRow(4).getCell(1);
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat("yyyy年m月d日"));
        date.setCellValue(java.time.LocalDate.of(2026, 1, 20));
        date.setCellStyle(style);
        meta.getRow(3).getCell(1).setCellValue("２０２５年");
        Path file = Fixtures.save(wb, dir.resolve("dates.xlsx"));

        Report r = WorkbookReader.read(file);

        assertEquals("2026-01-20", r.text("meta.publish_date"));
        assertEquals(new BigDecimal("2025"), r.number("meta.year"));
    }

    @Test
    void aCountTypedIntoADateFormattedCellIsTheDateTheClerkSeesNotItsSerial() throws Exception {
        Report base = Fixtures.example();
        XSSFWorkbook wb = Fixtures.workbook(base, Fixtures.Totals.FORMULA_CACHED);
        Field natural = base.schema().require("t3.new.natural");
        Field commercial = base.schema().require("t3.new.commercial");
        Field research = base.schema().require("t3.new.research");
        Sheet t3 = wb.getSheet(natural.sheet());
        String[] formats = {"yyyy/m/d", "[$-804]yyyy\"年\"m\"月\"d\"日\";@"};
        Field[] fields = {natural, commercial};
        for (int i = 0; i < 2; i++) {
            Cell cell = t3.getRow(fields[i].cell().row()).getCell(fields[i].cell().col());
            CellStyle style = wb.createCellStyle();
            style.cloneStyleFrom(cell.getCellStyle());
            style.setDataFormat(wb.createDataFormat().getFormat(formats[i]));
            cell.setCellStyle(style);
            cell.setCellValue(45672);
        }
        // a number format with a unit and a 0 in a date-formatted cell stay numbers
        Cell unit = t3.getRow(research.cell().row()).getCell(research.cell().col());
        CellStyle units = wb.createCellStyle();
        units.setDataFormat(wb.createDataFormat().getFormat("0\"件\""));
        unit.setCellStyle(units);
        unit.setCellValue(7);
        Field social = base.schema().require("t3.new.social");
        Cell zero = t3.getRow(social.cell().row()).getCell(social.cell().col());
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat((short) 14);
        zero.setCellStyle(dateStyle);
        zero.setCellValue(0);
        Path file = Fixtures.save(wb, dir.resolve("date-in-count.xlsx"));

        Report r = WorkbookReader.read(file);

        for (Field f : fields) {
            Value v = r.value(f.id());
            assertTrue(v.isUnparsedNumber(), f.id() + ": " + v);
            assertEquals("2025-01-15", v.text());
            assertTrue(v.note().contains("45672"), v.note());
        }
        assertEquals(new BigDecimal("7"), r.number(research.id()));
        assertEquals(0, BigDecimal.ZERO.compareTo(r.number(social.id())));
        List<nianbao.validate.Finding> findings = nianbao.validate.Validator.validate(r).stream()
                .filter(x -> x.ruleId().equals("TYPE")).toList();
        assertEquals(List.of("表三!D5", "表三!E5"), findings.stream().map(nianbao.validate.Finding::position).toList());
        assertTrue(findings.get(0).message().contains("填写的是日期“2025-01-15”"), findings.get(0).message());
    }

    @Test
    void normalisesDatesTypedAsChineseTextOrCompactDigits() throws Exception {
        assertEquals("2026-01-05", WorkbookReader.read(withCells("d1.xlsx", Map.of("meta.publish_date", "2026年1月5日")))
                .text("meta.publish_date"));
        assertEquals("2026-01-05", WorkbookReader.read(withCells("d2.xlsx", Map.of("meta.publish_date", "2026/1/5")))
                .text("meta.publish_date"));
        XSSFWorkbook wb = Fixtures.workbook(Fixtures.example(), Fixtures.Totals.TYPED);
        wb.getSheet("基本信息").getRow(4).getCell(1).setCellValue(20260105);
        assertEquals("2026-01-05", WorkbookReader.read(Fixtures.save(wb, dir.resolve("d3.xlsx"))).text("meta.publish_date"));
        assertEquals("明年一月", WorkbookReader.read(withCells("d4.xlsx", Map.of("meta.publish_date", "明年一月")))
                .text("meta.publish_date"));
    }

    @Test
    void joinsRichTextRunsAndKeepsLineBreaksInNarratives() throws Exception {
        XSSFWorkbook wb = Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED);
        XSSFRichTextString rich = new XSSFRichTextString("一是加强组织领导。\r\n二是完善制度。");
        org.apache.poi.xssf.usermodel.XSSFFont bold = wb.createFont();
        bold.setBold(true);
        rich.applyFont(0, 4, bold);
        wb.getSheet("正文").getRow(8).getCell(1).setCellValue(rich);
        Path file = Fixtures.save(wb, dir.resolve("rich.xlsx"));

        assertEquals("一是加强组织领导。\n二是完善制度。", WorkbookReader.read(file).text("text.problems"));
    }

    @Test
    void readsAWorkbookWithPrefixedTagsInlineStringsOddPartNamesAndNoCellAddresses() throws Exception {
        Path file = Fixtures.zip(dir.resolve("handmade.xlsx"), HandmadeWorkbook.parts());

        Report r = WorkbookReader.read(file);

        assertEquals("青石镇人民政府", r.agency());
        assertEquals(new BigDecimal("2025"), r.number("meta.year"));
        assertEquals("第一段。\n第二段。", r.text("text.overview_proactive"));
        assertEquals(new BigDecimal("7"), r.number("t3.new.natural"));
        assertEquals(new BigDecimal("2"), r.number("t3.new.commercial"));
        assertEquals(new BigDecimal("9"), r.number("t3.new.total"));
        assertEquals(Provenance.COMPUTED, r.value("t3.new.total").how());
        assertEquals(new BigDecimal("4"), r.number("t4.review.upheld"));
        assertEquals(Source.cell(file.toString(), "表四", "A5"), r.value("t4.review.upheld").source());
        assertEquals("2026-01-15", r.text("meta.publish_date"));
    }

    @Test
    void followsDefinedNamesWhenRowsWereInserted() throws Exception {
        Report expected = Fixtures.example();
        XSSFWorkbook wb = Fixtures.workbook(expected, Fixtures.Totals.TYPED);
        Sheet t2 = wb.getSheet("表二");
        // a clerk inserts a note row above the table; Excel moves the cells and their names down
        t2.shiftRows(0, t2.getLastRowNum(), 1);
        for (Field f : expected.schema().fields()) {
            if (f.sheet().equals("表二")) {
                org.apache.poi.ss.usermodel.Name n = wb.createName();
                n.setNameName(f.definedName());
                n.setRefersToFormula("'表二'!$" + nianbao.schema.CellRef.columnName(f.cell().col()) + "$" + (f.cell().row() + 2));
            }
        }
        Path file = Fixtures.save(wb, dir.resolve("shifted.xlsx"));

        Report r = WorkbookReader.read(file);

        assertEquals(expected, r);
        assertEquals("表二!B16", r.value("t2.fees.amount").source().position());
    }

    @Test
    void marksAFieldMissingWhenItsRowWasDeletedAndItsNameSaysRef() throws Exception {
        Report expected = Fixtures.example();
        XSSFWorkbook wb = Fixtures.workbook(expected, Fixtures.Totals.TYPED);
        org.apache.poi.ss.usermodel.Name n = wb.createName();
        n.setNameName("t2_fees_amount");
        n.setRefersToFormula("'表二'!#REF!");
        Path file = Fixtures.save(wb, dir.resolve("deleted.xlsx"));

        Report r = WorkbookReader.read(file);

        Value v = r.value("t2.fees.amount");
        assertEquals(Provenance.MISSING, v.how());
        assertNull(v.number());
        assertTrue(v.note().contains("#REF!"), v.note());
        assertEquals(0, expected.number("t2.licensing.decisions").compareTo(r.number("t2.licensing.decisions")));
    }

    @Test
    void refusesAnUnreadableFileWithoutEnglishDetail() throws Exception {
        Path file = Fixtures.save(Fixtures.workbook(Fixtures.example(), Fixtures.Totals.TYPED), dir.resolve("locked-perm.xlsx"));
        org.junit.jupiter.api.Assumptions.assumeTrue(file.toFile().setReadable(false) && !Files.isReadable(file),
                "running as a user who can read anything (root)");
        assertRefused(file, "没有读取权限");
    }

    @Test
    void streamsASheetBiggerThanAMegabyteAndStopsAfterTheLastWantedRow() throws Exception {
        Report expected = Fixtures.example();
        XSSFWorkbook wb = Fixtures.workbook(expected, Fixtures.Totals.FORMULA_CACHED);
        Sheet t3 = wb.getSheet("表三");
        for (int r = 40; r < 40 + 30_000; r++) {
            org.apache.poi.ss.usermodel.Row row = t3.createRow(r);
            for (int c = 0; c < 4; c++) {
                row.createCell(c).setCellValue(r * 10 + c); // a clerk's working notes below the table
            }
        }
        Path file = Fixtures.save(wb, dir.resolve("big-sheet.xlsx"));
        long sheetBytes;
        try (var z = new java.util.zip.ZipFile(file.toFile())) {
            sheetBytes = z.getEntry(Fixtures.sheetPart(Fixtures.workbook(expected, Fixtures.Totals.TYPED), "表三")).getSize();
        }
        assertTrue(sheetBytes > Xml.WHOLE_PART_BYTES, "sheet is " + sheetBytes + " bytes");

        assertEquals(expected, WorkbookReader.read(file));
    }

    @Test
    void readsAWorkbookResavedByLibreOffice() throws Exception {
        Path file = GOLDEN.resolve("libreoffice-resaved/input.xlsx");

        Report r = WorkbookReader.read(file);

        assertEquals(Fixtures.example(), r);
        assertEquals(Provenance.READ, r.value("t3.total.total").how());
    }

    @Test
    void leavesTheInputFileUntouched() throws Exception {
        Path file = Fixtures.save(Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_NO_CACHE), dir.resolve("same.xlsx"));
        byte[] before = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        long modified = Files.getLastModifiedTime(file).toMillis();

        WorkbookReader.read(file);

        assertTrue(java.util.Arrays.equals(before, MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    }

    @Test
    void readsTheSameWorkbookFromManyThreadsAtOnce() throws Exception {
        Report expected = Fixtures.example();
        Path file = Fixtures.save(Fixtures.workbook(expected, Fixtures.Totals.FORMULA_NO_CACHE), dir.resolve("shared.xlsx"));
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Report>>();
            for (int i = 0; i < 40; i++) {
                futures.add(pool.submit(() -> WorkbookReader.read(file)));
            }
            for (var f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void readsTheBundledExampleWorkbooksBackExactly() throws Exception {
        int n = 0;
        try (var files = Files.list(Path.of("examples"))) {
            for (Path xlsx : files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList()) {
                Path json = Path.of(xlsx.toString().replace(".xlsx", ".json"));
                Report read = WorkbookReader.read(xlsx);
                assertEquals(Reports.readJson(json), read, xlsx.toString());
                assertTrue(read.values().stream().allMatch(v -> v.how() == Provenance.READ && v.note() == null), xlsx.toString());
                n++;
            }
        }
        assertTrue(n >= 3, "the example workbooks are bundled");
    }

    @Test
    void readsEveryExampleWrittenByTheWorkbookWriterBackExactly() throws Exception {
        List<Path> jsons;
        try (var files = Files.list(Path.of("examples"))) {
            jsons = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path json : jsons) {
            Report expected = Reports.readJson(json);
            Path file = dir.resolve("round-" + json.getFileName().toString().replace(".json", ".xlsx"));
            Reports.write(expected, file);
            assertEquals(expected, Reports.read(file), json.toString());
        }
    }

    @Test
    void readsTheBlankTemplateAsBlankInputsWithItsFormulaTotalsAtZero() throws Exception {
        Report r = WorkbookReader.read(Path.of("templates/年报模板.xlsx"));

        for (Field f : r.schema().fields()) {
            Value v = r.value(f.id());
            if (Fixtures.totalRule(r.schema(), f.id()) != null) {
                assertEquals(BigDecimal.ZERO, v.number(), f.id()); // what Excel shows for a sum of blanks
            } else if (f.defaultValue() != null && !f.isNumeric()) {
                assertEquals(f.defaultValue(), v.text(), f.id());
            } else {
                assertTrue(v.isBlank(), f.id() + " " + v);
            }
        }
    }

    /** The golden cases: {@code src/test/resources/xlsx/reader/<case>/input.xlsx} beside {@code expected.txt}. */
    static List<Path> goldenCases() throws java.io.IOException {
        try (var dirs = Files.list(GOLDEN)) {
            return dirs.filter(d -> Files.exists(d.resolve("input.xlsx"))).sorted().toList();
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("goldenCases")
    void readsEachGoldenWorkbookToItsExpectedValuesPositionsAndProvenance(Path caseDir) throws Exception {
        String actual = projection(WorkbookReader.read(caseDir.resolve("input.xlsx")));
        Path expected = caseDir.resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual);
        }
        assertEquals(Files.readString(expected), actual, caseDir.toString());
    }

    @Test
    void hasGoldenCasesForTheUnusualWriters() throws Exception {
        List<String> names = goldenCases().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("libreoffice-resaved", "handmade-prefixed", "clerk-quirks", "formula-caches")), names.toString());
    }

    /**
     * A text projection of a report: one line per value that is not blank or not simply read,
     * {@code field  sheet!cell  value  how  note}.
     */
    static String projection(Report r) {
        StringBuilder sb = new StringBuilder();
        for (Field f : r.schema().fields()) {
            Value v = r.value(f.id());
            if (v.isBlank() && v.how() == Provenance.READ && v.note() == null) {
                continue;
            }
            String shown = v.number() != null ? nianbao.model.Numbers.plain(v.number()) : v.text() == null ? "（空）" : v.text();
            sb.append(f.id()).append('\t').append(v.source().position()).append('\t')
                    .append(shown.replace("\n", "⏎")).append('\t').append(v.how().key());
            if (v.note() != null) {
                sb.append('\t').append(v.note());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- refusing

    @Test
    void refusesAMissingFile() {
        assertRefused(dir.resolve("没有这个文件.xlsx"), "找不到文件");
    }

    @Test
    void refusesADirectory() throws Exception {
        assertRefused(Files.createDirectory(dir.resolve("文件夹.xlsx")), "文件夹");
    }

    @Test
    void refusesAZeroByteFile() throws Exception {
        assertRefused(Files.createFile(dir.resolve("empty.xlsx")), "0 字节");
    }

    @Test
    void refusesAHugeFileBeforeReadingIt() throws Exception {
        Path file = dir.resolve("huge.xlsx");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ForeignFormats.MAX_FILE_BYTES + 1); // sparse: no 100 MB written
        }
        assertRefused(file, "文件过大");
    }

    @Test
    void refusesAnOldXlsFileAndSaysToSaveAsXlsx() throws Exception {
        Path file = dir.resolve("old.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("表三").createRow(0).createCell(0).setCellValue(1);
            wb.write(out);
        }
        assertRefused(file, "这是旧版 Excel 97-2003 (.xls) 文件，请在 Excel/WPS 中另存为 .xlsx 后再试");
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        Path plain = Fixtures.save(Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED), dir.resolve("plain.xlsx"));
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("1234");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(file, "工作簿设置了打开密码");
    }

    @Test
    void refusesATruncatedWorkbook() throws Exception {
        byte[] whole = Fixtures.bytes(Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED));
        Path file = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertRefused(file, "文件已损坏");
    }

    @Test
    void refusesACsvRenamedToXlsxEvenInGbk() throws Exception {
        Path utf8 = Files.writeString(dir.resolve("utf8.xlsx"), "机关名称,年度\n某县卫生健康委员会,2025\n", StandardCharsets.UTF_8);
        assertRefused(utf8, "文本文件");
        Path gbk = Files.write(dir.resolve("gbk.xlsx"), "机关名称,年度\n某县卫生健康委员会,2025\n".getBytes(Charset.forName("GBK")));
        assertRefused(gbk, "文本文件");
    }

    @Test
    void aTextFileWithAStrayInvalidByteIsATextFileThatImportReads() throws Exception {
        byte[] text = "青山县卫生健康委员会2025年政府信息公开工作年度报告\n一、总体情况\n".getBytes(StandardCharsets.UTF_8);
        byte[] stray = java.util.Arrays.copyOf(text, text.length + 1);
        stray[text.length - 1] = (byte) 0xFF;
        stray[text.length] = '\n';
        Path txt = Files.write(dir.resolve("年报.txt"), stray);
        UnreadableInputException e = assertRefused(txt, "这是文本文件");
        assertEquals("这是文本文件，不是 Excel 工作簿。已发布的年报文本请用 nianbao import 导入；填报请用 nianbao template 生成的 .xlsx 模板。",
                e.reason());
        Path renamed = Files.write(dir.resolve("年报.xlsx"), stray);
        assertTrue(assertRefused(renamed, "这是文本文件（如 CSV/TXT）改了扩展名").reason().contains("nianbao import"));
    }

    @Test
    void refusesAWordDocumentRenamedToXlsx() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                + " Target=\"word/document.xml\"/></Relationships>");
        parts.put("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        assertRefused(Fixtures.zip(dir.resolve("report.xlsx"), parts), "Word 文档");
    }

    @Test
    void refusesAWorkbookThatIsNotTheTemplate() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("自制统计表");
        assertRefused(Fixtures.save(wb, dir.resolve("own.xlsx")), "不是年报填报模板");
    }

    @Test
    void refusesAnotherSchemaAndNamesBoth() throws Exception {
        XSSFWorkbook wb = Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED);
        wb.getSheet("_schema").getRow(0).getCell(1).setCellValue("gov-info-disclosure/2030");
        UnreadableInputException e = assertRefused(Fixtures.save(wb, dir.resolve("other.xlsx")), "gov-info-disclosure/2030");
        assertTrue(e.getMessage().contains("“gov-info-disclosure/2019”（版本 1.0）、“gov-info-disclosure/2021”（版本 1.0）"),
                e.getMessage());
    }

    @Test
    void refusesAnUnknownSchemaVersionAndNamesBoth() throws Exception {
        XSSFWorkbook wb = Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED);
        wb.getSheet("_schema").getRow(1).getCell(1).setCellValue("2.0");
        UnreadableInputException e = assertRefused(Fixtures.save(wb, dir.resolve("v2.xlsx")), "版本为 2.0");
        assertTrue(e.getMessage().contains(Schemas.defaultSchema().version()), e.getMessage());
    }

    @Test
    void refusesAWorkbookWhoseTableSheetWasRenamedAndListsTheSheets() throws Exception {
        XSSFWorkbook wb = Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED);
        wb.setSheetName(wb.getSheetIndex("表三"), "依申请公开");
        UnreadableInputException e = assertRefused(Fixtures.save(wb, dir.resolve("renamed.xlsx")), "缺少工作表“表三”");
        assertTrue(e.getMessage().contains("依申请公开"), e.getMessage());
    }

    @Test
    void refusesAZipBombByCompressionRatioWithoutInflatingIt() throws Exception {
        Path file = bomb("ratio-bomb.xlsx", 12L * 1024 * 1024);
        assertRefused(file, "疑似压缩炸弹");
    }

    @Test
    void refusesAPartDeclaredLargerThanTheLimit() throws Exception {
        Path file = bomb("size-bomb.xlsx", XlsxPackage.MAX_PART_BYTES + 1024 * 1024);
        assertRefused(file, "疑似压缩炸弹");
    }

    @Test
    void refusesAZipWithoutTheWorkbookPart() throws Exception {
        Path file = Fixtures.zip(dir.resolve("nothing.xlsx"), Map.of("readme.txt", "hello"));
        assertRefused(file, "没有工作簿内容");
    }

    @Test
    void refusesAZipWhoseSheetPartIsMissing() throws Exception {
        XSSFWorkbook wb = Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED);
        String part = Fixtures.sheetPart(wb, "表三");
        Path good = Fixtures.save(wb, dir.resolve("whole.xlsx"));
        Path file = Fixtures.rewrite(good, dir.resolve("holed.xlsx"), (name, text) -> name.equals(part) ? null : text);
        assertRefused(file, "缺少工作簿部件 " + part);
    }

    @Test
    void refusesAZipWithTwoPartsOfTheSameNameAsDamagedNotAsAnotherTemplate() throws Exception {
        Path good = Fixtures.save(Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED), dir.resolve("good.xlsx"));
        Path file = nianbao.DamagedZips.duplicateWorkbookPart(good, dir.resolve("dup.xlsx"));
        UnreadableInputException e = assertRefused(file, "文件已损坏：压缩包里有两个同名的部件“xl/workbook.xml”");
        assertTrue(!e.getMessage().contains("_schema"), e.getMessage());
    }

    @Test
    void refusesAWorkbookWithoutItsSharedStringsPartNamingThePart() throws Exception {
        Path good = Fixtures.save(Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED), dir.resolve("good.xlsx"));
        Path file = Fixtures.rewrite(good, dir.resolve("nosst.xlsx"), (name, text) -> name.equals("xl/sharedStrings.xml") ? null : text);
        UnreadableInputException e = assertRefused(file,
                "文件已损坏：单元格里的文字存放在共享字符串部件（xl/sharedStrings.xml）里，而文件中没有这个部件。");
        assertTrue(!e.getMessage().contains("_schema"), e.getMessage());
    }

    @Test
    void refusesACellWhoseSharedStringIsMissingAtThatCellInsteadOfReadingItBlank() throws Exception {
        Path good = Fixtures.save(Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED), dir.resolve("good.xlsx"));
        // keep the first five strings: the schema stamp and labels survive, the agency name's string is gone
        Path file = Fixtures.rewrite(good, dir.resolve("short.xlsx"), (name, text) -> {
            if (!name.equals("xl/sharedStrings.xml")) {
                return text;
            }
            int cut = 0;
            for (int k = 0; k < 5; k++) {
                cut = text.indexOf("</si>", cut) + "</si>".length();
            }
            return text.substring(0, cut) + "</sst>";
        });
        UnreadableInputException e = assertRefused(file, "文件已损坏：该单元格引用的共享字符串（编号 ");
        assertTrue(e.sheet() != null && e.cell() != null, e.getMessage());
    }

    @Test
    void refusesBrokenSheetXml() throws Exception {
        Path good = Fixtures.save(Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED), dir.resolve("good.xlsx"));
        Path file = Fixtures.rewrite(good, dir.resolve("badxml.xlsx"),
                (name, text) -> name.equals("xl/worksheets/sheet5.xml") ? text.substring(0, text.length() / 2) + "<<<" : text);
        assertRefused(file, "不是有效的 XML");
    }

    @Test
    void refusesThroughTheReportsFacadeToo() throws Exception {
        Path file = Files.createFile(dir.resolve("facade.xlsx"));
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> Reports.read(file));
        assertTrue(e.getMessage().contains("0 字节"));
    }

    // ---------------------------------------------------------------- helpers

    /** A filled example workbook with some cells overwritten by strings. */
    private Path withCells(String name, Map<String, String> strings) throws Exception {
        Report base = Fixtures.example();
        XSSFWorkbook wb = Fixtures.workbook(base, Fixtures.Totals.TYPED);
        for (Map.Entry<String, String> e : strings.entrySet()) {
            Field f = base.schema().require(e.getKey());
            wb.getSheet(f.sheet()).getRow(f.cell().row()).getCell(f.cell().col()).setCellValue(e.getValue());
        }
        return Fixtures.save(wb, dir.resolve(name));
    }

    /** A template workbook whose 表三 sheet is padded with {@code size} bytes of blanks. */
    private Path bomb(String name, long size) throws Exception {
        XSSFWorkbook wb = Fixtures.workbook(Fixtures.example(), Fixtures.Totals.FORMULA_CACHED);
        String part = Fixtures.sheetPart(wb, "表三");
        Path good = Fixtures.save(wb, dir.resolve("pre-" + name));
        Path out = dir.resolve(name);
        try (var z = new java.util.zip.ZipFile(good.toFile());
             ZipOutputStream zos = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                zos.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    String head = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
                    zos.write(head.getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (long done = 0; done < size; done += blanks.length) {
                        zos.write(blanks);
                    }
                    zos.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    try (var in = z.getInputStream(e)) {
                        in.transferTo(zos);
                    }
                }
                zos.closeEntry();
            }
        }
        return out;
    }

    /** Asserts the file is refused with one Chinese line naming it and containing {@code phrase}. */
    private static UnreadableInputException assertRefused(Path file, String phrase) {
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> WorkbookReader.read(file));
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString() + "："), m);
        assertTrue(m.contains(phrase), m);
        assertEquals(1, m.lines().count(), m);
        assertTrue(m.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), m);
        assertEquals(file.toString(), e.file());
        return e;
    }
}
