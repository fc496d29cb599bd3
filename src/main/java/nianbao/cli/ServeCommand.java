package nianbao.cli;

import nianbao.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code nianbao serve}: the web pages for clerks and the collection desk for the office. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "启动网页服务：填报、校验、生成年报，政务公开办收集与汇总。Start the web server.",
        description = {
            "在浏览器中下载模板、校验并生成年报、导入往年年报；",
            "政务公开办创建收集、向各单位发上传链接、查看报送情况并一键汇总。",
            "所有数据存放在 --data 文件夹中（普通文件，复制整个文件夹即可备份）。",
            "默认只在本机（127.0.0.1）可访问；要让内网其他电脑访问，",
            "加 --host 0.0.0.0 或本机内网地址，或放在单位的反向代理（HTTPS）之后。",
            "按 Ctrl+C 停止。"},
        synopsisHeading = "%n用法（Usage）：", descriptionHeading = "%n说明：%n",
        optionListHeading = "%n选项（Options）：%n",
        footerHeading = "%n示例：%n", footer = {
            "  nianbao serve --data 年报数据/",
            "  nianbao serve --host 0.0.0.0 --data D:/年报数据 --admin-password-file 密码.txt",
            "  nianbao serve --host 0.0.0.0 --port 8080 --public-url http://10.1.2.3:8080",
            "  nianbao serve --public-url https://nb.example.gov.cn --trusted-proxy 127.0.0.1"})
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "端口（默认：${DEFAULT-VALUE}）。")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "监听地址（默认 ${DEFAULT-VALUE}，只有本机可访问；0.0.0.0 为所有网卡）。")
    String host;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "年报数据",
            description = "数据文件夹（默认：${DEFAULT-VALUE}），不存在时自动创建。")
    Path data;

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "政务公开办登录密码所在的文件（第一行，至少 8 个字符）；不给时首次启动生成密码并只显示一次。")
    Path passwordFile;

    @Option(names = "--public-url", paramLabel = "URL",
            description = {"各单位打开本服务用的地址（如 https://nianbao.example.gov.cn 或 http://10.1.2.3:8080），",
                "上传链接都用它；是 https 时登录 Cookie 只经加密连接发送。不给时，链接用政务公开办打开页面时的地址。"})
    String publicUrl;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", split = ",",
            description = {"本服务前面的反向代理的 IP 地址或网段（可写多个，逗号分隔，如 127.0.0.1 或 10.0.0.0/8）。",
                "只有来自这些地址的请求，X-Forwarded-For / X-Forwarded-Proto 才算数：登录失败次数按各人的地址计，不会因一人输错锁住全单位。"})
    List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "20", description = "上传文件大小上限（默认 ${DEFAULT-VALUE} MB）。")
    int maxUploadMb;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("用法错误：--port 应在 0 到 65535 之间：" + port);
            return ExitCodes.USAGE;
        }
        if (maxUploadMb < 1 || maxUploadMb > 1024) {
            err.println("用法错误：--max-upload-mb 应在 1 到 1024 之间：" + maxUploadMb);
            return ExitCodes.USAGE;
        }
        WebServer server;
        try {
            URI url = publicUrl == null ? null : WebServer.publicUrl(publicUrl);
            server = WebServer.start(new WebServer.Options(host, port, data, passwordFile, maxUploadMb * 1024L * 1024, url,
                    trustedProxies), out, err);
        } catch (IllegalArgumentException e) {
            err.println("用法错误：" + e.getMessage());
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            String why = bindFailure(e, host, port);
            if (why == null) {
                throw e;
            }
            err.println("无法启动网页服务：" + why);
            return ExitCodes.USAGE;
        }
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "本机内网地址" : host.contains(":") ? "[" + host + "]" : host;
        out.println("年报网页服务已启动：http://" + shown + ":" + server.port() + "/");
        out.println("数据文件夹：" + data.toAbsolutePath().normalize());
        out.println(publicUrl == null ? "上传链接用政务公开办打开页面时的地址；各单位要用别的地址访问时，请加 --public-url。"
                : "上传链接的地址：" + WebServer.publicUrl(publicUrl));
        if (host.equals("127.0.0.1") || host.equals("localhost")) {
            out.println("目前只有本机能访问。要让内网其他电脑访问，用 --host 0.0.0.0（或本机内网地址）重新启动，并在防火墙放行端口 "
                    + server.port() + "；跨网段使用请放在单位的 HTTPS 反向代理之后。");
        }
        out.println("按 Ctrl+C 停止。");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }

    /**
     * Why the server could not listen, in one Chinese line, from the operating system's reason in the cause
     * chain (the web library's own English text is not shown); null when the failure was not about listening.
     */
    static String bindFailure(Throwable e, String host, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                String reason = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                if (reason.contains("in use")) {
                    return "端口 " + port + " 已被占用（另一个 nianbao 或别的程序正在用它），请先停止那个程序，或用 --port 换一个端口。";
                }
                if (reason.contains("assign") || reason.contains("not available")) {
                    return "地址 " + host + " 不是本机的网络地址，请检查 --host（只让本机访问用 127.0.0.1，所有网卡用 0.0.0.0）。";
                }
                if (reason.contains("permission") || reason.contains("denied")) {
                    return "没有权限使用端口 " + port + "（1024 以下的端口要管理员权限），请用 --port 换一个 1024 以上的端口。";
                }
                return "无法在地址 " + host + " 的端口 " + port + " 上接收连接，请检查 --host 和 --port。";
            }
        }
        return null;
    }
}
