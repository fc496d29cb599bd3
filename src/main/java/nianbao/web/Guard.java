package nianbao.web;

import io.javalin.http.Context;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may do what: the office's password and sessions, the CSRF token every state-changing form
 * carries, and the login throttle (per client address, see {@link Clients}). Sessions live in memory
 * (a restart asks the office to log in again). Cookies are {@code Secure} when the server's public
 * address is https.
 */
final class Guard {

    static final String SESSION_COOKIE = "nb_office";
    static final String CSRF_COOKIE = "nb_csrf";
    static final String CSRF_FIELD = "_csrf";
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{43}");
    /** Failed logins from one address before it has to wait. */
    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(5);
    static final Duration SESSION_IDLE = Duration.ofHours(8);

    private final String passwordHash;
    private final Clients clients;
    /** {@code ; Secure} when the public address is https, else empty. */
    private final String secure;
    /** host[:port] of the public address, or null. */
    private final String publicAuthority;
    private final Map<String, Long> sessions = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private static final class Failures {
        int count;
        long lockedUntil;
    }

    /**
     * @param publicUrl the address the agencies and the office use ({@code --public-url}), or null
     */
    Guard(String passwordHash, Clients clients, java.net.URI publicUrl) {
        this.passwordHash = passwordHash;
        this.clients = clients;
        this.secure = publicUrl != null && "https".equals(publicUrl.getScheme()) ? "; Secure" : "";
        this.publicAuthority = publicUrl == null ? null : publicUrl.getRawAuthority();
    }

    /** The attributes every cookie of this server gets. */
    String cookieAttributes(boolean httpOnly) {
        return "; Path=/" + (httpOnly ? "; HttpOnly" : "") + "; SameSite=Strict" + secure;
    }

    /** The request attribute holding a token made for this response, so that a page with two forms sets one cookie. */
    private static final String CSRF_MADE = "nianbao.csrf.made";

    /** The visitor's CSRF token, set as a cookie on first sight (once per response, however many forms ask). */
    String csrf(Context ctx) {
        String made = ctx.attribute(CSRF_MADE);
        if (made != null) {
            return made;
        }
        String t = ctx.cookie(CSRF_COOKIE);
        if (t == null || !TOKEN.matcher(t).matches()) {
            t = Secrets.token();
            ctx.res().addHeader("Set-Cookie", CSRF_COOKIE + "=" + t + cookieAttributes(true));
            ctx.attribute(CSRF_MADE, t);
        }
        return t;
    }

    /**
     * Refuses a state-changing request whose form token does not match the visitor's cookie, or that
     * a browser says came from another site.
     */
    void checkCsrf(Context ctx) throws WebError {
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        // the scheme is not compared: behind an HTTPS reverse proxy the browser says https, this server sees http
        String from = origin == null ? null : origin.replaceFirst("^https?://", "");
        if (origin != null && !origin.equals("null") && !from.equals(host) && !from.equals(publicAuthority)) {
            throw WebError.csrf();
        }
        String cookie = ctx.cookie(CSRF_COOKIE);
        String form = ctx.formParam(CSRF_FIELD);
        if (cookie == null || form == null || !Secrets.same(cookie, form)) {
            throw WebError.csrf();
        }
    }

    /** True when the request carries a live office session. */
    boolean isOffice(Context ctx) {
        String id = ctx.cookie(SESSION_COOKIE);
        if (id == null) {
            return false;
        }
        Long until = sessions.get(key(id));
        long now = System.currentTimeMillis();
        if (until == null || until < now) {
            return false;
        }
        sessions.put(key(id), now + SESSION_IDLE.toMillis());
        return true;
    }

    /**
     * Checks the office password and starts a session. Failures are counted per client address
     * ({@link Clients#address}): behind a trusted proxy one person's typos lock out that person only.
     *
     * @throws WebError 429 while the address is locked out, 401 for a wrong password (saying how
     *     many tries are left)
     */
    void login(Context ctx, String password) throws WebError {
        String address = clients.address(ctx);
        long now = System.currentTimeMillis();
        Failures f = failures.computeIfAbsent(address, k -> new Failures());
        synchronized (f) {
            if (f.lockedUntil > now) {
                long minutes = Math.max(1, (f.lockedUntil - now + 59_999) / 60_000);
                throw new WebError(429, "登录失败次数过多，请 " + minutes + " 分钟后再试。");
            }
            if (password == null || !Secrets.verify(password, passwordHash)) {
                f.count++;
                if (f.count >= MAX_FAILURES) {
                    f.count = 0;
                    f.lockedUntil = now + LOCKOUT.toMillis();
                    throw new WebError(401, "密码不正确。已连续输错 " + MAX_FAILURES + " 次，请 " + LOCKOUT.toMinutes()
                            + " 分钟后再试。");
                }
                throw new WebError(401, "密码不正确，还可以再试 " + (MAX_FAILURES - f.count) + " 次（连续输错 " + MAX_FAILURES
                        + " 次须等 " + LOCKOUT.toMinutes() + " 分钟）。");
            }
            f.count = 0;
        }
        expireOld(now);
        String id = Secrets.token();
        sessions.put(key(id), now + SESSION_IDLE.toMillis());
        ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=" + id + cookieAttributes(true));
    }

    /** Ends the request's session. */
    void logout(Context ctx) {
        String id = ctx.cookie(SESSION_COOKIE);
        if (id != null) {
            sessions.remove(key(id));
        }
        ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=; Max-Age=0" + cookieAttributes(true));
    }

    private static String key(String sessionId) {
        // only digests are kept, so a memory dump does not hand out live sessions
        return Secrets.sha256Hex(sessionId.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private void expireOld(long now) {
        for (Iterator<Long> it = sessions.values().iterator(); it.hasNext();) {
            if (it.next() < now) {
                it.remove();
            }
        }
    }
}
