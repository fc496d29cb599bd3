package nianbao.cli;

import nianbao.AtomicFiles;
import nianbao.UnwritableOutputException;
import nianbao.compare.AgencyComparison;
import nianbao.compare.CompareBatch;
import nianbao.compare.OutputFormat;
import nianbao.compare.ReportFiles;
import nianbao.compare.Series;
import nianbao.compare.YearReport;
import nianbao.render.CompareDocument;
import nianbao.render.CompareMarkdown;
import nianbao.render.ComparePage;
import nianbao.render.CompareWorkbook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code nianbao compare}: one agency across the years, or every agency of a folder. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        header = "同一机关多个年度的年报对比（html / docx / xlsx / md）。Compare across years.",
        description = {
            "把同一机关不同年度的年报放在一起：表二、表三、表四的每个数字按年度并列，",
            "列出相邻年度的增减和增减百分比，",
            "标出大幅变化（同比至少翻一番或减少一半，且增减不少于 10 件），",
            "核对相邻年度（上年结转不一致为问题，现行有效件数不一致只作提示），",
            "并按最新年度的数字起草“一、总体情况”的句子供复制。",
            "输入是填好的工作簿（.xlsx）、JSON，",
            "或已发布的年报原文（.txt .html .docx .pdf .md，当场导入，数字注明推断、缺失，",
            "缺失的不按 0 计）；顺序不限，年度取自报告，同一年度只能有一份；",
            "各报告的机关名称（不计空格）须相同，机构改革后更名的加 --same-agency。",
            "2019 年试行格式与 2021 年格式的年度按两种格式共有的项目比较，",
            "只有一种格式才有的项目只在该格式的年度显示。",
            "给出目录时，按机关名称（不计空格）分组，每个机关一份对比，写入 -o 目录，",
            "另有目录页 index.html（--format md 时为 index.md）；",
            "无法读取的文件、不能对比的机关（只有一个年度、同一年度两份）列在目录页中，",
            "不影响其他机关。"},
        synopsisHeading = "%n用法（Usage）：", descriptionHeading = "%n说明：%n",
        parameterListHeading = "%n参数：%n", optionListHeading = "%n选项（Options）：%n",
        footerHeading = "%n", footer = {
            "示例：nianbao compare 2023.xlsx 2024.xlsx 2025年报.pdf -o 对比.html",
            "      nianbao compare 历年年报/ -o 对比/",
            "退出码：0 已生成；2 用法错误（如同一年度两份报告、不是同一机关）；",
            "        3 有输入无法读取或输出无法写入。"})
public final class CompareCommand implements Callable<Integer> {

    /** A folder given without a single report in it. */
    static final String EMPTY_FOLDER = "文件夹里没有年报文件（.xlsx、.json 或原文 .txt .html .docx .pdf .md），子文件夹里也没有。";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "同一机关各年度的报告（.xlsx .json 或原文 .txt .html .docx .pdf .md），或包含多个机关报告的目录。")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "输出文件（.html .docx .xlsx .md）；输入为目录时是输出目录。")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "输出格式：html、docx、xlsx、md（默认按 -o 的扩展名；输入为目录时默认 html）。")
    OutputFormat format;

    @Option(names = "--same-agency",
            description = "各报告的机关名称不同也按同一机关对比（机构改革后更名），对比中注明各年度的名称。")
    boolean sameAgency;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "同时读取的文件数（默认：CPU 核数）。")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) {
            return usage(err, "--threads 至少为 1。");
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        boolean folder = inputs.stream().anyMatch(Files::isDirectory);
        return folder ? folder(out, err, n) : single(out, err, n);
    }

    /** Files of one agency → one comparison. */
    private int single(PrintWriter out, PrintWriter err, int n) throws IOException {
        OutputFormat f = format != null ? format : OutputFormat.ofFile(output);
        if (f == null) {
            return usage(err, "无法从输出文件名 " + output + " 判断格式：请用 .html、.docx、.xlsx 或 .md 结尾，或加 --format。");
        }
        for (Path in : inputs) {
            String problem = OutputChecks.problem(output, null, in);
            if (problem != null) {
                return usage(err, problem);
            }
        }
        List<YearReport> reports = new ArrayList<>();
        int unreadable = 0;
        for (ReportFiles.Outcome o : ReportFiles.readAll(inputs, n)) {
            if (o.report() == null) {
                err.println("无法读取 " + o.error());
                unreadable++;
            } else {
                reports.add(o.report());
            }
        }
        if (unreadable > 0) {
            // one line per file that cannot be read: a comparison lacking a year would mislead, so none is written
            return ExitCodes.UNREADABLE;
        }
        Series series;
        try {
            series = Series.of(reports, sameAgency);
        } catch (Series.Refused e) {
            return usage(err, e.getMessage() + switch (e.kind()) {
                case OTHER_AGENCY -> "如果是同一机关改了名称，加 --same-agency；不同机关的报告请放在一个目录里对比（每个机关一份）。";
                case TOO_FEW -> "请给出同一机关至少两个年度的报告，或给出一个目录。";
                case SAME_YEAR -> "请去掉其中一份。";
            });
        }
        AgencyComparison c = AgencyComparison.of(series);
        try {
            write(c, f, output);
        } catch (UnwritableOutputException e) {
            err.println("无法写入 " + e.getMessage());
            return ExitCodes.UNREADABLE;
        }
        List<Integer> y = c.years();
        out.println("已生成 " + output + "：" + c.agency() + "，" + y.get(0) + "—" + y.get(y.size() - 1) + " 年 " + y.size()
                + " 份报告；大幅变化 " + c.flagged().size() + " 处，跨年度问题 " + c.problems() + " 个。");
        return ExitCodes.OK;
    }

    /** Folders of many agencies → one comparison per agency and an index. */
    private int folder(PrintWriter out, PrintWriter err, int n) throws IOException {
        OutputFormat f = format != null ? format : OutputFormat.HTML;
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return usage(err, "输入是目录时 -o 应是输出目录，而 " + output + " 是已有的文件。");
        }
        List<Path> files = new ArrayList<>();
        int emptyFolders = 0;
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                List<Path> found = ReportFiles.in(in, output);
                if (found.isEmpty()) {
                    err.println("无法读取 " + in + "：" + EMPTY_FOLDER);
                    emptyFolders++;
                }
                files.addAll(found);
            } else {
                files.add(in);
            }
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            err.println("无法写入 " + output + "：" + nianbao.InputFiles.reason(e));
            return ExitCodes.UNREADABLE;
        }
        CompareBatch.Result r = CompareBatch.run(files, output, f, n, (c, target) -> write(c, f, target));
        String title = "年报对比目录";
        Path index = output.resolve(f == OutputFormat.MD ? "index.md" : "index.html");
        boolean indexWritten = true;
        try {
            AtomicFiles.writeString(index, f == OutputFormat.MD ? CompareMarkdown.index(r, title) : ComparePage.index(r, title));
        } catch (UnwritableOutputException e) {
            err.println("无法写入 " + e.getMessage());
            indexWritten = false;
        }
        r.unreadable().forEach(x -> err.println("无法读取 " + x.reason()));
        r.notCompared().forEach(x -> err.println("未生成对比 " + x.agency() + "：" + x.reason()));
        r.unwritable().forEach(x -> err.println("无法写入 " + x.reason()));
        out.println(nianbao.compare.CompareIndex.summary(r) + (indexWritten ? "目录：" + index : ""));
        return !r.unreadable().isEmpty() || !r.unwritable().isEmpty() || !indexWritten || emptyFolders > 0
                ? ExitCodes.UNREADABLE : ExitCodes.OK;
    }

    /** Writes one comparison in a format, atomically. */
    static void write(AgencyComparison c, OutputFormat f, Path target) throws IOException {
        switch (f) {
            case HTML -> AtomicFiles.write(target, ComparePage.of(c).getBytes(StandardCharsets.UTF_8));
            case MD -> AtomicFiles.write(target, CompareMarkdown.of(c).getBytes(StandardCharsets.UTF_8));
            case DOCX -> AtomicFiles.write(target, o -> CompareDocument.write(c, o));
            case XLSX -> AtomicFiles.write(target, o -> CompareWorkbook.write(c, o));
            default -> throw new IllegalStateException(f.toString());
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("用法错误：" + message);
        err.println("运行 “nianbao compare --help” 查看用法。");
        return ExitCodes.USAGE;
    }

    /** Reads {@code --format} leniently (html, .DOCX, markdown) with a Chinese message for anything else. */
    static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
