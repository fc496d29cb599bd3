package nianbao.web;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.Value;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real browser (headless Chromium from the Debian packages, driven by Selenium) through the two
 * journeys: a clerk from template to Word file, and the office collecting three agencies' reports.
 * Every page is photographed at 1366×768 and at phone width into {@code target/screenshots/}.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    static Web web;
    ChromeDriver browser;
    Path downloads;

    @BeforeAll
    static void startServer() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI 上缺少 chromium / chromium-driver：.ci/run 应先用 apt-get 安装。");
        }
        Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed here");
        web = Web.start(dir.resolve("data"));
        Files.createDirectories(SHOTS);
        // Selenium's CDP lookup warns when the exact Chromium version has no bindings; nothing here uses CDP
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools").setLevel(java.util.logging.Level.SEVERE);
    }

    @AfterAll
    static void stopServer() {
        if (web != null) {
            web.close();
        }
    }

    @BeforeEach
    void openBrowser() throws Exception {
        downloads = Files.createTempDirectory(dir, "downloads");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--lang=zh-CN",
                "--window-size=1366,768", "--hide-scrollbars");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("safebrowsing.enabled", false);
        o.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, o);
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aClerkDownloadsTheTemplateFillsItChecksItAndGetsTheWordFile() throws Exception {
        open("/");
        assertEquals("年度报告填报", browser.findElement(By.tagName("h1")).getText());
        shot("01-home");

        open("/template");
        browser.findElement(By.name("agency")).sendKeys("青山县卫生健康委员会");
        WebElement year = browser.findElement(By.name("year"));
        year.clear();
        year.sendKeys("2025");
        shot("02-template");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        Path template = download(".xlsx");
        Report blank = Reports.read(template);
        assertEquals("青山县卫生健康委员会", blank.agency());
        // the page stays where it is: its button is usable again for another template once the file has arrived
        WebElement button = browser.findElement(By.cssSelector("form button[type=submit]"));
        new WebDriverWait(browser, WAIT).until(d -> button.isEnabled() && button.getText().equals("下载模板"));
        year.clear();
        year.sendKeys("2024");
        button.click();
        assertEquals("2024", Reports.read(download(".xlsx")).year(), "a second template from the same page");

        // the clerk fills the template: the example's numbers and texts, written by the project's own writer
        Report.Builder filled = blank.toBuilder();
        for (Value v : Web.example("青山县卫生健康委员会-2025.json").values()) {
            if (!v.fieldId().equals("meta.agency") && !v.fieldId().equals("meta.year")) {
                filled.put(v);
            }
        }
        Path workbook = dir.resolve("青山县2025年报-填好.xlsx");
        Reports.write(filled.build(), workbook);

        open("/check");
        shot("03-check");
        browser.findElement(By.name("file")).sendKeys(workbook.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForTitle("校验结果");
        assertEquals("没有发现问题：勾稽关系、基本信息和正文检查全部通过。", browser.findElement(By.cssSelector(".notice")).getText());
        assertTrue(browser.findElement(By.cssSelector(".preview")).getText().contains("青山县卫生健康委员会2025年政府信息公开工作年度报告"));
        shot("04-check-result");
        browser.findElement(By.cssSelector("button[value=docx]")).click();
        Path docx = download(".docx");
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(docx)) {
            assertEquals(4, in.read(head));
        }
        assertEquals("PK\u0003\u0004", new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));

        // and an error is shown with its cell
        Report broken = Web.variant(filled.build(), "青山县卫生健康委员会", true);
        Path bad = dir.resolve("有错误.xlsx");
        Reports.write(broken, bad);
        open("/check");
        browser.findElement(By.name("file")).sendKeys(bad.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForTitle("校验结果");
        WebElement firstError = browser.findElement(By.cssSelector("table.findings tbody tr.err"));
        assertTrue(firstError.getText().contains("T3-ROW") && firstError.getText().contains("表三!"), firstError.getText());
        shot("05-check-errors");

        open("/import");
        shot("06-import");
        String text = new String(Reports.render(Web.example("云溪区市场监督管理局-2025.json"), nianbao.render.Format.TXT),
                java.nio.charset.StandardCharsets.UTF_8);
        // a copy that lost three lines of 表三 on the way (as crawled pages do): the last item, the 总计 row, the carry-over
        List<String> lines = new ArrayList<>(text.lines().toList());
        int total = lines.indexOf(lines.stream().filter(x -> x.startsWith("（七）总计")).findFirst().orElseThrow());
        lines.subList(total - 1, total + 2).clear();
        text = String.join("\n", lines);
        WebElement area = browser.findElement(By.name("text"));
        // typing 5,000 characters is slow; the textarea is set like a paste
        browser.executeScript("arguments[0].value = arguments[1];", area, text);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForTitle("导入结果");
        assertTrue(browser.findElements(By.cssSelector("table.stats td.v-read")).size() > 100);
        assertTrue(browser.findElements(By.cssSelector("table.stats td.v-inferred")).size() > 0, "inferred cells coloured");
        WebElement missing = browser.findElement(By.cssSelector("table.stats td.v-missing"));
        assertTrue(missing.getAttribute("title").startsWith("缺失"), "the reason on hover: " + missing.getAttribute("title"));
        // scroll to 表三 so the screenshot shows the colours
        browser.executeScript("arguments[0].scrollIntoView();", missing);
        shot("07-import-result");
    }

    @Test
    void aClerkFillsTheMissingCellsOfAnImportedReportByKeyboardAndTheWorkbookValidates() throws Exception {
        Path seed = seed("005_crawler_glued.txt");
        open("/import");
        browser.findElement(By.name("file")).sendKeys(seed.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForTitle("导入结果");
        List<WebElement> missing = browser.findElements(By.cssSelector("table.form td.v-missing input"));
        assertEquals(List.of("t2.normative.made", "t2.normative.repealed", "t2.normative.valid"),
                missing.stream().map(e -> e.getAttribute("name")).toList(), "the three numbers glued beyond splitting");
        // keyboard only: into the first missing cell, then Tab from cell to cell
        missing.get(0).sendKeys("88");
        WebElement tip = browser.findElement(By.id("tip-t2.normative.made"));
        assertTrue(tip.isDisplayed() && tip.getText().startsWith("缺失"), "the reason shows on keyboard focus: " + tip.getText());
        shot("20-import-form-focus");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys("55");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys("698");
        assertEquals("t2.normative.valid", browser.switchTo().activeElement().getAttribute("name"));
        browser.findElement(By.cssSelector("button[value=xlsx]")).click();
        Report filled = Reports.read(download(".xlsx"));
        assertEquals(88, filled.number("t2.normative.made").intValue());
        assertEquals(55, filled.number("t2.normative.repealed").intValue());
        assertEquals(698, filled.number("t2.normative.valid").intValue());
        assertEquals(List.of(), Reports.validate(filled).stream().filter(f -> f.severity() == nianbao.schema.Severity.ERROR)
                .map(f -> f.ruleId() + " " + f.message()).toList(), "the downloaded workbook validates");
    }

    @Test
    void aClerkFixesAFailingCellInTheFormAndTheCheckPasses() throws Exception {
        Report good = Web.example("青山县卫生健康委员会-2025.json");
        Path bad = dir.resolve("表三有误.xlsx");
        Reports.write(Web.variant(good, good.agency(), true), bad);
        open("/check");
        browser.findElement(By.name("file")).sendKeys(bad.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForTitle("校验结果");
        WebElement cell = browser.findElement(By.cssSelector("td[data-field='t3.new.total']"));
        assertTrue(cell.getAttribute("class").contains("bad"), "the failing cell is marked");
        WebElement input = cell.findElement(By.tagName("input"));
        String tip = focusFromTheTop(input);
        assertTrue(tip.contains("按六类申请人合计应为"), tip);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(good.number("t3.new.total").toPlainString());
        WebElement live = browser.findElement(By.id("live"));
        assertTrue(live.getText().startsWith("按目前填写的数字，勾稽关系全部一致"), live.getText());
        assertFalse(cell.getAttribute("class").contains("bad"), "recomputed while typing");
        shot("21-check-form-fixed");
        // a part changed: its row total follows, as the workbook's formula would
        WebElement part = browser.findElement(By.cssSelector("td[data-field='t3.granted.natural'] input"));
        WebElement rowTotal = browser.findElement(By.cssSelector("td[data-field='t3.granted.total'] input"));
        long before = Long.parseLong(rowTotal.getAttribute("value"));
        part.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(good.number("t3.granted.natural").longValue() + 2));
        assertEquals(before + 2, Long.parseLong(rowTotal.getAttribute("value")));
        assertTrue(browser.findElement(By.id("live")).getText().contains("处勾稽关系不一致"), "the results no longer add up");
        part.sendKeys(Keys.chord(Keys.CONTROL, "a"), good.number("t3.granted.natural").toPlainString());
        browser.findElement(By.cssSelector("button[value=recheck]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "没有发现问题"));
        shot("22-check-form-rechecked");
    }

    @Test
    void theCellTheNarrativePinsIsMarkedAndTypingTheRightNumberClearsIt() throws Exception {
        // 本年新收/自然人 typed 400 over 339, its row total following as the template's formula does
        Report good = Web.example("临江市自然资源和规划局-2025.json");
        String right = good.number("t3.new.natural").toPlainString();
        long slip = 400 - good.number("t3.new.natural").longValue();
        Path typed = dir.resolve("本年新收多填.xlsx");
        Reports.write(good.toBuilder().number("t3.new.natural", 400)
                .number("t3.new.total", good.number("t3.new.total").longValue() + slip).build(), typed);
        open("/check");
        browser.findElement(By.name("file")).sendKeys(typed.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForTitle("校验结果");
        WebElement cell = browser.findElement(By.cssSelector("td[data-field='t3.new.natural']"));
        assertTrue(cell.getAttribute("class").contains("bad"), "the typed cell the narrative pins is marked");
        assertFalse(browser.findElement(By.cssSelector("td[data-field='t3.total.natural']")).getAttribute("class").contains("bad"),
                "not the total the broken rule names");
        WebElement input = cell.findElement(By.tagName("input"));
        String tip = focusFromTheTop(input);
        assertTrue(tip.contains("按正文“收到政府信息公开申请418件”，表三!D5“一、本年新收 / 自然人”应为 " + right), tip);
        shot("23-check-form-pinned");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), right);
        assertTrue(browser.findElement(By.id("live")).getText().startsWith("按目前填写的数字，勾稽关系全部一致"),
                browser.findElement(By.id("live")).getText());
        assertFalse(cell.getAttribute("class").contains("bad"), "recomputed while typing");
        input.sendKeys(Keys.BACK_SPACE);
        assertTrue(cell.getAttribute("class").contains("bad"), "a wrong number again: the break shows on the pinned cell");
        input.sendKeys(right.substring(right.length() - 1));
        browser.findElement(By.cssSelector("button[value=recheck]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "没有发现问题"));
    }

    @Test
    void theOfficeMarksAFindingTheAgencySeesTheCommentAndAFixedVersionClearsIt() throws Exception {
        open("/office");
        if (!browser.findElements(By.name("password")).isEmpty()) {
            browser.findElement(By.name("password")).sendKeys(Web.PASSWORD);
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
        }
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.name("agencies")));
        fillCollection("审核测试");
        browser.findElement(By.cssSelector("form[action='/office/collections'] button[type=submit]")).click();
        waitForTitle("审核测试");
        String desk = browser.getCurrentUrl();
        browser.findElement(By.partialLinkText("复制全部上传链接")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("links")));
        String link = browser.findElements(By.cssSelector("#links tbody td.mono")).get(1).getText();

        Report good = Web.variant(Web.example("临江市自然资源和规划局-2025.json"), CollectionDeskTest.AGENCIES[1], false);
        upload(link, Web.variant(good, good.agency(), true), null, "30-agency-errors");

        // the office marks the broken total 需改正, keyboard only
        browser.get(desk);
        waitForTitle("审核测试");
        browser.findElement(By.cssSelector("tr[data-slot=a002] a")).click();
        waitForTitle(CollectionDeskTest.AGENCIES[1]);
        WebElement review = browser.findElement(By.xpath("//li[contains(@class,'review')][.//span[text()='T3-ROW']]"));
        WebElement note = review.findElement(By.name("note"));
        note.sendKeys("请按申请登记台账核对“一、本年新收”的总计。");
        shot("31-office-marks");
        note.sendKeys(Keys.ENTER);
        // the text is looked up afresh on every poll: the form's page may still be there (and go stale) when the
        // wait starts, since the mark is posted and the browser redirected back to the agency's page
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".mark.fix"), "需改正：请按申请登记台账核对"));
        assertTrue(browser.findElement(By.cssSelector(".mark.fix")).getText().startsWith("需改正：请按申请登记台账核对"));
        browser.get(desk);
        waitForTitle("审核测试");
        assertEquals("待改正（1）", browser.findElements(By.cssSelector("tr[data-slot=a002] .badge")).get(1).getText());
        shot("32-office-desk-marked");

        // the agency sees the comment on its page
        browser.get(link);
        waitForTitle("报送年报");
        WebElement comment = browser.findElement(By.cssSelector("ol.reviews .mark.fix"));
        assertTrue(comment.getText().contains("请按申请登记台账核对“一、本年新收”的总计。"), comment.getText());
        shot("33-agency-comment");

        // a fixed version: the comment and the mark are gone
        Path fixed = dir.resolve("临江-改正.xlsx");
        Reports.write(good, fixed);
        browser.findElement(By.name("file")).sendKeys(fixed.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "已收到第 2 版"));
        assertTrue(browser.findElements(By.cssSelector("ol.reviews")).isEmpty(), "no comment left");
        browser.get(desk);
        waitForTitle("审核测试");
        assertEquals(1, browser.findElements(By.cssSelector("tr[data-slot=a002] .badge")).size(), "no 待改正 badge");
        browser.findElement(By.partialLinkText("催报名单")).click();
        waitForTitle("审核测试 · 催报名单");
        assertEquals(2, browser.findElements(By.cssSelector("#remind tbody tr")).size(), "the two that have not submitted");
        shot("34-office-remind");
    }

    /** A real published report from the shared seeds (skipped where they are not beside the repository). */
    static Path seed(String name) {
        for (String base : new String[] {"../shared/seeds", "../../shared/seeds"}) {
            Path p = Path.of(base, name);
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        Assumptions.assumeTrue(false, "seeds not available");
        return null;
    }

    @Test
    void theOfficeCollectsThreeAgenciesAndSeesWhoIsMissing() throws Exception {
        open("/office");
        shot("10-office-login");
        browser.findElement(By.name("password")).sendKeys(Web.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.name("agencies")));
        fillCollection("2025年度全县政府信息公开工作年度报告");
        shot("11-office-home");
        browser.findElement(By.cssSelector("form[action='/office/collections'] button[type=submit]")).click();
        waitForTitle("2025年度全县政府信息公开工作年度报告");
        String collection = browser.getCurrentUrl().replaceAll(".*/office/c/", "");

        browser.findElement(By.partialLinkText("复制全部上传链接")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("links")));
        List<String> links = new ArrayList<>();
        for (WebElement td : browser.findElements(By.cssSelector("#links tbody td.mono"))) {
            links.add(td.getText());
        }
        assertEquals(3, links.size());
        browser.findElement(By.cssSelector("[data-copy]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("copied")));
        shot("12-office-links");

        Report q = Web.variant(Web.example("青山县卫生健康委员会-2025.json"), CollectionDeskTest.AGENCIES[0], false);
        Report l = Web.variant(Web.example("临江市自然资源和规划局-2025.json"), CollectionDeskTest.AGENCIES[1], true);
        upload(links.get(0), q, "13-agency-page", "14-agency-uploaded");
        upload(links.get(1), l, null, "15-agency-errors");
        assertTrue(browser.findElement(By.cssSelector("table.findings")).getText().contains("T3-ROW"));

        open("/office/c/" + collection);
        assertEquals("已提交", status("a001"));
        assertTrue(status("a002").matches("有错误（\\d+）"), status("a002"));
        assertEquals("未提交", status("a003"));
        shot("16-office-collection");

        browser.findElement(By.partialLinkText("汇总表")).click();
        Path summary = download(".xlsx");
        checkSums(summary, q, l);

        browser.findElement(By.cssSelector("tr[data-slot=a002] a")).click();
        waitForTitle(CollectionDeskTest.AGENCIES[1]);
        shot("17-office-agency");
    }

    @Test
    void theOfficeComparesThisYearsCollectionWithLastYearsOnTheAnalysisPage() throws Exception {
        String[] agencies = {"青山县财政局", "青山县教育局", "青山县民政局", "青山县卫生健康委员会", "青山县自然资源局",
            "青山县市场监督管理局", "青山县交通运输局", "青山县农业农村局"};
        String[] examples = {"临江市自然资源和规划局-2025.json", "云溪区市场监督管理局-2025.json", "青山县卫生健康委员会-2025.json"};
        int[] before = {1, 2, 1, 3, 1, 2, 1, 1};
        int[] now = {1, 2, 3, 3, 1, 1, 4, 1};
        Web office = web.stranger();
        office.login();
        String[] ids = new String[2];
        for (int y = 0; y < 2; y++) {
            int year = 2024 + y;
            Web.Response r = office.multipart("/office/collections", Map.of("name", year + "年度全县政府信息公开工作年度报告",
                    "year", Integer.toString(year), "agencies", String.join("\n", agencies)));
            ids[y] = r.header("Location");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(/u/[A-Za-z0-9_-]{43})</td>")
                    .matcher(office.get(ids[y] + "/links").text());
            for (int i = 0; m.find(); i++) {
                if (y == 1 && i == agencies.length - 1) {
                    continue; // one agency has not sent its 2025 report yet
                }
                Report r0 = Web.variant(Web.example(examples[i % examples.length]), agencies[i], false);
                Report scaled = scaled(r0, (y == 0 ? before : now)[i]).toBuilder().number("meta.year", year).build();
                office.stranger().submit(m.group(1), Map.of("file", new Web.Part("年报.xlsx", Web.workbook(scaled, dir))));
            }
        }
        open("/office");
        browser.findElement(By.name("password")).sendKeys(Web.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.name("agencies")));
        open(ids[1]);
        browser.findElement(By.partialLinkText("分析（图表与同比）")).click();
        waitForTitle("分析：2025年度全县政府信息公开工作年度报告");
        assertEquals(2, browser.findElements(By.cssSelector("figure.chart svg.bars")).size());
        List<WebElement> flagged = browser.findElements(By.cssSelector("table.analysis tr.flagged td:first-child"));
        assertEquals(List.of("青山县民政局", "青山县市场监督管理局", "青山县交通运输局"),
                flagged.stream().map(WebElement::getText).toList(), "the flagged agencies first, in roster order");
        shot("30-office-analysis");
        full("31-office-analysis-full", 1366);
        full("31-office-analysis-full", 390);
        // printed as the browser prints it (the print stylesheet drops menu, form and links): A4 portrait
        org.openqa.selenium.print.PrintOptions a4 = new org.openqa.selenium.print.PrintOptions();
        a4.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        a4.setBackground(true);
        byte[] pdf = java.util.Base64.getDecoder().decode(browser.print(a4).getContent());
        Files.write(SHOTS.resolve("32-office-analysis-print.pdf"), pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("同比大幅变化的单位") && !text.contains("下载分析报告") && !text.contains("校验并生成年报"),
                    "printed without the menu and the form: " + text);
        }
        browser.findElement(By.partialLinkText("下载分析报告")).click();
        Path docx = download(".docx");
        assertTrue(Files.size(docx) > 0);
    }

    /** A report with every number of 表三 and 表四 multiplied by k: its rules, all sums, still hold. */
    private static Report scaled(Report r, int k) {
        Report.Builder b = r.toBuilder();
        for (var f : r.schema().numericFields()) {
            java.math.BigDecimal n = r.number(f.id());
            if (n != null && (f.id().startsWith("t3.") || f.id().startsWith("t4."))) {
                b.number(f.id(), n.multiply(java.math.BigDecimal.valueOf(k)));
            }
        }
        return b.build();
    }

    /**
     * Moves the focus to a cell's field from the top of the page, as Tab does, at 1366 px and at 390 px:
     * each time the field must come into view below its tip (fixed at the top of the window). Returns
     * the tip's text; the window is left at 1366 px with the field focused and in view.
     */
    private String focusFromTheTop(WebElement field) {
        WebElement tip = browser.findElement(By.id("tip-" + field.getAttribute("name")));
        String clear = "return arguments[0].getBoundingClientRect().bottom <= arguments[1].getBoundingClientRect().top;";
        browser.executeScript("arguments[0].blur(); window.scrollTo(0, 0); arguments[0].focus();", field);
        assertTrue((Boolean) browser.executeScript(clear, tip, field), "the tip leaves the field in view");
        String text = tip.getText();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.executeScript("arguments[0].blur(); window.scrollTo(0, 0); arguments[0].focus();", field);
        assertTrue((Boolean) browser.executeScript(clear, tip, field), "the tip leaves the field in view at a phone's width");
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.executeScript("arguments[0].blur(); window.scrollTo(0, 0); arguments[0].focus();", field);
        return text;
    }

    /** The office's form for a new collection: its name, the year 2025 and the three agencies of the roster. */
    private void fillCollection(String title) {
        WebElement name = browser.findElement(By.name("name"));
        name.clear();
        name.sendKeys(title);
        WebElement year = browser.findElement(By.name("year"));
        year.clear();
        year.sendKeys("2025");
        browser.findElement(By.name("agencies")).sendKeys(String.join("\n", CollectionDeskTest.AGENCIES));
    }

    /** The whole page at this width, however long. */
    private void full(String name, int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 800));
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, height.intValue() + 20));
        save(name + "-" + width);
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    private void upload(String link, Report report, String before, String after) throws Exception {
        Path file = dir.resolve(report.agency() + ".xlsx");
        Reports.write(report, file);
        browser.get(link);
        waitForTitle("报送年报");
        if (before != null) {
            shot(before);
        }
        browser.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "已收到第 1 版"));
        shot(after);
    }

    private String status(String slot) {
        return browser.findElement(By.cssSelector("tr[data-slot=" + slot + "] .badge")).getText();
    }

    /** The 汇总 sheet's 合计 row equals the sum of the two agencies' rows in every numeric column, and the reports' own numbers. */
    private static void checkSums(Path summary, Report q, Report l) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(summary.toFile())) {
            Sheet s = wb.getSheet("汇总");
            List<Row> data = new ArrayList<>();
            Row total = null;
            for (Row r : s) {
                Cell first = r.getCell(0);
                String v = first == null ? "" : first.toString();
                if (v.equals("合计")) {
                    total = r;
                } else if (v.equals(q.agency()) || v.equals(l.agency())) {
                    data.add(r);
                }
            }
            assertEquals(2, data.size());
            assertTrue(total != null, "合计 row");
            int start = -1;
            for (int r = 0; r < 3 && start < 0; r++) {
                for (Cell h : s.getRow(r)) {
                    if (h.getCellType() == CellType.STRING && h.getStringCellValue().startsWith("表二")) {
                        start = h.getColumnIndex();
                        break;
                    }
                }
            }
            assertTrue(start > 0, "the 表二 columns");
            int numeric = 0;
            double grand = 0;
            for (int c = start; c < total.getLastCellNum(); c++) {
                Cell t = total.getCell(c);
                if (t == null || t.getCellType() != CellType.NUMERIC) {
                    continue;
                }
                double sum = 0;
                for (Row r : data) {
                    Cell x = r.getCell(c);
                    sum += x == null || x.getCellType() != CellType.NUMERIC ? 0 : x.getNumericCellValue();
                }
                assertEquals(sum, t.getNumericCellValue(), 1e-9, "column " + c);
                numeric++;
                grand += t.getNumericCellValue();
            }
            assertEquals(10 + 175 + 15, numeric, "every number of 表二、表三、表四 summed");
            double expected = 0;
            for (Report r : List.of(q, l)) {
                for (var f : r.schema().numericFields()) {
                    expected += r.number(f.id()) == null ? 0 : r.number(f.id()).doubleValue();
                }
            }
            assertEquals(expected, grand, 1e-6, "the 合计 row adds up to every number of both reports");
        }
    }

    private void open(String path) {
        browser.get(web.base + path);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    private void waitForTitle(String h1) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), h1));
    }

    /** Waits for a finished download with this extension, returns it, and empties the folder for the next one. */
    private Path download(String extension) throws Exception {
        long until = System.currentTimeMillis() + WAIT.toMillis();
        while (System.currentTimeMillis() < until) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(p -> p.getFileName().toString().endsWith(extension)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    Path kept = Files.move(done.get(), dir.resolve("dl-" + System.nanoTime() + extension), StandardCopyOption.ATOMIC_MOVE);
                    return kept;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + extension + " downloaded within " + WAIT.toSeconds() + " s");
    }

    /**
     * Screenshots at 1366×768 and at a phone's width (390×844); the field with the keyboard focus is
     * brought back into view at the new width, as a phone scrolls to the field being typed in.
     */
    private void shot(String name) throws Exception {
        save(name + "-1366x768");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.executeScript("var e = document.activeElement;"
                + " if (e && e !== document.body) { e.scrollIntoView({block: 'nearest', inline: 'nearest'}); }");
        save(name + "-phone");
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    private void save(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
