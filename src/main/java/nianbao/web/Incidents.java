package nianbao.web;

import java.io.PrintWriter;
import java.security.SecureRandom;

/**
 * What the server does with a failure of its own (an HTTP 500): a short reference the page shows,
 * the same reference with the request and the stack trace on stderr, and one line in {@code log.tsv},
 * so that what a user reports can be found. Upload tokens never reach either log.
 */
final class Incidents {

    /** Letters and digits that cannot be confused when read out over the phone. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrintWriter err;
    private final Store store;

    Incidents(PrintWriter err, Store store) {
        this.err = err;
        this.store = store;
    }

    /**
     * Records a failure.
     *
     * @param request what was asked, e.g. {@code GET /office/c/2025-001} (a token in it is masked here)
     * @param address who asked
     * @return the reference to show, e.g. {@code K7Q2-MX4D}
     */
    String record(String request, String address, Throwable e) {
        String ref = reference();
        String what = mask(request);
        synchronized (err) {
            err.println(Store.now() + " 内部错误 参考编号 " + ref + "：" + what + "（来自 " + address + "）");
            e.printStackTrace(err);
            err.flush();
        }
        try {
            store.log(address, "服务器", "内部错误 参考编号 " + ref + "：" + what + "：" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : "：" + e.getMessage()));
        } catch (RuntimeException logFailed) {
            synchronized (err) {
                err.println("参考编号 " + ref + " 未能写入 log.tsv：" + logFailed.getMessage());
                err.flush();
            }
        }
        return ref;
    }

    /** The sentence of the page, with the reference. */
    static String message(String ref) {
        return "服务器处理这个请求时出错，操作没有完成。请稍后再试；如果一再出现，请联系管理员并告知参考编号 " + ref + "。";
    }

    private static String reference() {
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            sb.append(i == 4 ? "-" : "").append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A request line with every upload token replaced, so the logs open no agency's page. */
    static String mask(String request) {
        return request.replaceAll("/u/[A-Za-z0-9_-]{10,}", "/u/（上传链接）");
    }
}
