package nianbao.merge;

import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.model.Numbers;
import nianbao.model.Report;
import nianbao.model.Value;
import nianbao.schema.Field;
import nianbao.schema.Schemas;
import nianbao.schema.Severity;
import nianbao.validate.Finding;
import nianbao.validate.FindingKeys;
import nianbao.validate.Validator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Merges many filled reports into one summary workbook (汇总, 问题清单, 未能读取, 说明), CSV, JSON Lines
 * and an aggregate report. Inputs are read and validated in parallel into compact rows; the outputs are
 * then streamed in a deterministic order (agency, then path) whatever the thread scheduling.
 */
public final class Merger {

    /** Receives reading progress; called from one thread. */
    @FunctionalInterface
    public interface Progress {
        /** @param done inputs read so far @param total inputs to read */
        void update(int done, int total);

        /** Progress that shows nothing. */
        static Progress none() {
            return (done, total) -> { };
        }
    }

    /** What the merge decided about a row of the summary. */
    enum Status {
        /** Summed into 合计. */
        COUNTED("是", ""),
        /** Same agency and year as an earlier file (plain-folder merge only). */
        DUPLICATE("否（重复）", "重复"),
        /** A numeric cell holds text, a date or a number beyond the schema's bounds: the report is listed, not summed. */
        BAD_VALUES("否（数值异常）", "数值异常"),
        /** A report of another year than asked for (roster mode; a folder merge lists them in 说明 only). */
        OTHER_YEAR("否（其他年度）", "其他年度"),
        /** A roster agency's file that could not be read. */
        UNREADABLE("否（无法读取）", "无法读取"),
        /** A roster agency without a confirmed version. */
        NOT_SUBMITTED("否（未提交）", "未提交");

        /** The 计入合计 column. */
        final String included;
        /** The short word for why it is not counted, or empty. */
        final String word;

        Status(String included, String word) {
            this.included = included;
            this.word = word;
        }
    }

    /**
     * A row of the summary in output order with what the merge decided about it.
     *
     * @param entry the compact report (blank for a roster agency without one)
     * @param status counted, or why not
     * @param duplicateOf for {@link Status#DUPLICATE}, the earlier file with the same agency and year; else null
     */
    record Placed(Entry entry, Status status, String duplicateOf) {
        boolean included() {
            return status == Status.COUNTED;
        }

        /** The 校验结果 column: the validation verdict, or 未提交 / 无法读取 when there is no report. */
        String verdict() {
            return switch (status) {
                case NOT_SUBMITTED -> "未提交";
                case UNREADABLE -> "无法读取";
                default -> entry.verdict();
            };
        }
    }

    /**
     * The reports of one format: they share a summary sheet, columns and sums.
     *
     * @param columns the format's data columns
     * @param sums per numeric column, the sum over this format's merged reports
     * @param merged how many of this format's reports are summed
     * @param years when the run's counted reports span several years, this format's sums for each of its
     *              counted years in year order (年度未填 last); empty otherwise, so a one-year run is unchanged
     */
    record Part(Columns columns, BigDecimal[] sums, int merged, List<YearTotal> years) {

        /** The summary sheet's name: 汇总, or 汇总（2019 年试行格式） beside other formats. */
        String sheetName(boolean several) {
            return several ? SummaryWorkbook.SUMMARY + "（" + columns.schema().formatName() + "）" : SummaryWorkbook.SUMMARY;
        }
    }

    /**
     * The 合计 of one year's counted reports, for a run whose counted reports span several years.
     *
     * @param year the year, or null for reports without one (年度未填)
     * @param sums per numeric column, the sum over the year's counted reports
     * @param merged how many reports of the year are summed
     */
    record YearTotal(String year, BigDecimal[] sums, int merged) {

        /** The row's label: 2024 年合计, or 年度未填合计. */
        String label() {
            return label(year);
        }

        /** The label of a year's 合计: 2024 年合计, or 年度未填合计 for null. */
        static String label(String year) {
            return (year == null ? "年度未填" : year + " 年") + "合计";
        }
    }

    /** Years in order, the missing year last. */
    static final Comparator<String> YEAR_ORDER = Comparator.nullsLast(Comparator.naturalOrder());

    /**
     * Everything the writers need.
     *
     * @param parts one per format among the placed reports, newest format first (the current format
     *              alone when nothing was read)
     * @param placed merged and duplicate reports in output order
     * @param failures unreadable inputs in path order
     * @param skipped reports of another year, with their year
     * @param year the year of the aggregate, or null
     * @param notes extra lines for 说明
     * @param previous last year's reports read for the 同比 sheet, or null when none were given
     */
    record Run(List<Part> parts, List<Placed> placed, List<Failure> failures, List<Entry> skipped,
               String year, MergeOptions options, MergeResult result, List<String> notes,
               ZonedDateTime started, PreviousReports.Read previous) {

        /** The columns of the first (usually the only) format. */
        Columns columns() {
            return parts.get(0).columns();
        }

        /** The sums of the first (usually the only) format. */
        BigDecimal[] sums() {
            return parts.get(0).sums();
        }
    }

    private Merger() {
    }

    /** Last year's reports are inputs too: no output may be one of them (the reader would skip it, then it is gone). */
    private static void refuseOutputAmongPrevious(PreviousYear previous, Set<Path> outputs)
            throws OutputIsInputException {
        if (previous == null || outputs.isEmpty()) {
            return;
        }
        if (previous.roster() == null) {
            Inputs.Expanded earlier = Inputs.expand(previous.inputs(), outputs);
            if (!earlier.outputs().isEmpty()) {
                throw new OutputIsInputException(earlier.outputs().get(0));
            }
            return;
        }
        refuseOutputAmong(previous.roster(), outputs);
    }

    /** No output may be a roster slot's confirmed file. */
    private static void refuseOutputAmong(List<RosterSlot> slots, Set<Path> outputs) throws OutputIsInputException {
        for (RosterSlot slot : slots) {
            for (Path out : outputs) {
                if (slot.submitted() && sameFile(slot.file(), out)) {
                    throw new OutputIsInputException(out);
                }
            }
        }
    }

    /**
     * Runs a merge and writes every requested output.
     *
     * @throws MixedYearsException when the reports are of several years and the options allow only one, or
     *         (a {@link MixedFormatsException}) an aggregate is asked of reports in several formats
     * @throws IOException when an output cannot be written
     */
    public static MergeResult merge(MergeOptions options, Progress progress) throws IOException, MixedYearsException {
        ZonedDateTime started = ZonedDateTime.now();
        Set<Path> outputs = new HashSet<>();
        for (Path p : new Path[] {options.output(), options.csv(), options.jsonl(), options.aggregate()}) {
            if (p != null) {
                outputs.add(p);
            }
        }
        Inputs.Expanded in = options.rosterMode() ? Inputs.NONE : Inputs.expand(options.inputs(), outputs);
        if (!in.outputs().isEmpty()) {
            throw new OutputIsInputException(in.outputs().get(0));
        }
        refuseOutputAmong(options.rosterMode() ? options.roster() : List.of(), outputs);
        refuseOutputAmongPrevious(options.previous(), outputs);
        List<Job> jobs = options.rosterMode() ? Roster.jobs(options.roster()) : Job.of(in.files());
        Formats formats = new Formats();
        try (JsonSpill spill = options.jsonl() == null ? null : JsonSpill.create()) {
            Timing.mark("expand");
            Object[] read = readAll(jobs, formats, spill, options.threads(), progress);
            Timing.mark("read+validate");

            List<Failure> failures = new ArrayList<>(in.missing());
            List<Entry> entries = new ArrayList<>();
            for (Object o : read) {
                if (o instanceof Entry e) {
                    entries.add(e);
                } else {
                    failures.add((Failure) o);
                }
            }
            if (!options.rosterMode()) {
                failures.sort(Comparator.comparing(Failure::file));
            }

            List<Entry> skipped = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            String year = chooseYear(entries, skipped, options, notes);

            List<String> warnings = new ArrayList<>();
            List<Placed> placed = options.rosterMode()
                    ? Roster.place(options.roster(), read, skipped, formats)
                    : placeByAgency(entries, warnings);
            int duplicates = 0;
            int badValues = 0;
            int withErrors = 0;
            Map<String, Integer> countedYears = countedYears(placed);
            // a total across years is nobody's total: several counted years get one 合计 per year
            boolean byYear = countedYears.keySet().stream().filter(y -> y != null).count() > 1;
            Map<Columns, Sums> sums = new LinkedHashMap<>();
            Map<Columns, Map<String, Sums>> yearSums = new LinkedHashMap<>();
            for (Placed p : placed) {
                Entry e = p.entry();
                sums.computeIfAbsent(e.columns(), c -> new Sums(c.numeric().size()));
                if (p.included()) {
                    sums.get(e.columns()).add(e.values());
                    if (byYear) {
                        yearSums.computeIfAbsent(e.columns(), c -> new java.util.TreeMap<>(YEAR_ORDER))
                                .computeIfAbsent(e.year(), y -> new Sums(e.columns().numeric().size()))
                                .add(e.values());
                    }
                }
                if (p.status() == Status.DUPLICATE) {
                    duplicates++;
                } else if (p.status() == Status.BAD_VALUES) {
                    badValues++;
                    Entry.BadValue first = e.badValues().get(0);
                    warnings.add("数值异常，未计入合计：" + e.file() + "（" + first.cell() + " 为 " + first.value()
                            + (e.badValues().size() > 1 ? " 等 " + e.badValues().size() + " 处" : "") + "）。");
                }
                if (e.errors() > 0 && (p.included() || p.status() == Status.DUPLICATE
                        || p.status() == Status.BAD_VALUES)) {
                    withErrors++;
                }
            }
            for (Failure f : failures) {
                warnings.add("无法读取 " + f.file() + "：" + f.reason());
                if (f.detail() != null) {
                    warnings.add("  内部错误详情（给维护人员）：" + f.file() + "：" + f.detail());
                }
            }
            PreviousReports.Read previous = options.previous() == null || options.output() == null ? null
                    : PreviousReports.read(options.previous(), outputs, options.threads());
            if (previous != null) {
                warnings.addAll(previous.problems());
                Timing.mark("previous");
            }
            if (in.repeated() > 0) {
                notes.add("有 " + in.repeated() + " 处重复指定了同一文件，每个文件只读一次。");
            }
            if (in.ignored() > 0) {
                notes.add("已忽略 " + in.ignored() + " 个 Office/WPS 锁定文件或系统文件（如 ~$开头的临时文件）。");
            }
            if (in.uncommitted() > 0) {
                notes.add("已忽略 " + in.uncommitted() + " 个隐藏文件、隐藏文件夹或 .tmp 文件（以 . 开头或以 .tmp 结尾，"
                        + "如正在保存或中断后留下的临时文件），只汇总已保存完的文件。");
            }
            List<Part> parts = parts(sums, yearSums, placed, formats);
            Map<String, Integer> byFormat = new LinkedHashMap<>();
            parts.forEach(p -> byFormat.put(p.columns().schema().formatName(), p.merged()));
            if (options.aggregate() != null && parts.size() > 1) {
                throw new MixedFormatsException(byFormat);
            }
            if (options.aggregate() != null && byYear) {
                throw new MixedYearsException(aggregateOfSeveralYears(countedYears));
            }
            int inputs = jobs.size() + in.missing().size();
            int slots = options.rosterMode() ? options.roster().size() : 0;
            MergeResult result = new MergeResult(inputs, entries.size() - duplicates - badValues, failures.size(),
                    duplicates, skipped.size(), badValues, withErrors, warnings, byFormat, slots, slots - jobs.size(),
                    previous == null ? 0 : previous.problems().size());
            Run run = new Run(parts, placed, failures, skipped, year, options, result, notes, started, previous);
            Timing.mark("classify");
            writeOutputs(run, spill);
            return result;
        }
    }

    /**
     * A file to read and the name it goes by in every output.
     *
     * @param file where it is
     * @param name the input as named, or in roster mode the slot's label
     * @param rosterAgency in roster mode the roster's name for it, else null
     * @param marks in roster mode the office's review of its findings by finding key, else empty
     */
    record Job(Path file, String name, String rosterAgency, Map<String, String> marks) {
        static List<Job> of(List<Path> files) {
            List<Job> out = new ArrayList<>(files.size());
            for (Path f : files) {
                out.add(new Job(f, f.toString(), null, Map.of()));
            }
            return out;
        }
    }

    /**
     * Plain-folder order: by agency (Chinese collation), then path; a second report of the same agency and
     * year is a {@link Status#DUPLICATE}, with a warning naming both files. A report with bad values claims
     * no agency: the next usable file of that agency and year is counted.
     */
    private static List<Placed> placeByAgency(List<Entry> entries, List<String> warnings) {
        sortForOutput(entries);
        List<Placed> placed = new ArrayList<>(entries.size());
        Map<String, String> firstFile = new HashMap<>();
        for (Entry e : entries) {
            if (!e.badValues().isEmpty()) {
                placed.add(new Placed(e, Status.BAD_VALUES, null));
                continue;
            }
            String key = normalize(e.agency()) + "\u0000" + (e.year() == null ? "" : e.year());
            String earlier = e.agency() == null ? null : firstFile.putIfAbsent(key, e.file());
            if (earlier != null) {
                warnings.add("警告：" + earlier + " 与 " + e.file() + " 是同一机关同一年度（" + e.agency() + " "
                        + (e.year() == null ? "年度未填" : e.year() + " 年") + "），按路径顺序后者未计入合计。");
            }
            placed.add(new Placed(e, earlier == null ? Status.COUNTED : Status.DUPLICATE, earlier));
        }
        return placed;
    }

    /**
     * Writes the outputs; the CSV and JSON Lines on a second thread while the workbook is written, because
     * after reading, the single-threaded workbook writer would otherwise leave a core idle.
     */
    private static void writeOutputs(Run run, JsonSpill spill) throws IOException {
        MergeOptions options = run.options();
        java.util.concurrent.FutureTask<Void> side = new java.util.concurrent.FutureTask<>(() -> {
            if (options.csv() != null) {
                CsvExport.write(run, options.csv());
                Timing.mark("csv");
            }
            if (options.jsonl() != null) {
                spill.copyInOrder(run.placed(), options.jsonl());
                Timing.mark("jsonl");
            }
            return null;
        });
        Thread t = new Thread(side, "nianbao-merge-csv");
        t.setDaemon(true);
        t.start();
        if (options.output() != null) {
            SummaryWorkbook.write(run, options.output());
            Timing.mark("xlsx");
        }
        if (options.aggregate() != null) {
            Report aggregate = Aggregate.build(run.columns(), run.sums(), run.parts().get(0).merged(),
                    aggregateYear(run));
            Reports.write(aggregate, options.aggregate());
            Timing.mark("aggregate");
        }
        try {
            side.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("合并被中断", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many reports of each year are counted, in year order (年度未填 as null, last). */
    private static Map<String, Integer> countedYears(List<Placed> placed) {
        Map<String, Integer> years = new TreeMap<>(YEAR_ORDER);
        for (Placed p : placed) {
            if (p.included()) {
                years.merge(p.entry().year(), 1, Integer::sum);
            }
        }
        return years;
    }

    /** The refusal of an aggregate whose counted reports span several years: one report cannot be of two years. */
    static String aggregateOfSeveralYears(Map<String, Integer> countedYears) {
        List<String> each = new ArrayList<>();
        String last = null;
        for (Map.Entry<String, Integer> e : countedYears.entrySet()) {
            each.add((e.getKey() == null ? "年度未填" : e.getKey() + " 年") + " " + e.getValue() + " 份");
            if (e.getKey() != null) {
                last = e.getKey();
            }
        }
        return "--aggregate 只能合计一个年度的报告，计入合计的报告分属多个年度：" + String.join("，", each)
                + "。请加 --year " + last + " 只汇总一个年度（未写入任何文件）。";
    }

    /** The aggregate's year: the one year its counted reports are of, else the run's year. */
    private static String aggregateYear(Run run) {
        Map<String, Integer> years = countedYears(run.placed());
        years.remove(null);
        return years.size() == 1 ? years.keySet().iterator().next() : run.year();
    }

    /** One part per format among the placed reports, newest format first; the current format when there are none. */
    private static List<Part> parts(Map<Columns, Sums> sums, Map<Columns, Map<String, Sums>> yearSums,
                                    List<Placed> placed, Formats formats) {
        Map<Columns, Integer> merged = new LinkedHashMap<>();
        Map<Columns, Map<String, Integer>> mergedByYear = new LinkedHashMap<>();
        for (Placed p : placed) {
            merged.merge(p.entry().columns(), p.included() ? 1 : 0, Integer::sum);
            if (p.included() && !yearSums.isEmpty()) {
                mergedByYear.computeIfAbsent(p.entry().columns(), c -> new LinkedHashMap<>())
                        .merge(p.entry().year(), 1, Integer::sum);
            }
        }
        if (merged.isEmpty()) {
            merged.put(formats.of(Schemas.defaultSchema()), 0);
        }
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<Columns, Integer> e : merged.entrySet()) {
            Sums s = sums.get(e.getKey());
            List<YearTotal> years = new ArrayList<>();
            for (Map.Entry<String, Sums> y : yearSums.getOrDefault(e.getKey(), Map.of()).entrySet()) {
                years.add(new YearTotal(y.getKey(), y.getValue().totals(), mergedByYear.get(e.getKey()).get(y.getKey())));
            }
            parts.add(new Part(e.getKey(), (s != null ? s : new Sums(e.getKey().numeric().size())).totals(), e.getValue(),
                    List.copyOf(years)));
        }
        parts.sort(Comparator.comparingInt((Part p) -> p.columns().schema().firstYear()).reversed());
        return List.copyOf(parts);
    }

    /** The columns of each format met, made once per format and shared by the reading threads. */
    static final class Formats {
        private final Map<String, Columns> byId = new java.util.concurrent.ConcurrentHashMap<>();

        Columns of(nianbao.schema.Schema schema) {
            return byId.computeIfAbsent(schema.id(), k -> new Columns(schema));
        }
    }

    /** Sorts in {@link #outputOrder()} with collation keys computed once per entry, not per comparison. */
    static void sortForOutput(List<Entry> entries) {
        Collator collator = Collator.getInstance(Locale.CHINA);
        record Keyed(java.text.CollationKey key, Entry entry) {
        }
        List<Keyed> keyed = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            keyed.add(new Keyed(e.agency() == null ? null : collator.getCollationKey(e.agency()), e));
        }
        keyed.sort(Comparator.comparing(Keyed::key, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(k -> k.entry().agency(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(k -> k.entry().file()));
        entries.clear();
        for (Keyed k : keyed) {
            entries.add(k.entry());
        }
    }

    /** Agency (Chinese collation, so 青山 sorts by pinyin), then exact agency, then path. */
    static Comparator<Entry> outputOrder() {
        Collator collator = Collator.getInstance(Locale.CHINA);
        Comparator<String> agency = (a, b) -> {
            int c = collator.compare(a, b);
            return c != 0 ? c : a.compareTo(b);
        };
        return Comparator.comparing(Entry::agency, Comparator.nullsLast(agency)).thenComparing(Entry::file);
    }

    /** Applies --year or the one-year rule; returns the year of the merged reports (null when mixed or none). */
    private static String chooseYear(List<Entry> entries, List<Entry> skipped, MergeOptions options, List<String> notes)
            throws MixedYearsException {
        if (options.year() != null) {
            String wanted = options.year().toString();
            entries.removeIf(e -> {
                if (!wanted.equals(e.year())) {
                    skipped.add(e);
                    return true;
                }
                return false;
            });
            skipped.sort(Comparator.comparing(Entry::file));
            return wanted;
        }
        Map<String, Integer> years = new TreeMap<>();
        for (Entry e : entries) {
            if (e.year() != null) {
                years.merge(e.year(), 1, Integer::sum);
            }
        }
        if (years.size() > 1 && !options.allowMixedYears()) {
            throw new MixedYearsException(years);
        }
        if (years.size() > 1) {
            notes.add("按 --allow-mixed-years 合并了不同年度的报告："
                    + String.join("、", years.keySet()) + "；“概览”和“汇总”的合计按年度分行，每行只加该年度计入的报告。");
            return ((TreeMap<String, Integer>) years).lastKey();
        }
        return years.isEmpty() ? null : years.keySet().iterator().next();
    }

    private static Object[] readAll(List<Job> jobs, Formats formats, JsonSpill spill, int threads,
                                    Progress progress) {
        Object[] out = new Object[jobs.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int n = Math.max(1, Math.min(threads, jobs.size()));
        CountDownLatch finished = new CountDownLatch(n);
        for (int t = 0; t < n; t++) {
            Thread worker = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
                        out[i] = readOne(jobs.get(i), formats, spill);
                        done.incrementAndGet();
                    }
                } finally {
                    finished.countDown();
                }
            }, "nianbao-merge-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        try {
            while (!finished.await(100, TimeUnit.MILLISECONDS)) {
                progress.update(done.get(), out.length);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("合并被中断", e);
        }
        progress.update(out.length, out.length);
        return out;
    }

    /** The reason given for a file a reader failed on through a bug of this tool (the exception goes to stderr). */
    static final String READER_BUG = "读取时出错：本工具未能处理这份文件（程序内部错误），请把这份文件交给维护人员。";

    /** Reads and validates one input; never throws, so one bad file cannot stop the batch. */
    static Object readOne(Job job, Formats formats, JsonSpill spill) {
        String reason;
        String detail = null;
        try {
            Report r = Reports.read(job.file());
            return toEntry(r, job, formats.of(r.schema()), spill);
        } catch (UnreadableInputException e) {
            reason = e.reason() == null ? e.getMessage() : oneLine(position(e) + e.reason());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            reason = READER_BUG;
            detail = oneLine(e.toString());
        } catch (OutOfMemoryError e) {
            reason = "文件过大或结构异常，读取时内存不足。";
        }
        if (job.rosterAgency() != null) {
            // the desk's files live under the server's data folder: its summary names them by their label only
            reason = reason.replace(job.file().toAbsolutePath().toString(), job.name())
                    .replace(job.file().toString(), job.name());
        }
        return new Failure(job.name(), reason, job.rosterAgency(), detail);
    }

    private static String position(UnreadableInputException e) {
        if (e.sheet() == null) {
            return "";
        }
        return e.sheet() + (e.cell() == null ? "" : "!" + e.cell()) + "：";
    }

    private static String oneLine(String s) {
        return s.replace('\r', ' ').replace('\n', ' ');
    }

    static Entry toEntry(Report r, Job job, Columns columns, JsonSpill spill) throws IOException {
        List<Finding> findings = Validator.validate(r);
        int errors = 0;
        int warnings = 0;
        List<Entry.Issue> issues = new ArrayList<>(findings.size() + 1);
        String agency = blankToNull(r.agency());
        String agencyInFile = null;
        if (job.rosterAgency() != null) {
            // counted under the roster's name whatever the workbook says; a blank name is META's finding already
            if (agency != null && !RosterSlot.sameAgency(job.rosterAgency(), agency)) {
                agencyInFile = agency;
                issues.add(new Entry.Issue(Roster.RULE, Severity.ERROR, r.value("meta.agency").source().position(),
                        Roster.mismatch(agency, job.rosterAgency()), ""));
                errors++;
            }
            agency = job.rosterAgency();
        }
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                errors++;
            } else if (f.severity() == Severity.WARNING) {
                warnings++;
            }
            String mark = job.marks().isEmpty() ? "" : job.marks().getOrDefault(FindingKeys.of(f, r.schema()), "");
            issues.add(new Entry.Issue(f.ruleId(), f.severity(), f.position(), oneLine(f.message()), oneLine(mark)));
        }
        List<Field> metaFields = columns.meta();
        String[] meta = new String[metaFields.size()];
        for (int i = 0; i < meta.length; i++) {
            meta[i] = blankToNull(r.text(metaFields.get(i).id()));
        }
        List<Field> numeric = columns.numeric();
        double[] values = new double[numeric.size()];
        String[] unparsed = null;
        List<Integer> bad = null;
        for (int i = 0; i < values.length; i++) {
            Value v = r.value(numeric.get(i).id());
            String shown = null;
            if (v.number() != null) {
                values[i] = v.number().doubleValue();
                if (!columns.allowed(i, v.number(), values[i])) {
                    // shown as stated, never as a number: Excel cannot hold 1e400 and the row is not summed
                    shown = Numbers.plain(v.number());
                    values[i] = Double.NaN;
                }
            } else {
                values[i] = Double.NaN;
                if (v.isUnparsedNumber()) {
                    shown = v.text();
                }
            }
            if (shown != null) {
                if (unparsed == null) {
                    unparsed = new String[values.length];
                    bad = new ArrayList<>();
                }
                unparsed[i] = shown;
                bad.add(i);
            }
        }
        String verdict = Entry.verdict(errors, warnings);
        long offset = -1;
        int length = 0;
        if (spill != null) {
            long[] at = spill.append(r, job, agencyInFile, verdict, errors, warnings);
            offset = at[0];
            length = (int) at[1];
        }
        BigDecimal y = r.number("meta.year");
        String year = y != null ? Numbers.plain(y) : blankToNull(r.text("meta.year"));
        return new Entry(job.name(), agency, year, meta, values, unparsed, errors, warnings,
                List.copyOf(issues), offset, length, columns, agencyInFile,
                bad == null ? List.of() : badValues(r, numeric, bad, unparsed, findings));
    }

    /** The cells that keep a report out of the totals, each with its TYPE finding's sentence. */
    private static List<Entry.BadValue> badValues(Report r, List<Field> numeric, List<Integer> bad, String[] shown,
                                                  List<Finding> findings) {
        List<Entry.BadValue> out = new ArrayList<>(bad.size());
        for (int i : bad) {
            Field f = numeric.get(i);
            String reason = "不是允许的数值。";
            for (Finding x : findings) {
                if (x.ruleId().equals("TYPE") && !x.fieldIds().isEmpty() && x.fieldIds().get(0).equals(f.id())) {
                    reason = oneLine(x.message());
                    break;
                }
            }
            String cell = r.value(f.id()).source().position();
            out.add(new Entry.BadValue(cell.isEmpty() ? f.position() : cell, shown[i], reason));
        }
        return List.copyOf(out);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** True when both paths name one existing file (links and {@code ./} resolved). */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Agency names compared for duplicates ignore spaces (full-width too). */
    static String normalize(String agency) {
        if (agency == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(agency.length());
        for (int i = 0; i < agency.length(); i++) {
            char c = agency.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Exact column sums: whole numbers (counts, nearly everything) add up as longs, and a column falls
     * back to BigDecimal from the first fraction (fees in 万元) or a sum too large for a long.
     */
    static final class Sums {
        private final long[] whole;
        private final BigDecimal[] exact;

        Sums(int columns) {
            whole = new long[columns];
            exact = new BigDecimal[columns];
        }

        void add(double[] values) {
            for (int i = 0; i < values.length; i++) {
                double d = values[i];
                if (Double.isNaN(d)) {
                    continue;
                }
                if (exact[i] == null && d == Math.rint(d) && Math.abs(d) < 1e15
                        && Math.abs(whole[i]) < Long.MAX_VALUE / 2) {
                    whole[i] += (long) d;
                } else {
                    if (exact[i] == null) {
                        exact[i] = BigDecimal.valueOf(whole[i]);
                    }
                    exact[i] = exact[i].add(BigDecimal.valueOf(d));
                }
            }
        }

        BigDecimal[] totals() {
            BigDecimal[] out = new BigDecimal[whole.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = exact[i] != null ? exact[i] : BigDecimal.valueOf(whole[i]);
            }
            return out;
        }
    }

    /**
     * Lines describing the run for the 说明 sheet, label → value. A roster merge shows what was merged in
     * words (来源) and nothing of the machine (threads) or the command line (options).
     */
    static Map<String, String> describe(Run run) {
        Map<String, String> m = new LinkedHashMap<>();
        MergeOptions o = run.options();
        boolean roster = o.rosterMode();
        m.put("运行时间", run.started().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")));
        m.put(roster ? "来源" : "命令", o.command());
        List<String> formats = new ArrayList<>();
        for (Part p : run.parts()) {
            nianbao.schema.Schema s = p.columns().schema();
            formats.add(s.id() + "（版本 " + s.version() + "，" + s.basis() + "）"
                    + (run.parts().size() > 1 ? "：计入 " + p.merged() + " 份，见“" + p.sheetName(true) + "”" : ""));
        }
        m.put("格式", String.join("；", formats));
        m.put("年度", o.year() != null ? o.year() + (roster ? " 年" : " 年（--year）")
                : run.year() == null ? "（未知）" : run.year() + " 年");
        if (!roster) {
            m.put("读取线程", String.valueOf(o.threads()));
        }
        m.put("统计", run.result().accounting());
        m.put("有校验错误的报告", run.result().withErrors() + " 份（见“问题清单”）");
        return m;
    }
}
