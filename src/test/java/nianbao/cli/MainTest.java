package nianbao.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpIsChineseFirstAndListsExitCodes() {
        Run r = run("--help");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().contains("用法（Usage）：nianbao"), r.out());
        assertTrue(r.out().contains("显示本帮助并退出"), r.out());
        assertTrue(r.out().contains("退出码：0 正常；1 有校验错误；2 用法错误；3 输入无法读取。"), r.out());
        assertFalse(r.out().contains("Show this help message and exit."), r.out());
    }

    @Test
    void unknownArgumentIsAUsageErrorInChineseWithoutStackTrace() {
        Run r = run("frobnicate");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("用法错误：无法识别的参数：'frobnicate'\n运行 “nianbao --help” 查看用法。\n",
                r.err().replace("\r\n", "\n"));
        assertFalse(r.err().contains("at nianbao."), r.err());
    }

    @Test
    void versionNamesTheSchema() {
        Run r = run("--version");
        assertEquals(ExitCodes.OK, r.code());
        assertTrue(r.out().startsWith("nianbao "), r.out());
        assertTrue(r.out().contains("gov-info-disclosure/2021"), r.out());
    }
}
