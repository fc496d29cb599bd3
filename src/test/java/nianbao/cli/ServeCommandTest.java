package nianbao.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code nianbao serve}'s refusals before anything listens (the server itself is tested in nianbao.web). */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void refusesAPortOutOfRange() {
        CliRun r = CliRun.of("serve", "--port", "70000", "--data", dir.resolve("d").toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("用法错误：--port 应在 0 到 65535 之间：70000", r.err().strip());
        assertFalse(Files.exists(dir.resolve("d")), "nothing created");
    }

    @Test
    void refusesAShortPasswordInThePasswordFile() throws Exception {
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "1234\n");
        CliRun r = CliRun.of("serve", "--port", "0", "--data", dir.resolve("d").toString(), "--admin-password-file", pw.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertTrue(r.oneLineError(), r.err());
        assertTrue(r.err().contains("的第一行应为至少 8 个字符的密码。"), r.err());
    }

    @Test
    void refusesAPublicUrlWithAPathAndATrustedProxyThatIsAName() {
        CliRun r = CliRun.of("serve", "--port", "0", "--data", dir.resolve("d").toString(), "--public-url", "https://x.example/nianbao");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("用法错误：--public-url 应为各单位打开本服务用的地址，只写协议、主机和端口，如 https://nianbao.example.gov.cn 或 "
                + "http://10.1.2.3:8080：https://x.example/nianbao", r.err().strip());
        r = CliRun.of("serve", "--port", "0", "--data", dir.resolve("d").toString(), "--trusted-proxy", "127.0.0.1,proxy.example");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("用法错误：--trusted-proxy 应为反向代理的 IP 地址或网段（如 127.0.0.1、10.0.0.0/8），不能是主机名：proxy.example",
                r.err().strip());
        assertFalse(Files.exists(dir.resolve("d")), "nothing created");
    }

    @Test
    void helpSaysHowToExposeIt() {
        CliRun r = CliRun.of("serve", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--host") && r.out().contains("0.0.0.0") && r.out().contains("反向代理"), r.out());
        assertTrue(r.out().contains("--public-url") && r.out().contains("--trusted-proxy"), r.out());
    }

    @Test
    void aPortInUseIsOneChineseLine() throws Exception {
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "correct horse battery\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            CliRun r = CliRun.of("serve", "--port", String.valueOf(port), "--data", dir.resolve("d").toString(),
                    "--admin-password-file", pw.toString());
            assertEquals(ExitCodes.USAGE, r.code());
            assertEquals("无法启动网页服务：端口 " + port + " 已被占用（另一个 nianbao 或别的程序正在用它），请先停止那个程序，或用 --port 换一个端口。",
                    r.err().strip());
        }
    }

    @Test
    void anAddressThatIsNotThisMachinesIsOneChineseLine() throws Exception {
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "correct horse battery\n");
        // 192.0.2.1 is TEST-NET-1: documentation only, never an address of this machine
        CliRun r = CliRun.of("serve", "--host", "192.0.2.1", "--port", "0", "--data", dir.resolve("d").toString(),
                "--admin-password-file", pw.toString());
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals("无法启动网页服务：地址 192.0.2.1 不是本机的网络地址，请检查 --host（只让本机访问用 127.0.0.1，所有网卡用 0.0.0.0）。",
                r.err().strip());
    }
}
