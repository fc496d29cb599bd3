package nianbao.cli;

import nianbao.Reports;
import nianbao.model.Report;
import nianbao.schema.Schema;
import nianbao.schema.Schemas;
import nianbao.xlsx.write.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code nianbao template}: writes the fill-in workbook. */
@Command(name = "template", mixinStandardHelpOptions = true,
        header = "生成年报填报模板（xlsx）。Write the fill-in workbook.",
        description = {
            "生成包含 填写说明、基本信息、正文、表二、表三、表四、校验 的填报模板。",
            "黄色格子填写，总计自动计算，校验表实时显示勾稽关系。",
            "给出 --previous（上年的 xlsx 或 json）时，预填“二、上年结转”，",
            "并在表旁显示上年数字供核对。"},
        synopsisHeading = "%n用法（Usage）：", descriptionHeading = "%n说明：%n",
        optionListHeading = "%n选项（Options）：%n",
        footerHeading = "%n示例：%n", footer = {"  nianbao template -o 年报模板.xlsx --agency 某某县卫生健康委员会 --year 2025",
            "  nianbao template -o 2020年报模板.xlsx --year 2020        # 2019 年试行格式"})
public final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "文件.xlsx", defaultValue = "年报模板.xlsx",
            description = "输出文件（默认：${DEFAULT-VALUE}）。Output file.")
    Path output;

    @Option(names = "--agency", paramLabel = "机关名称", description = "预填机关名称。Agency name to prefill.")
    String agency;

    @Option(names = "--year", paramLabel = "年度", description = "预填报告年度，如 2025。Report year to prefill.")
    Integer year;

    @Option(names = "--schema", paramLabel = "格式",
            description = "表格格式：2021（国办公开办函〔2021〕30号）或 2019（〔2019〕60号试行格式，2019、2020 年度的年报）；"
                    + "默认按 --year 选择（2020 年及以前为 2019），未给年度时为 2021。Format of the tables.")
    String schema;

    @Option(names = "--previous", paramLabel = "上年.xlsx|.json",
            description = "上年年报（填好的 xlsx 或 json）：预填上年结转、显示上年数字。Last year's report.")
    Path previous;

    @Override
    public Integer call() throws Exception {
        if (year != null && (year < 2008 || year > 2100)) {
            spec.commandLine().getErr().println("用法错误：--year 应为四位数年份（2008–2100），收到 " + year + "。");
            return ExitCodes.USAGE;
        }
        String bad = OutputChecks.problem(output, ".xlsx", previous);
        if (bad != null) {
            spec.commandLine().getErr().println("用法错误：" + bad);
            return ExitCodes.USAGE;
        }
        Report prev = previous == null ? null : Reports.read(previous);
        String a = agency;
        Integer y = year;
        if (prev != null) {
            a = a != null ? a : prev.agency();
            if (y == null && prev.number("meta.year") != null) {
                y = prev.number("meta.year").intValue() + 1;
            }
        }
        Schema format;
        if (schema != null) {
            format = Schemas.byKey(schema).orElse(null);
            if (format == null) {
                spec.commandLine().getErr().println("用法错误：--schema 应为 " + String.join(" 或 ",
                        Schemas.all().stream().map(Schema::key).toList()) + "，收到 " + schema + "。");
                return ExitCodes.USAGE;
            }
        } else {
            format = Schemas.forYear(y);
        }
        TemplateWriter.write(format, new TemplateWriter.Options(a, y, prev), output);
        spec.commandLine().getOut().println("已生成模板：" + output + (prev == null ? "" : "（已按上年报告 " + previous + " 预填上年结转）"));
        return ExitCodes.OK;
    }
}
