package org.kring.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.0.2.7, fd00::/8");

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        TrustedProxies none = TrustedProxies.parse("");
        assertThat(none.client("203.0.113.5", "198.51.100.1")).isEqualTo("203.0.113.5");
    }

    @Test
    void anUntrustedPeerCannotNameAnotherAddress() {
        assertThat(proxies.client("203.0.113.5", "198.51.100.1")).isEqualTo("203.0.113.5");
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItSaw() {
        assertThat(proxies.client("10.1.2.3", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(proxies.client("192.0.2.7", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(proxies.client("fd12::1", "2001:db8::42")).isEqualTo("2001:db8::42");
    }

    @Test
    void aForgedLeftmostEntryIsIgnored() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; nginx appended the address it really saw
        assertThat(proxies.client("10.1.2.3", "1.2.3.4, 198.51.100.1")).isEqualTo("198.51.100.1");
    }

    @Test
    void chainsOfTrustedProxiesAreWalkedFromTheRight() {
        assertThat(proxies.client("10.1.2.3", "198.51.100.1, 10.9.9.9")).isEqualTo("198.51.100.1");
        assertThat(proxies.client("10.1.2.3", "10.8.8.8, 10.9.9.9")).isEqualTo("10.8.8.8");
    }

    @Test
    void garbageOrNoHeaderFallsBackToThePeer() {
        assertThat(proxies.client("10.1.2.3", "unknown")).isEqualTo("10.1.2.3");
        assertThat(proxies.client("10.1.2.3", "evil.example.com")).isEqualTo("10.1.2.3");
        assertThat(proxies.client("10.1.2.3", null)).isEqualTo("10.1.2.3");
        assertThat(proxies.client("10.1.2.3", " ")).isEqualTo("10.1.2.3");
    }

    @Test
    void prefixesThatAreNotByteAlignedMatchExactly() {
        TrustedProxies range = TrustedProxies.parse("172.16.0.0/12");
        assertThat(range.client("172.31.255.1", "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(range.client("172.32.0.1", "198.51.100.1")).isEqualTo("172.32.0.1");
    }

    @Test
    void aWrongEntryIsRefusedAtStart() {
        assertThatThrownBy(() -> TrustedProxies.parse("nginx")).hasMessageContaining("'nginx'");
        assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33")).hasMessageContaining("prefix");
    }

    @Test
    void addressesOfOneSlash24OrSlash48ShareANetwork() {
        assertThat(TrustedProxies.networkOf("198.51.100.7")).isEqualTo(TrustedProxies.networkOf("198.51.100.200"))
                .isNotEqualTo(TrustedProxies.networkOf("198.51.101.7"));
        assertThat(TrustedProxies.networkOf("2001:db8:1:2::1")).isEqualTo(TrustedProxies.networkOf("2001:db8:1:ffff::9"))
                .isNotEqualTo(TrustedProxies.networkOf("2001:db8:2::1"));
        assertThat(TrustedProxies.networkOf("unknown")).isEqualTo("unknown");
    }
}
