package nianbao.cli;

import nianbao.render.Format;
import nianbao.render.RenderBatch;
import nianbao.render.Renderer;
import nianbao.schema.Schemas;
import nianbao.schema.Severity;
import nianbao.validate.Finding;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code nianbao render}: the publishable report in docx, html, md or txt. */
@Command(name = "render", mixinStandardHelpOptions = true,
        header = "生成可发布的年报（docx / html / md / txt）。Render the publishable report.",
        description = {
            "按国办公开办函〔2021〕30号格式生成年报全文：",
            "标题、导语、一至六部分及表二、表三、表四。",
            "输入为填好的模板（.xlsx）或 JSON，也可以是目录（处理其中所有 .xlsx 和 .json）。",
            "有校验错误的年报不生成（错误列在标准错误输出，退出码 1），",
            "加 --force 可强制生成；警告只提示不阻止。",
            "单个输入不加 -o 时，文本格式（html/md/txt）写到标准输出，",
            "docx 必须用 -o 指定文件；多个输入时 -o 是输出目录，",
            "不加 -o 则输出到各输入文件旁，文件名为 <原名>.<格式>。"},
        synopsisHeading = "%n用法（Usage）：", descriptionHeading = "%n说明：%n",
        parameterListHeading = "%n参数：%n", optionListHeading = "%n选项（Options）：%n",
        footerHeading = "%n", footer = {"示例：nianbao render 年报.xlsx --format docx -o 年报.docx",
            "      nianbao render 各单位/ --format html -o 发布稿/",
            "退出码：0 正常；1 有校验错误未生成；2 用法错误；3 输入无法读取或输出无法写入。"})
public final class RenderCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "填好的模板 .xlsx、JSON 文件或其所在目录。")
    List<Path> inputs;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "输出格式：docx、html、md、txt。")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "输出文件（单个输入）或输出目录（多个输入或目录）。")
    String outputArg;

    /** The -o path, or null. */
    private Path output;

    @Option(names = "--fragment", description = "html 只输出年报本身的 <div>（样式内联），便于粘贴到网站内容管理系统。")
    boolean fragment;

    @Option(names = "--force", description = "有校验错误也生成。Render despite validation errors.")
    boolean force;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "并行生成的线程数（默认：CPU 核数）。")
    Integer jobs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output = outputArg == null ? null : Path.of(outputArg);
        if (fragment && format != Format.HTML) {
            return usage(err, "--fragment 只用于 html 格式。");
        }
        List<Path> files = new ArrayList<>();
        boolean sawDirectory = false;
        int emptyDirs = 0;
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                sawDirectory = true;
                List<Path> found = reportsIn(in);
                if (found.isEmpty()) {
                    err.println("无法读取 " + in + "：" + ValidateCommand.EMPTY_FOLDER);
                    emptyDirs++;
                }
                files.addAll(found);
            } else {
                files.add(in);
            }
        }
        boolean single = files.size() == 1 && !sawDirectory && inputs.size() == 1;
        if (single && output == null && !format.isText()) {
            return usage(err, "docx 是二进制文件，请用 -o 指定输出文件，例如：-o 年报.docx");
        }
        if (!single && output != null && Files.exists(output) && !Files.isDirectory(output)) {
            return usage(err, "有多个输入时 -o 应是目录，而 " + output + " 是已有的文件。");
        }
        List<RenderBatch.Job> jobList = jobs(files, single);
        List<OutputChecks.Output> targets = new ArrayList<>();
        for (RenderBatch.Job j : jobList) {
            targets.add(new OutputChecks.Output("-o", j.output()));
        }
        String overwrites = OutputChecks.overwritesInput(targets, files);
        if (overwrites != null) {
            err.println("用法错误：" + overwrites);
            return ExitCodes.USAGE;
        }
        Renderer renderer = Renderer.of(format, fragment);
        int threads = jobs != null ? Math.max(1, jobs) : Runtime.getRuntime().availableProcessors();
        List<RenderBatch.Outcome> outcomes = RenderBatch.runAll(jobList, renderer, force, threads);

        int rendered = 0;
        int blocked = 0;
        int unreadable = 0;
        int unwritable = 0;
        for (RenderBatch.Outcome o : outcomes) {
            String name = o.job().input().toString();
            switch (o.status()) {
                case UNREADABLE -> {
                    err.println("无法读取 " + o.error());
                    unreadable++;
                }
                case UNWRITABLE -> {
                    err.println("无法写入 " + o.error());
                    unwritable++;
                }
                case BLOCKED -> {
                    err.println(name + "：有 " + o.count(Severity.ERROR) + " 个校验错误，未生成（核对后重试，或加 --force 强制生成）：");
                    findings(err, o);
                    blocked++;
                }
                case RENDERED -> {
                    if (o.count(Severity.ERROR) > 0) {
                        err.println(name + "：有 " + o.count(Severity.ERROR) + " 个校验错误，已按 --force 生成：");
                        findings(err, o);
                    } else if (!o.findings().isEmpty()) {
                        err.println(name + "：" + o.findings().size() + " 条提示（不影响生成）：");
                        findings(err, o);
                    }
                    if (o.content() != null) {
                        out.print(new String(o.content(), StandardCharsets.UTF_8));
                    } else {
                        out.println("已生成 " + o.job().output());
                    }
                    rendered++;
                }
                default -> throw new IllegalStateException(o.status().toString());
            }
        }
        if (!single) {
            out.println("共 " + outcomes.size() + " 份：已生成 " + rendered + " 份，因校验错误未生成 "
                    + blocked + " 份，无法读取 " + unreadable + " 份"
                    + (unwritable > 0 ? "，无法写入 " + unwritable + " 份" : "") + "。");
        }
        out.flush();
        err.flush();
        if (unreadable > 0 || unwritable > 0 || emptyDirs > 0) {
            return ExitCodes.UNREADABLE;
        }
        return blocked > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Pairs every input with its output file: -o itself, a file in the -o directory, or beside the input. */
    private List<RenderBatch.Job> jobs(List<Path> files, boolean single) {
        List<RenderBatch.Job> out = new ArrayList<>();
        if (single) {
            Path target = output;
            // "-o 发布稿/" names a directory even before it exists.
            if (target != null && (Files.isDirectory(target) || outputArg.endsWith("/") || outputArg.endsWith("\\"))) {
                target = target.resolve(outputName(files.get(0), false));
            }
            out.add(new RenderBatch.Job(files.get(0), target));
            return out;
        }
        Set<Path> taken = new HashSet<>();
        for (Path in : files) {
            Path dir = output != null ? output : in.toAbsolutePath().getParent();
            Path target = dir.resolve(outputName(in, false));
            if (!taken.add(target.toAbsolutePath().normalize())) {
                // 甲.json and 甲.xlsx side by side: keep both outputs apart by the full input name.
                target = dir.resolve(outputName(in, true));
                taken.add(target.toAbsolutePath().normalize());
            }
            out.add(new RenderBatch.Job(in, target));
        }
        return out;
    }

    private String outputName(Path in, boolean keepExtension) {
        String name = in.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = keepExtension || dot <= 0 ? name : name.substring(0, dot);
        return base + "." + format.extension();
    }

    /** The report files in a directory and its subdirectories, sorted by path; Office lock and hidden files skipped. */
    static List<Path> reportsIn(Path dir) {
        // the same files validate and merge take from a folder: recursive, old .xls reported rather than skipped
        return nianbao.validate.BatchValidator.expand(List.of(dir));
    }

    /** At most this many findings per file on the console; a blank template alone has over 150. */
    static final int MAX_LISTED = 20;

    private void findings(PrintWriter err, RenderBatch.Outcome o) {
        List<Finding> findings = o.findings();
        for (Finding f : findings.subList(0, Math.min(MAX_LISTED, findings.size()))) {
            String where = f.position();
            if (where.isEmpty() && !f.fieldIds().isEmpty()) {
                where = Schemas.anyField(f.fieldIds().get(0)).map(x -> x.position()).orElse("");
            }
            err.println("  " + f.severity().zh() + " " + (where.isEmpty() ? "" : where + "：") + f.message());
        }
        if (findings.size() > MAX_LISTED) {
            err.println("  ……另有 " + (findings.size() - MAX_LISTED) + " 条，运行 “nianbao validate " + o.job().input()
                    + "” 查看全部。");
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("用法错误：" + message);
        err.println("运行 “nianbao render --help” 查看用法。");
        return ExitCodes.USAGE;
    }

    /** Reads {@code --format} leniently (docx, .HTML, markdown) with a Chinese message for anything else. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
