package nianbao.cli;

import nianbao.merge.MergeOptions;
import nianbao.merge.MergeResult;
import nianbao.merge.Merger;
import nianbao.merge.MixedYearsException;
import nianbao.merge.OutputIsInputException;
import nianbao.merge.PreviousYear;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code nianbao merge}: many filled workbooks into one summary workbook, CSV, JSON Lines and an aggregate. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        header = "批量汇总：把多个单位的年报（填好的模板 .xlsx 或 .json）汇总为一张汇总表。",
        description = {
            "输入可以是文件、目录（递归查找）或通配符",
            "（如 \"报表/**/*.xlsx\"，Windows 下也可用）。",
            "汇总表的工作表：概览（机关、校验结果和主要数字，A4 横向一页宽）、",
            "汇总（每份报告一行，末行合计）、分析（各单位关键指标和图表）、",
            "问题清单、未能读取、说明；给出 --previous 时另有“同比”，",
            "汇总多个年度时另有“趋势”。",
            "同一机关同一年度出现两次时给出警告，按路径排序后面那份不计入合计。",
            "数字格里有文字、日期或超出范围的数的报告列为“数值异常”，不计入合计；",
            "隐藏文件和 .tmp 文件不读。",
            "Merge many reports into one summary workbook; unreadable files never stop",
            "the batch."},
        synopsisHeading = "%n用法（Usage）：", descriptionHeading = "%n说明：%n",
        parameterListHeading = "%n参数：%n", optionListHeading = "%n选项（Options）：%n",
        footerHeading = "%n",
        footer = {
            "示例：nianbao merge 各单位/ -o 汇总.xlsx --csv 汇总.csv --aggregate 合计.xlsx",
            "      nianbao merge 各单位/ -o 汇总.xlsx --year 2025",
            "      nianbao merge 2025年/ -o 汇总.xlsx --previous 2024年/",
            "退出码：0 正常；1 有报告存在校验错误；2 用法错误（含年度不一致）；",
            "        3 有文件（含 --previous 的上年报告）无法读取或输出无法写入",
            "          （其余照常汇总）。"})
public final class MergeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "年报文件、目录或通配符（.xlsx / .json）")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "汇总.xlsx", description = "汇总工作簿（.xlsx）")
    Path output;

    @Option(names = "--csv", paramLabel = "汇总.csv", description = "同时输出 CSV（UTF-8 带 BOM，Excel 可直接打开）")
    Path csv;

    @Option(names = "--jsonl", paramLabel = "汇总.jsonl", description = "同时输出 JSON Lines（每行一份报告）")
    Path jsonl;

    @Option(names = "--aggregate", paramLabel = "合计.xlsx",
            description = "输出合计报告（.xlsx 或 .json）：各单位数据相加，可再用 render 生成发布稿")
    Path aggregate;

    @Option(names = "--year", paramLabel = "YYYY", description = "只汇总该年度的报告，其他年度列入“说明”")
    Integer year;

    @Option(names = "--allow-mixed-years", description = "允许汇总不同年度的报告（汇总表另有“趋势”：各单位逐年的关键指标）")
    boolean allowMixedYears;

    @Option(names = "--previous", paramLabel = "上年目录",
            description = "上年的年报（文件、目录或通配符，可重复）：汇总表另有“同比”，按机关名称配对，大幅变化的单位排在前面")
    List<String> previous;

    @Option(names = "--threads", paramLabel = "N", description = "读取线程数（默认为处理器核数）")
    Integer threads;

    @Option(names = "--quiet", description = "不显示进度")
    boolean quiet;

    @Option(names = "--header", paramLabel = "id|zh", defaultValue = "id",
            description = "CSV 表头：id 为字段 ID（默认），zh 为中文名称")
    String header;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        String problem = checkOptions();
        if (problem != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), problem);
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        String command = commandLine(spec);
        MergeOptions options = new MergeOptions(inputs, output, csv, jsonl, aggregate, year, allowMixedYears, n,
                "zh".equals(header.toLowerCase(Locale.ROOT)), command)
                .withPrevious(previous == null ? null : PreviousYear.of(previous));
        boolean showProgress = !quiet && System.console() != null;
        MergeResult result;
        try {
            result = Merger.merge(options, showProgress ? new TerminalProgress(err) : Merger.Progress.none());
        } catch (MixedYearsException e) {
            err.println("用法错误：" + e.getMessage());
            return ExitCodes.USAGE;
        } catch (OutputIsInputException e) {
            err.println("用法错误：" + OutputChecks.inputOverwritten(new OutputChecks.Output(optionOf(e.output()),
                    e.output())));
            return ExitCodes.USAGE;
        }
        for (String w : result.warnings()) {
            err.println(w);
        }
        out.println(result.accounting() + "。");
        for (Path p : new Path[] {output, csv, jsonl, aggregate}) {
            if (p != null) {
                out.println("已写入 " + p);
            }
        }
        if (result.inputs() > 0 && result.merged() == 0 && result.failed() == 0) {
            out.println("没有可计入合计的报告。");
        }
        if (result.failed() > 0 || result.previousUnreadable() > 0) {
            return ExitCodes.UNREADABLE;
        }
        return result.withErrors() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private String checkOptions() {
        if (output == null && csv == null && jsonl == null && aggregate == null) {
            return "请用 -o 指定汇总工作簿（如 -o 汇总.xlsx），或指定 --csv / --jsonl / --aggregate。";
        }
        if (output != null && !lower(output).endsWith(".xlsx")) {
            return "-o 的汇总工作簿应以 .xlsx 结尾：" + output;
        }
        if (aggregate != null && !lower(aggregate).endsWith(".xlsx") && !lower(aggregate).endsWith(".json")) {
            return "--aggregate 应以 .xlsx 或 .json 结尾：" + aggregate;
        }
        if (threads != null && (threads < 1 || threads > 256)) {
            return "--threads 应在 1 到 256 之间：" + threads;
        }
        if (!header.equalsIgnoreCase("id") && !header.equalsIgnoreCase("zh")) {
            return "--header 只能是 id 或 zh：" + header;
        }
        if (year != null && (year < 2000 || year > 2100)) {
            return "--year 应为四位年份，如 2025：" + year;
        }
        if (year != null && allowMixedYears) {
            return "--year 与 --allow-mixed-years 不能同时使用。";
        }
        if (previous != null && output == null) {
            return "--previous 的同比写在汇总工作簿里，请同时用 -o 指定汇总工作簿。";
        }
        return null;
    }

    /**
     * The command as typed, for the summary's 说明 sheet: {@code nianbao merge} and this command's
     * own arguments (the parse result holds the whole command line, {@code merge} included).
     */
    static String commandLine(CommandLine.Model.CommandSpec spec) {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        int start = spec.commandLine().getParent() == null ? 0 : args.indexOf(spec.name()) + 1;
        return "nianbao " + spec.name() + (start < args.size() ? " " + String.join(" ", args.subList(start, args.size())) : "");
    }

    /** The option that named an output. */
    private String optionOf(Path p) {
        return p.equals(output) ? "-o" : p.equals(csv) ? "--csv" : p.equals(jsonl) ? "--jsonl" : "--aggregate";
    }

    private static String lower(Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    /** "已处理 1200/10000 …" on one terminal line, redrawn in place. */
    static final class TerminalProgress implements Merger.Progress {
        private final PrintWriter err;
        private int last = -1;

        TerminalProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(int done, int total) {
            if (done == last) {
                return;
            }
            last = done;
            err.print("\r已处理 " + done + "/" + total + (done < total ? " …" : "   "));
            if (done >= total) {
                err.println();
            }
            err.flush();
        }
    }
}
