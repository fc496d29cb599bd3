package nianbao.legacy;

import nianbao.legacy.decode.StatsStage;
import nianbao.legacy.decode.Tables;
import nianbao.legacy.meta.AgencyChoice;
import nianbao.legacy.meta.FormatDetector;
import nianbao.legacy.meta.GluedSections;
import nianbao.legacy.meta.MetaParser;
import nianbao.legacy.meta.NarrativeParser;
import nianbao.legacy.meta.Outline;
import nianbao.legacy.read.Chrome;
import nianbao.legacy.read.DecodedText;
import nianbao.legacy.read.LegacyReader;
import nianbao.legacy.read.TextLine;
import nianbao.legacy.tokens.Tokenizer;

import nianbao.UnreadableInputException;
import nianbao.model.Report;
import nianbao.model.Source;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import nianbao.validate.Finding;
import nianbao.validate.Validator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Imports one legacy published report (text, HTML, Word, PDF, Markdown) into a {@link Report}:
 * meta from the title, narrative sections verbatim without page chrome, the statistics from the
 * tables (every number read, inferred or missing), and the validator's findings on what was
 * published — inconsistencies are kept as published and reported, never corrected.
 */
public final class LegacyImporter {

    /** The message for a report in the 2019 trial format imported into the 2021 format. */
    public static final String FORMAT_2019 = "检测到 2019 年试行格式（国办公开办函〔2019〕60号），本工具按 2021 年格式导入，未导入数字。";

    /** Tells the built-in formats apart by the table labels each alone prints. */
    private static final class Formats {
        static final FormatDetector DETECTOR = new FormatDetector(Schemas.all());
    }

    private static final AtomicBoolean LOADING = new AtomicBoolean();

    /**
     * Loads the formats (parsing every schema file, ~0.15 s) on another thread while the first input is
     * read; whoever needs them first waits for the class to be ready.
     */
    private static void loadFormatsAhead() {
        if (LOADING.compareAndSet(false, true)) {
            Thread t = new Thread(() -> Formats.DETECTOR.getClass(), "nianbao-formats");
            t.setDaemon(true);
            t.start();
        }
    }

    private LegacyImporter() {
    }

    /**
     * Reads and imports one input.
     *
     * @param file the input
     * @param name the input as the user named it (messages, sources)
     * @param schema the schema of the report to build
     * @throws UnreadableInputException when the input cannot be read at all
     */
    public static ImportResult importFile(Path file, String name, Schema schema) throws UnreadableInputException {
        return importFile(file, name, schema, null);
    }

    /**
     * Reads and imports one input with last year's report at hand (see {@link #importText(DecodedText, Schema, Report)}).
     *
     * @param schema the schema of the report to build, or null for the format the text's tables follow
     * @param previous last year's report, or null
     * @throws UnreadableInputException when the input cannot be read at all
     */
    public static ImportResult importFile(Path file, String name, Schema schema, Report previous)
            throws UnreadableInputException {
        loadFormatsAhead();
        return importText(LegacyReader.read(file, name), schema, previous);
    }

    /**
     * Reads and imports one input into the format its tables follow (a 2019 trial-format text gives a
     * 2019-format report), the current format when they tell none.
     *
     * @throws UnreadableInputException when the input cannot be read at all
     */
    public static ImportResult importFile(Path file, String name) throws UnreadableInputException {
        return importFile(file, name, null, null);
    }

    /**
     * Imports decoded lines (used for inputs already in memory, e.g. in tests).
     *
     * @param schema the format of the report to build, or null for the format the text's tables follow
     */
    public static ImportResult importText(DecodedText text, Schema schema) {
        return importText(text, schema, null);
    }

    /**
     * Imports decoded lines with last year's report at hand: its 四、结转下年度继续办理 (= this year's
     * 二、上年结转) and its 现行有效件数 (+ 本年制发 − 本年废止 = this year's) are further equations that may
     * decide a reading the text alone leaves open (a glued {@code 12375}). They are used only when last
     * year's report is of the year before this one (when the text names its year), only fill in numbers
     * the text alone leaves missing, and each number they decided says so; the findings then include the
     * cross-year checks.
     *
     * @param schema the format of the report to build, or null for the format the text's tables follow
     * @param previous last year's report, or null
     */
    public static ImportResult importText(DecodedText text, Schema schema, Report previous) {
        String file = text.file();
        Supplier<Tokenizer> tokens = Tokenizer.ahead(text.lines());
        List<Outline.Cleaned> cleaned = new ArrayList<>();
        for (TextLine l : text.lines()) {
            String c = Chrome.clean(l.text());
            if (!c.isEmpty()) {
                cleaned.add(new Outline.Cleaned(l.number(), c));
            }
        }
        cleaned = GluedSections.split(cleaned);
        Outline outline = Outline.of(cleaned);
        Schema detected = Formats.DETECTOR.detect(cleaned, Math.max(0, outline.heading[1]),
                schema != null ? schema : Schemas.defaultSchema());
        if (schema == null) {
            schema = detected;
        }
        MetaParser.Meta meta = MetaParser.parse(cleaned, outline.first());
        List<String> notes = new ArrayList<>(text.notes());
        Report last = previous;
        if (last != null && meta.year() != null && meta.year().matches("\\d{4}") && last.numberIfPresent("meta.year") != null
                && last.numberIfPresent("meta.year").intValue() != Integer.parseInt(meta.year()) - 1) {
            notes.add("上年年报（" + last.file() + "）是 " + last.numberIfPresent("meta.year").toPlainString() + " 年的，本报告是 "
                    + meta.year() + " 年，不是上一年，没有用它确定数字。");
            last = null;
        }
        Tables tables = StatsStage.parse(text.lines(), schema, file, last, tokens);
        String format = "unknown".equals(tables.format()) && detected == schema ? "unknown" : detected.key();
        if (detected == schema && "2019".equals(tables.format()) && !schema.key().equals("2019")) {
            format = "2019"; // the table stage stopped at the trial format's words the labels alone did not show
        }
        boolean otherFormat = !"unknown".equals(format) && !format.equals(schema.key());
        NarrativeParser.Result narrative = NarrativeParser.parse(cleaned, outline, tables.spans(),
                "pdf".equals(text.kind()), meta.agency(), meta.title());
        meta = MetaParser.withFooter(meta, cleaned, narrative.footer());

        Report.Builder b = Report.builder(schema).file(file);
        meta(b, meta, narrative, file, notes);
        narrative(b, schema, narrative, outline, file, notes);
        if (otherFormat) {
            Schema of = Schemas.byKey(format).orElse(detected);
            notes.add(0, "检测到 " + of.formatName() + "（" + of.basis() + "），本工具按 " + schema.formatName() + "导入，未导入数字。");
            for (Field f : schema.numericFields()) {
                b.put(Value.missing(f.id(), new Source(file, null, null, 0, 0), of.formatName() + "，未导入数字"));
            }
        } else {
            Set<Integer> damaged = Set.copyOf(text.damagedLines());
            boolean dropped = tables.values().stream().anyMatch(v -> v.number() != null && damaged.contains(v.source().line()));
            for (Value v : tables.values()) {
                if (v.number() != null && damaged.contains(v.source().line())) {
                    v = Value.missing(v.fieldId(), v.source(), "原文第 " + v.source().line()
                            + " 行有无法识别的字节，这一行的数字读不准，请对照原件填写");
                } else if (dropped && v.number() != null && v.how() == nianbao.model.Provenance.INFERRED) {
                    // it may have been worked out from a number of the damaged line
                    v = Value.missing(v.fieldId(), v.source(), "原文有无法识别的字节的行可能参与了推算，这个数不采用，请对照原件填写");
                }
                b.put(v);
            }
            for (Field f : schema.numericFields()) {
                if (b.get(f.id()).isBlank() && b.get(f.id()).how() == nianbao.model.Provenance.READ) {
                    b.put(Value.missing(f.id(), b.get(f.id()).source().file() == null
                            ? new Source(file, null, null, 0, 0) : b.get(f.id()).source(), "原文统计表中没有找到这个数"));
                }
            }
            notes.addAll(tables.notes());
        }
        Report report = b.build();
        List<Finding> findings = previous == null ? Validator.validate(report) : Validator.validate(report, previous, Validator.Options.defaults());
        return new ImportResult(file, text.kind(), text.charset(), report, tables.layout(), format, notes, findings);
    }

    private static void meta(Report.Builder b, MetaParser.Meta meta, NarrativeParser.Result narrative, String file,
                             List<String> notes) {
        Source title = Source.line(file, meta.titleLine(), 0);
        AgencyChoice agency = AgencyChoice.of(meta, narrative.signedName(), narrative.signedLine());
        if (agency.name() == null) {
            b.put(Value.missing("meta.agency", title, agency.missing()));
            notes.add("未能识别机关名称（" + agency.missing() + "），请在工作簿“基本信息”中填写。");
        } else if (agency.note() == null) {
            b.put(Value.text("meta.agency", agency.name(), Source.line(file, agency.line(), 0)));
        } else {
            b.put(new Value("meta.agency", null, agency.name(), nianbao.model.Provenance.INFERRED,
                    Source.line(file, agency.line(), 0), agency.note()));
            notes.add(agency.note());
        }
        if (meta.year() != null) {
            b.put(Value.number("meta.year", new BigDecimal(meta.year()), title));
        } else {
            b.put(Value.missing("meta.year", title, "标题中没有找到年度"));
            notes.add("未能从标题中识别报告年度，请在工作簿“基本信息”中填写。");
        }
        if (meta.publishDate() != null) {
            b.put(Value.text("meta.publish_date", meta.publishDate(), Source.line(file, meta.dateLine(), 0)));
        } else if (narrative.signatureDate() != null) {
            b.put(Value.text("meta.publish_date", narrative.signatureDate(), Source.line(file, narrative.signatureLine(), 0)));
        }
        if (meta.contact() != null) {
            b.put(Value.text("meta.contact", meta.contact(), Source.line(file, meta.contactLine(), 0)));
        }
        if (meta.region() != null) {
            b.put(new Value("meta.region", null, meta.region(), nianbao.model.Provenance.INFERRED,
                    Source.line(file, meta.regionLine(), 0), "原文写明“" + meta.regionFrom() + "”"));
        }
        if (meta.summary() != null) {
            b.put(new Value("meta.data_scope", null, "汇总", nianbao.model.Provenance.INFERRED,
                    Source.line(file, meta.summaryLine(), 0), "原文写明“" + meta.summary() + "”，按汇总数据导入"));
        } else {
            b.put(new Value("meta.data_scope", null, "本机关", nianbao.model.Provenance.INFERRED,
                    Source.line(file, 0, 0), "旧年报未注明数据范围，按本机关数据导入"));
        }
    }

    private static void narrative(Report.Builder b, Schema schema, NarrativeParser.Result narrative, Outline outline,
                                  String file, List<String> notes) {
        notes.addAll(narrative.notes());
        Map<String, NarrativeParser.Part> parts = narrative.parts();
        for (NarrativeParser.Part p : parts.values()) {
            b.put(Value.text(p.fieldId(), p.text(), Source.line(file, p.line(), 0)));
        }
        boolean anySub = false;
        for (String id : NarrativeParser.SUBSECTIONS) {
            anySub |= parts.containsKey(id);
        }
        Source none = new Source(file, null, null, 0, 0);
        boolean inOverview = !anySub && parts.containsKey(NarrativeParser.OVERVIEW);
        for (String id : NarrativeParser.SUBSECTIONS) {
            if (parts.containsKey(id)) {
                continue;
            }
            String label = schema.require(id).label();
            String with = narrative.together().get(id);
            if (with != null) {
                b.put(Value.missing(id, none, Report.WRITTEN_TOGETHER + "（“" + with + "”），内容在该小节中"));
            } else if (inOverview) {
                b.put(Value.missing(id, none, Report.IN_OVERVIEW + (narrative.keptWhole() == null ? ""
                        : "（原文自拟的小标题不能与（一）至（五）一一对应）")));
            } else {
                b.put(Value.missing(id, none, "原文中没有“" + label + "”"));
            }
        }
        if (inOverview && narrative.keptWhole() == null) {
            notes.add("“一、总体情况”未分（一）至（五）小节，全文导入“总体情况概述”。");
        }
        String[][] sections = {{"一", "一、总体情况", NarrativeParser.OVERVIEW}, {"五", "五、存在的主要问题及改进情况", "text.problems"},
            {"六", "六、其他需要报告的事项", "text.other"}};
        for (String[] s : sections) {
            if (!outline.found().contains(s[0]) && !(s[0].equals("一") && anySub)) {
                notes.add("未找到“" + s[1] + "”部分。");
            }
            if (!s[0].equals("一") && !parts.containsKey(s[2])) {
                b.put(Value.missing(s[2], none, "原文中没有“" + s[1] + "”的内容"));
            }
        }
    }
}
