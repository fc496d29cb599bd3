package nianbao.web;

/**
 * A request the server refuses: the HTTP status and the one Chinese sentence shown on the page.
 * Never carries a stack trace or a file-system path to the browser.
 */
final class WebError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    WebError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The HTTP status. */
    int status() {
        return status;
    }

    /** 403: the form came without the right security token. */
    static WebError csrf() {
        return new WebError(403, "页面已过期或来源不明（缺少安全校验码），操作没有执行。请刷新页面后重试。");
    }

    /** 403: the collection no longer takes uploads. */
    static WebError closed() {
        return new WebError(403, "本次收集已关闭，不再接受上传。如需更正，请联系政务公开办重新开放。");
    }

    /** 404: an upload link that opens nothing. */
    static WebError badToken() {
        return new WebError(404, "上传链接无效：请核对链接是否完整（可直接从通知中复制），或联系政务公开办。");
    }

    /** 404: nothing here. */
    static WebError notFound() {
        return new WebError(404, "找不到这个页面。");
    }

    /** 413: the upload is over the size limit. */
    static WebError tooLarge(long limit) {
        return new WebError(413, "文件太大：上传的文件不能超过 " + (limit / 1024 / 1024) + " MB。年报工作簿一般只有几十 KB，请确认选对了文件。");
    }
}
