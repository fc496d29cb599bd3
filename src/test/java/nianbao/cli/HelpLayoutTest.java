package nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
        java.io.StringWriter out = new java.io.StringWriter();
        int code = Main.run(new String[] {"serve", "--help"}, new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(0, code);
        String help = out.toString();
        org.junit.jupiter.api.Assertions.assertTrue(help.contains("向各单位发上传链接、查看报送情况并一键汇总。"), help);
    }

    /** Terminal columns: East Asian wide and full-width characters take two. */
    static int columns(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            n += wide(cp) ? 2 : 1;
        }
        return n;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
