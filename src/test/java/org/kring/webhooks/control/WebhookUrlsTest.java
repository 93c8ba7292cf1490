package org.kring.webhooks.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where deliveries may go in production: https to public addresses only, whatever the host name hides. */
class WebhookUrlsTest {

    /** A DNS stand-in: each host name resolves to the addresses given here, else it is unknown; literals are themselves. */
    private static final Map<String, String[]> HOSTS = Map.of(
            "hooks.example.com", new String[] {"93.184.216.34"},
            "dual.example.com", new String[] {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"},
            "sneaky.example.com", new String[] {"93.184.216.34", "10.1.2.3"},
            "rebind.example.com", new String[] {"127.0.0.1"},
            "metadata.example.com", new String[] {"169.254.169.254"});

    private static final WebhookUrls.Resolver DNS = host -> {
        if (host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+]")) {
            return new InetAddress[] {InetAddress.getByName(host)}; // a literal: no lookup
        }
        String[] addresses = HOSTS.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    };

    private static Optional<String> production(String url) {
        return WebhookUrls.refusal(url, false, DNS);
    }

    @Test
    void httpsToAPublicHostIsAccepted() {
        assertThat(production("https://hooks.example.com/kring?team=1")).isEmpty();
        assertThat(production("https://dual.example.com:8443/in")).isEmpty();
        assertThat(production("https://93.184.216.34/in")).isEmpty();
    }

    @Test
    void onlyHttpsIsAcceptedInProduction() {
        assertThat(production("http://hooks.example.com/kring")).contains("must start with https://");
        assertThat(production("ftp://hooks.example.com/kring")).contains("must start with https://");
        assertThat(production("hooks.example.com/kring")).contains("must start with https://");
    }

    @Test
    void privateLoopbackLinkLocalAndReservedAddressesAreRefused() {
        for (String url : new String[] {"https://10.0.0.1/", "https://172.16.5.4/", "https://192.168.1.1/", "https://127.0.0.1:8080/",
                "https://localhost/", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/", "https://0.0.0.0/",
                "https://[::1]/", "https://[fd00::1]/", "https://[fe80::1]/", "https://[::ffff:10.0.0.1]/", "https://[64:ff9b::a00:1]/",
                "https://198.18.0.1/", "https://224.0.0.1/", "https://[2001:db8::1]/"}) {
            assertThat(WebhookUrls.refusal(url, false, url.contains("localhost") ? WebhookUrls.DNS : DNS)).as(url).isPresent()
                    .get().asString().contains("must not point to a private, loopback or reserved address");
        }
    }

    @Test
    void aHostNameIsJudgedByEveryAddressItResolvesTo() {
        assertThat(production("https://sneaky.example.com/")).get().asString().contains("10.1.2.3");
        assertThat(production("https://rebind.example.com/")).get().asString().contains("127.0.0.1");
        assertThat(production("https://metadata.example.com/")).get().asString().contains("169.254.169.254");
        assertThat(production("https://nowhere.example.com/")).contains("host nowhere.example.com is not known");
    }

    @Test
    void credentialsFragmentsAndNonsenseAreRefused() {
        assertThat(production("https://user:pw@hooks.example.com/")).contains("must not hold a user name or password");
        assertThat(production("https://hooks.example.com/#x")).contains("must not have a #fragment");
        assertThat(production("https:///path")).contains("must name a host");
        assertThat(production("https://hooks example.com/")).contains("is not a URL");
        assertThat(production("  ")).contains("must not be empty");
        assertThat(production(null)).contains("must not be empty");
        assertThat(production("https://hooks.example.com/" + "a".repeat(2000))).contains("must be at most 2000 characters");
    }

    @Test
    void testsOnThisMachineMayAllowHttpAndPrivateAddresses() {
        assertThat(WebhookUrls.refusal("http://127.0.0.1:4567/hook", true, DNS)).isEmpty();
        assertThat(WebhookUrls.refusal("http://10.0.0.1/hook", true, DNS)).isEmpty();
        assertThat(WebhookUrls.refusal("ftp://127.0.0.1/hook", true, DNS)).contains("must start with https://");
    }
}
