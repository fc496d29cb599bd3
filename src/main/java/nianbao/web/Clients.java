package nianbao.web;

import io.javalin.http.Context;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who is asking: the address of the connection, or — when that is one of the reverse proxies named by
 * {@code --trusted-proxy} — the address the proxy forwarded in {@code X-Forwarded-For}. A header
 * from anybody else is ignored, so nobody can pose as another address (and dodge the login throttle),
 * and behind a proxy the throttle still tells the office's computers apart.
 */
final class Clients {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** An address range: the first {@code bits} bits of {@code network}. */
    private record Range(byte[] network, int bits) {
        boolean contains(byte[] a) {
            if (a.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >>> (i % 8);
                if ((a[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** No trusted proxy: every request is from the address it comes from. */
    static final Clients DIRECT = new Clients(List.of());

    private final List<Range> trusted;

    private Clients(List<Range> trusted) {
        this.trusted = trusted;
    }

    /**
     * The trusted proxies as given on the command line: IP addresses or ranges ({@code 10.0.0.1},
     * {@code 192.168.1.0/24}, {@code ::1}), never host names (nothing is looked up).
     *
     * @throws IllegalArgumentException with a Chinese message naming the bad entry
     */
    static Clients trusting(List<String> specs) {
        List<Range> out = new ArrayList<>();
        for (String spec : specs) {
            for (String one : spec.split(",")) {
                String s = one.strip();
                if (s.isEmpty()) {
                    continue;
                }
                int slash = s.indexOf('/');
                byte[] a = parse(slash < 0 ? s : s.substring(0, slash));
                int bits = a == null ? -1 : a.length * 8;
                if (a != null && slash >= 0) {
                    try {
                        bits = Integer.parseInt(s.substring(slash + 1));
                    } catch (NumberFormatException e) {
                        bits = -1;
                    }
                }
                if (a == null || bits < 0 || bits > a.length * 8) {
                    throw new IllegalArgumentException("--trusted-proxy 应为反向代理的 IP 地址或网段（如 127.0.0.1、10.0.0.0/8），"
                            + "不能是主机名：" + s);
                }
                out.add(new Range(a, bits));
            }
        }
        return new Clients(Collections.unmodifiableList(out));
    }

    /** The address a request is from, as the login throttle, the log and the upload records see it. */
    String address(Context ctx) {
        return address(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
    }

    /**
     * The client's address from the connection's address and the {@code X-Forwarded-For} headers:
     * a trusted proxy appends the address it was called from, so the list is read from the right,
     * past the trusted proxies; the first other address is the client.
     */
    String address(String remote, List<String> forwardedFor) {
        if (!isTrusted(remote)) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String h : forwardedFor) {
            for (String part : h.split(",")) {
                hops.add(part.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            byte[] a = parse(hop.startsWith("[") && hop.endsWith("]") ? hop.substring(1, hop.length() - 1) : hop);
            if (a == null) {
                return remote; // not an address: a proxy that forwards whatever it gets is not followed
            }
            String normal = normal(a);
            if (!isTrusted(normal)) {
                return normal;
            }
        }
        return remote;
    }

    /** True when the request came straight from a trusted proxy (whose forwarded headers count). */
    boolean viaTrustedProxy(Context ctx) {
        return isTrusted(ctx.req().getRemoteAddr());
    }

    private boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            return false;
        }
        byte[] a = parse(address);
        return a != null && trusted.stream().anyMatch(r -> r.contains(a));
    }

    /** The bytes of an IP literal, or null for anything else (host names are never looked up). */
    private static byte[] parse(String s) {
        if (s == null || !(IPV4.matcher(s).matches() || IPV6.matcher(s).matches())) {
            return null;
        }
        try {
            return InetAddress.getByName(s).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String normal(byte[] a) {
        try {
            return InetAddress.getByAddress(a).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
