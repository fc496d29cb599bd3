package nianbao.cli;

import nianbao.AtomicFiles;
import nianbao.Reports;
import nianbao.UnwritableOutputException;
import nianbao.legacy.ImportBatch;
import nianbao.legacy.ImportOutcome;
import nianbao.legacy.ImportReports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code nianbao import}: legacy published reports (text, HTML, Word, PDF) → workbook or JSON, with an import report. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        header = "导入往年已发布的年报（文本/网页/Word/PDF）→ 工作簿或 JSON",
        description = {
            "读取已发布的年报原文（UTF-8/GBK/UTF-16 文本、HTML 网页、.docx、PDF、Markdown），",
            "识别机关、年度、发布日期、正文各部分和三张统计表，",
            "生成可继续填写的工作簿（.xlsx）或 JSON。",
            "原文数字按原样导入：能推断的标为“推断”，无法确定的留空并标为“缺失”；",
            "原文的勾稽错误照样保留并列出。",
            "Import legacy published reports; every number is marked read, inferred",
            "or missing."},
        synopsisHeading = "%n用法（Usage）：", descriptionHeading = "%n说明：%n",
        parameterListHeading = "%n参数：%n", optionListHeading = "%n选项（Options）：%n",
        footerHeading = "%n示例：%n", footer = {
            "  nianbao import 年报.txt -o 年报.xlsx",
            "  nianbao import 2025/*.html -d 导入结果 --report 导入报告.json",
            "  nianbao import 2025年报.txt --previous 2024.xlsx -o 2025.xlsx",
            "      （用上年结转数补上无法确定的格）",
            "退出码：0 全部导入；2 用法错误；",
            "        3 有输入无法读取或输出无法写入（其余照常导入）。"})
public final class ImportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "旧年报文件（.txt .html .docx .pdf .md），可多个")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "输出文件（仅一个输入时）：.xlsx 工作簿或 .json")
    Path output;

    @Option(names = {"-d", "--dir"}, paramLabel = "OUTDIR", description = "输出文件夹（多个输入时）：每个输入一个 <文件名>.xlsx")
    Path dir;

    @Option(names = "--json", description = "输出 JSON 而不是工作簿")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE", description = "把导入报告写入文件：.json 为 JSON，其余为文本")
    Path report;

    @Option(names = "--previous", paramLabel = "LAST", description = {"上年年报（.xlsx 或 .json）：本报告“二、上年结转”已印出的各列都与上年的“四、结转下年度继续办理”",
        "一致时，用上年结转数补上无法确定的格；上年现行有效件数只在说明里给出推算值，不据此填写；并核对上年结转。Last year's report."})
    Path previous;

    @Option(names = {"-v", "--verbose"}, description = "多个输入时也逐个显示详细导入报告")
    boolean verbose;

    @Option(names = {"-j", "--threads"}, paramLabel = "N", description = "同时导入的文件数（默认：CPU 核数）")
    Integer threads;

    @Override
    public Integer call() throws IOException, nianbao.UnreadableInputException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && dir != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-o 与 -d 只能选一个：一个输入用 -o，多个输入用 -d。");
        }
        if (output != null && inputs.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "有 " + inputs.size() + " 个输入，-o 只能写一个文件；请用 -d 指定输出文件夹。");
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads 至少为 1。");
        }
        List<String> names = new ArrayList<>();
        for (Path p : inputs) {
            names.add(p.toString());
        }
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<Path> targets = targets();
        List<OutputChecks.Output> outputs = new ArrayList<>();
        for (Path t : targets) {
            outputs.add(new OutputChecks.Output(output != null ? "-o" : "-d", t));
        }
        outputs.add(new OutputChecks.Output("--report", report));
        List<Path> read = new ArrayList<>(inputs);
        read.add(previous);
        String overwrites = OutputChecks.overwritesInput(outputs, read);
        if (overwrites != null) {
            err.println("用法错误：" + overwrites);
            return ExitCodes.USAGE;
        }
        nianbao.model.Report last = previous == null ? null : nianbao.Reports.read(previous);
        List<ImportOutcome> finalOutcomes = ImportBatch.run(inputs, names, null, last, n,
                (i, result) -> write(result, targets.get(i)));
        boolean single = finalOutcomes.size() == 1;
        for (ImportOutcome o : finalOutcomes) {
            if (!o.ok()) {
                err.println(o.failure() + " " + o.error());
            } else if (single || verbose) {
                out.print(ImportReports.text(o.result()));
                out.println();
            }
        }
        if (!single) {
            out.print(ImportReports.summary(finalOutcomes));
        }
        out.println(ImportReports.accounting(finalOutcomes));
        if (output == null && dir == null) {
            out.println("未指定 -o 或 -d：只显示导入报告，没有写出文件。");
        } else {
            int written = 0;
            for (ImportOutcome o : finalOutcomes) {
                written += o.ok() ? 1 : 0;
            }
            out.println("已写出 " + written + " 个文件" + (output != null && written == 1 ? "：" + targets.get(0)
                    : dir != null ? "，在 " + dir : "") + "。");
        }
        if (report != null) {
            boolean asJson = report.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
            try {
                AtomicFiles.writeString(report, asJson ? ImportReports.json(finalOutcomes) : ImportReports.text(finalOutcomes));
            } catch (UnwritableOutputException e) {
                err.println("无法写入 " + e.getMessage());
                return ExitCodes.UNREADABLE;
            }
        }
        for (ImportOutcome o : finalOutcomes) {
            if (!o.ok()) {
                return ExitCodes.UNREADABLE;
            }
        }
        return ExitCodes.OK;
    }

    /** The output file of each input, or nulls when nothing is to be written. */
    private List<Path> targets() {
        List<Path> out = new ArrayList<>(inputs.size());
        Set<String> used = new HashSet<>();
        for (Path input : inputs) {
            Path target = null;
            if (output != null) {
                target = output;
                if (json && !target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                    target = target.resolveSibling(stem(target) + ".json");
                }
            } else if (dir != null) {
                target = dir.resolve(uniqueName(input, used));
            }
            out.add(target);
        }
        return out;
    }

    /**
     * Writes one imported report (in the import worker); returns the failure line (after 无法写入), or null.
     * An output that is an input was refused before the batch started.
     */
    private static String write(nianbao.legacy.ImportResult result, Path target) {
        if (target == null) {
            return null;
        }
        try {
            Reports.write(result.report(), target);
            return null;
        } catch (UnwritableOutputException e) {
            return e.getMessage();
        } catch (IOException | RuntimeException e) {
            return target + "：内部错误（请把这一行报告给维护人员）：" + e;
        }
    }

    private String uniqueName(Path input, Set<String> used) {
        String ext = json ? ".json" : ".xlsx";
        String stem = stem(input);
        String name = stem + ext;
        for (int k = 2; !used.add(name.toLowerCase(Locale.ROOT)); k++) {
            name = stem + "-" + k + ext;
        }
        return name;
    }

    private static String stem(Path p) {
        String name = p.getFileName() == null ? "report" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
