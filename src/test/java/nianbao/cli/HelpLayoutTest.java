package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import nianbao.legacy.ImportReports;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every line of a command's header, 说明 and examples fits the help width as written, so picocli never wraps one in
 * the middle of a sentence, a file extension (".\nxlsx") or an option ("--\nyear"). Chinese characters count two
 * columns, as in a terminal.
 */
class HelpLayoutTest {

    @Test
    void descriptionAndExampleLinesFitTheHelpWidthAsWritten() {
        CommandLine root = Main.commandLine();
        int width = root.getUsageHelpWidth();
        List<String> tooWide = new ArrayList<>();
        for (CommandLine sub : root.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            List<String> lines = new ArrayList<>();
            lines.addAll(List.of(spec.usageMessage().header()));
            lines.addAll(List.of(spec.usageMessage().description()));
            lines.addAll(List.of(spec.usageMessage().footer()));
            for (String text : lines) {
                for (String line : String.format(text).split("\\R")) {
                    if (columns(line) > width) {
                        tooWide.add(spec.name() + "（" + columns(line) + " 列）：" + line);
                    }
                }
            }
        }
        assertEquals(List.of(), tooWide, "help lines wider than " + width + " columns");
    }

    @Test
    void serveHelpKeepsItsSentencesWhole() {
        StringWriter out = new StringWriter();
        int code = Main.run(new String[] {"serve", "--help"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        String help = out.toString();
        assertTrue(help.contains("向各单位发上传链接、查看报送情况并一键汇总。"), help);
    }

    private static int columns(String line) {
        return ImportReports.displayWidth(line);
    }
}
