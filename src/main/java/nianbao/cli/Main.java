package nianbao.cli;

import nianbao.AtomicFiles;
import nianbao.UnreadableInputException;
import nianbao.UnwritableOutputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** The {@code nianbao} command: subcommands for every stage of the annual report. */
@Command(name = "nianbao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        header = "政府信息公开工作年度报告工具（国办公开办函〔2021〕30号格式，及 2019、2020 年度的〔2019〕60号试行格式）",
        description = "模板生成、校验、生成发布稿、导入旧年报、批量汇总、历年对比。%n"
                + "Toolkit for the annual report on government information disclosure.",
        synopsisHeading = "%n用法（Usage）：", descriptionHeading = "%n说明：%n",
        optionListHeading = "%n选项（Options）：%n", commandListHeading = "%n命令（Commands）：%n",
        footerHeading = "%n", footer = "退出码：0 正常；1 有校验错误；2 用法错误；3 输入无法读取或输出无法写入。",
        subcommands = {
            CommandLine.HelpCommand.class,
            TemplateCommand.class,
            ExportCommand.class,
            FillCommand.class,
            ValidateCommand.class,
            RenderCommand.class,
            ImportCommand.class,
            MergeCommand.class,
            CompareCommand.class,
            ServeCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        AtomicFiles.cleanUpOnShutdown();
        System.exit(run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the command line with the given writers and returns the exit code (used by tests too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The configured picocli command line. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof UnreadableInputException || e instanceof IOException
                ? ExitCodes.UNREADABLE : ExitCodes.USAGE);
        cl.setParameterExceptionHandler(Main::badUsage);
        cl.setExecutionExceptionHandler(Main::failed);
        cl.setUsageHelpLongOptionsMaxWidth(28);
        // after all subcommands are registered, so that they inherit the Chinese help texts
        cl.setResourceBundle(java.util.ResourceBundle.getBundle("nianbao.cli.Messages"));
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("用法错误：" + translate(e.getMessage()));
        String sub = e.getCommandLine().getCommandName().equals("nianbao") ? "" : e.getCommandLine().getCommandName() + " ";
        String dashed = dashedFile(args);
        if (dashed != null) {
            err.println("文件名 “" + dashed + "” 以 - 开头，会被当成选项：请写在 -- 之后（-- 后面的都当作文件名），例如 nianbao " + sub + "[选项] -- " + dashed);
        } else {
            err.println("运行 “nianbao " + sub + "--help” 查看用法。");
        }
        return ExitCodes.USAGE;
    }

    /** An argument before {@code --} that starts with "-" and is an existing file, or null. */
    static String dashedFile(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return null;
            }
            try {
                if (a.length() > 1 && a.startsWith("-") && java.nio.file.Files.exists(java.nio.file.Path.of(a))) {
                    return a;
                }
            } catch (java.nio.file.InvalidPathException ignored) {
                // not a file name
            }
        }
        return null;
    }

    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof UnreadableInputException u) {
            err.println("无法读取 " + u.getMessage());
            return ExitCodes.UNREADABLE;
        }
        if (e instanceof UnwritableOutputException w) {
            err.println("无法写入 " + w.getMessage());
            return ExitCodes.UNREADABLE;
        }
        if (e instanceof NoSuchFileException n) {
            err.println("找不到文件：" + n.getFile());
            return ExitCodes.UNREADABLE;
        }
        if (e instanceof AccessDeniedException a) {
            err.println("没有权限访问：" + a.getFile());
            return ExitCodes.UNREADABLE;
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            err.println("无法读取 " + fs.getFile() + "：" + nianbao.InputFiles.reason(fs));
            return ExitCodes.UNREADABLE;
        }
        if (e instanceof IOException io && io.getMessage() != null && io.getMessage().codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            // one of this tool's own reasons (合并被中断…); a library's English text falls through to 内部错误
            err.println("读写文件失败：" + io.getMessage());
            return ExitCodes.UNREADABLE;
        }
        err.println("内部错误（请把这一行报告给维护人员）：" + e);
        return ExitCodes.UNREADABLE;
    }

    /** Turns picocli's English parameter messages into Chinese where the pattern is known. */
    static String translate(String msg) {
        if (msg == null) {
            return "";
        }
        return msg.replaceFirst("^Unknown options?: ", "未知选项：")
                .replaceFirst("^Missing required parameters?: ", "缺少参数：")
                .replaceFirst("^Missing required options?: ", "缺少必需的选项：")
                .replaceFirst("^Missing required option: ", "缺少必需的选项：")
                .replaceFirst("^Unmatched arguments? from index \\d+: ", "多余的参数：")
                .replaceFirst("^Unmatched argument at index \\d+: ", "无法识别的参数：")
                .replaceFirst("^Invalid value for option '([^']+)': ", "选项 $1 的值无效：")
                .replaceFirst("^Expected parameter for option '([^']+)' but found '([^']*)'", "选项 $1 需要一个值，却得到 “$2”");
    }

    /** Reports the version from the jar manifest or the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"nianbao " + (v == null ? "0.1.0" : v) + "（格式 " + String.join("、",
                    nianbao.schema.Schemas.all().stream().map(nianbao.schema.Schema::id).toList()) + "）"};
        }
    }
}
