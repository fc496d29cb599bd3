package nianbao.cli;

import nianbao.AtomicFiles;
import nianbao.Reports;
import nianbao.model.Report;
import nianbao.model.ReportCsv;
import nianbao.model.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code nianbao export}: a filled workbook as JSON or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "把填好的工作簿导出为 JSON 或 CSV。Export a filled workbook as JSON or CSV.",
        description = {
            "JSON 的键为字段名（如 t3.new.natural），空白为 null；",
            "CSV 一行表头一行数据，UTF-8 带 BOM（写入文件时），可直接用 Excel 打开。",
            "不给 -o 时输出到屏幕（标准输出）。"},
        synopsisHeading = "%n用法（Usage）：", descriptionHeading = "%n说明：%n",
        optionListHeading = "%n选项（Options）：%n", parameterListHeading = "%n参数：%n",
        footerHeading = "%n示例：%n", footer = {"  nianbao export 填好的.xlsx --format json -o 年报.json",
            "  nianbao export 填好的.xlsx --format csv --header zh -o 年报.csv"})
public final class ExportCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { json, csv }

    /** Header styles for CSV. */
    enum Header { id, zh }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "文件.xlsx", description = "填好的工作簿（或 JSON）。Filled workbook.")
    Path input;

    @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "json|csv",
            description = "输出格式：json 或 csv（默认 ${DEFAULT-VALUE}）。")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "文件", description = "输出文件；不给则输出到标准输出。")
    Path output;

    @Option(names = "--header", defaultValue = "id", paramLabel = "id|zh",
            description = "CSV 表头：id 为字段名，zh 为官方中文标签（默认 ${DEFAULT-VALUE}）。")
    Header header;

    @Override
    public Integer call() throws Exception {
        String bad = output == null ? null : OutputChecks.problem(output, null, input);
        if (bad != null) {
            spec.commandLine().getErr().println("用法错误：" + bad);
            return ExitCodes.USAGE;
        }
        Report report = Reports.read(input);
        String text = format == Format.json ? ReportJson.write(report) : ReportCsv.write(report, header == Header.zh);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.writeString(output, format == Format.csv ? "\uFEFF" + text : text);
        }
        return ExitCodes.OK;
    }
}
