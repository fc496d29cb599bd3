package nianbao.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClientsTest {

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertEquals("127.0.0.1", Clients.DIRECT.address("127.0.0.1", List.of("10.0.0.5")));
        assertEquals("127.0.0.1", Clients.trusting(List.of("10.0.0.1")).address("127.0.0.1", List.of("10.0.0.5")),
                "a request that does not come from the proxy");
    }

    @Test
    void behindATrustedProxyTheAddressItAppendedCountsNotWhatTheClientWrote() {
        Clients c = Clients.trusting(List.of("127.0.0.1", "10.8.0.0/16"));
        assertEquals("192.168.1.20", c.address("127.0.0.1", List.of("192.168.1.20")));
        assertEquals("192.168.1.20", c.address("127.0.0.1", List.of("6.6.6.6, 192.168.1.20")), "a forged first entry");
        assertEquals("192.168.1.20", c.address("127.0.0.1", List.of("6.6.6.6", "192.168.1.20, 10.8.3.4")),
                "two headers, a chain of trusted proxies");
        assertEquals("127.0.0.1", c.address("127.0.0.1", List.of()), "no header: the proxy itself");
        assertEquals("127.0.0.1", c.address("127.0.0.1", List.of("unknown")), "garbage is not followed");
        assertEquals("2001:db8:0:0:0:0:0:1", c.address("127.0.0.1", List.of("[2001:db8::1]")));
    }

    @Test
    void rangesMatchByTheirPrefix() {
        Clients c = Clients.trusting(List.of("10.0.0.0/8,fd00::/8"));
        assertEquals("11.0.0.1", c.address("10.200.3.4", List.of("11.0.0.1")));
        assertEquals("11.0.0.1", c.address("fd12::1", List.of("11.0.0.1")));
        assertEquals("11.0.0.2", c.address("11.0.0.2", List.of("11.0.0.1")), "outside the range");
    }

    @Test
    void aTrustedProxyIsAnAddressOrARangeNeverAName() {
        for (String bad : new String[] {"localhost", "proxy.example", "10.0.0.0/33", "1.2.3", "10.0.0.1/x", "256.1.1.1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Clients.trusting(List.of(bad)));
            assertEquals("--trusted-proxy 应为反向代理的 IP 地址或网段（如 127.0.0.1、10.0.0.0/8），不能是主机名：" + bad, e.getMessage());
        }
    }
}
