package nianbao.cli;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.xlsx.write.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code nianbao fill}: writes a report (JSON) into the fill-in workbook. */
@Command(name = "fill", mixinStandardHelpOptions = true,
        header = "把年报数据（JSON）填入模板，生成 xlsx。Fill the template from a report.",
        description = {
            "输出的工作簿与 nianbao template 生成的模板相同，并已填好数据：",
            "与各项之和相符的总计保留公式，不相符的按填报数保留并加批注；",
            "推断、缺失的数字以颜色和批注标出。"},
        synopsisHeading = "%n用法（Usage）：", descriptionHeading = "%n说明：%n",
        optionListHeading = "%n选项（Options）：%n", parameterListHeading = "%n参数：%n",
        footerHeading = "%n示例：%n", footer = "  nianbao fill examples/青山县卫生健康委员会-2025.json -o 填好的.xlsx")
public final class FillCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "年报.json", description = "年报数据（JSON，或另一个填好的 xlsx）。Report file.")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "文件.xlsx", description = "输出的工作簿。Output workbook.")
    Path output;

    @Override
    public Integer call() throws Exception {
        String bad = OutputChecks.problem(output, ".xlsx", input);
        if (bad != null) {
            spec.commandLine().getErr().println("用法错误：" + bad);
            return ExitCodes.USAGE;
        }
        Report report = Reports.read(input);
        WorkbookWriter.write(report, output);
        spec.commandLine().getOut().println("已生成：" + output);
        return ExitCodes.OK;
    }
}
