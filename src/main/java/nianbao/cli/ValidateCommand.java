package nianbao.cli;

import nianbao.AtomicFiles;
import nianbao.Reports;
import nianbao.UnreadableInputException;
import nianbao.model.Report;
import nianbao.validate.BatchValidator;
import nianbao.validate.FileResult;
import nianbao.validate.ValidationOutput;
import nianbao.validate.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code nianbao validate}: checks filled workbooks or JSON reports against every 勾稽 rule and check. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "校验年报：表内勾稽、跨年度核对、正文与表格是否一致。Validate annual reports.",
        description = {
            "读取填好的工作簿（.xlsx）或 JSON 文件，也可以是目录",
            "（递归查找 *.xlsx 和 *.json），按国办公开办函〔2021〕30号",
            "格式的勾稽关系和内置检查逐项校验，指出表格、单元格、",
            "应填值和实填值。",
            "Reads filled workbooks or JSON reports (or directories of them)",
            "and reports every broken rule with its cell."
        },
        synopsisHeading = "%n用法（Usage）：", descriptionHeading = "%n说明：%n",
        parameterListHeading = "%n参数（Parameters）：%n", optionListHeading = "%n选项（Options）：%n",
        footerHeading = "%n", footer = {
            "示例：nianbao validate examples/",
            "      nianbao validate 2025.xlsx --previous 2024.xlsx -o 结果.csv",
            "退出码：0 没有错误（可以有警告）；1 有错误；2 用法错误；",
            "        3 有文件无法读取（且没有错误）或结果文件无法写入。"
        })
public final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "年报工作簿（.xlsx）、JSON 文件或目录。Workbooks, JSON files or directories.")
    List<Path> inputs;

    @Option(names = "--previous", paramLabel = "LAST", description = "上年年报（.xlsx 或 .json），用于核对上年结转、现行有效件数和同比变化。Last year's report.")
    Path previous;

    @Option(names = "--format", paramLabel = "text|json|csv",
            description = "输出格式：text（默认）、json、csv；未指定时按 -o 文件的扩展名选择。Output format (default: text, or by the -o extension).")
    String format;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "说明文字的语言：zh（默认）或 en。Message language.")
    String lang;

    @Option(names = "--blank-as-zero", description = "空白的数字格按 0 处理，不报“请填写 0”。Treat blank cells as 0.")
    boolean blankAsZero;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "把结果写入文件（否则输出到屏幕）。Write the results to this file.")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "同时校验的文件数，默认为处理器核数。Files validated in parallel.")
    Integer jobs;

    /** What an input folder without any report says (render says the same). */
    static final String EMPTY_FOLDER = "文件夹里没有年报文件（.xlsx 或 .json），子文件夹里也没有。";

    @Override
    public Integer call() throws IOException, UnreadableInputException {
        ValidationOutput.Format fmt = ValidationOutput.Format.parse(format != null ? format : formatOf(output));
        if (fmt == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "选项 --format 的值无效：“" + format + "”，应为 text、json 或 csv。");
        }
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "选项 --lang 的值无效：“" + lang + "”，应为 zh 或 en。");
        }
        if (jobs != null && jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "选项 --jobs 的值无效：应为 1 或更大的整数。");
        }
        boolean english = lang.equals("en");
        Report last = previous == null ? null : Reports.read(previous);
        List<Path> files = new java.util.ArrayList<>();
        List<FileResult> emptyFolders = new java.util.ArrayList<>();
        for (Path in : inputs) {
            List<Path> found;
            try {
                found = BatchValidator.expand(List.of(in));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (found.isEmpty()) {
                emptyFolders.add(FileResult.unreadable(in.toString(), in + "：" + EMPTY_FOLDER));
            }
            files.addAll(found);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> read = new java.util.ArrayList<>(files);
        read.add(previous);
        String overwrites = OutputChecks.overwritesInput(List.of(new OutputChecks.Output("-o", output)), read);
        if (overwrites != null) {
            err.println("用法错误：" + overwrites);
            return ExitCodes.USAGE;
        }
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        List<FileResult> results = new java.util.ArrayList<>(emptyFolders);
        results.addAll(BatchValidator.validate(files, last, new Validator.Options(blankAsZero), threads));
        for (FileResult r : results) {
            if (!r.readable()) {
                err.println("无法读取 " + r.unreadable());
            }
        }
        if (output == null) {
            // the text blocks would repeat the one-line refusal just printed on stderr
            ValidationOutput.write(results, fmt, english, fmt != ValidationOutput.Format.TEXT, out);
        } else {
            AtomicFiles.write(output, stream -> {
                Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                ValidationOutput.write(results, fmt, english, w);
                w.flush();
            });
            out.println((english ? "Written to " : "已写入 ") + output);
            out.println(ValidationOutput.summary(results, english));
        }
        return exitCode(results);
    }

    /** The format an output file's extension asks for: {@code .json} and {@code .csv}, else text. */
    static String formatOf(Path out) {
        String n = out == null ? "" : out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".json") ? "json" : n.endsWith(".csv") ? "csv" : "text";
    }

    /** 1 when any file has an error; otherwise 3 when any file was unreadable; otherwise 0. */
    static int exitCode(List<FileResult> results) {
        if (results.stream().anyMatch(FileResult::hasErrors)) {
            return ExitCodes.FINDINGS;
        }
        if (results.stream().anyMatch(r -> !r.readable())) {
            return ExitCodes.UNREADABLE;
        }
        return ExitCodes.OK;
    }
}
